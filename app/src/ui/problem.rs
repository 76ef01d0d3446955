use crate::{error::AppError, t};
use leptos::prelude::*;
use leptos_meta::Title;

/// A page that could not be shown: the reason in words, the matching HTTP status on the server render,
/// and a way back.
#[component]
pub fn Problem(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options
            .set_status(http::StatusCode::from_u16(error.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR));
    }
    let heading = match error {
        AppError::NotFound(_) => t!("ui-problem-not-found"),
        AppError::Gone(_) => t!("ui-problem-gone"),
        AppError::Unauthorized => t!("ui-problem-sign-in"),
        AppError::Forbidden => t!("ui-problem-forbidden"),
        AppError::Unconfirmed => t!("ui-problem-unconfirmed"),
        AppError::Restricted { .. } => t!("ui-problem-restricted"),
        _ => t!("ui-problem-other"),
    };
    view! {
        <Title text=heading.clone() />
        <section class="panel">
            <h1>{heading}</h1>
            <p role="alert">{error.to_string()}</p>
            <p><a href="/forum">{t!("ui-back-to-forum")}</a></p>
        </section>
    }
}
