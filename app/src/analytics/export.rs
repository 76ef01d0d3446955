//! `GET /admin/dashboard.csv?days=30&table=figures`: a dashboard table as a download, for admins only.

use crate::{
    accounts::{domain::Role, guard::user_of},
    analytics::{
        csv::{render, Table},
        domain::{Period, PeriodQuery},
        repo,
    },
    db,
    state::AppState,
};
use axum::{
    extract::{Query, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};

/// The address's parameters: the period and which table.
#[derive(Debug, Default, serde::Deserialize)]
pub struct CsvQuery {
    #[serde(default)]
    days: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    table: String,
}

/// 401 for guests, 403 for members and moderators, 422 with the reason for a bad period or table.
pub async fn download(
    State(state): State<AppState>,
    session: tower_sessions::Session,
    Query(q): Query<CsvQuery>,
) -> Response {
    let plain =
        |status: StatusCode, text: String| (status, [(header::CACHE_CONTROL, "no-store")], text).into_response();
    match user_of(&session, &state).await {
        Err(_) => return plain(StatusCode::INTERNAL_SERVER_ERROR, "the export could not be built\n".into()),
        Ok(None) => return plain(StatusCode::UNAUTHORIZED, "sign in as an admin to export the dashboard\n".into()),
        Ok(Some(u)) if !u.role.allows(Role::Admin) => {
            return plain(StatusCode::FORBIDDEN, "only admins can export the dashboard\n".into())
        }
        Ok(Some(_)) => {}
    }
    let Some(table) = Table::parse(&q.table) else {
        return plain(StatusCode::UNPROCESSABLE_ENTITY, "table: choose figures, trend, rewards or retention\n".into());
    };
    let query = PeriodQuery { days: q.days, from: q.from, to: q.to };
    let now = db::now();
    let period = match Period::parse(&query, now) {
        Ok(p) => p,
        Err(e) => return plain(StatusCode::UNPROCESSABLE_ENTITY, format!("{}: {}\n", e.field, e.message)),
    };
    match repo::dashboard(&state.db, query, period, now).await {
        Ok(d) => {
            let name = format!(
                "attachment; filename=\"dashboard-{}-{}.csv\"",
                table.name(),
                crate::common::dates::iso_date(period.start)
            );
            (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                    (header::CONTENT_DISPOSITION, name),
                    (header::CACHE_CONTROL, "no-store".to_string()),
                ],
                render(&d, table),
            )
                .into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "dashboard export failed");
            plain(StatusCode::INTERNAL_SERVER_ERROR, "the export could not be built\n".into())
        }
    }
}
