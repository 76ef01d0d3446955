use crate::common::answered::server_action;
use crate::{
    applications::api::ConfirmApplication,
    t,
    ui::{last_error, FormAlert},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/apply/confirm?token=…`, from the emailed link: one button (a link alone never changes anything) that
/// sends the application to the team.
#[component]
pub fn ConfirmApplicationPage() -> impl IntoView {
    let action = server_action::<ConfirmApplication>();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    view! {
        <Title text=t!("applications-confirm-title") />
        <section class="panel narrow" aria-labelledby="confirm-title">
            <h1 id="confirm-title">{t!("applications-confirm-title")}</h1>
            <FormAlert error=last_error(action.value()) />
            <p>{t!("applications-confirm-text")}</p>
            <ActionForm action=action>
                <input type="hidden" name="token" value=token />
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!("applications-confirm-button")}</button>
            </ActionForm>
        </section>
    }
}

/// `/apply/confirmed`: where confirming ends.
#[component]
pub fn ApplicationConfirmedPage() -> impl IntoView {
    view! {
        <Title text=t!("applications-sent-title") />
        <section class="panel narrow" aria-labelledby="sent-title">
            <h1 id="sent-title">{t!("applications-sent-heading")}</h1>
            <p>{t!("applications-sent-text")}</p>
            <p><a href="/">{t!("applications-home")}</a></p>
        </section>
    }
}
