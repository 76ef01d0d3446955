//! `POST /me/data/download`: the signed-in member's data as one JSON file (the form on `/me/data`). A POST,
//! so the Origin check covers it and no link can make a browser fetch it; rate limited per member.

use app::{
    accounts::guard::user_of, common::csv::refusal, db, error::AppError, privacy::export, rate_limit, state::AppState,
};
use axum::{
    extract::State,
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};
use tower_sessions::Session;

/// Downloads a member may make in an hour.
pub const EXPORTS_PER_HOUR: u32 = 5;

pub async fn download(State(state): State<AppState>, session: Session) -> Response {
    match build(&state, &session).await {
        Ok((name, body)) => (
            [
                (header::CONTENT_TYPE, "application/json; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
                (header::CACHE_CONTROL, "no-store".to_string()),
            ],
            body,
        )
            .into_response(),
        Err(e) => {
            let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            refusal(status, format!("{e}\n"))
        }
    }
}

async fn build(state: &AppState, session: &Session) -> Result<(String, String), AppError> {
    let user = user_of(session, state).await?.ok_or(AppError::Unauthorized)?;
    rate_limit::hit(&state.db, &format!("export:user:{}", user.id), EXPORTS_PER_HOUR, 3600).await?;
    let now = db::now();
    let doc = export::collect(&state.db, user.id, now).await?;
    let body = serde_json::to_string_pretty(&doc).map_err(|e| {
        tracing::error!(error = %e, "data export could not be written");
        AppError::Internal
    })?;
    let day = time::OffsetDateTime::from_unix_timestamp(now).map(|t| t.date().to_string()).unwrap_or_default();
    tracing::info!(user_id = user.id, bytes = body.len(), "data exported");
    Ok((format!("chorus-data-{}-{day}.json", user.id), body))
}
