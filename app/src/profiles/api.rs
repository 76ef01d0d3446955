//! A member's public page: level, lifetime points, badges, recent posts, featured stories and the
//! spotlight if it is theirs.

use crate::{error::AppError, profiles::views::Profile};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::current_user},
    profiles::repo,
    recognition::{
        api::spotlight,
        domain::level_name,
        repo::{badges, reads},
    },
    state::app_state,
    stories::repo::read::featured_by,
};

/// A member's public page: level, lifetime points, badges, recent posts, and the spotlight if it is theirs.
#[server(endpoint = "profiles/get_profile")]
pub async fn get_profile(handle: String) -> Result<Profile, AppError> {
    let db = &app_state()?.db;
    let handle = handle.trim().trim_start_matches('@').to_lowercase();
    let (user_id, name, handle, member_since, avatar) =
        repo::by_handle(db, &handle).await?.ok_or_else(|| AppError::NotFound("That member".into()))?;
    let (_, lifetime, _) = reads::account(db, user_id).await?;
    let all_levels = reads::levels(db).await?;
    let level = level_name(lifetime, &all_levels);
    let spotlight = spotlight(db, &all_levels).await?.filter(|s| s.user_id == user_id);
    let can_award = current_user().await?.is_some_and(|u| u.role.allows(Role::Moderator));
    let manual_badges = if can_award {
        badges::all(db).await?.into_iter().filter(|b| b.rule.is_none()).map(|b| (b.id, b.name)).collect()
    } else {
        Vec::new()
    };
    Ok(Profile {
        user_id,
        name,
        handle,
        avatar,
        member_since,
        level,
        lifetime,
        badges: badges::held(db, user_id).await?,
        recent_posts: repo::recent_posts(db, user_id).await?,
        featured_stories: featured_by(db, user_id).await?,
        spotlight,
        can_award,
        manual_badges,
    })
}
