use crate::{
    error::AppError,
    rewards::{
        domain::RewardForm,
        views::{RedemptionPage, RewardsAdmin},
    },
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    audit::record,
    common::paging::page_count,
    db,
    notifications::repo as notifications,
    recognition::repo::reads,
    rewards::{
        domain::{decision_note, parse_codes, RedemptionStatus, RewardDraft, REDEMPTIONS_PER_PAGE},
        repo::{catalogue, lists, redeem},
    },
    state::app_state,
    t,
};

/// Every reward with its stock and free codes, and the levels a reward can require (admins only).
#[server(endpoint = "rewards/get_rewards_admin")]
pub async fn get_rewards_admin() -> Result<RewardsAdmin, AppError> {
    require_role(Role::Admin).await?;
    let db = &app_state()?.db;
    let rewards = catalogue::all(db).await?.into_iter().map(|r| r.into_admin()).collect();
    let levels = reads::levels(db).await?;
    let groups = crate::groups::repo::choices(db).await?;
    Ok(RewardsAdmin { rewards, levels, groups })
}

/// Creates a reward (`id` 0) or changes one (admins only). `seen_stock` is the stock the edit form showed
/// (empty for unlimited): if redemptions moved it meanwhile, the change is refused rather than undoing them.
#[server(endpoint = "rewards/save_reward")]
pub async fn save_reward(id: i64, form: RewardForm, seen_stock: Option<String>) -> Result<i64, AppError> {
    let admin = require_role(Role::Admin).await?;
    let draft = RewardDraft::parse(&form)?;
    let mut tx = app_state()?.db.begin_write().await?;
    if let Some(level) = draft.min_level_id {
        if !catalogue::level_exists(&mut tx, level).await? {
            return Err(AppError::invalid("min_level_id", t!("rewards-level-unknown")));
        }
    }
    let group_id = crate::groups::api::limited_to(&mut tx, draft.group.as_deref()).await?;
    if let (Some(group), true) = (group_id, id != 0) {
        let outside = catalogue::redeemed_outside(&mut tx, id, group).await?;
        if outside > 0 {
            return Err(AppError::invalid("group", t!("rewards-group-redeemed-outside", count = outside)));
        }
    }
    let now = db::now();
    let id = if id == 0 {
        catalogue::insert(&mut tx, &draft, group_id, now).await?
    } else {
        let seen = seen_stock.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::parse::<i64>);
        let seen = seen.transpose().map_err(|_| AppError::invalid("stock", t!("rewards-reload")))?;
        if !catalogue::update(&mut tx, id, (&draft, group_id), seen, now).await? {
            return match catalogue::find(&app_state()?.db, id).await? {
                None => Err(AppError::NotFound(crate::t!("error-that-reward"))),
                Some(current) => Err(AppError::Conflict {
                    field: Some("stock".into()),
                    message: match current.stock {
                        Some(stock) => t!("rewards-stock-moved", stock = stock),
                        None => t!("rewards-stock-moved-unlimited"),
                    },
                }),
            };
        }
        id
    };
    let detail = format!("{} ({} points)", draft.title, draft.cost);
    record(&mut tx, &admin, "reward_save", "reward", id, detail).await?;
    tx.commit().await?;
    Ok(id)
}

/// Takes a reward's picture away (admins only); the picture itself is swept a day later if nothing uses it.
#[server(endpoint = "rewards/remove_reward_picture")]
pub async fn remove_reward_picture(reward_id: i64) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let mut tx = app_state()?.db.begin_write().await?;
    if !catalogue::set_image(&mut tx, reward_id, None, db::now()).await? {
        return Err(AppError::NotFound(crate::t!("error-that-reward")));
    }
    record(&mut tx, &admin, "reward_picture", "reward", reward_id, "removed".into()).await?;
    tx.commit().await?;
    Ok(())
}

/// Checks, before an upload is stored, that the caller is an admin and the reward exists.
#[cfg(feature = "ssr")]
pub async fn may_picture(
    state: &crate::state::AppState,
    admin: &crate::accounts::domain::CurrentUser,
    reward_id: i64,
) -> Result<(), AppError> {
    if !admin.role.allows(Role::Admin) {
        return Err(AppError::Forbidden);
    }
    catalogue::find(&state.db, reward_id)
        .await?
        .map(|_| ())
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-reward")))
}

