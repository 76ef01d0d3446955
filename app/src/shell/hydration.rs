//! Who downloads the browser's copy of the app. Every page works without JavaScript (forms post, links
//! load), so a visitor who is not signed in gets the server's HTML and nothing else: no script, no WASM,
//! interactive as soon as it arrives. Signed-in members get the hydrated app (replies, likes, the editor's
//! preview and pictures, live counts), downloaded once and then kept by the browser for a year.
//!
//! The server decides per request ([`LoadsApp`], put in the request by `server::routes::site`) from the
//! session alone; the page reads it here.

/// Whether this response loads the app: true when the session names a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadsApp(pub bool);

/// Whether the page being rendered loads the app (it does when nothing decided otherwise: a page rendered
/// outside the server's layers, as in tests that render one component).
#[cfg(feature = "ssr")]
pub fn loads_app() -> bool {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<LoadsApp>().copied())
        .is_none_or(|decided| decided.0)
}
