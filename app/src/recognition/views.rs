//! What the points, leaderboard and admin pages show: plain data sent from server functions to pages.

use crate::recognition::domain::{Level, Period, Reason, RuleSetting};
use serde::{Deserialize, Serialize};

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
    pub standing: crate::ui::Standing,
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
    /// The member's picture (a media hash), or `None` for their initials.
    pub avatar: Option<String>,
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
