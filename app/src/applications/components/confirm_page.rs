use crate::{
    applications::api::ConfirmApplication,
    ui::{last_error, FormAlert},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/apply/confirm?token=…`, from the emailed link: one button (a link alone never changes anything) that
/// sends the application to the team.
#[component]
pub fn ConfirmApplicationPage() -> impl IntoView {
    let action = ServerAction::<ConfirmApplication>::new();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    view! {
        <Title text="Confirm your application" />
        <section class="panel narrow" aria-labelledby="confirm-title">
            <h1 id="confirm-title">"Confirm your application"</h1>
            <FormAlert error=last_error(action.value()) />
            <p>"One click confirms your address, and your application goes to the team."</p>
            <ActionForm action=action>
                <input type="hidden" name="token" value=token />
                <button type="submit" class="button" disabled=move || action.pending().get()>"Confirm and send my application"</button>
            </ActionForm>
        </section>
    }
}

/// `/apply/confirmed`: where confirming ends.
#[component]
pub fn ApplicationConfirmedPage() -> impl IntoView {
    view! {
        <Title text="Application sent" />
        <section class="panel narrow" aria-labelledby="sent-title">
            <h1 id="sent-title">"Thank you: your application is with the team"</h1>
            <p>"We will email you when they have decided. Once approved, you sign in with the address and password you gave."</p>
            <p><a href="/">"Back to the home page"</a></p>
        </section>
    }
}
