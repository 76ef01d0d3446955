//! What the points, leaderboard and admin pages show: plain data sent from server functions to pages.

use crate::recognition::domain::{Level, Period, Reason, RuleSetting};
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

/// One row of a member's points history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEntry {
    pub id: i64,
    pub amount: i64,
    pub reason: Reason,
    pub note: String,
    /// Where the row's subject lives (a post, a redemption), if it can be shown.
    pub link: Option<String>,
    /// Set when a later row reversed this one.
    pub reversed: bool,
    pub created_at: i64,
}

/// `/me/points`: the standing and one page of the history, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PointsPage {
    pub standing: Standing,
    pub entries: Vec<LedgerEntry>,
    pub page: u32,
    pub last_page: u32,
    pub leaderboard_hidden: bool,
}

/// `/admin/points`: the earning rules and the levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PointsSettings {
    pub rules: Vec<RuleSetting>,
    pub levels: Vec<Level>,
    /// A fresh idempotency key for the adjustment form, so a resubmitted form applies once.
    pub form_key: String,
}

/// One line of a leaderboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaderRow {
    pub rank: i64,
    pub user_id: i64,
    pub name: String,
    pub handle: String,
    pub level: String,
    pub points: i64,
}

/// `/leaderboard`: the top members of a period and, for a signed-in viewer, their own line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leaderboard {
    pub period: Period,
    pub rows: Vec<LeaderRow>,
    /// The viewer's own line when they are signed in, listed, and have points in the period.
    pub me: Option<LeaderRow>,
    /// Whether the viewer chose not to be listed.
    pub viewer_hidden: bool,
}

/// The advocate of the month, as the home page and their profile show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spotlight {
    pub user_id: i64,
    pub name: String,
    pub handle: String,
    pub level: String,
    pub citation: String,
    pub created_at: i64,
}

/// A recent post on a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentPost {
    pub topic_title: String,
    pub href: String,
    pub created_at: i64,
}

/// `/u/<handle>`: a member's public page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub user_id: i64,
    pub name: String,
    pub handle: String,
    pub member_since: i64,
    pub level: String,
    pub lifetime: i64,
    pub badges: Vec<crate::recognition::badges::HeldBadge>,
    pub recent_posts: Vec<RecentPost>,
    /// Featured stories the member published with their name (anonymous ones never appear here).
    pub featured_stories: Vec<crate::stories::views::StoryCard>,
    /// Set when this member is the current advocate of the month.
    pub spotlight: Option<Spotlight>,
    /// Whether the viewer may award and revoke badges here (moderators).
    pub can_award: bool,
    /// The manual badges a moderator can award, for the form.
    pub manual_badges: Vec<(i64, String)>,
}
