use crate::{error::AppError, forum::domain::PostLocation};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    audit::record,
    db,
    forum::{
        domain::{self, TopicTitle, REASON_MAX},
        repo::{
            categories,
            moderation::{self, TopicFlag},
            posts,
        },
    },
    markdown::PostBody,
    recognition::repo::ledger,
    state::app_state,
    t,
};

/// Changes someone else's post (moderators, on posts of members; admins, of moderators and members too),
/// saying why: the post then says "edited by a moderator", and its history keeps the earlier version for
/// staff. To redact, replace what must go. The reason goes to the audit log.
#[server(endpoint = "forum/staff_edit_post")]
pub async fn staff_edit_post(post_id: i64, body: String, reason: String) -> Result<PostLocation, AppError> {
    let staff = require_role(Role::Moderator).await?;
    let body = PostBody::parse(&body)?;
    let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
    if reason.is_empty() || reason.chars().count() > REASON_MAX {
        return Err(AppError::invalid("reason", t!("forum-staff-edit-reason", max = REASON_MAX.to_string())));
    }
    let state = app_state()?;
    let rendered = state.renderer.render("body", body.as_str().to_string()).await?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let post = posts::find_tx(&mut tx, post_id, crate::common::spaces::SEES_ALL)
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-post")))?;
    if post.author_id == staff.id {
        return Err(AppError::invalid("post_id", t!("forum-staff-edit-own")));
    }
    let author_role = crate::accounts::repo::role_of(&mut tx, post.author_id).await?.unwrap_or(Role::Member);
    if author_role >= staff.role {
        return Err(AppError::invalid("post_id", t!("forum-staff-edit-higher", role = author_role.as_str())));
    }
    if !posts::edit(&mut tx, post_id, posts::Editor::Staff, body.as_str(), &rendered.html, now).await? {
        return Err(AppError::Conflict { field: None, message: t!("forum-staff-edit-not-visible") });
    }
    record(&mut tx, &staff, "edit_post", "post", post_id, reason).await?;
    tx.commit().await?;
    let at = PostLocation { topic_id: post.topic_id, topic_slug: post.topic_slug, post_id, number: post.number };
    crate::common::redirect::to(&at.href());
    Ok(at)
}

/// Pins a topic to the top of its category, or unpins it (moderators only).
#[server(endpoint = "forum/set_pinned")]
pub async fn set_pinned(topic_id: i64, pinned: bool) -> Result<(), AppError> {
    set_flag(topic_id, TopicFlag::Pinned, pinned).await
}

/// Locks a topic against new replies, or unlocks it (moderators only).
#[server(endpoint = "forum/set_locked")]
pub async fn set_locked(topic_id: i64, locked: bool) -> Result<(), AppError> {
    set_flag(topic_id, TopicFlag::Locked, locked).await
}

#[cfg(feature = "ssr")]
async fn set_flag(topic_id: i64, flag: TopicFlag, on: bool) -> Result<(), AppError> {
    let moderator = require_role(Role::Moderator).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    if !moderation::set_flag(&mut tx, topic_id, flag, on).await? {
        return Err(AppError::Conflict { field: None, message: t!("forum-topic-flag-unchanged") });
    }
    let action = match (flag, on) {
        (TopicFlag::Pinned, true) => "pin",
        (TopicFlag::Pinned, false) => "unpin",
        (TopicFlag::Locked, true) => "lock",
        (TopicFlag::Locked, false) => "unlock",
    };
    record(&mut tx, &moderator, action, "topic", topic_id, String::new()).await?;
    tx.commit().await?;
    Ok(())
}

/// Moves a topic to the category with address `category` (moderators only).
#[server(endpoint = "forum/move_topic")]
pub async fn move_topic(topic_id: i64, category: String) -> Result<(), AppError> {
    let moderator = require_role(Role::Moderator).await?;
    let state = app_state()?;
    let target = categories::by_slug(&state.db, category.trim(), crate::common::spaces::SEES_ALL).await?;
    let target =
        target.filter(|c| !c.archived).ok_or_else(|| AppError::invalid("category", t!("forum-category-choose")))?;
    let mut tx = state.db.begin_write().await?;
    let from = moderation::placement(&mut tx, topic_id).await?;
    let from = from.ok_or_else(|| AppError::NotFound(crate::t!("error-that-topic")))?;
    if from.category_id == target.id {
        return Err(AppError::invalid("category", t!("forum-move-same-category")));
    }
    // What was written for a group stays with the group.
    let source = categories::find_tx(&mut tx, from.category_id).await?;
    if let Some(source) = source.filter(|s| s.group_id.is_some() && s.group_id != target.group_id) {
        let group = source.group_name.unwrap_or_default();
        return Err(AppError::invalid("category", t!("forum-move-keeps-group", group = group)));
    }
    if !moderation::move_topic(&mut tx, topic_id, &from, target.id).await? {
        return Err(AppError::Conflict { field: None, message: t!("forum-move-raced") });
    }
    record(&mut tx, &moderator, "move", "topic", topic_id, format!("to {}", target.slug)).await?;
    tx.commit().await?;
    Ok(())
}

