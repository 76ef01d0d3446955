//! What the referral pages show: plain data shared by the server functions and the components.

use crate::referrals::{
    conversion::UploadReport,
    domain::{Flag, QualifyOn, Settings, Status},
};
use serde::{Deserialize, Serialize};

/// A member's own referral page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyReferrals {
    /// The full link to share.
    pub link: String,
    /// Visits of the link, all time.
    pub clicks: i64,
    pub signed_up: i64,
    /// Referred friends who became customers (an order was reported).
    pub customers: i64,
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
    /// The code this member got as a referred friend (two-sided referrals).
    pub gift: Option<Gift>,
}

/// A referred friend's welcome gift: a code from the programme's chosen reward.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gift {
    pub title: String,
    pub code: String,
}

/// One person the member referred.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Referred {
    pub name: String,
    /// False for a customer who never joined the community.
    pub member: bool,
    pub handle: Option<String>,
    pub status: Status,
    pub joined_at: i64,
    /// When the reward falls due, for a qualified referral still on hold.
    pub due_at: Option<i64>,
    pub rewarded_at: Option<i64>,
    /// When the friend became a customer (their first reported order).
    pub converted_at: Option<i64>,
}

/// Which referrals the admin list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    Held,
    Flagged,
    /// Friends who became customers.
    Customers,
    All,
}

impl Tab {
    pub fn parse(raw: &str) -> Tab {
        match raw {
            "flagged" => Tab::Flagged,
            "customers" => Tab::Customers,
            "all" => Tab::All,
            _ => Tab::Held,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Tab::Held => "held",
            Tab::Flagged => "flagged",
            Tab::Customers => "customers",
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
    /// The discount-code rewards a friend's gift may come from: id and title.
    pub code_rewards: Vec<(i64, String)>,
    /// Codes left for friends' gifts, when a reward is chosen.
    pub codes_left: Option<i64>,
    /// The report of the conversions upload just made (shown once).
    pub upload: Option<UploadReport>,
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
    pub converted_at: Option<i64>,
}
