//! The audit log server function (admins only).

use crate::{audit::views::AuditPage, error::AppError};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    audit::{repo, AUDIT_PER_PAGE},
    common::paging::{page_count, page_or_first, past_the_end},
    state::app_state,
};

/// A page of the audit log, newest first (admins only).
#[server(endpoint = "audit/audit_log")]
pub async fn audit_log(page: u32) -> Result<AuditPage, AppError> {
    require_role(Role::Admin).await?;
    let page = page_or_first(page);
    let (entries, total) = repo::audit_page(&app_state()?.db, page).await?;
    let last_page = page_count(total, AUDIT_PER_PAGE);
    if page > last_page {
        return Err(past_the_end(page, last_page));
    }
    Ok(AuditPage { entries, page, last_page })
}
