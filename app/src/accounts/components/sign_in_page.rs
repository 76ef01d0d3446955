use super::use_auth;
use crate::accounts::{
    api::{sign_in_options, SignIn},
    domain::{Email, PasswordSignIn, SignInOptions},
    refusal::Refusal,
};
use crate::common::answered::server_action;
use crate::common::next::query_value;
use crate::t;
use crate::ui::{field_error, form_error, last_error, FormAlert, TextField};
use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

/// Sign in with email and password, or through a sign-in provider. Plain form posts when JavaScript is off.
#[component]
pub fn SignInPage() -> impl IntoView {
    let options = Resource::new(|| (), |_| sign_in_options());
    let query = use_query_map();
    let refusal = move || query.read().get("sso").and_then(|code| Refusal::parse(&code));
    view! {
        <Title text=t!("accounts-sign-in") />
        <section class="panel narrow" aria-labelledby="sign-in-title">
            <h1 id="sign-in-title">{t!("accounts-sign-in")}</h1>
            {move || refusal().map(|r| view! { <div class="alert error" role="alert">{r.message()}</div> })}
            <Suspense fallback=|| view! { <PasswordForm /> }>
                {move || Suspend::new(async move {
                    let options = options.await.unwrap_or_default();
                    view! { <SignInChoices options /> }
                })}
            </Suspense>
            <p class="aside"><A href="/forgot-password">{t!("accounts-forgot-password")}</A></p>
            {crate::site::use_site().join.sign_up_open().then(|| view! {
                <p class="aside">{t!("accounts-new-here")}" "<A href="/sign-up">{t!("accounts-create-account")}</A></p>
            })}
        </section>
    }
}

/// A button per provider, then the password form unless an admin turned passwords off.
#[component]
fn SignInChoices(options: SignInOptions) -> impl IntoView {
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let has_providers = !options.providers.is_empty();
    let password = options.password;
    // Sign-out through a provider that cannot end its own session says so here (`?signed_out=<slug>`).
    let signed_out = query
        .read_untracked()
        .get("signed_out")
        .and_then(|slug| options.providers.iter().find(|p| p.slug == slug).map(|p| p.name.clone()));
    view! {
        {signed_out.map(|provider| view! {
            <p class="alert ok" role="status">{t!("accounts-signed-out-provider", provider = provider)}</p>
        })}
        {has_providers.then(|| view! {
            <ul class="sso-buttons" aria-label=t!("accounts-sign-in-with-list")>
                // Links, not forms: the provider is another site, where the pages' `form-action 'self'`
                // would not let a form's navigation go.
                {options.providers.into_iter().map(|p| {
                    let href = move || match next() {
                        n if n.is_empty() => format!("/sso/{}/start", p.slug),
                        n => format!("/sso/{}/start?next={}", p.slug, query_value(&n)),
                    };
                    view! {
                        <li>
                            <a class="button secondary" rel="external" href=href>
                                {t!("accounts-sign-in-with", provider = p.name.clone())}
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
        {match password {
            PasswordSignIn::Nobody => view! {
                <p class="hint">{t!("accounts-password-off")}</p>
            }.into_any(),
            PasswordSignIn::Members => view! {
                {has_providers.then(|| view! { <p class="or">{t!("accounts-or-members-password")}</p> })}
                <PasswordForm />
            }.into_any(),
            PasswordSignIn::Everyone => view! {
                {has_providers.then(|| view! { <p class="or">{t!("accounts-or-password")}</p> })}
                <PasswordForm />
            }.into_any(),
        }}
    }
}

#[component]
fn PasswordForm() -> impl IntoView {
    let action = server_action::<SignIn>();
    use_auth().refresh_after(action.version());
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let server = last_error(action.value());
    let email_local = RwSignal::new(None::<String>);
    let password_local = RwSignal::new(None::<String>);

    let check_email = move |v: String| email_local.set(Email::parse(&v).err().map(|e| e.message));
    let check_password = move |v: String| password_local.set(v.is_empty().then(|| t!("accounts-password-missing")));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = SignIn::from_event(&ev) else {
            return;
        };
        check_email(input.email.clone());
        check_password(input.password.clone());
        if email_local.get_untracked().is_none() && password_local.get_untracked().is_none() {
            action.dispatch(input);
        }
    };

    view! {
        <FormAlert error=form_error(server, &["email", "password"]) />
        <form method="post" action=SignIn::url() on:submit=on_submit novalidate>
            <input type="hidden" name="next" value=next />
            <TextField
                label=t!("accounts-email")
                name="email"
                kind="email"
                autocomplete="email"
                error=field_error(email_local, server, "email")
                on_change=Callback::new(check_email)
            />
            <TextField
                label=t!("accounts-password")
                name="password"
                kind="password"
                autocomplete="current-password"
                error=field_error(password_local, server, "password")
                on_change=Callback::new(check_password)
            />
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {move || if action.pending().get() { t!("accounts-signing-in") } else { t!("accounts-sign-in") }}
            </button>
        </form>
    }
}
