//! The dashboard's server function: admins only.

use crate::{analytics::figures::Dashboard, error::AppError};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    analytics::{
        domain::{Period, PeriodQuery},
        repo,
    },
    db,
    state::app_state,
};

/// The dashboard for `?days=` (7, 30 or 90) or `?from=&to=` (both days included), with the period before it.
#[server(endpoint = "analytics/get_dashboard")]
pub async fn get_dashboard(days: String, from: String, to: String) -> Result<Dashboard, AppError> {
    require_role(Role::Admin).await?;
    let query = PeriodQuery { days, from, to };
    let now = db::now();
    let period = Period::parse(&query, now)?;
    let started = std::time::Instant::now();
    let dashboard = repo::dashboard(&app_state()?.db, query, period, now).await?;
    tracing::debug!(days = period.days(), ms = started.elapsed().as_millis() as u64, "dashboard read");
    Ok(dashboard)
}
