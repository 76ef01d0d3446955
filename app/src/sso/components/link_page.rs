use crate::common::answered::server_action;
use crate::{
    sso::api::{get_pending_link, ConfirmLink},
    t,
    ui::{field_error, form_error, last_error, FormAlert, TextField},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

/// `/sso/link`: a provider signed someone in with an address an account here holds; that account's password
/// links the two (once), so nobody who merely controls an address at a provider takes over an account.
#[component]
pub fn SsoLinkPage() -> impl IntoView {
    let pending = Resource::new(|| (), |_| get_pending_link());
    view! {
        <Title text=t!("sso-link-title") />
        <section class="panel narrow" aria-labelledby="link-title">
            <h1 id="link-title">{t!("sso-link-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match pending.await {
                        Ok(Some((provider, email))) => Either::Left(view! { <LinkForm provider email /> }),
                        _ => Either::Right(view! {
                            <p class="empty">{t!("sso-nothing-waiting")}" "<A href="/sign-in">{t!("sso-sign-in")}</A></p>
                        }),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn LinkForm(provider: String, email: String) -> impl IntoView {
    let action = server_action::<ConfirmLink>();
    let server = last_error(action.value());
    let local = RwSignal::new(None::<String>);
    view! {
        <p>
            {t!("sso-link-uses")}" "<strong>{email}</strong>{t!("sso-link-enter-password", provider = provider)}
        </p>
        <FormAlert error=form_error(server, &["password"]) />
        <ActionForm action=action>
            <TextField label=t!("sso-password") name="password" kind="password" autocomplete="current-password" error=field_error(local, server, "password") />
            <button type="submit" class="button" disabled=move || action.pending().get()>{t!("sso-link-and-sign-in")}</button>
        </ActionForm>
        <p class="aside"><A href="/forgot-password">{t!("sso-forgot-password")}</A></p>
    }
}
