use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role, refusal::Refusal},
    sso::{
        api::{get_security, UnlinkProvider},
        domain::{Linked, SecurityPage as Page},
    },
    t,
    ui::{last_error, FormAlert, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/me/security`: the sign-in providers the member has linked, to link another or unlink one.
#[component]
pub fn SecurityPage() -> impl IntoView {
    let unlink = server_action::<UnlinkProvider>();
    // Created here, outside the guard's Suspense (leptos-rs/leptos#4866).
    let page = Resource::new(move || unlink.version().get(), |_| get_security());
    let two_factor = super::two_factor_section::TwoFactorActions::new();
    let query = use_query_map();
    let refusal = move || query.read().get("sso").and_then(|code| Refusal::parse(&code));
    let linked = move || query.read().get("linked").filter(|s| !s.is_empty());
    view! {
        <Title text=t!("sso-security-title") />
        <RequireRole role=Role::Member>
            <section class="panel" aria-labelledby="security-title">
                <h1 id="security-title">{t!("sso-security-title")}</h1>
                {move || refusal().map(|r| view! { <div class="alert error" role="alert">{r.message()}</div> })}
                {move || linked().map(|_| view! { <p class="alert ok" role="status">{t!("sso-linked")}</p> })}
                {move || unlink.value().get().and_then(|r| r.ok()).map(|_| view! {
                    <p class="alert ok" role="status">{t!("sso-unlinked")}</p>
                })}
                <FormAlert error=last_error(unlink.value()) />
                <super::two_factor_section::TwoFactorSection t=two_factor />
                <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                    {move || Suspend::new(async move {
                        match page.await {
                            Ok(page) => Either::Left(view! { <Providers page unlink /> }),
                            Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                        }
                    })}
                </Suspense>
            </section>
        </RequireRole>
    }
}

#[component]
fn Providers(page: Page, unlink: ServerAction<UnlinkProvider>) -> impl IntoView {
    let password = if page.has_password { t!("sso-has-password") } else { t!("sso-no-password") };
    let list = if page.providers.is_empty() {
        Either::Left(view! { <p class="empty">{t!("sso-none-here")}</p> })
    } else {
        Either::Right(view! {
            <ul class="linked-providers">
                {page.providers.into_iter().map(|p| view! { <Provider p unlink /> }).collect_view()}
            </ul>
        })
    };
    view! {
        <h2>{t!("sso-password")}</h2>
        <p>{password}</p>
        <h2>{t!("sso-providers")}</h2>
        {list}
    }
}

#[component]
fn Provider(p: Linked, unlink: ServerAction<UnlinkProvider>) -> impl IntoView {
    let name = p.name.clone();
    match (p.email.clone(), p.linked_at) {
        (Some(email), Some(at)) => Either::Left(view! {
            <li>
                <strong>{p.name.clone()}</strong>" "{t!("sso-linked-as", email = email)}" "<When at />
                {p.last_used_at.map(|used| view! { {t!("sso-last-used")}" "<When at=used /> })}
                <ActionForm action=unlink attr:class="inline-form">
                    <input type="hidden" name="slug" value=p.slug.clone() />
                    <button type="submit" class="button secondary">{t!("sso-unlink", provider = name)}</button>
                </ActionForm>
            </li>
        }),
        _ => Either::Right(view! {
            <li>
                <strong>{p.name.clone()}</strong>" "{t!("sso-not-linked")}" "
                <a class="button secondary" rel="external" href=format!("/sso/{}/start?link=1", p.slug)>{t!("sso-link", provider = name)}</a>
            </li>
        }),
    }
}
