//! The "ways to earn" page's data.

use crate::{error::AppError, onboarding::views::WaysToEarn};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    challenges::repo as challenges,
    db,
    onboarding::{
        domain::{badge_how, rule_action, rule_reward},
        views::{EarnBadge, EarnChallenge, EarnRule},
    },
    recognition::repo::{badges, reads},
    state::app_state,
};

/// Every earning rule that is on (biggest first), the running challenges and every badge with how it is
/// earned. Public: guests see what joining is worth.
#[server(endpoint = "onboarding/get_ways_to_earn")]
pub async fn get_ways_to_earn() -> Result<WaysToEarn, AppError> {
    let db = &app_state()?.db;
    let mut rules: Vec<EarnRule> = reads::rules(db)
        .await?
        .into_iter()
        .filter(|r| r.enabled)
        .map(|r| EarnRule { action: rule_action(r.rule), reward: rule_reward(r.amount, r.daily_cap), amount: r.amount })
        .collect();
    rules.sort_by(|a, b| b.amount.cmp(&a.amount).then_with(|| a.action.cmp(&b.action)));
    // A challenge for a group is listed to its members (and staff) only.
    let viewer = crate::accounts::guard::current_user().await?;
    let staff = viewer.as_ref().is_some_and(|u| u.role.allows(crate::accounts::domain::Role::Moderator));
    let key = crate::common::spaces::viewer_key(viewer.as_ref().map(|u| u.id), staff);
    let challenges = challenges::running(db, db::now(), key)
        .await?
        .into_iter()
        .map(|c| EarnChallenge { title: c.title, points: c.points, ends_at: c.ends_at })
        .collect();
    let badges = badges::all(db)
        .await?
        .into_iter()
        .map(|b| EarnBadge { how: badge_how(b.rule, b.threshold), name: b.name, description: b.description })
        .collect();
    Ok(WaysToEarn { rules, challenges, badges })
}
