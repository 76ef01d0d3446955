//! The community's settings on every page, whether the page loads the app (app::shell::hydration), and the
//! theme switch.
//!
//! A layer reads the settings row (one row by its key) before a page is rendered and hands it to the page
//! through the request's extensions: no cache, so when an admin saves, every node shows the change on its
//! next page. `POST /theme` keeps the visitor's light/dark choice in a cookie (a plain form: it works without
//! JavaScript) and sends them back where they were.

use crate::security::SecurityConfig;
use app::{common::next::safe_next, shell::hydration::LoadsApp, site::Theme, state::AppState};
use axum::{
    body::Body,
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
    Extension, Form,
};
use std::{collections::HashMap, sync::Arc};

/// Whether a request may render a page (anything but static files, pictures, server functions and the
/// health check).
fn renders_a_page(path: &str) -> bool {
    !(path.starts_with("/pkg/") || path.starts_with("/media/") || path.starts_with("/api/") || path == "/healthz")
}

/// Puts the current [`app::site::Site`] into the request for the page to read. When the database does not
/// answer the page is rendered with the defaults (its own queries will report the trouble).
pub async fn load(State(state): State<AppState>, mut req: Request<Body>, next: Next) -> Response {
    if renders_a_page(req.uri().path()) {
        let site = app::site::repo::load(&state.db).await.unwrap_or_else(|e| {
            tracing::error!(error = %e, "could not read the site settings; showing the defaults");
            app::site::Site::default()
        });
        req.extensions_mut().insert(site);
        let member = match req.extensions().get::<tower_sessions::Session>() {
            Some(session) => app::accounts::guard::names_a_member(session).await,
            None => false,
        };
        // A reading page for a visitor comes without the app (see app::shell::hydration).
        let decided = LoadsApp::decide(member, req.uri().path());
        req.extensions_mut().insert(decided);
    }
    next.run(req).await
}

/// `POST /theme` with `theme` (system, light or dark) and `then` (a path on this site).
pub async fn switch(
    Extension(security): Extension<Arc<SecurityConfig>>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Some(theme) = form.get("theme").and_then(|t| Theme::parse(t)) else {
        return (StatusCode::UNPROCESSABLE_ENTITY, "Choose a theme: system, light or dark.\n").into_response();
    };
    let secure = if security.secure { "; Secure" } else { "" };
    let cookie = match theme {
        Theme::System => format!("{}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{secure}", Theme::COOKIE),
        chosen => {
            format!("{}={}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}", Theme::COOKIE, chosen.as_str())
        }
    };
    let mut res = Redirect::to(&safe_next(form.get("then").map(String::as_str), "/")).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, value);
    }
    res
}
