use crate::{error::AppError, forum::flags::FlaggedPost};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::Role,
        guard::{require_role, require_user},
    },
    db,
    forum::{
        domain::PostState,
        flags::{NewFlag, Resolution},
        repo::{flags, moderation, posts},
    },
    recognition::repo::ledger,
    state::app_state,
    t,
};

/// Posts waiting in the moderation queue.
pub const QUEUE_SIZE: i64 = 50;

/// Reports a post to the moderators (members; not your own post, once per post).
#[server(endpoint = "forum/flag_post")]
pub async fn flag_post(post_id: i64, reason: String, note: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let flag = NewFlag::parse(&reason, &note)?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let post = posts::find_tx(&mut tx, post_id, crate::forum::domain::space_key(Some(&user))).await?;
    let post = post.ok_or_else(|| AppError::NotFound(crate::t!("error-that-post")))?;
    let conflict = |message: String| AppError::Conflict { field: None, message };
    if post.author_id == user.id {
        return Err(conflict(t!("forum-flag-own-post")));
    }
    if post.state() != PostState::Visible {
        return Err(conflict(t!("forum-flag-not-visible")));
    }
    if !flags::insert(&mut tx, post_id, user.id, &flag, db::now()).await? {
        return Err(conflict(t!("forum-flag-twice")));
    }
    tx.commit().await?;
    tracing::info!(user_id = user.id, post_id, reason = flag.reason.as_str(), "post flagged");
    Ok(())
}

/// The moderation queue: posts with open flags, oldest first (moderators only).
#[server(endpoint = "forum/flag_queue")]
pub async fn flag_queue() -> Result<Vec<FlaggedPost>, AppError> {
    require_role(Role::Moderator).await?;
    Ok(flags::open(&app_state()?.db, QUEUE_SIZE).await?)
}

/// Settles the open flags on a post: `hide` hides it with the flags' reasons, `dismiss` keeps it (moderators).
#[server(endpoint = "forum/resolve_flags")]
pub async fn resolve_flags(post_id: i64, action: String) -> Result<(), AppError> {
    let moderator = require_role(Role::Moderator).await?;
    let how = Resolution::parse(&action)?;
    let state = app_state()?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    super::moderate::others_post(&mut tx, &moderator, post_id).await?;
    let reasons = flags::open_reasons(&mut tx, post_id).await?;
    if reasons.is_empty() {
        return Err(AppError::Conflict { field: None, message: t!("forum-flags-settled") });
    }
    let detail = format!("flagged as {}", reasons.join(", ").replace('_', "-"));
    if how == Resolution::Hide {
        let reason = format!("Flagged by members ({})", reasons.join(", ").replace('_', "-"));
        if moderation::hide(&mut tx, post_id, moderator.id, &reason, now).await? {
            let note = super::moderate::one_note(&format!("Post hidden: {reason}"));
            ledger::reverse(&mut tx, "post", post_id, moderator.id, &note, now).await?;
        }
    }
    flags::resolve(&mut tx, post_id, moderator.id, how, now).await?;
    let action = if how == Resolution::Hide { "hide (flags)" } else { "dismiss flags" };
    crate::audit::record(&mut tx, &moderator, action, "post", post_id, detail).await?;
    tx.commit().await?;
    Ok(())
}
