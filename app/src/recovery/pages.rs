//! The pages of getting back in: forgot password, choose a new one, confirm an address, check your email.
//! Each is one plain form, so it works without JavaScript.

use crate::accounts::{
    components::use_auth,
    domain::{Email, NewPassword, PASSWORD_MAX},
};
use crate::recovery::api::{ConfirmEmail, RequestPasswordReset, ResetPassword};
use crate::ui::{field_error, form_error, last_error, FormAlert, TextField};
use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

/// Asks for a reset link. The answer never says whether the address has an account.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
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
        <Title text="Forgot your password?" />
        <section class="panel narrow" aria-labelledby="forgot-title">
            <h1 id="forgot-title">"Forgot your password?"</h1>
            <Show
                when=sent
                fallback=move || {
                    view! {
                        <p>"Enter the address you joined with and we will email you a link to choose a new password."</p>
                        <FormAlert error=form_error(server, &["email"]) />
                        <form method="post" action=RequestPasswordReset::url() on:submit=on_submit novalidate>
                            <TextField
                                label="Email"
                                name="email"
                                kind="email"
                                autocomplete="email"
                                error=field_error(email_local, server, "email")
                                on_change=Callback::new(check_email)
                            />
                            <button type="submit" class="button" disabled=move || action.pending().get()>
                                "Email me a link"
                            </button>
                        </form>
                    }
                }
            >
                <div class="alert ok" role="status">
                    <p>
                        "If an account uses that address, a link to choose a new password is on its way. "
                        "It works once, for one hour."
                    </p>
                    <p>"Nothing after a few minutes? Check your spam folder, or try again."</p>
                </div>
            </Show>
            <p class="aside">"Remembered it? " <A href="/sign-in">"Sign in"</A></p>
        </section>
    }
}

/// Chooses a new password with the link from the email; every other session of the account ends.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let action = ServerAction::<ResetPassword>::new();
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
        <Title text="Choose a new password" />
        <section class="panel narrow" aria-labelledby="reset-title">
            <h1 id="reset-title">"Choose a new password"</h1>
            <FormAlert error=form_error(server, &["password"]) />
            <Show when=move || server.get().is_some_and(|e| e.field() == Some("token"))>
                <p><A href="/forgot-password">"Ask for a new link"</A></p>
            </Show>
            <form method="post" action=ResetPassword::url() on:submit=on_submit novalidate>
                <input type="hidden" name="token" value=token />
                <TextField
                    label="New password"
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    maxlength=PASSWORD_MAX
                    hint="At least 10 characters. Every device signed in to your account will be signed out."
                    error=field_error(password_local, server, "password")
                    on_change=Callback::new(check_password)
                />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    "Set my new password"
                </button>
            </form>
        </section>
    }
}

/// Confirms an address with the link from the email. A button, not the visit itself, does it: mail
/// scanners that open every link must not use it up.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let action = ServerAction::<ConfirmEmail>::new();
    use_auth().refresh_after(action.version());
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let server = last_error(action.value());
    view! {
        <Title text="Confirm your email address" />
        <section class="panel narrow" aria-labelledby="confirm-title">
            <h1 id="confirm-title">"Confirm your email address"</h1>
            <FormAlert error=server />
            <p>"One click and your address is confirmed; you will be signed in."</p>
            <ActionForm action=action>
                <input type="hidden" name="token" value=token />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    "Confirm my address"
                </button>
            </ActionForm>
            <p class="aside">"Link expired? " <A href="/sign-in">"Sign in"</A> " and send a new one from your account page."</p>
        </section>
    }
}

/// Where sign-up ends: the same words for a new address and a registered one.
#[component]
pub fn CheckEmailPage() -> impl IntoView {
    let query = use_query_map();
    let applied = move || query.read().get("applied").is_some();
    view! {
        <Title text="Check your email" />
        <section class="panel narrow" aria-labelledby="check-title">
            <h1 id="check-title">"Check your email"</h1>
            <p>
                {move || if applied() {
                    "We have sent a link to the address you gave. Open it to confirm your address: your application then goes to the team, and we email you their decision."
                } else {
                    "We have sent a link to the address you gave. Open it to confirm your address and sign in; then you can post, share your story and redeem rewards."
                }}
            </p>
            <p>"Nothing after a few minutes? Check your spam folder. You can also sign in and send the link again."</p>
            <p><A href="/sign-in">"Sign in"</A></p>
        </section>
    }
}
