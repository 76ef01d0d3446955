//! `/r/<code>`: a member's referral link. It counts the visit, keeps the code in a first-party cookie for 30
//! days and sends the visitor to the sign-up form, which says who invited them. A code that matches nobody
//! (or a removed member) sets no cookie and the form says so; signing up works either way. A visitor who
//! already carries the same code (a reload, a second click on the link) is not counted again.

use app::{
    db,
    referrals::{
        domain::{parse_code, COOKIE, COOKIE_MAX_AGE},
        repo,
    },
    state::AppState,
};
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};

pub async fn follow(State(state): State<AppState>, Path(code): Path<String>, headers: HeaderMap) -> Response {
    let Some(code) = parse_code(&code) else {
        return see_other("/sign-up?invite=unknown", None);
    };
    let referrer = match repo::referrer_by_code(&state.db, &code).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %e, "referral link lookup failed");
            return see_other("/sign-up", None);
        }
    };
    match referrer {
        None => see_other("/sign-up?invite=unknown", None),
        Some(r) if r.removed => see_other("/sign-up?invite=gone", None),
        Some(r) => {
            if app::referrals::api::code_in(&headers).as_deref() != Some(code.as_str()) {
                if let Err(e) = repo::click(&state.db, r.id, db::now()).await {
                    tracing::warn!(error = %e, "referral visit not counted");
                }
            }
            let secure = if state.settings.secure_cookies { "; Secure" } else { "" };
            let cookie = format!("{COOKIE}={code}; Max-Age={COOKIE_MAX_AGE}; Path=/; HttpOnly; SameSite=Lax{secure}");
            see_other("/sign-up", HeaderValue::from_str(&cookie).ok())
        }
    }
}

fn see_other(to: &'static str, cookie: Option<HeaderValue>) -> Response {
    let mut response =
        (StatusCode::SEE_OTHER, [(header::LOCATION, to), (header::CACHE_CONTROL, "no-store")]).into_response();
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}
