//! Badges as the admins' data: every badge (retired ones too), making and changing one, retiring it.

use crate::{error::AppError, recognition::badges::BadgeView};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    audit::record,
    db,
    recognition::{badges::BadgeInput, repo::badges},
    state::app_state,
    t,
};

/// Every badge with its holders, retired ones too (admins only).
#[server(endpoint = "recognition/get_all_badges")]
pub async fn get_all_badges() -> Result<Vec<BadgeView>, AppError> {
    require_role(Role::Admin).await?;
    Ok(badges::all(&app_state()?.db).await?)
}

/// Makes a badge (`id` 0) or changes one (admins only): a name, a description, an icon from the bundled set,
/// and what it counts with a threshold, or nothing for a badge moderators award by hand. Those who hold a
/// badge keep it whatever changes. An automatic badge is first earned at the member's next event that moves
/// its count.
#[server(endpoint = "recognition/save_badge")]
pub async fn save_badge(
    id: i64,
    name: String,
    description: String,
    icon: String,
    rule: String,
    threshold: String,
) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let spec = BadgeInput { name, description, icon, rule, threshold }.parse()?;
    let state = app_state()?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let (id, action) = if id == 0 {
        (badges::create(&mut tx, &spec, now).await?, "badge_created")
    } else if badges::update(&mut tx, id, &spec).await? {
        (id, "badge_changed")
    } else {
        return Err(AppError::NotFound(t!("recognition-that-badge")));
    };
    let counts = match (spec.rule, spec.threshold) {
        (Some(rule), Some(n)) => format!("{} ≥ {n}", rule.as_str()),
        _ => "awarded by hand".to_string(),
    };
    record(&mut tx, &admin, action, "badge", id, format!("“{}”, {counts}", spec.name)).await?;
    tx.commit().await?;
    crate::common::redirect::to("/admin/badges?saved=1");
    Ok(())
}

/// Retires a badge (`retire` true: nobody earns or is awarded it any more, holders keep it) or brings it back
/// (admins only).
#[server(endpoint = "recognition/retire_badge")]
pub async fn retire_badge(id: i64, retire: bool) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    if !badges::set_retired(&mut tx, id, retire, db::now()).await? {
        let message =
            if retire { t!("recognition-badge-retired-already") } else { t!("recognition-badge-not-retired") };
        return Err(AppError::Conflict { field: None, message });
    }
    let action = if retire { "badge_retired" } else { "badge_restored" };
    record(&mut tx, &admin, action, "badge", id, String::new()).await?;
    tx.commit().await?;
    Ok(())
}

/// Takes a badge's uploaded picture off: its bundled icon shows again (admins only).
#[server(endpoint = "recognition/remove_badge_picture")]
pub async fn remove_badge_picture(id: i64) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    if !badges::set_image(&mut tx, id, None).await? {
        return Err(AppError::NotFound(t!("recognition-that-badge")));
    }
    record(&mut tx, &admin, "badge_picture", "badge", id, "removed".into()).await?;
    tx.commit().await?;
    crate::common::redirect::to("/admin/badges");
    Ok(())
}

/// Checks, before an upload is stored, that the caller is an admin and the badge exists.
#[cfg(feature = "ssr")]
pub async fn may_picture(
    state: &crate::state::AppState,
    admin: &crate::accounts::domain::CurrentUser,
    id: i64,
) -> Result<(), AppError> {
    if !admin.role.allows(Role::Admin) {
        return Err(AppError::Forbidden);
    }
    badges::exists(&state.db, id).await?.then_some(()).ok_or_else(|| AppError::NotFound(t!("recognition-that-badge")))
}

/// Makes an uploaded picture (`hash`, of the logo kind) a badge's picture; called by the upload route when
/// the upload names a badge.
#[cfg(feature = "ssr")]
pub async fn attach_picture(
    state: &crate::state::AppState,
    admin: &crate::accounts::domain::CurrentUser,
    id: i64,
    hash: &str,
) -> Result<(), AppError> {
    if !admin.role.allows(Role::Admin) {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin_write().await?;
    if !badges::set_image(&mut tx, id, Some(hash)).await? {
        return Err(AppError::NotFound(t!("recognition-that-badge")));
    }
    record(&mut tx, admin, "badge_picture", "badge", id, format!("set {hash}")).await?;
    tx.commit().await?;
    Ok(())
}
