//! The admin CSV downloads. Every one goes through [`admins_only`]: 401 for guests, 403 for anyone but an
//! admin, and only then is the file built (by its feature, with [`app::common::csv`]) and sent.

use app::{
    accounts::{domain::Role, guard::user_of},
    analytics::export::CsvQuery,
    common::csv::{failed, refusal, Download},
    state::AppState,
};
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use std::future::Future;
use tower_sessions::Session;

/// `/admin/redemptions.csv`: every redemption.
pub async fn redemptions(State(state): State<AppState>, session: Session) -> Response {
    admins_only(&state, &session, "export redemptions", app::rewards::csv::download(&state.db)).await
}

/// `/admin/nps/<id>/responses.csv`: one survey's answers; 404 for a survey that does not exist.
pub async fn survey_answers(State(state): State<AppState>, session: Session, Path(id): Path<i64>) -> Response {
    admins_only(&state, &session, "export survey answers", app::nps::export::download(&state.db, id)).await
}

/// `/admin/dashboard.csv?days=30&table=figures`: a dashboard table; 422 with the reason for a bad period or
/// table.
pub async fn dashboard(State(state): State<AppState>, session: Session, Query(q): Query<CsvQuery>) -> Response {
    admins_only(&state, &session, "export the dashboard", app::analytics::export::download(&state.db, q)).await
}

/// `/admin/members.csv?q=…&role=…&status=…&level=…&group=…&nps=…&sort=…`: the members the member list's search finds; 422
/// naming a bad filter.
pub async fn members(
    State(state): State<AppState>,
    session: Session,
    Query(q): Query<app::admin::filter::MembersQuery>,
) -> Response {
    admins_only(&state, &session, "export members", app::admin::export::download(&state.db, q)).await
}

/// Builds the file only when an admin asks; `what` completes "sign in as an admin to …" and "only admins can …".
async fn admins_only(
    state: &AppState,
    session: &Session,
    what: &str,
    file: impl Future<Output = Result<Download, Response>>,
) -> Response {
    match user_of(session, state).await {
        Err(_) => failed(),
        Ok(None) => refusal(StatusCode::UNAUTHORIZED, format!("sign in as an admin to {what}\n")),
        Ok(Some(u)) if !u.role.allows(Role::Admin) => {
            refusal(StatusCode::FORBIDDEN, format!("only admins can {what}\n"))
        }
        Ok(Some(_)) => file.await.map_or_else(|refused| refused, IntoResponse::into_response),
    }
}
