//! Redirects from server functions, built here instead of with `leptos_axum::redirect`, which panics (and
//! drops the connection) when the target is not a valid header value.

use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// Sends the browser to `location` after this server function: a 302 for a plain form post (JavaScript
/// off), or the header the hydrated client follows. A location that cannot be a header value goes to `/`.
pub fn to(location: &str) {
    let value = HeaderValue::from_str(location).unwrap_or_else(|_| {
        tracing::warn!("refused a redirect target that is not a valid header value");
        HeaderValue::from_static("/")
    });
    let (Some(req), Some(res)) = (use_context::<http::request::Parts>(), use_context::<ResponseOptions>()) else {
        tracing::warn!("redirect asked for outside a request");
        return;
    };
    res.insert_header(header::LOCATION, value);
    let accepts_html =
        req.headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"));
    if accepts_html {
        res.set_status(StatusCode::FOUND);
    } else {
        res.insert_header(
            HeaderName::from_static(leptos::server_fn::redirect::REDIRECT_HEADER),
            HeaderValue::from_static(""),
        );
    }
}