/// Gives a topic a new title (moderators; never their own topic): for a title that breaks the rules or
/// misleads. The old title stays in the audit log.
#[server(endpoint = "forum/rename_topic")]
pub async fn rename_topic(topic_id: i64, title: String) -> Result<(), AppError> {
    let moderator = require_role(Role::Moderator).await?;
    let title = TopicTitle::parse(&title)?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let author = moderation::topic_author(&mut tx, topic_id).await?;
    let author = author.ok_or_else(|| AppError::NotFound(crate::t!("error-that-topic")))?;
    if author == moderator.id {
        return Err(AppError::invalid("title", t!("forum-rename-own")));
    }
    let slug = domain::slugify(title.as_str());
    let Some(old) = moderation::rename(&mut tx, topic_id, title.as_str(), &slug).await? else {
        return Err(AppError::invalid("title", t!("forum-rename-same")));
    };
    let detail = format!("from {old:?} to {:?}", title.as_str());
    record(&mut tx, &moderator, "rename", "topic", topic_id, detail).await?;
    tx.commit().await?;
    crate::common::redirect::to(&format!("/forum/t/{topic_id}/{slug}"));
    Ok(())
}

/// Hides a post from members, with a reason its author will see (moderators only).
#[server(endpoint = "forum/hide_post")]
pub async fn hide_post(post_id: i64, reason: String) -> Result<(), AppError> {
    let moderator = require_role(Role::Moderator).await?;
    let reason = domain::hide_reason(&reason)?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    others_post(&mut tx, &moderator, post_id).await?;
    if !moderation::hide(&mut tx, post_id, moderator.id, &reason, db::now()).await? {
        return Err(AppError::Conflict { field: None, message: t!("forum-hide-unchanged") });
    }
    let note = format!("Post hidden: {reason}");
    ledger::reverse(&mut tx, "post", post_id, moderator.id, &one_note(&note), db::now()).await?;
    record(&mut tx, &moderator, "hide", "post", post_id, reason).await?;
    tx.commit().await?;
    Ok(())
}

/// Shows a hidden post again (moderators only).
#[server(endpoint = "forum/unhide_post")]
pub async fn unhide_post(post_id: i64) -> Result<(), AppError> {
    let moderator = require_role(Role::Moderator).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let post = moderation::standing(&mut tx, post_id).await?;
    let post = post.ok_or_else(|| AppError::NotFound(crate::t!("error-that-post")))?;
    domain::may_unhide(&moderator, &post)?;
    if !moderation::unhide(&mut tx, post_id).await? {
        return Err(AppError::Conflict { field: None, message: t!("forum-post-not-hidden") });
    }
    ledger::restore(&mut tx, "post", post_id, moderator.id, db::now()).await?;
    record(&mut tx, &moderator, "unhide", "post", post_id, String::new()).await?;
    tx.commit().await?;
    Ok(())
}

/// Someone else's post, for a moderator to act on: "not found" when there is none, refused when it is their
/// own (nobody moderates their own content).
#[cfg(feature = "ssr")]
pub(super) async fn others_post(
    tx: &mut crate::db::Tx,
    moderator: &crate::accounts::domain::CurrentUser,
    post_id: i64,
) -> Result<domain::PostStanding, AppError> {
    let post =
        moderation::standing(tx, post_id).await?.ok_or_else(|| AppError::NotFound(crate::t!("error-that-post")))?;
    domain::not_own(moderator, post.author_id)?;
    Ok(post)
}

/// A ledger note (at most 300 characters) made from a longer text.
#[cfg(feature = "ssr")]
pub(super) fn one_note(text: &str) -> String {
    text.chars().take(crate::recognition::domain::NOTE_MAX).collect()
}
