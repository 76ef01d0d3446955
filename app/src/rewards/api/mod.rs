//! Reward server functions. Anyone browses the catalogue; members redeem and read their own redemptions;
//! admins run the catalogue, load codes, and fulfil or cancel redemptions.

use crate::{
    error::AppError,
    rewards::views::{Catalogue, Redeemed, RedemptionPage},
};
use leptos::prelude::*;

mod admin;
pub use admin::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::guard::{current_user, require_confirmed, require_user},
    common::paging::page_count,
    db,
    recognition::{
        api::standing,
        domain::{Level, RequestKey},
        repo::reads,
    },
    rewards::{
        domain::{Eligibility, RedemptionStatus, REDEMPTIONS_PER_PAGE},
        repo::{
            catalogue::{self, RewardRow},
            lists,
            redeem::{self, Outcome},
        },
        views::RewardCard,
    },
    state::app_state,
    t,
};

/// The rewards on offer; for a signed-in member, what they can afford and why the rest is locked.
#[server(endpoint = "rewards/get_catalogue")]
pub async fn get_catalogue() -> Result<Catalogue, AppError> {
    let db = &app_state()?.db;
    let now = db::now();
    let viewer = current_user().await?;
    let staff = viewer.as_ref().is_some_and(|u| u.role.allows(crate::accounts::domain::Role::Moderator));
    let key = crate::common::spaces::viewer_key(viewer.as_ref().map(|u| u.id), staff);
    let rows = catalogue::shown(db, now, key).await?;
    let levels = reads::levels(db).await?;
    let Some(user) = viewer else {
        let rewards =
            rows.into_iter().map(|r| card(r, &levels, String::new(), Some(t!("rewards-sign-in-to-redeem")))).collect();
        return Ok(Catalogue { rewards, standing: None });
    };
    let (balance, lifetime, _) = reads::account(db, user.id).await?;
    let counts = catalogue::member_counts(db, user.id).await?;
    let rewards = rows
        .into_iter()
        .map(|r| {
            let (live, all) = counts.get(&r.id).copied().unwrap_or((0, 0));
            let min_level = levels.iter().find(|l| Some(l.id) == r.min_level_id);
            let rules = Eligibility {
                active: r.active == 1,
                cost: r.cost,
                stock: r.stock,
                per_user_limit: r.per_user_limit,
                min_level: min_level.map(|l| (l.name.clone(), l.threshold)),
                starts_at: r.starts_at,
                ends_at: r.ends_at,
                balance,
                lifetime,
                redeemed_by_member: live,
                now,
            };
            let locked = rules.check().err().map(|l| l.to_string());
            let key = format!("reward-{}-{all}", r.id);
            card(r, &levels, key, locked)
        })
        .collect();
    Ok(Catalogue { rewards, standing: Some(standing(balance, lifetime, &levels)) })
}

#[cfg(feature = "ssr")]
fn card(r: RewardRow, levels: &[Level], next_key: String, locked: Option<String>) -> RewardCard {
    let min_level = levels.iter().find(|l| Some(l.id) == r.min_level_id).map(|l| l.name.clone());
    RewardCard {
        kind: r.kind(),
        next_key,
        id: r.id,
        title: r.title,
        description: r.description,
        image_url: r.image_name.map(|n| format!("/media/{n}")),
        cost: r.cost,
        stock: r.stock,
        min_level,
        group_name: r.group_name,
        ends_at: r.ends_at,
        locked,
    }
}

/// Redeems a reward (members). `key` comes with the catalogue: sending it twice spends once, and the
/// answer names the redemption either way. Goes to your rewards on success.
#[server(endpoint = "rewards/redeem_reward")]
pub async fn redeem_reward(reward_id: i64, key: String) -> Result<Redeemed, AppError> {
    let user = require_confirmed().await?;
    let key = RequestKey::parse(&key)?;
    let state = app_state()?;
    let key = redeem::stored_key(user.id, key.as_str());
    let mut tx = state.db.begin_write().await?;
    let outcome = redeem::redeem(&mut tx, user.id, reward_id, &key, db::now()).await?;
    let done = match outcome {
        Outcome::Done(id) => {
            tx.commit().await?;
            tracing::info!(user_id = user.id, reward_id, redemption_id = id, "reward redeemed");
            Redeemed { redemption_id: id, replay: false }
        }
        Outcome::Replay(id) => Redeemed { redemption_id: id, replay: true },
        Outcome::KeyReused => return Err(AppError::Conflict { field: None, message: t!("rewards-key-reused") }),
        Outcome::NoSuchReward => return Err(AppError::NotFound(crate::t!("error-that-reward"))),
        Outcome::Refused(locked) => return Err(AppError::Conflict { field: None, message: locked.to_string() }),
    };
    crate::common::redirect::to("/me/rewards");
    Ok(done)
}

/// Your redemptions, newest first; codes show once a redemption is fulfilled.
#[server(endpoint = "rewards/my_redemptions")]
pub async fn my_redemptions(page: u32) -> Result<RedemptionPage, AppError> {
    let user = require_user().await?;
    let page = page.max(1);
    let (mut items, total) = lists::of_member(&app_state()?.db, user.id, page).await?;
    for item in &mut items {
        if item.status != RedemptionStatus::Fulfilled {
            item.code = None;
        }
    }
    Ok(RedemptionPage { items, page, last_page: page_count(total, REDEMPTIONS_PER_PAGE), status: None })
}
