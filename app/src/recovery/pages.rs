//! The pages of getting back in: forgot password, choose a new one, confirm an address, check your email.
//! Each is one plain form, so it works without JavaScript.

use crate::accounts::{
    components::use_auth,
    domain::{Email, NewPassword, PASSWORD_MAX},
};
use crate::common::answered::server_action;
use crate::recovery::api::{ConfirmEmail, RequestPasswordReset, ResetPassword};
use crate::{
    t,
    ui::{field_error, form_error, last_error, FormAlert, TextField},
};
use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

/// Asks for a reset link. The answer never says whether the address has an account.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = server_action::<RequestPasswordReset>();
    let query = use_query_map();
    let sent = move || query.read().get("sent").is_some() || matches!(action.value().get(), Some(Ok(())));
    let server = last_error(action.value());
    let email_local = RwSignal::new(None::<String>);
    let check_email = move |v: String| email_local.set(Email::parse(&v).err().map(|e| e.message));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = RequestPasswordReset::from_event(&ev) else {
            return;
        };
        check_email(input.email.clone());
        if email_local.get_untracked().is_none() {
            action.dispatch(input);
        }
    };
    view! {
        <Title text=t!("recovery-forgot-title") />
        <section class="panel narrow" aria-labelledby="forgot-title">
            <h1 id="forgot-title">{t!("recovery-forgot-title")}</h1>
            <Show
                when=sent
                fallback=move || {
                    view! {
                        <p>{t!("recovery-forgot-intro")}</p>
                        <FormAlert error=form_error(server, &["email"]) />
                        <form method="post" action=RequestPasswordReset::url() on:submit=on_submit novalidate>
                            <TextField
                                label=t!("recovery-email")
                                name="email"
                                kind="email"
                                autocomplete="email"
                                error=field_error(email_local, server, "email")
                                on_change=Callback::new(check_email)
                            />
                            <button type="submit" class="button" disabled=move || action.pending().get()>
                                {t!("recovery-email-me")}
                            </button>
                        </form>
                    }
                }
            >
                <div class="alert ok" role="status">
                    <p>{t!("recovery-reset-sent")}</p>
                    <p>{t!("recovery-reset-nothing")}</p>
                </div>
            </Show>
            <p class="aside">{t!("recovery-remembered")}" "<A href="/sign-in">{t!("recovery-sign-in")}</A></p>
        </section>
    }
}

/// Chooses a new password with the link from the email; every other session of the account ends.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let action = server_action::<ResetPassword>();
    use_auth().refresh_after(action.version());
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let server = last_error(action.value());
    let password_local = RwSignal::new(None::<String>);
    let check_password =
        move |v: String| password_local.set(NewPassword::parse(&v, "password", &[]).err().map(|e| e.message));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = ResetPassword::from_event(&ev) else {
            return;
        };
        check_password(input.password.clone());
        if password_local.get_untracked().is_none() {
            action.dispatch(input);
        }
    };
    view! {
        <Title text=t!("recovery-reset-title") />
        <section class="panel narrow" aria-labelledby="reset-title">
            <h1 id="reset-title">{t!("recovery-reset-title")}</h1>
            <FormAlert error=form_error(server, &["password"]) />
            <Show when=move || server.get().is_some_and(|e| e.field() == Some("token"))>
                <p><A href="/forgot-password">{t!("recovery-ask-new-link")}</A></p>
            </Show>
            <form method="post" action=ResetPassword::url() on:submit=on_submit novalidate>
                <input type="hidden" name="token" value=token />
                <TextField
                    label=t!("recovery-new-password")
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    maxlength=PASSWORD_MAX
                    hint=t!("recovery-new-password-hint")
                    error=field_error(password_local, server, "password")
                    on_change=Callback::new(check_password)
                />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {t!("recovery-set-password")}
                </button>
            </form>
        </section>
    }
}

/// Confirms an address with the link from the email. A button, not the visit itself, does it: mail
/// scanners that open every link must not use it up.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let action = server_action::<ConfirmEmail>();
    use_auth().refresh_after(action.version());
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let server = last_error(action.value());
    view! {
        <Title text=t!("recovery-confirm-title") />
        <section class="panel narrow" aria-labelledby="confirm-title">
            <h1 id="confirm-title">{t!("recovery-confirm-title")}</h1>
            <FormAlert error=server />
            <p>{t!("recovery-confirm-intro")}</p>
            <ActionForm action=action>
                <input type="hidden" name="token" value=token />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {t!("recovery-confirm-button")}
                </button>
            </ActionForm>
            <p class="aside">
                {t!("recovery-link-expired")}" "<A href="/sign-in">{t!("recovery-link-expired-link")}</A>" "{t!("recovery-link-expired-after")}
            </p>
        </section>
    }
}

/// Where sign-up ends: the same words for a new address and a registered one.
#[component]
pub fn CheckEmailPage() -> impl IntoView {
    let query = use_query_map();
    let applied = move || query.read().get("applied").is_some();
    view! {
        <Title text=t!("recovery-check-title") />
        <section class="panel narrow" aria-labelledby="check-title">
            <h1 id="check-title">{t!("recovery-check-title")}</h1>
            <p>
                {move || if applied() { t!("recovery-check-applied") } else { t!("recovery-check-joined") }}
            </p>
            <p>{t!("recovery-check-nothing")}</p>
            <p><A href="/sign-in">{t!("recovery-sign-in")}</A></p>
        </section>
    }
}
