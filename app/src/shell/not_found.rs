use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// The page for an address that leads nowhere, with a real 404 status.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=t!("not-found-title") />
        <section class="panel narrow">
            <h1>{t!("not-found-title")}</h1>
            <p>{t!("not-found-text")}</p>
            <p><a href="/">{t!("not-found-home")}</a></p>
        </section>
    }
}
