//! The browser's side of a sign-in through a provider: `GET /sso/<slug>/start` sends it to the provider
//! (`?link=1`: to link the provider to the signed-in member), `GET /sso/<slug>/callback` is where the provider
//! sends it back. Both are links, not forms: a form's navigation to another site would be stopped by the
//! pages' `form-action 'self'`. The decisions are in `app::sso::flow`.

use app::{
    common::{csv::refusal, net::network_key},
    error::AppError,
    sso::flow::{self, Answer},
    state::{AppState, ClientIp},
};
use axum::{
    extract::{Path, Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
    Extension,
};
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Debug, Default, Deserialize)]
pub struct StartQuery {
    next: Option<String>,
    link: Option<String>,
}

pub async fn start(
    State(state): State<AppState>,
    session: Session,
    ip: Option<Extension<ClientIp>>,
    Path(slug): Path<String>,
    Query(query): Query<StartQuery>,
) -> Response {
    let ip = ip.map(|Extension(ClientIp(ip))| network_key(ip)).unwrap_or_else(|| "unknown".into());
    let link = query.link.as_deref() == Some("1");
    match flow::start(&state, &session, &ip, &slug, query.next.as_deref(), link).await {
        Ok(location) => Redirect::to(&location).into_response(),
        Err(e) => failed(e),
    }
}

pub async fn callback(
    State(state): State<AppState>,
    session: Session,
    Path(slug): Path<String>,
    Query(answer): Query<Answer>,
    headers: HeaderMap,
) -> Response {
    let device = app::accounts::second_factor::device_token(&headers);
    match flow::callback(&state, &session, &slug, answer, device.as_deref()).await {
        Ok(location) => Redirect::to(&location).into_response(),
        Err(e) => failed(e),
    }
}

/// A failure of our own (the database, the session store) or a rate limit, said plainly.
fn failed(e: AppError) -> Response {
    let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    refusal(status, format!("{e}\n"))
}
