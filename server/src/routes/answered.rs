//! A signed-in member's plain form post (JavaScript off) and the page it returns to: the server function's
//! answer is kept in the member's session and shown by that one page (see `app::common::answered`).

use app::common::answered::{Answered, SESSION_KEY};
use axum::{
    body::Body,
    extract::Request,
    http::{header, Method},
    middleware::Next,
    response::Response,
};
use tower_sessions::Session;

/// The largest answer kept (a new API token, a saved setting's confirmation); anything longer is not shown
/// again rather than stored.
const MAX_ANSWER_BYTES: usize = 16 * 1024;

/// Whether a request is a browser's form post without JavaScript (the framework redirects it back to the form).
fn plain_form_post(req: &Request<Body>) -> bool {
    req.method() == Method::POST
        && req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
}

/// Around the server functions: when a signed-in member's plain form post succeeded (a redirect that carries
/// no `__err`), its answer goes into their session for the next page.
pub async fn keep(req: Request<Body>, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    if !super::site::calls_a_server_function(&path) || !plain_form_post(&req) {
        return next.run(req).await;
    }
    let session = req.extensions().get::<Session>().cloned();
    let res = next.run(req).await;
    let refused = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|location| location.contains("__err="));
    let Some(session) = session.filter(|_| res.status().is_redirection() && !refused) else {
        return res;
    };
    // Signing out leaves no member: nothing to show them, and no session to make for it.
    if app::accounts::guard::member_named(&session).await.is_none() {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_ANSWER_BYTES).await else {
        tracing::warn!(path, "a plain form's answer is longer than {MAX_ANSWER_BYTES} bytes; not shown again");
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(json) = std::str::from_utf8(&bytes) {
        if let Err(e) = session.insert(SESSION_KEY, Answered { path, json: json.to_owned() }).await {
            tracing::warn!(error = %e, "could not keep a plain form's answer");
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The answer kept for the page a plain form post returned to, taken out of the session: a browser's request
/// for a page (`Accept: text/html`) shows it once. A session without one is only read, not written.
pub fn take(req: &Request<Body>) -> impl std::future::Future<Output = Option<Answered>> + Send + 'static {
    let wants_page = req.method() == Method::GET
        && req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"));
    let session = req.extensions().get::<Session>().filter(|_| wants_page).cloned();
    async move {
        let session = session?;
        session.get::<Answered>(SESSION_KEY).await.ok().flatten()?;
        session.remove::<Answered>(SESSION_KEY).await.ok().flatten()
    }
}
