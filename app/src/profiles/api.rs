//! A member's public page, and the server functions with which they say who they are.

use crate::{
    error::AppError,
    profiles::views::{MyDetails, Profile},
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::Role,
        guard::{current_user, require_user},
    },
    audit::record,
    db,
    profiles::{
        domain::{parse_handle, ProfileDetails},
        repo::{self, HandleChange},
    },
    rate_limit,
    recognition::{
        api::spotlight,
        domain::level_name,
        repo::{badges, reads},
    },
    state::app_state,
    stories::repo::read::featured_by,
    t,
};

/// A member's public page: level, lifetime points, badges, recent posts, and the spotlight if it is theirs.
/// A handle the member left within the year answers with their page under the new handle (the page then
/// redirects the browser there).
#[server(endpoint = "profiles/get_profile")]
pub async fn get_profile(handle: String) -> Result<Profile, AppError> {
    let db = &app_state()?.db;
    let handle = handle.trim().trim_start_matches('@').to_lowercase();
    let found = match repo::by_handle(db, &handle).await? {
        Some(m) => Some(m),
        None => match repo::redirect_for(db, &handle, db::now()).await? {
            Some(now_called) => repo::by_handle(db, &now_called).await?,
            None => None,
        },
    };
    let m = found.ok_or_else(|| AppError::NotFound(t!("profiles-that-member")))?;
    let user_id = m.id;
    let (_, lifetime, _) = reads::account(db, user_id).await?;
    let all_levels = reads::levels(db).await?;
    let level = level_name(lifetime, &all_levels);
    let spotlight = spotlight(db, &all_levels).await?.filter(|s| s.user_id == user_id);
    let viewer = current_user().await?;
    let can_award = viewer.as_ref().is_some_and(|u| u.role.allows(Role::Moderator));
    let key = crate::common::spaces::viewer_key(viewer.as_ref().map(|u| u.id), can_award);
    let manual_badges = if can_award {
        badges::all(db).await?.into_iter().filter(|b| b.rule.is_none() && !b.retired).map(|b| (b.id, b.name)).collect()
    } else {
        Vec::new()
    };
    Ok(Profile {
        user_id,
        details: m.details(),
        bio_html: m.bio_html,
        name: m.display_name,
        handle: m.handle,
        avatar: m.avatar,
        member_since: m.created_at,
        level,
        lifetime,
        badges: badges::held(db, user_id).await?,
        recent_posts: repo::recent_posts(db, user_id, key).await?,
        featured_stories: featured_by(db, user_id).await?,
        spotlight,
        can_award,
        manual_badges,
    })
}

/// The signed-in member's handle and details, for `/me/profile`.
#[server(endpoint = "profiles/get_my_details")]
pub async fn get_my_details() -> Result<MyDetails, AppError> {
    let user = require_user().await?;
    let m = repo::by_id(&app_state()?.db, user.id).await?.ok_or(AppError::Unauthorized)?;
    Ok(MyDetails { details: m.details(), handle: m.handle })
}

/// Saves the member's bio, company, job title, location and links. Every field is checked before anything
/// is stored; the bio is rendered and sanitised like a post.
#[server(endpoint = "profiles/save_details")]
pub async fn save_details(
    bio: String,
    company: String,
    job_title: String,
    location: String,
    website: String,
    linkedin: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let raw = ProfileDetails { bio, company, job_title, location, website, linkedin };
    if store_details(&app_state()?, user.id, &raw).await?.is_none() {
        return Err(AppError::Unauthorized);
    }
    tracing::info!(user_id = user.id, "profile details saved");
    crate::common::redirect::to("/me/profile?details=saved");
    Ok(())
}

/// Checks `raw` (every field before anything is stored), renders and sanitises the bio like a post, and
/// saves them as `user_id`'s details. `None` when there is no such member. Shared with the API.
#[cfg(feature = "ssr")]
pub async fn store_details(
    state: &crate::state::AppState,
    user_id: i64,
    raw: &ProfileDetails,
) -> Result<Option<ProfileDetails>, AppError> {
    let details = ProfileDetails::parse(raw)?;
    let bio = details.bio.clone();
    let bio_html = state.renderer.run("bio", move || crate::markdown::render(&bio).html).await?;
    Ok(repo::save_details(&state.db, user_id, &details, &bio_html).await?.then_some(details))
}

/// A member's handle and details as stored, for a change that keeps the fields it does not name.
#[cfg(feature = "ssr")]
pub async fn details_of(db: &crate::db::Db, user_id: i64) -> Result<Option<(String, ProfileDetails)>, AppError> {
    Ok(repo::by_id(db, user_id).await?.map(|m| (m.handle.clone(), m.details())))
}

/// Changes the member's handle. The old one keeps redirecting to their page for a year and stays theirs
/// meanwhile. At most five attempts a day, so nobody can sweep up handles by cycling through them.
#[server(endpoint = "profiles/change_handle")]
pub async fn change_handle(handle: String) -> Result<String, AppError> {
    let user = require_user().await?;
    let new = parse_handle(&handle)?;
    let state = app_state()?;
    rate_limit::hit(&state.db, &format!("handle:user:{}", user.id), 5, 86_400).await?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    match repo::change_handle(&mut tx, user.id, &new, now).await? {
        HandleChange::Changed { old } => {
            record(&mut tx, &user, "profile.handle", "user", user.id, format!("@{old} → @{new}")).await?;
        }
        HandleChange::Same => return Ok(new),
        HandleChange::Taken => {
            return Err(AppError::Conflict {
                field: Some("handle".into()),
                message: t!("profiles-handle-taken", handle = new.as_str()),
            })
        }
        HandleChange::Missing => return Err(AppError::Unauthorized),
    }
    tx.commit().await?;
    tracing::info!(user_id = user.id, "handle changed");
    crate::common::redirect::to("/me/profile?handle=saved");
    Ok(new)
}
