//! A member's points standing, as the points and rewards pages show it.

use crate::t;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A member's standing: spendable balance, lifetime points and the level they give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    pub balance: i64,
    pub lifetime: i64,
    pub level: String,
    /// The next level's name and the lifetime points it needs.
    pub next_level: Option<(String, i64)>,
}

/// Balance, lifetime points and level, with a bar towards the next level.
#[component]
pub fn StandingCard(standing: Standing) -> impl IntoView {
    let progress = standing.next_level.clone().map(|(name, threshold)| {
        let pct = if threshold > 0 { (standing.lifetime * 100 / threshold).clamp(0, 100) } else { 100 };
        let to_go = threshold - standing.lifetime;
        view! {
            <div class="level-progress">
                <label for="level-bar">{t!("ui-points-to-level", points = to_go, level = name)}</label>
                <progress id="level-bar" max="100" value=pct>{format!("{pct}%")}</progress>
            </div>
        }
    });
    view! {
        <dl class="standing">
            <div><dt>{t!("ui-balance")}</dt><dd data-testid="balance">{standing.balance}</dd></div>
            <div><dt>{t!("ui-lifetime")}</dt><dd>{standing.lifetime}</dd></div>
            <div><dt>{t!("ui-level")}</dt><dd><span class="level">{standing.level}</span></dd></div>
        </dl>
        {progress}
    }
}
