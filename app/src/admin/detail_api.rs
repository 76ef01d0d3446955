//! `admin/get_member_detail`: everything about one member for the admin's detail page.

use crate::{admin::detail::MemberDetail, error::AppError};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    admin::{detail_repo, repo},
    common::paging::page_count,
    recognition::{api::ledger_entries, domain::HISTORY_PER_PAGE, repo::reads},
    state::app_state,
};

/// One member's account, standing, counts, badges, newest posts (hidden and removed ones too), one page of
/// their points ledger (`ledger_page`), redemptions, referrals, flags on their posts and by them, NPS answers
/// and audit entries (admins only). A deleted account is still shown: what is left of it, and its audit trail.
#[server(endpoint = "admin/get_member_detail")]
pub async fn get_member_detail(user_id: i64, ledger_page: u32) -> Result<MemberDetail, AppError> {
    let admin = require_role(Role::Admin).await?;
    let db = &app_state()?.db;
    let now = crate::db::now();
    let levels = reads::levels(db).await?;
    let missing = || AppError::NotFound(crate::t!("error-that-member"));
    let member = repo::member_by_id(db, user_id, &levels, now).await?.ok_or_else(missing)?;
    let mut standing = repo::standing(db, user_id, now).await?.ok_or_else(missing)?;
    standing.can_restrict = !standing.deleted && standing.id != admin.id && standing.role < admin.role;
    let ledger_page = crate::common::paging::page_or_first(ledger_page);
    let (rows, ledger_total) = reads::history(db, user_id, ledger_page).await?;
    let (redemptions, _) = crate::rewards::repo::lists::of_member(db, user_id, 1).await?;
    let (referrals, referral_clicks, referral_points) = crate::referrals::repo::mine(db, user_id).await?;
    let badges = crate::recognition::repo::badges::held(db, user_id)
        .await?
        .into_iter()
        .map(|h| (h.badge.name, h.awarded_at))
        .collect();
    Ok(MemberDetail {
        member,
        standing,
        counts: detail_repo::counts(db, user_id).await?,
        badges,
        posts: detail_repo::posts(db, user_id).await?,
        ledger: ledger_entries(rows),
        ledger_page,
        ledger_last: page_count(ledger_total, HISTORY_PER_PAGE),
        redemptions,
        referrals,
        referral_clicks,
        referral_points,
        flags_on: detail_repo::flags(db, user_id, true).await?,
        flags_by: detail_repo::flags(db, user_id, false).await?,
        nps: detail_repo::nps_answers(db, user_id).await?,
        audit: detail_repo::audit(db, user_id).await?,
    })
}
