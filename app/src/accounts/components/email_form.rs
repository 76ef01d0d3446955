use super::use_auth;
use crate::accounts::{
    domain::{Email, EMAIL_MAX},
    email_api::{ChangeEmail, ResendConfirmation},
};
use crate::common::answered::server_action;
use crate::{
    t,
    ui::{field_error, form_error, last_error, FormAlert, TextField},
};
use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};

/// Shown until the member confirms their address: why some things wait, and a way to get a new link.
#[component]
pub fn UnconfirmedNote() -> impl IntoView {
    let action = server_action::<ResendConfirmation>();
    let server = last_error(action.value());
    let sent = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <section class="alert info" aria-labelledby="unconfirmed-title">
            <h2 id="unconfirmed-title">{t!("accounts-unconfirmed-title")}</h2>
            <p>{t!("accounts-unconfirmed-text")}</p>
            <FormAlert error=server />
            <ActionForm action=action>
                <button type="submit" class="button secondary" disabled=move || action.pending().get()>
                    {t!("accounts-send-link-again")}
                </button>
            </ActionForm>
            <p class="status" role="status">{move || sent().then(|| t!("accounts-link-sent-again"))}</p>
        </section>
    }
}

/// Move the account to another address: the password, then the link sent to the new address.
#[component]
pub fn EmailForm(current: String) -> impl IntoView {
    let action = server_action::<ChangeEmail>();
    use_auth().refresh_after(action.version());
    let server = last_error(action.value());
    let password_local = RwSignal::new(None::<String>);
    let email_local = RwSignal::new(None::<String>);
    let check_password =
        move |v: String| password_local.set(v.is_empty().then(|| t!("accounts-current-password-missing")));
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
        Some(Ok(to)) => Some(t!("accounts-email-link-sent", address = to)),
        _ => None,
    };
    view! {
        <section class="panel" aria-labelledby="email-title">
            <h2 id="email-title">{t!("accounts-email-address")}</h2>
            <p>{t!("accounts-emails-go-to")}" "<strong>{current}</strong>{t!("accounts-emails-go-to-after")}</p>
            <FormAlert error=form_error(server, &["current_password", "new_email"]) />
            <form node_ref=form method="post" action=ChangeEmail::url() on:submit=on_submit novalidate>
                <TextField
                    label=t!("accounts-new-email")
                    name="new_email"
                    kind="email"
                    autocomplete="email"
                    maxlength=EMAIL_MAX
                    error=field_error(email_local, server, "new_email")
                    on_change=Callback::new(check_email)
                />
                <TextField
                    label=t!("accounts-current-password")
                    name="current_password"
                    kind="password"
                    autocomplete="current-password"
                    error=field_error(password_local, server, "current_password")
                    on_change=Callback::new(check_password)
                />
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!("accounts-change-address")}</button>
                <p class="status" role="status">{sent}</p>
            </form>
        </section>
    }
}
