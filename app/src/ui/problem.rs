use crate::error::AppError;
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
        AppError::NotFound(_) => "Not found",
        AppError::Gone(_) => "No longer available",
        AppError::Unauthorized => "Please sign in",
        AppError::Forbidden => "Not allowed",
        AppError::Unconfirmed => "Confirm your email address",
        AppError::Restricted { .. } => "Not while restricted",
        _ => "Something went wrong",
    };
    view! {
        <Title text=heading />
        <section class="panel">
            <h1>{heading}</h1>
            <p role="alert">{error.to_string()}</p>
            <p><a href="/forum">"Back to the forum"</a></p>
        </section>
    }
}
