//! The approval queue: a new member's first posts (as the admin set) wait here until a moderator approves
//! them (they are shown, then notify and pay as if just posted) or rejects them with a reason the author sees.

use crate::{error::AppError, forum::views::HeldQueue};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    audit::record,
    db,
    forum::{domain, repo::held},
    state::app_state,
    t,
};

/// How many waiting posts the queue shows at once (the oldest).
pub const HELD_QUEUE_SIZE: i64 = 50;

/// The oldest posts waiting for approval and how many wait (moderators only).
#[server(endpoint = "forum/get_held_queue")]
pub async fn get_held_queue() -> Result<HeldQueue, AppError> {
    require_role(Role::Moderator).await?;
    let (posts, total) = held::queue(&app_state()?.db, HELD_QUEUE_SIZE).await?;
    Ok(HeldQueue { posts, total })
}

/// Approves or rejects a waiting post (moderators; never their own). `decision` is `approve` or `reject`;
/// a rejection needs a reason, which the author reads under the post. Approving publishes the post: its
/// topic appears if it opened one, mentions and followers are told, and the points are paid, once.
#[server(endpoint = "forum/decide_held_post")]
pub async fn decide_held_post(
    post_id: i64,
    decision: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let moderator = require_role(Role::Moderator).await?;
    let approve = match decision.trim() {
        "approve" => true,
        "reject" => false,
        other => return Err(AppError::invalid("decision", t!("forum-decision-unknown", value = format!("{other:?}")))),
    };
    let reason = if approve { String::new() } else { domain::reject_reason(&reason)? };
    let state = app_state()?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    super::moderate::others_post(&mut tx, &moderator, post_id).await?;
    let waiting = || AppError::Conflict { field: None, message: t!("forum-not-waiting") };
    if approve {
        let released = held::approve(&mut tx, post_id, now).await?.ok_or_else(waiting)?;
        super::write::publish(&mut tx, post_id, &released, now).await?;
        record(&mut tx, &moderator, "approve_post", "post", post_id, String::new()).await?;
    } else {
        if !held::reject(&mut tx, post_id, moderator.id, &reason, now).await? {
            return Err(waiting());
        }
        record(&mut tx, &moderator, "reject_post", "post", post_id, reason).await?;
    }
    tx.commit().await?;
    crate::common::redirect::to("/mod/held");
    Ok(())
}
