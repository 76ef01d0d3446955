use crate::{error::AppError, forum::views::NotificationPage};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::guard::{current_user, db_err, reply, require_user},
    db,
    forum::repo::{notifications, topics},
    state::app_state,
};

/// Notifications per page.
pub const NOTIFICATIONS_PER_PAGE: u32 = 30;

/// Follows a topic (replies will notify you) or stops following it (members).
#[server(endpoint = "forum/follow")]
pub async fn follow_topic(topic_id: i64, follow: bool) -> Result<(), AppError> {
    reply(
        async {
            let user = require_user().await?;
            let state = app_state()?;
            if topics::header(&state.db, topic_id).await.map_err(db_err)?.is_none() {
                return Err(AppError::NotFound("That topic".into()));
            }
            let mut tx = state.db.begin_write().await.map_err(db_err)?;
            if !notifications::set_follow(&mut tx, topic_id, user.id, follow, db::now()).await.map_err(db_err)? {
                let message =
                    if follow { "You already follow this topic." } else { "You were not following this topic." };
                return Err(AppError::Conflict { field: None, message: message.into() });
            }
            tx.commit().await.map_err(db_err)?;
            Ok(())
        }
        .await,
    )
}

/// How many unread notifications the signed-in member has (0 for guests).
#[server(endpoint = "forum/unread")]
pub async fn unread_notifications() -> Result<i64, AppError> {
    reply(
        async {
            match current_user().await? {
                Some(user) => notifications::unread_count(&app_state()?.db, user.id).await.map_err(db_err),
                None => Ok(0),
            }
        }
        .await,
    )
}

/// A page of your notifications, newest first. The ones shown are marked read (they still say "new" on
/// this page, so you can see what arrived).
#[server(endpoint = "forum/notifications")]
pub async fn my_notifications(page: u32) -> Result<NotificationPage, AppError> {
    reply(
        async {
            let user = require_user().await?;
            let db = &app_state()?.db;
            let page = super::page_or_first(page);
            let (items, has_more) =
                notifications::page(db, user.id, page, NOTIFICATIONS_PER_PAGE).await.map_err(db_err)?;
            if let (Some(newest), Some(oldest)) = (items.first(), items.last()) {
                notifications::mark_read(db, user.id, newest.id, oldest.id, db::now()).await.map_err(db_err)?;
            }
            Ok(NotificationPage { items, page, has_more })
        }
        .await,
    )
}
