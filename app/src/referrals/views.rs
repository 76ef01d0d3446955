//! What the referral pages show: plain data shared by the server functions and the components.

use crate::referrals::domain::{Flag, QualifyOn, Settings, Status};
use serde::{Deserialize, Serialize};

/// A member's own referral page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyReferrals {
    /// The full link to share.
    pub link: String,
    /// Visits of the link, all time.
    pub clicks: i64,
    pub signed_up: i64,
    /// Referred members who qualified (rewarded or waiting for the hold to end).
    pub qualified: i64,
    /// Points earned from referrals, after any reversal.
    pub points: i64,
    /// What the referrer earns per qualified referral, and the friend's welcome bonus (0 when off).
    pub reward: i64,
    pub welcome: i64,
    pub qualify_on: QualifyOn,
    pub hold_days: i64,
    pub people: Vec<Referred>,
}

/// One person the member referred.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Referred {
    pub name: String,
    pub handle: Option<String>,
    pub status: Status,
    pub joined_at: i64,
    /// When the reward falls due, for a qualified referral still on hold.
    pub due_at: Option<i64>,
    pub rewarded_at: Option<i64>,
}

/// Which referrals the admin list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    Held,
    Flagged,
    All,
}

impl Tab {
    pub fn parse(raw: &str) -> Tab {
        match raw {
            "flagged" => Tab::Flagged,
            "all" => Tab::All,
            _ => Tab::Held,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Tab::Held => "held",
            Tab::Flagged => "flagged",
            Tab::All => "all",
        }
    }
}

/// The admin's referral page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminReferrals {
    pub tab: Tab,
    pub page: u32,
    pub pages: u32,
    pub held: i64,
    pub rows: Vec<AdminRow>,
    pub settings: Settings,
}

/// One referral as an admin reviews it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminRow {
    pub id: i64,
    pub referrer: String,
    pub referrer_handle: Option<String>,
    pub referee: String,
    pub referee_email: String,
    pub status: Status,
    pub flag: Flag,
    pub note: String,
    pub ip: String,
    pub created_at: i64,
    pub qualified_at: Option<i64>,
    pub due_at: Option<i64>,
}
