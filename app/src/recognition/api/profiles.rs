use crate::{
    error::AppError,
    recognition::{badges::BadgeView, views::Spotlight},
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role, repo::id_by_handle},
    audit::record,
    db::{self, Db},
    recognition::{
        badges::badge_reason,
        domain::{citation as parse_citation, level_name, Level},
        repo::{badges, profiles, reads},
    },
    state::app_state,
    t,
};

#[cfg(feature = "ssr")]
pub async fn spotlight(db: &Db, all_levels: &[Level]) -> Result<Option<Spotlight>, AppError> {
    let Some((user_id, name, handle, lifetime, citation, created_at)) = profiles::current_spotlight(db).await? else {
        return Ok(None);
    };
    let level = level_name(lifetime, all_levels);
    Ok(Some(Spotlight { user_id, name, handle, level, citation, created_at }))
}

/// The current advocate of the month, if a moderator chose one.
#[server(endpoint = "recognition/get_spotlight")]
pub async fn get_spotlight() -> Result<Option<Spotlight>, AppError> {
    let db = &app_state()?.db;
    let all_levels = reads::levels(db).await?;
    spotlight(db, &all_levels).await
}

/// Every badge that can still be earned, how to earn it and how rare it is.
#[server(endpoint = "recognition/get_badges")]
pub async fn get_badges() -> Result<Vec<BadgeView>, AppError> {
    Ok(badges::all(&app_state()?.db).await?.into_iter().filter(|b| !b.retired).collect())
}

/// Awards a manual badge (`award` true) or revokes any badge from the member with this handle, with a reason
/// the member sees (moderators only).
#[server(endpoint = "recognition/set_badge")]
pub async fn set_badge(handle: String, badge_id: i64, award: bool, reason: String) -> Result<(), AppError> {
    let moderator = require_role(Role::Moderator).await?;
    let reason = badge_reason(&reason)?;
    let state = app_state()?;
    let user_id = id_by_handle(&state.db, &handle)
        .await?
        .ok_or_else(|| AppError::invalid("handle", t!("recognition-no-such-handle")))?;
    if user_id == moderator.id {
        return Err(AppError::invalid("handle", t!("recognition-badge-own")));
    }
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let manual = badges::kind(&mut tx, badge_id).await?;
    let (manual, retired) = manual.ok_or_else(|| AppError::invalid("badge_id", t!("recognition-badge-choose")))?;
    let changed = if award {
        if retired {
            return Err(AppError::invalid("badge_id", t!("recognition-badge-award-retired")));
        }
        if !manual {
            return Err(AppError::invalid("badge_id", t!("recognition-badge-award-automatic")));
        }
        badges::give(&mut tx, user_id, badge_id, Some(moderator.id), &reason, now).await
    } else {
        badges::revoke(&mut tx, user_id, badge_id, moderator.id, &reason, now).await
    };
    if !changed? {
        let message = if award { t!("recognition-badge-held-already") } else { t!("recognition-badge-not-held") };
        return Err(AppError::Conflict { field: None, message });
    }
    let action = if award { "badge_award" } else { "badge_revoke" };
    record(&mut tx, &moderator, action, "user", user_id, format!("badge {badge_id}: {reason}")).await?;
    Ok(tx.commit().await?)
}

/// Makes a member the advocate of the month, with a citation shown on the home page (moderators only).
#[server(endpoint = "recognition/set_spotlight")]
pub async fn set_spotlight(handle: String, citation: String) -> Result<(), AppError> {
    let moderator = require_role(Role::Moderator).await?;
    let citation = parse_citation(&citation)?;
    let state = app_state()?;
    let user_id = id_by_handle(&state.db, &handle)
        .await?
        .ok_or_else(|| AppError::invalid("handle", t!("recognition-no-such-handle")))?;
    if user_id == moderator.id {
        return Err(AppError::invalid("handle", t!("recognition-spotlight-own")));
    }
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    profiles::set_spotlight(&mut tx, user_id, &citation, moderator.id, now).await?;
    record(&mut tx, &moderator, "spotlight", "user", user_id, citation).await?;
    Ok(tx.commit().await?)
}
