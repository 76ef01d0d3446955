use super::use_auth;
use crate::accounts::{
    domain::{Email, EMAIL_MAX},
    email_api::{ChangeEmail, ResendConfirmation},
};
use crate::ui::{field_error, form_error, last_error, FormAlert, TextField};
use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};

/// Shown until the member confirms their address: why some things wait, and a way to get a new link.
#[component]
pub fn UnconfirmedNote() -> impl IntoView {
    let action = ServerAction::<ResendConfirmation>::new();
    let server = last_error(action.value());
    let sent = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <section class="alert info" aria-labelledby="unconfirmed-title">
            <h2 id="unconfirmed-title">"Confirm your email address"</h2>
            <p>
                "Open the link we emailed you to start posting, sharing your story, redeeming rewards and "
                "answering surveys. Until then you can read everything."
            </p>
            <FormAlert error=server />
            <ActionForm action=action>
                <button type="submit" class="button secondary" disabled=move || action.pending().get()>
                    "Send the link again"
                </button>
            </ActionForm>
            <p class="status" role="status">{move || sent().then_some("A new link is on its way. It works for 48 hours.")}</p>
        </section>
    }
}

/// Move the account to another address: the password, then the link sent to the new address.
#[component]
pub fn EmailForm(current: String) -> impl IntoView {
    let action = ServerAction::<ChangeEmail>::new();
    use_auth().refresh_after(action.version());
    let server = last_error(action.value());
    let password_local = RwSignal::new(None::<String>);
    let email_local = RwSignal::new(None::<String>);
    let check_password =
        move |v: String| password_local.set(v.is_empty().then(|| "Enter your current password.".to_string()));
    let check_email = move |v: String| email_local.set(Email::parse(&v).err().map(|e| e.message));
    let form = NodeRef::<leptos::html::Form>::new();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = ChangeEmail::from_event(&ev) else {
            return;
        };
        check_password(input.current_password.clone());
        check_email(input.new_email.clone());
        if password_local.get_untracked().is_none() && email_local.get_untracked().is_none() {
            action.dispatch(input);
            if let Some(f) = form.get_untracked() {
                f.reset();
            }
        }
    };
    let sent = move || match action.value().get() {
        Some(Ok(to)) => Some(format!("We sent a link to {to}. Your address changes when you open it.")),
        _ => None,
    };
    view! {
        <section class="panel" aria-labelledby="email-title">
            <h2 id="email-title">"Email address"</h2>
            <p>"Emails go to " <strong>{current}</strong> ". To use another address, confirm it from there."</p>
            <FormAlert error=form_error(server, &["current_password", "new_email"]) />
            <form node_ref=form method="post" action=ChangeEmail::url() on:submit=on_submit novalidate>
                <TextField
                    label="New email address"
                    name="new_email"
                    kind="email"
                    autocomplete="email"
                    maxlength=EMAIL_MAX
                    error=field_error(email_local, server, "new_email")
                    on_change=Callback::new(check_email)
                />
                <TextField
                    label="Current password"
                    name="current_password"
                    kind="password"
                    autocomplete="current-password"
                    error=field_error(password_local, server, "current_password")
                    on_change=Callback::new(check_password)
                />
                <button type="submit" class="button" disabled=move || action.pending().get()>"Change address"</button>
                <p class="status" role="status">{sent}</p>
            </form>
        </section>
    }
}
