//! What the "ways to earn" page shows.

use serde::{Deserialize, Serialize};

/// One earning rule that is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarnRule {
    /// What the member does.
    pub action: String,
    /// "10 points, up to 50 a day".
    pub reward: String,
    pub amount: i64,
}

/// A running challenge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarnChallenge {
    pub title: String,
    pub points: i64,
    pub ends_at: Option<i64>,
}

/// A badge and how it is earned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarnBadge {
    pub name: String,
    pub description: String,
    pub how: String,
}

/// `/earn`: every way to earn points and badges, from the programme's live settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaysToEarn {
    pub rules: Vec<EarnRule>,
    pub challenges: Vec<EarnChallenge>,
    pub badges: Vec<EarnBadge>,
}
