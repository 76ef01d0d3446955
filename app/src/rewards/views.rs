//! What the reward pages show: plain data sent from server functions to pages.

use crate::{
    recognition::domain::Level,
    rewards::domain::{RedemptionStatus, RewardKind},
    ui::Standing,
};
use serde::{Deserialize, Serialize};

/// A reward as the catalogue shows it to one viewer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RewardCard {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub image_url: Option<String>,
    pub kind: RewardKind,
    pub cost: i64,
    /// `None`: unlimited.
    pub stock: Option<i64>,
    pub min_level: Option<String>,
    /// The group the reward is limited to, for those who see it.
    pub group_name: Option<String>,
    pub ends_at: Option<i64>,
    /// Why the viewer cannot redeem it now; `None` when they can.
    pub locked: Option<String>,
    /// The idempotency key for the next redemption of this reward by this viewer. It is the same in every
    /// tab until a redemption goes through, so a double click, a retry or a second tab spends once.
    pub next_key: String,
}

/// `/rewards`: the active rewards and, for a signed-in member, their standing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub rewards: Vec<RewardCard>,
    pub standing: Option<Standing>,
}

/// A reward as the admin page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RewardAdmin {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// The uploaded picture, served from /media/.
    pub image_url: Option<String>,
    /// An image address saved before pictures were uploaded: browsers never showed it (the site shows only
    /// its own pictures), so the admin page asks for an upload instead.
    pub legacy_image_url: Option<String>,
    pub kind: RewardKind,
    pub cost: i64,
    pub stock: Option<i64>,
    pub per_user_limit: Option<i64>,
    pub min_level_id: Option<i64>,
    pub group_id: Option<i64>,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub active: bool,
    pub redeemed_count: i64,
    /// Codes loaded and not yet handed out.
    pub codes_free: i64,
}

/// `/admin/rewards`: every reward, and the levels a reward can require.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RewardsAdmin {
    pub rewards: Vec<RewardAdmin>,
    pub levels: Vec<Level>,
    pub groups: Vec<crate::groups::domain::GroupChoice>,
}

/// One redemption, for its member or an admin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedemptionView {
    pub id: i64,
    /// The member who redeemed, and the reward.
    pub member_id: i64,
    pub reward_id: i64,
    pub reward_title: String,
    pub kind: RewardKind,
    pub cost: i64,
    pub status: RedemptionStatus,
    /// The code handed out; members see it once the redemption is fulfilled.
    pub code: Option<String>,
    pub note: String,
    pub member_name: String,
    pub member_email: String,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

/// A page of redemptions, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedemptionPage {
    pub items: Vec<RedemptionView>,
    pub page: u32,
    pub last_page: u32,
    /// The status filter, if any ("pending", "fulfilled", "cancelled").
    pub status: Option<RedemptionStatus>,
}

/// What a redemption request came to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redeemed {
    pub redemption_id: i64,
    /// True when the key had been used: this is the earlier redemption, nothing was spent again.
    pub replay: bool,
}
