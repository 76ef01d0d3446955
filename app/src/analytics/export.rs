//! `GET /admin/dashboard.csv?days=30&table=figures`: a dashboard table as a download, for admins only.

use crate::{
    analytics::{
        csv::{render, Table},
        domain::{Period, PeriodQuery},
        repo,
    },
    common::{
        csv::{failed, refusal, Download},
        dates::iso_date,
    },
    db::{self, Db},
};
use axum::{http::StatusCode, response::Response};

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

/// The table asked for, or 422 with the reason for a bad period or table. The caller has checked that an admin
/// asks.
pub async fn download(db: &Db, q: CsvQuery) -> Result<Download, Response> {
    let Some(table) = Table::parse(&q.table) else {
        return Err(refusal(StatusCode::UNPROCESSABLE_ENTITY, "table: choose figures, trend, rewards or retention\n"));
    };
    let query = PeriodQuery { days: q.days, from: q.from, to: q.to };
    let now = db::now();
    let period = Period::parse(&query, now)
        .map_err(|e| refusal(StatusCode::UNPROCESSABLE_ENTITY, format!("{}: {}\n", e.field, e.message)))?;
    let fail = |e: &dyn std::fmt::Display| {
        tracing::error!(error = %e, "dashboard export failed");
        failed()
    };
    let dashboard = repo::dashboard(db, query, period, now).await.map_err(|e| fail(&e))?;
    let text = render(&dashboard, table).map_err(|e| fail(&e))?;
    Ok(Download { filename: format!("dashboard-{}-{}.csv", table.name(), iso_date(period.start)), text })
}
