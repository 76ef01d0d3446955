//! Reading your notifications (members; guests have none).

use crate::{error::AppError, notifications::views::NotificationPage};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::guard::{current_user, require_user},
    db,
    notifications::repo as notifications,
    state::app_state,
};

/// Notifications per page.
pub const NOTIFICATIONS_PER_PAGE: u32 = 30;

/// How many unread notifications the signed-in member has (0 for guests).
#[server(endpoint = "notifications/unread_notifications")]
pub async fn unread_notifications() -> Result<i64, AppError> {
    match current_user().await? {
        Some(user) => Ok(notifications::unread_count(&app_state()?.db, user.id).await?),
        None => Ok(0),
    }
}

/// A page of your notifications, newest first. The ones shown are marked read (they still say "new" on
/// this page, so you can see what arrived).
#[server(endpoint = "notifications/my_notifications")]
pub async fn my_notifications(page: u32) -> Result<NotificationPage, AppError> {
    let user = require_user().await?;
    let db = &app_state()?.db;
    let page = crate::common::paging::page_or_first(page);
    let (items, has_more) = notifications::page(db, user.id, page, NOTIFICATIONS_PER_PAGE).await?;
    if let (Some(newest), Some(oldest)) = (items.first(), items.last()) {
        notifications::mark_read(db, user.id, newest.id, oldest.id, db::now()).await?;
    }
    Ok(NotificationPage { items, page, has_more })
}
