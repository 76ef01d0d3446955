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

/// The largest answer kept (a confirmation, a short report); anything longer is not shown again rather than
/// stored.
const MAX_ANSWER_BYTES: usize = 16 * 1024;

/// Whether a request comes from the browser itself (a page load, a form post), not from the app's scripts.
fn accepts_html(req: &Request<Body>) -> bool {
    req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
}

/// Whether a request is a browser's form post without JavaScript (the framework redirects it back to the form).
fn plain_form_post(req: &Request<Body>) -> bool {
    req.method() == Method::POST && accepts_html(req)
}

/// Around the server functions: when a signed-in member's plain form post succeeded (a redirect back to the
/// page that sent it, carrying no `__err`), its answer goes into their session for that page.
pub async fn keep(req: Request<Body>, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    if !super::paths::calls_a_server_function(&path) || !plain_form_post(&req) {
        return next.run(req).await;
    }
    // Without a `Referer` the framework sends success and refusal alike to `/`, with no `__err`: a refusal's
    // body would pass for an answer, so nothing is kept.
    let session = req.extensions().get::<Session>().cloned().filter(|_| req.headers().contains_key(header::REFERER));
    let host = req.headers().get(header::HOST).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let res = next.run(req).await;
    let location = res.headers().get(header::LOCATION).and_then(|v| v.to_str().ok());
    let back_here =
        location.is_some_and(|location| !location.contains("__err=") && same_site(location, host.as_deref()));
    let Some(session) = session.filter(|_| res.status().is_redirection() && back_here) else {
        return res;
    };
    // Signing out leaves no member: nothing to show them, and no session to make for it.
    let Some(member) = app::accounts::guard::member_named(&session).await else {
        return res;
    };
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_ANSWER_BYTES).await else {
        tracing::warn!(path, "a plain form's answer is longer than {MAX_ANSWER_BYTES} bytes; not shown again");
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(json) = std::str::from_utf8(&bytes) {
        let answered = Answered { path, json: json.to_owned(), member, page: String::new() };
        if let Err(e) = session.insert(SESSION_KEY, answered).await {
            tracing::warn!(error = %e, "could not keep a plain form's answer");
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Whether a redirect stays on this site (a path, or an address on the host the request was made to): a
/// server function may send the browser elsewhere (a challenge's outside link), and that page is not ours.
fn same_site(location: &str, host: Option<&str>) -> bool {
    if location.starts_with('/') && !location.starts_with("//") {
        return true;
    }
    let rest = location.strip_prefix("https://").or_else(|| location.strip_prefix("http://"));
    let authority = rest.map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default());
    authority.is_some_and(|authority| Some(authority) == host)
}

/// The answer kept for the page a plain form post returned to, taken out of the session: the member's next
/// request for a page (`Accept: text/html`) shows it, once. A session without one is only read, not written.
pub fn take(req: &Request<Body>) -> impl std::future::Future<Output = Option<Answered>> + Send + 'static {
    let wants_page = req.method() == Method::GET && accepts_html(req);
    let session = req.extensions().get::<Session>().filter(|_| wants_page).cloned();
    let page = match req.uri().query().filter(|q| !q.is_empty()) {
        Some(query) => format!("{}?{query}", req.uri().path()),
        None => req.uri().path().to_owned(),
    };
    async move {
        let session = session?;
        session.get::<Answered>(SESSION_KEY).await.ok().flatten()?;
        let answered = session.remove::<Answered>(SESSION_KEY).await.ok().flatten()?;
        // Kept for the member who posted; anyone else signed in on this browser since does not see it.
        let member = app::accounts::guard::member_named(&session).await;
        (member == Some(answered.member)).then_some(Answered { page, ..answered })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_redirect_back_to_this_site_keeps_an_answer() {
        let host = Some("portal.example.com");
        for location in ["/account", "/account?", "https://portal.example.com/me/profile", "http://portal.example.com"]
        {
            assert!(same_site(location, host), "{location}");
        }
        for location in
            ["//evil.example/x", "https://evil.example/account", "https://portal.example.com.evil/x", "account"]
        {
            assert!(!same_site(location, host), "{location}");
        }
    }
}