/// Makes an uploaded picture (`hash`, of the reward kind) a reward's picture; called by the upload route
/// when the upload names a reward.
#[cfg(feature = "ssr")]
pub async fn attach_picture(
    state: &crate::state::AppState,
    admin: &crate::accounts::domain::CurrentUser,
    reward_id: i64,
    hash: &str,
) -> Result<(), AppError> {
    if !admin.role.allows(Role::Admin) {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin_write().await?;
    if !catalogue::set_image(&mut tx, reward_id, Some(hash), db::now()).await? {
        return Err(AppError::NotFound(crate::t!("error-that-reward")));
    }
    record(&mut tx, admin, "reward_picture", "reward", reward_id, format!("set {hash}")).await?;
    tx.commit().await?;
    Ok(())
}

/// Loads discount codes into a reward's pool, one per line; each adds one to its stock (admins only).
#[server(endpoint = "rewards/add_reward_codes")]
pub async fn add_reward_codes(reward_id: i64, codes: String) -> Result<u64, AppError> {
    let admin = require_role(Role::Admin).await?;
    let codes = parse_codes(&codes)?;
    let state = app_state()?;
    let reward = catalogue::find(&state.db, reward_id).await?;
    let reward = reward.ok_or_else(|| AppError::NotFound(crate::t!("error-that-reward")))?;
    if reward.kind() != crate::rewards::domain::RewardKind::DiscountCode {
        return Err(AppError::invalid("codes", t!("rewards-codes-wrong-kind")));
    }
    let mut tx = state.db.begin_write().await?;
    let added = catalogue::add_codes(&mut tx, reward_id, &codes, db::now()).await?;
    let skipped = codes.len() as u64 - added;
    record(&mut tx, &admin, "reward_codes", "reward", reward_id, format!("{added} added, {skipped} already there"))
        .await?;
    tx.commit().await?;
    Ok(added)
}

/// A page of redemptions, optionally of one status (admins only).
#[server(endpoint = "rewards/all_redemptions")]
pub async fn all_redemptions(status: String, page: u32) -> Result<RedemptionPage, AppError> {
    require_role(Role::Admin).await?;
    let status = match status.as_str() {
        "" | "all" => None,
        raw => Some(
            RedemptionStatus::parse(raw).ok_or_else(|| AppError::invalid("status", t!("rewards-status-unknown")))?,
        ),
    };
    let page = page.max(1);
    let (items, total) = lists::all(&app_state()?.db, status, page).await?;
    Ok(RedemptionPage { items, page, last_page: page_count(total, REDEMPTIONS_PER_PAGE), status })
}

/// Settles a pending redemption: `fulfil` with a note for the member (tracking, instructions), or `cancel`
/// with a reason, which refunds the points and returns the stock (admins only). The member is notified.
#[server(endpoint = "rewards/decide_redemption")]
pub async fn decide_redemption(id: i64, decision: String, note: String) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let cancel = match decision.as_str() {
        "fulfil" => false,
        "cancel" => true,
        _ => return Err(AppError::invalid("decision", t!("rewards-decision-unknown"))),
    };
    let note = decision_note(&note, cancel)?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let status = settle(&mut tx, id, cancel, &note, admin.id).await?;
    let detail = if note.is_empty() { status.as_str().to_string() } else { format!("{}: {note}", status.as_str()) };
    record(&mut tx, &admin, "redemption", "redemption", id, detail).await?;
    tx.commit().await?;
    tracing::info!(admin_id = admin.id, redemption_id = id, status = status.as_str(), "redemption decided");
    Ok(())
}

/// Fulfils or cancels (refunding the points, returning the stock) pending redemption `id` in the caller's
/// transaction, with `note` for the member, and notifies them; a conflict when it is not pending. The caller
/// checks who `by` is and writes the audit line.
#[cfg(feature = "ssr")]
pub async fn settle(
    tx: &mut crate::db::Tx,
    id: i64,
    cancel: bool,
    note: &str,
    by: i64,
) -> Result<RedemptionStatus, AppError> {
    let now = db::now();
    let decided =
        if cancel { redeem::cancel(tx, id, by, note, now).await } else { redeem::fulfil(tx, id, by, note, now).await };
    let Some(decided) = decided? else {
        return Err(AppError::Conflict { field: None, message: t!("rewards-not-pending") });
    };
    let status = if cancel { RedemptionStatus::Cancelled } else { RedemptionStatus::Fulfilled };
    notifications::notify_redemption(tx, decided.user_id, by, id, notice(status), now).await?;
    use crate::webhooks::domain::Event;
    let event = if cancel { Event::RedemptionCancelled } else { Event::RedemptionFulfilled };
    let data = || {
        serde_json::json!({
            "redemption": {
                "id": id, "member_id": decided.user_id, "reward_id": decided.reward_id, "cost": decided.cost,
                "status": status.as_str(), "note": note,
            }
        })
    };
    crate::webhooks::emit(tx, event, &format!("{}:{id}", event.as_str()), data, now).await?;
    Ok(status)
}

/// The notification that tells the member how their redemption was settled.
#[cfg(feature = "ssr")]
fn notice(status: RedemptionStatus) -> crate::notifications::views::NotificationKind {
    use crate::notifications::views::NotificationKind;
    match status {
        RedemptionStatus::Cancelled => NotificationKind::RedemptionCancelled,
        _ => NotificationKind::RedemptionFulfilled,
    }
}
