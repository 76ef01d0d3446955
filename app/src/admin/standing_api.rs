//! Suspending and silencing: staff read a member's standing and restrict them for a period, with a reason the
//! member is shown (and emailed), or lift it sooner. Moderators act on members, admins on moderators and
//! members; every action is audited.

use crate::{admin::domain::Standing, error::AppError};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{RestrictionKind, Role},
        guard::require_role,
        repo as accounts,
    },
    admin::{domain::check_restriction, repo},
    audit::record,
    common::dates::date_label,
    mail::{outbox, Letter},
    state::app_state,
    t,
};

/// A member's standing: role, suspension, silence (moderators and admins).
#[server(endpoint = "admin/get_member_standing")]
pub async fn get_member_standing(user_id: i64) -> Result<Standing, AppError> {
    let staff = require_role(Role::Moderator).await?;
    let state = app_state()?;
    let mut standing = repo::standing(&state.db, user_id, crate::db::now())
        .await?
        .filter(|s| !s.deleted)
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-member")))?;
    standing.can_restrict = standing.id != staff.id && standing.role < staff.role;
    Ok(standing)
}

/// Suspends (no sign-in) or silences (no posting) a member for one of the offered periods, replacing one in
/// force; the member is emailed the period and the reason.
#[server(endpoint = "admin/restrict_member")]
pub async fn restrict_member(user_id: i64, kind: String, days: u32, reason: String) -> Result<(), AppError> {
    let staff = require_role(Role::Moderator).await?;
    let state = app_state()?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let role = repo::role_for_update(&mut tx, user_id)
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-member")))?;
    let order = check_restriction(&staff, user_id, role, &kind, days, &reason, now)?;
    repo::restrict(&mut tx, user_id, &order, now).await?;
    if let Some(member) = accounts::addressee_by_id(&mut tx, user_id).await? {
        // In the member's language, not the staff member's.
        let lang = outbox::language_of(&mut tx, Some(user_id), None).await?;
        let suspended = order.kind == RestrictionKind::Suspend;
        let until = crate::i18n::format::date(lang, order.until);
        let letter = Letter {
            kind: "restricted",
            to: &member.email,
            user_id: Some(user_id),
            lang,
            subject: if suspended {
                crate::t_in!(lang, "mail-restricted-suspended-subject")
            } else {
                crate::t_in!(lang, "mail-restricted-silenced-subject")
            },
            template: "restricted",
            vars: minijinja::context! { name => &member.display_name, until, reason => &order.reason, suspended },
            unsubscribe: None,
        };
        outbox::post(&mut tx, &state.settings.mail, letter, now).await?;
    }
    let detail = format!("until {} (UTC): {}", date_label(order.until), order.reason);
    record(&mut tx, &staff, order.kind.as_str(), "user", user_id, detail).await?;
    tx.commit().await?;
    tracing::info!(user_id, by = staff.id, kind = order.kind.as_str(), "member restricted");
    Ok(())
}

/// Lifts a suspension or silence before it ends (the same staff who may impose it).
#[server(endpoint = "admin/lift_restriction")]
pub async fn lift_restriction(user_id: i64, kind: String) -> Result<(), AppError> {
    let staff = require_role(Role::Moderator).await?;
    let kind = RestrictionKind::parse(&kind)
        .ok_or_else(|| AppError::invalid("kind", t!("admin-lift-unknown", value = format!("{kind:?}"))))?;
    let state = app_state()?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let role = repo::role_for_update(&mut tx, user_id)
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-member")))?;
    if user_id == staff.id || role >= staff.role {
        return Err(AppError::Forbidden);
    }
    if !repo::lift(&mut tx, user_id, kind, now).await? {
        let message = match kind {
            RestrictionKind::Suspend => t!("admin-not-suspended"),
            RestrictionKind::Silence => t!("admin-not-silenced"),
        };
        return Err(AppError::Conflict { field: None, message });
    }
    record(&mut tx, &staff, &format!("lift_{}", kind.as_str()), "user", user_id, String::new()).await?;
    tx.commit().await?;
    Ok(())
}
