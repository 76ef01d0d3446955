//! The community's settings on every page, whether the page loads the app (app::shell::hydration), the
//! page's language (app::i18n), and the theme and language switches.
//!
//! A layer reads the settings row (one row by its key) before a page is rendered and hands it to the page
//! through the request's extensions: no cache, so when an admin saves, every node shows the change on its
//! next page. `POST /theme` keeps the visitor's light/dark choice in a cookie (a plain form: it works without
//! JavaScript) and sends them back where they were.

use super::paths;
use crate::security::SecurityConfig;
use app::{common::next::safe_next, i18n::Lang, shell::hydration::LoadsApp, site::Theme, state::AppState};
use axum::{
    body::Body,
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
    Extension, Form,
};
use std::{collections::HashMap, sync::Arc};

/// Puts the current [`app::site::Site`] into the request for the page to read. When the database does not
/// answer the page is rendered with the defaults (its own queries will report the trouble).
pub async fn load(State(state): State<AppState>, mut req: Request<Body>, next: Next) -> Response {
    if paths::renders_a_page(req.uri().path()) {
        let site = app::site::repo::load(&state.db).await.unwrap_or_else(|e| {
            tracing::error!(error = %e, "could not read the site settings; showing the defaults");
            app::site::Site::default()
        });
        let community = site.default_language;
        req.extensions_mut().insert(site);
        let member = signed_in(req.extensions().get::<tower_sessions::Session>().cloned()).await;
        // A reading page for a visitor comes without the app (see app::shell::hydration).
        let decided = LoadsApp::decide(member.is_some(), req.uri().path());
        req.extensions_mut().insert(decided);
        let asked = asked_language(req.headers());
        let lang = language(&state, member, asked, community).await;
        req.extensions_mut().insert(lang);
        // What a plain form post just answered, for the page it returned to.
        if let Some(answered) = super::answered::take(&req).await {
            req.extensions_mut().insert(answered);
        }
        // Plain routes (an upload's report) speak it too.
        return app::i18n::speaking(lang, next.run(req)).await;
    }
    if paths::calls_a_server_function(req.uri().path()) {
        // The same language as the member's pages, so a refusal is worded like the form it answers; the
        // community's default is read only when nothing else decides.
        let member = signed_in(req.extensions().get::<tower_sessions::Session>().cloned()).await;
        let asked = asked_language(req.headers());
        let chosen = member_language(&state, member).await;
        // Lang::choose's order, without reading the default when it is not needed.
        let lang = match chosen.or(asked.0).or(asked.1) {
            Some(lang) => lang,
            None => app::site::repo::load(&state.db).await.map(|site| site.default_language).unwrap_or_else(|e| {
                tracing::error!(error = %e, "could not read the site settings; answering in English");
                Lang::En
            }),
        };
        req.extensions_mut().insert(lang);
        return next.run(req).await;
    }
    next.run(req).await
}

/// The signed-in member making the request, if any.
async fn signed_in(session: Option<tower_sessions::Session>) -> Option<i64> {
    app::accounts::guard::member_named(&session?).await
}

/// What the request itself asks for: the visitor's choice from the footer (a cookie), else the browser's
/// `Accept-Language`.
fn asked_language(headers: &HeaderMap) -> (Option<Lang>, Option<Lang>) {
    let cookie =
        headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(Lang::from_cookie_header);
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::negotiate);
    (cookie, accept)
}

/// The page's language (app::i18n::Lang::choose): the member's setting (one read by primary key), then what the
/// request asks for, then the community's default.
async fn language(state: &AppState, member: Option<i64>, asked: (Option<Lang>, Option<Lang>), community: Lang) -> Lang {
    Lang::choose(member_language(state, member).await, asked.0, asked.1, community)
}

/// The language a signed-in member chose (one read by primary key), if any.
async fn member_language(state: &AppState, member: Option<i64>) -> Option<Lang> {
    let id = member?;
    app::accounts::repo::language(&state.db, id).await.unwrap_or_else(|e| {
        tracing::warn!(error = %e, "could not read a member's language; using the browser's");
        None
    })
}

/// `POST /language` with `lang` (en, de, es or ar) and `then` (a path on this site): a visitor's choice goes
/// into a cookie, a member's also into their account (so it follows them to other devices).
pub async fn switch_language(
    State(state): State<AppState>,
    Extension(security): Extension<Arc<SecurityConfig>>,
    session: tower_sessions::Session,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Some(lang) = form.get("lang").and_then(|t| Lang::parse(t)) else {
        return (StatusCode::UNPROCESSABLE_ENTITY, "Choose a language: en, de, es or ar.\n").into_response();
    };
    if let Some(id) = app::accounts::guard::member_named(&session).await {
        if let Err(e) = app::accounts::repo::set_language(&state.db, id, lang).await {
            tracing::error!(error = %e, "could not save a member's language");
            return (StatusCode::SERVICE_UNAVAILABLE, "Your language could not be saved; try again.\n").into_response();
        }
    }
    let secure = if security.secure { "; Secure" } else { "" };
    let cookie = format!("{}={}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}", Lang::COOKIE, lang.tag());
    let mut res = Redirect::to(&safe_next(form.get("then").map(String::as_str), "/")).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, value);
    }
    res
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
