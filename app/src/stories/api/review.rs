//! What moderators do with stories: read the review queue and decide. Admins also get the embed snippets.

use crate::{
    error::AppError,
    stories::views::{EmbedSnippets, ReviewQueue},
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    audit::record,
    common::paging::page_count,
    db,
    recognition::repo::reads,
    state::{app_state, site_origin},
    stories::{
        domain::{decision_message, Action, Actor, STORIES_PER_PAGE},
        repo::{lists, read, write},
    },
    t,
};

/// A page of one tab of the review queue (submitted, approved, featured, rejected, archived), with each
/// author's profile beside their story.
#[server(endpoint = "stories/get_review_queue")]
pub async fn get_review_queue(tab: String, page: u32) -> Result<ReviewQueue, AppError> {
    require_role(Role::Moderator).await?;
    let tab = if lists::tab_condition(&tab).is_some() { tab } else { "submitted".to_string() };
    let db = &app_state()?.db;
    let levels = reads::levels(db).await?;
    let page = page.max(1);
    let (items, total) = lists::queue(db, &tab, page, &levels).await?;
    Ok(ReviewQueue { items, tab, page, last_page: page_count(total, STORIES_PER_PAGE) })
}

/// A moderator's decision on a story: approve, request changes (with a message; it returns to draft), reject
/// (with a reason), feature, unfeature or archive. The author is notified, the decision audited, and
/// approving or featuring awards points in the same transaction.
#[server(endpoint = "stories/decide_story")]
pub async fn decide_story(id: i64, action: String, message: String) -> Result<(), AppError> {
    let user = require_role(Role::Moderator).await?;
    let action = Action::parse(&action)
        .filter(|a| a.actor() == Actor::Moderator)
        .ok_or_else(|| AppError::invalid("action", t!("stories-moderator-action-missing")))?;
    let message = decision_message(action, &message)?;
    let state = app_state()?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let story = write::lock(&mut tx, id).await?.ok_or(AppError::NotFound(t!("stories-that-story")))?;
    if story.author_id == user.id {
        return Err(AppError::Conflict { field: None, message: t!("stories-own-story") });
    }
    let to = story.state.apply(action)?;
    let step = write::Move { id, from: story.state, to, action, actor_id: user.id, message: &message, now };
    write::decide(&mut tx, story.author_id, &step).await?;
    let detail = if message.is_empty() { story.title.clone() } else { format!("{}: {message}", story.title) };
    record(&mut tx, &user, &format!("story_{}", action.as_str()), "story", id, detail).await?;
    tx.commit().await?;
    Ok(())
}

/// The site's origin and the products people wrote about, for the embed snippets (admins).
#[server(endpoint = "stories/get_embed_snippets")]
pub async fn get_embed_snippets() -> Result<EmbedSnippets, AppError> {
    require_role(Role::Admin).await?;
    let state = app_state()?;
    let products = read::products(&state.db).await?;
    Ok(EmbedSnippets { origin: site_origin(&state.settings), products })
}
