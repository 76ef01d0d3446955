use super::use_auth;
use crate::accounts::{
    api::UpdateDisplayName,
    domain::{DisplayName, DISPLAY_NAME_MAX},
};
use crate::common::answered::server_action;
use crate::{
    t,
    ui::{field_error, form_error, last_error, FormAlert, TextField},
};
use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};

/// Change the name shown next to your posts.
#[component]
pub fn DisplayNameForm(current: String) -> impl IntoView {
    let action = server_action::<UpdateDisplayName>();
    use_auth().refresh_after(action.version());
    let server = last_error(action.value());
    let local = RwSignal::new(None::<String>);
    let saved = move || action.value().get().and_then(|r| r.ok());
    let check = move |v: String| local.set(DisplayName::parse(&v).err().map(|e| e.message));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = UpdateDisplayName::from_event(&ev) else {
            return;
        };
        check(input.display_name.clone());
        if local.get_untracked().is_none() {
            action.dispatch(input);
        }
    };
    view! {
        <section class="panel" aria-labelledby="name-title">
            <h2 id="name-title">{t!("accounts-display-name")}</h2>
            <FormAlert error=form_error(server, &["display_name"]) />
            <form method="post" action=UpdateDisplayName::url() on:submit=on_submit novalidate>
                <TextField
                    label=t!("accounts-display-name")
                    name="display_name"
                    autocomplete="name"
                    maxlength=DISPLAY_NAME_MAX
                    value=current
                    error=field_error(local, server, "display_name")
                    on_change=Callback::new(check)
                />
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!("accounts-save-name")}</button>
                <p class="status" role="status">
                    {move || saved().map(|name| t!("accounts-name-saved", name = name))}
                </p>
            </form>
        </section>
    }
}
