//! Following a topic (members).

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::guard::require_user,
    db,
    forum::repo::{follows, topics},
    state::app_state,
    t,
};

/// Follows a topic (replies will notify you) or stops following it (members).
#[server(endpoint = "forum/follow_topic")]
pub async fn follow_topic(topic_id: i64, follow: bool) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let key = crate::forum::domain::space_key(Some(&user));
    if topics::header(&state.db, topic_id, key).await?.is_none() {
        return Err(AppError::NotFound(crate::t!("error-that-topic")));
    }
    let mut tx = state.db.begin_write().await?;
    if !follows::set_follow(&mut tx, topic_id, user.id, follow, db::now()).await? {
        let message = if follow { t!("forum-already-following") } else { t!("forum-not-following") };
        return Err(AppError::Conflict { field: None, message });
    }
    tx.commit().await?;
    Ok(())
}
