//! What members do with their own stories: write and change drafts, submit them, withdraw consent, delete.

use crate::{
    error::AppError,
    stories::{domain::StoryForm, views::MyStory, views::StoryEdit},
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::guard::{require_user, require_voice},
    db, rate_limit,
    recognition::repo::ledger,
    state::app_state,
    stories::{
        domain::{Action, Actor, Lifecycle, Status, StoryDraft},
        repo::{lists, write},
    },
    t,
};

/// Story saves (drafts and submissions) a member may make in an hour.
#[cfg(feature = "ssr")]
const SAVES_PER_HOUR: u32 = 30;

/// Saves a story (members): a new one when `id` is 0, else the author's draft `id`. With `submit` set it
/// goes to the review queue at once. Goes to your stories.
#[server(endpoint = "stories/save_story")]
pub async fn save_story(id: i64, form: StoryForm, submit: Option<String>) -> Result<i64, AppError> {
    let user = require_voice().await?;
    let draft = StoryDraft::parse(&form)?;
    let state = app_state()?;
    // Generous for a person writing and revising; a stop for a script filling the review queue.
    rate_limit::hit(&state.db, &format!("story:user:{}", user.id), SAVES_PER_HOUR, 3600).await?;
    // Rendered before the write transaction, off the runtime: a slow text never holds the write gate.
    let body = draft.body.clone();
    let rendered = state.renderer.run("body", move || write::Rendered::of(&body)).await?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let id = if id == 0 {
        write::create(&mut tx, user.id, &draft, &rendered, now).await?
    } else {
        let story = write::lock(&mut tx, id).await?;
        let story = story.filter(|s| s.author_id == user.id).ok_or(AppError::NotFound(t!("stories-that-story")))?;
        if !story.state.editable() {
            return Err(AppError::Conflict {
                field: None,
                message: t!("stories-only-drafts-change", status = story.state.status.as_str()),
            });
        }
        write::update(&mut tx, id, user.id, &draft, &rendered, now).await?;
        id
    };
    let submit = submit.is_some_and(|s| !s.is_empty());
    if submit {
        let from = Lifecycle::draft(draft.consent);
        let to = from.apply(Action::Submit)?;
        let step = write::Move { id, from, to, action: Action::Submit, actor_id: user.id, message: "", now };
        write::apply(&mut tx, &step).await?;
    }
    tx.commit().await?;
    tracing::info!(user_id = user.id, story_id = id, submitted = submit, "story saved");
    crate::common::redirect::to("/stories/mine");
    Ok(id)
}

/// The author's move on their story: submit a draft, withdraw consent to publish, or delete it. Withdrawing
/// or deleting takes the story off every public page at once and reverses the points it earned.
#[server(endpoint = "stories/act_on_story")]
pub async fn act_on_story(id: i64, action: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let action = Action::parse(&action)
        .filter(|a| a.actor() == Actor::Author)
        .ok_or_else(|| AppError::invalid("action", t!("stories-author-action-missing")))?;
    let state = app_state()?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let story = write::lock(&mut tx, id).await?;
    let story = story.filter(|s| s.author_id == user.id).ok_or(AppError::NotFound(t!("stories-that-story")))?;
    let to = story.state.apply(action)?;
    let step = write::Move { id, from: story.state, to, action, actor_id: user.id, message: "", now };
    write::apply(&mut tx, &step).await?;
    if matches!(action, Action::WithdrawConsent | Action::Delete) {
        let note = if action == Action::Delete { "Story deleted" } else { "Consent to publish withdrawn" };
        ledger::reverse(&mut tx, "story", id, user.id, note, now).await?;
    }
    tx.commit().await?;
    tracing::info!(user_id = user.id, story_id = id, action = action.as_str(), "story changed by its author");
    crate::common::redirect::to("/stories/mine");
    Ok(())
}

/// The signed-in member's stories, newest first, with their history and what they can do next.
#[server(endpoint = "stories/get_my_stories")]
pub async fn get_my_stories() -> Result<Vec<MyStory>, AppError> {
    let user = require_user().await?;
    Ok(lists::mine(&app_state()?.db, user.id).await?)
}

/// A draft of the signed-in member's, for the editor. Someone else's story is not found.
#[server(endpoint = "stories/get_story_edit")]
pub async fn get_story_edit(id: i64) -> Result<StoryEdit, AppError> {
    let user = require_user().await?;
    let found = lists::for_edit(&app_state()?.db, id).await?;
    let (_, status, form, review_note) =
        found.filter(|(author, ..)| *author == user.id).ok_or(AppError::NotFound(t!("stories-that-story")))?;
    if status != Status::Draft {
        return Err(AppError::Conflict {
            field: None,
            message: t!("stories-only-drafts-change", status = status.as_str()),
        });
    }
    let (photo, logo) = lists::pictures(&app_state()?.db, id).await?;
    let url = |name: Option<String>| name.map(|n| format!("/media/{n}"));
    Ok(StoryEdit { id, form, review_note, photo_url: url(photo), logo_url: url(logo) })
}

/// Takes a draft's photo or logo off (`which` is `photo` or `logo`); the picture itself is swept a day later.
#[server(endpoint = "stories/remove_story_picture")]
pub async fn remove_story_picture(id: i64, which: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let which =
        write::Picture::parse(&which).ok_or_else(|| AppError::invalid("which", t!("stories-picture-missing")))?;
    let mut tx = app_state()?.db.begin_write().await?;
    if !write::set_picture(&mut tx, id, user.id, which, None, db::now()).await? {
        return Err(AppError::NotFound(t!("stories-that-draft")));
    }
    tx.commit().await?;
    Ok(())
}

/// Checks, before an upload is stored, that `story_id` is a draft of `user`'s (the only stories whose photo
/// and logo can change: a published story's pictures are what the moderators approved).
#[cfg(feature = "ssr")]
pub async fn may_picture(
    state: &crate::state::AppState,
    user: &crate::accounts::domain::CurrentUser,
    story_id: i64,
) -> Result<(), AppError> {
    match lists::for_edit(&state.db, story_id).await? {
        Some((author, Status::Draft, ..)) if author == user.id => Ok(()),
        Some((author, status, ..)) if author == user.id => Err(AppError::Conflict {
            field: None,
            message: t!("stories-only-drafts-pictures", status = status.as_str()),
        }),
        _ => Err(AppError::NotFound(t!("stories-that-story"))),
    }
}

/// Makes an uploaded picture a draft's photo (kind `story`) or logo (kind `logo`); called by the upload route
/// when the upload names a story.
#[cfg(feature = "ssr")]
pub async fn attach_picture(
    state: &crate::state::AppState,
    user: &crate::accounts::domain::CurrentUser,
    story_id: i64,
    which: write::Picture,
    hash: &str,
) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    if !write::set_picture(&mut tx, story_id, user.id, which, Some(hash), db::now()).await? {
        return Err(AppError::NotFound(t!("stories-that-story")));
    }
    tx.commit().await?;
    Ok(())
}
