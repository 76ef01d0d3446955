//! Admin server functions. Each checks the admin role itself.

use crate::{
    admin::{
        domain::{MemberPage, SpamRemoval},
        filter::MembersQuery,
    },
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::t;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    admin::filter::MemberFilter,
    admin::{domain, repo},
    audit::record,
    state::app_state,
};

/// A page of the members a search finds (admins only): text in the name, email or handle; a role; a status;
/// a level; a group; an NPS group; an order. Empty values mean "any".
#[server(endpoint = "admin/list_members")]
pub async fn list_members(#[server(default)] filter: MembersQuery, page: u32) -> Result<MemberPage, AppError> {
    require_role(Role::Admin).await?;
    let filter = MemberFilter::parse(&filter)?;
    let page = crate::common::paging::page_or_first(page);
    let db = &app_state()?.db;
    let levels = crate::recognition::repo::reads::levels(db).await?;
    let per_page = Some((page, domain::MEMBERS_PER_PAGE));
    let (members, total) = repo::list_members(db, &filter, &levels, per_page, crate::db::now()).await?;
    let levels = levels.into_iter().map(|l| (l.id, l.name)).collect();
    let groups = crate::groups::repo::choices(db).await?.into_iter().map(|g| (g.id, g.name)).collect();
    Ok(MemberPage { members, page, total, filter, levels, groups })
}

/// Gives a member another role (admins only; never their own), with a line in the audit log.
#[server(endpoint = "admin/set_member_role")]
pub async fn set_member_role(user_id: i64, role: String) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let role =
        domain::check_role_change(&admin, user_id, &role).map_err(|e| AppError::invalid("role", e.to_string()))?;
    let mut tx = app_state()?.db.begin_write().await?;
    let Some(before) = repo::set_role(&mut tx, user_id, role).await? else {
        return Err(AppError::NotFound(crate::t!("error-that-member")));
    };
    if before == Role::Admin && role != Role::Admin && repo::admins_left(&mut tx).await? == 0 {
        return Err(AppError::invalid("role", t!("admin-last-admin")));
    }
    let detail = format!("{} → {}", before.as_str(), role.as_str());
    record(&mut tx, &admin, "set_role", "user", user_id, detail).await?;
    tx.commit().await?;
    Ok(())
}

/// Marks a member's address confirmed, as if they had opened the link (admins only): for someone whose
/// mail never arrives. A referral that brought them counts from now.
#[server(endpoint = "admin/confirm_member_email")]
pub async fn confirm_member_email(user_id: i64) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let now = crate::db::now();
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let Some(member) = crate::accounts::repo::addressee_by_id(&mut tx, user_id).await? else {
        return Err(AppError::NotFound(crate::t!("error-that-member")));
    };
    if !crate::accounts::repo::mark_verified(&mut tx, member.id, &member.email, now).await? {
        return Err(AppError::Conflict { field: None, message: t!("admin-already-confirmed") });
    }
    crate::referrals::repo::confirmed(&mut tx, &state.settings.mail, member.id, None, now).await?;
    record(&mut tx, &admin, "confirm_email", "user", user_id, member.email.clone()).await?;
    tx.commit().await?;
    Ok(())
}

/// Removes an account as spam (admins only; never their own, never another admin's): it can no longer sign
/// in, its posts are hidden (their flags closed, their points taken back), it leaves the leaderboards, and
/// every referral reward made for it, the referrer's and its welcome bonus, is taken back.
#[server(endpoint = "admin/remove_as_spam")]
pub async fn remove_as_spam(user_id: i64) -> Result<SpamRemoval, AppError> {
    let admin = require_role(Role::Admin).await?;
    if admin.id == user_id {
        return Err(AppError::invalid("user_id", t!("admin-spam-own-account")));
    }
    let db = &app_state()?.db;
    let now = crate::db::now();
    let mut tx = db.begin_write().await?;
    match repo::remove_as_spam(&mut tx, user_id, admin.id, now).await? {
        repo::Removal::Removed => {}
        repo::Removal::Missing => return Err(AppError::NotFound(crate::t!("error-that-member"))),
        repo::Removal::AlreadyRemoved => {
            return Err(AppError::Conflict { field: None, message: t!("admin-spam-already") })
        }
        repo::Removal::IsAdmin => return Err(AppError::invalid("user_id", t!("admin-spam-is-admin"))),
    }
    let referral_points = crate::referrals::repo::reverse_removed(&mut tx, user_id, admin.id, now).await?;
    let posts_hidden = repo::hide_everything_of(&mut tx, user_id, admin.id, now).await?;
    let done = SpamRemoval { posts_hidden, referral_points };
    record(&mut tx, &admin, "remove_spam", "user", user_id, done.summary()).await?;
    tx.commit().await?;
    Ok(done)
}

/// Reinstates an account removed as spam (admins only): it can sign in again and the posts hidden by the
/// removal are shown again with their points restored; it stays off the leaderboards until the member
/// chooses to show itself. Referral rewards taken back stay taken back (pay them by hand if they were deserved). This is the only way a removed
/// account's posts come back: moderators cannot show them one by one.
#[server(endpoint = "admin/reinstate_account")]
pub async fn reinstate_account(user_id: i64) -> Result<String, AppError> {
    let admin = require_role(Role::Admin).await?;
    let db = &app_state()?.db;
    let now = crate::db::now();
    let mut tx = db.begin_write().await?;
    let shown = repo::show_everything_of(&mut tx, user_id, admin.id, now).await?;
    if !repo::reinstate(&mut tx, user_id, now).await? {
        return Err(AppError::Conflict { field: None, message: t!("admin-not-removed") });
    }
    record(&mut tx, &admin, "reinstate", "user", user_id, domain::reinstated(shown)).await?;
    tx.commit().await?;
    Ok(domain::reinstated_said(shown))
}
