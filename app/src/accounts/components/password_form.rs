use super::use_auth;
use crate::accounts::{
    api::ChangePassword,
    domain::{NewPassword, PASSWORD_MAX},
};
use crate::common::answered::server_action;
use crate::{
    t,
    ui::{field_error, form_error, last_error, FormAlert, TextField},
};
use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};

/// Change your password; other devices are signed out.
#[component]
pub fn PasswordForm() -> impl IntoView {
    let action = server_action::<ChangePassword>();
    use_auth().refresh_after(action.version());
    let server = last_error(action.value());
    let current_local = RwSignal::new(None::<String>);
    let new_local = RwSignal::new(None::<String>);
    let saved = move || matches!(action.value().get(), Some(Ok(())));
    let check_current =
        move |v: String| current_local.set(v.is_empty().then(|| t!("accounts-current-password-missing")));
    let check_new =
        move |v: String| new_local.set(NewPassword::parse(&v, "new_password", &[]).err().map(|e| e.message));
    let form = NodeRef::<leptos::html::Form>::new();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = ChangePassword::from_event(&ev) else {
            return;
        };
        check_current(input.current_password.clone());
        check_new(input.new_password.clone());
        if current_local.get_untracked().is_none() && new_local.get_untracked().is_none() {
            action.dispatch(input);
            if let Some(f) = form.get_untracked() {
                f.reset();
            }
        }
    };
    view! {
        <section class="panel" aria-labelledby="password-title">
            <h2 id="password-title">{t!("accounts-password")}</h2>
            <FormAlert error=form_error(server, &["current_password", "new_password"]) />
            <form node_ref=form method="post" action=ChangePassword::url() on:submit=on_submit novalidate>
                <TextField
                    label=t!("accounts-current-password")
                    name="current_password"
                    kind="password"
                    autocomplete="current-password"
                    error=field_error(current_local, server, "current_password")
                    on_change=Callback::new(check_current)
                />
                <TextField
                    label=t!("accounts-new-password")
                    name="new_password"
                    kind="password"
                    autocomplete="new-password"
                    maxlength=PASSWORD_MAX
                    hint=t!("accounts-new-password-hint")
                    error=field_error(new_local, server, "new_password")
                    on_change=Callback::new(check_new)
                />
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!("accounts-change-password")}</button>
                <p class="status" role="status">
                    {move || saved().then(|| t!("accounts-password-changed"))}
                </p>
            </form>
        </section>
    }
}
