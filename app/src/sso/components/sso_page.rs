use super::provider_form::ProviderForm;
use crate::common::answered::server_action;
use crate::{
    accounts::{
        components::RequireRole,
        domain::{PasswordSignIn, Role},
    },
    sso::{
        api::{get_sso, DeleteProvider, SaveProvider, SetPasswordSignIn},
        domain::{ProviderView, SsoPage as Page},
        two_factor_api::{ResetTwoFactor, SetStaffTwoFactor},
    },
    t,
    ui::{form_error, last_error, FormAlert},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/admin/sso` (admins only): sign-in providers, and who may still sign in with a password.
#[component]
pub fn SsoPage() -> impl IntoView {
    let save = server_action::<SaveProvider>();
    let delete = server_action::<DeleteProvider>();
    let policy = server_action::<SetPasswordSignIn>();
    // Created here, outside the guard's Suspense (leptos-rs/leptos#4866).
    let page =
        Resource::new(move || (save.version().get(), delete.version().get(), policy.version().get()), |_| get_sso());
    view! {
        <Title text=t!("sso-title") />
        <RequireRole role=Role::Admin>
            <section class="panel" aria-labelledby="sso-title">
                <h1 id="sso-title">{t!("sso-title")}</h1>
                <p>{t!("sso-intro")}</p>
                <Suspense fallback=|| view! { <p class="loading">{t!("sso-loading-providers")}</p> }>
                    {move || Suspend::new(async move {
                        match page.await {
                            Ok(page) => Either::Left(view! { <Providers page save delete policy /> }),
                            Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                        }
                    })}
                </Suspense>
            </section>
            <section class="panel" aria-labelledby="new-provider">
                <h2 id="new-provider">{t!("sso-new-provider")}</h2>
                {move || save.value().get().and_then(|r| r.ok()).map(|_| view! {
                    <p class="alert ok" role="status">{t!("sso-provider-saved")}</p>
                })}
                <ProviderForm action=save provider=None />
            </section>
        </RequireRole>
    }
}

#[component]
fn Providers(
    page: Page,
    save: ServerAction<SaveProvider>,
    delete: ServerAction<DeleteProvider>,
    policy: ServerAction<SetPasswordSignIn>,
) -> impl IntoView {
    let base = page.callback_base.clone();
    let origin = base.trim_end_matches("/sso/").to_string();
    let list = if page.providers.is_empty() {
        Either::Left(view! { <p class="empty">{t!("sso-no-providers")}</p> })
    } else {
        Either::Right(
            page.providers.into_iter().map(|p| view! { <Provider p base=base.clone() save delete /> }).collect_view(),
        )
    };
    let delete_error = last_error(delete.value());
    view! {
        <p class="hint">
            {t!("sso-callback-hint")}" "<code>{format!("{base}<{}>/callback", t!("sso-slug-placeholder"))}</code>" "
            {t!("sso-logout-hint")}" "<code>{format!("{origin}/")}</code>" "{t!("sso-logout-hint-end")}
        </p>
        <FormAlert error=delete_error />
        {list}
        <PasswordPolicy current=page.password_sign_in action=policy />
        <StaffTwoFactor required=page.staff_two_factor />
    }
}

#[component]
fn Provider(
    p: ProviderView,
    base: String,
    save: ServerAction<SaveProvider>,
    delete: ServerAction<DeleteProvider>,
) -> impl IntoView {
    let id = p.id;
    let heading = format!("sso-provider-{id}");
    let callback = format!("{base}{}/callback", p.slug);
    let members = t!("sso-members-linked", count = p.members);
    let mut rules = Vec::new();
    if p.create_accounts {
        rules.push(t!("sso-rule-creates"));
    }
    if p.auto_link {
        rules.push(t!("sso-rule-auto-link"));
    }
    if !p.claim.is_empty() {
        rules.push(t!("sso-rule-claim", claim = p.claim.as_str()));
    }
    let name = p.name.clone();
    let labelled_by = heading.clone();
    view! {
        <article class="card" aria-labelledby=labelled_by>
            <h2 id=heading>{p.name.clone()}</h2>
            <p>{members}{(!rules.is_empty()).then(|| format!("; {}", rules.join("; ")))}</p>
            <p class="hint">
                {t!("sso-issuer")}" "<code>{p.issuer.clone()}</code>{t!("sso-callback")}" "<code>{callback}</code>
            </p>
            <details>
                <summary>{t!("sso-change", provider = name.clone())}</summary>
                <ProviderForm action=save provider=Some(p) />
            </details>
            <ActionForm action=delete attr:class="inline-form">
                <input type="hidden" name="id" value=id />
                <button type="submit" class="button danger">{t!("sso-remove", provider = name)}</button>
            </ActionForm>
        </article>
    }
}

#[component]
fn PasswordPolicy(current: PasswordSignIn, action: ServerAction<SetPasswordSignIn>) -> impl IntoView {
    let server = last_error(action.value());
    view! {
        <h2 id="password-policy">{t!("sso-passwords")}</h2>
        <FormAlert error=form_error(server, &[]) />
        {move || action.value().get().and_then(|r| r.ok()).map(|_| view! { <p class="alert ok" role="status">{t!("sso-saved")}</p> })}
        <ActionForm action=action attr:class="stacked-form">
            <fieldset class="choices" aria-describedby="policy-hint">
                <legend>{t!("sso-policy-legend")}</legend>
                {PasswordSignIn::ALL.into_iter().map(|choice| {
                    let id = format!("policy-{}", choice.as_str());
                    view! {
                        <div class="field radio">
                            <input id=id.clone() type="radio" name="policy" value=choice.as_str() checked=choice == current />
                            <label for=id>{choice.label()}</label>
                        </div>
                    }
                }).collect_view()}
                <p id="policy-hint" class="hint">
                    {t!("sso-policy-hint")}" "<code>"chorus create-admin"</code>" "{t!("sso-policy-hint-end")}
                </p>
            </fieldset>
            <button type="submit" class="button" disabled=move || action.pending().get()>{t!("sso-save")}</button>
        </ActionForm>
    }
}

#[component]
fn StaffTwoFactor(required: bool) -> impl IntoView {
    let set = server_action::<SetStaffTwoFactor>();
    let reset = server_action::<ResetTwoFactor>();
    view! {
        <h2 id="staff-two-factor">{t!("sso-two-factor")}</h2>
        <FormAlert error=last_error(set.value()) />
        {move || set.value().get().and_then(|r| r.ok()).map(|_| view! { <p class="alert ok" role="status">{t!("sso-saved")}</p> })}
        <ActionForm action=set attr:class="stacked-form">
            <div class="field checkbox">
                <input id="staff-two-factor-required" type="checkbox" name="required" checked=required />
                <label for="staff-two-factor-required">{t!("sso-staff-two-factor-required")}</label>
            </div>
            <button type="submit" class="button">{t!("sso-save")}</button>
        </ActionForm>
        <h3>{t!("sso-reset-title")}</h3>
        <FormAlert error=last_error(reset.value()) />
        {move || reset.value().get().and_then(|r| r.ok()).map(|_| view! {
            <p class="alert ok" role="status">{t!("sso-reset-done")}</p>
        })}
        <ActionForm action=reset attr:class="stacked-form">
            <div class="field">
                <label for="reset-two-factor-email">{t!("sso-reset-email")}</label>
                <input id="reset-two-factor-email" name="email" type="email" required autocomplete="off" />
            </div>
            <button type="submit" class="button danger">{t!("sso-reset-button")}</button>
        </ActionForm>
    }
}
