//! Reward rules: what an admin may put in the catalogue, who may redeem what and why not, and the
//! lifecycle of a redemption. Pure Rust, compiled for the server and the browser alike.

use crate::common::dates::date;
use crate::common::field_error::FieldError;
use crate::t;
use serde::{Deserialize, Serialize};
use std::fmt;

pub const TITLE_MAX: usize = 100;
pub const DESCRIPTION_MAX: usize = 2000;
pub const NOTE_MAX: usize = 1000;
pub const CODE_MAX: usize = 100;
/// Codes one upload may add.
pub const CODES_PER_UPLOAD: usize = 5000;
/// Redemptions per page of the admin list and of a member's list.
pub const REDEMPTIONS_PER_PAGE: u32 = 50;

/// What a reward is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RewardKind {
    DiscountCode,
    Physical,
    EarlyAccess,
    Experience,
}

impl RewardKind {
    pub const ALL: [RewardKind; 4] =
        [RewardKind::DiscountCode, RewardKind::Physical, RewardKind::EarlyAccess, RewardKind::Experience];

    pub fn as_str(self) -> &'static str {
        match self {
            RewardKind::DiscountCode => "discount_code",
            RewardKind::Physical => "physical",
            RewardKind::EarlyAccess => "early_access",
            RewardKind::Experience => "experience",
        }
    }

    pub fn parse(raw: &str) -> Option<RewardKind> {
        RewardKind::ALL.into_iter().find(|k| k.as_str() == raw)
    }

    /// What kind of reward it is, in the page's language.
    pub fn label(self) -> String {
        match self {
            RewardKind::DiscountCode => t!("reward-kind-discount"),
            RewardKind::Physical => t!("reward-kind-physical"),
            RewardKind::EarlyAccess => t!("reward-kind-early-access"),
            RewardKind::Experience => t!("reward-kind-experience"),
        }
    }
}

/// A reward as an admin filled in the form, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RewardDraft {
    pub title: String,
    pub description: String,
    pub kind: RewardKind,
    pub cost: i64,
    /// `None`: unlimited.
    pub stock: Option<i64>,
    pub per_user_limit: Option<i64>,
    pub min_level_id: Option<i64>,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub active: bool,
    /// The address of the group the reward is limited to (the server finds its id).
    pub group: Option<String>,
}

/// The admin form as typed: every field a string, as a form posts it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RewardForm {
    pub title: String,
    pub description: String,
    pub kind: String,
    pub cost: String,
    pub stock: String,
    pub per_user_limit: String,
    pub min_level_id: String,
    pub starts_at: String,
    pub ends_at: String,
    pub active: Option<String>,
    /// The address of the group the reward is limited to; empty: everyone.
    #[serde(default)]
    pub group: String,
}

impl RewardDraft {
    pub fn parse(f: &RewardForm) -> Result<RewardDraft, FieldError> {
        let title = f.title.split_whitespace().collect::<Vec<_>>().join(" ");
        if title.is_empty() {
            return Err(FieldError::new("title", t!("rewards-title-missing")));
        }
        if title.chars().count() > TITLE_MAX {
            return Err(FieldError::new("title", t!("rewards-title-too-long", max = TITLE_MAX.to_string())));
        }
        let description = f.description.trim().to_string();
        if description.chars().count() > DESCRIPTION_MAX {
            let max = DESCRIPTION_MAX.to_string();
            return Err(FieldError::new("description", t!("rewards-description-too-long", max = max)));
        }
        let kind =
            RewardKind::parse(f.kind.trim()).ok_or_else(|| FieldError::new("kind", t!("rewards-kind-missing")))?;
        let cost = whole(&f.cost, "cost", &t!("rewards-cost-what"))?
            .filter(|c| *c > 0)
            .ok_or_else(|| FieldError::new("cost", t!("rewards-cost-invalid")))?;
        let stock = whole(&f.stock, "stock", &t!("rewards-stock-what"))?;
        let per_user_limit = whole(&f.per_user_limit, "per_user_limit", &t!("rewards-limit-what"))?;
        if per_user_limit == Some(0) {
            return Err(FieldError::new("per_user_limit", t!("rewards-limit-zero")));
        }
        let min_level_id = match f.min_level_id.trim() {
            "" | "0" => None,
            raw => Some(raw.parse().map_err(|_| FieldError::new("min_level_id", t!("rewards-level-unknown")))?),
        };
        let starts_at = date(&f.starts_at, "starts_at")?;
        let ends_at = date(&f.ends_at, "ends_at")?.map(|d| d + 86_399);
        if let (Some(s), Some(e)) = (starts_at, ends_at) {
            if s >= e {
                return Err(FieldError::new("ends_at", t!("rewards-ends-before-start")));
            }
        }
        Ok(RewardDraft {
            title,
            description,
            kind,
            cost,
            stock,
            per_user_limit,
            min_level_id,
            starts_at,
            ends_at,
            active: f.active.is_some(),
            group: Some(f.group.trim().to_string()).filter(|g| !g.is_empty()),
        })
    }
}

/// An optional whole number, 0 to 10 million: empty means none.
pub fn whole(raw: &str, field: &'static str, what: &str) -> Result<Option<i64>, FieldError> {
    match raw.trim() {
        "" => Ok(None),
        raw => raw
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=10_000_000).contains(n))
            .map(Some)
            .ok_or_else(|| FieldError::new(field, t!("rewards-whole-number", what = what))),
    }
}

/// Codes pasted by an admin, one per line: trimmed, blank lines skipped, duplicates refused.
pub fn parse_codes(raw: &str) -> Result<Vec<String>, FieldError> {
    let codes: Vec<String> = raw.lines().map(str::trim).filter(|c| !c.is_empty()).map(str::to_string).collect();
    if codes.is_empty() {
        return Err(FieldError::new("codes", t!("rewards-codes-missing")));
    }
    if codes.len() > CODES_PER_UPLOAD {
        return Err(FieldError::new("codes", t!("rewards-codes-too-many", max = CODES_PER_UPLOAD.to_string())));
    }
    if let Some(long) = codes.iter().find(|c| c.chars().count() > CODE_MAX) {
        let (start, max) = (format!("{long:.20}"), CODE_MAX.to_string());
        return Err(FieldError::new("codes", t!("rewards-code-too-long", start = start, max = max)));
    }
    let mut seen = std::collections::HashSet::new();
    if let Some(dup) = codes.iter().find(|c| !seen.insert(c.as_str())) {
        return Err(FieldError::new("codes", t!("rewards-code-twice", code = dup.as_str())));
    }
    Ok(codes)
}

/// What decides whether a member may redeem a reward now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Eligibility {
    pub active: bool,
    pub cost: i64,
    pub stock: Option<i64>,
    pub per_user_limit: Option<i64>,
    /// The level required, by name and lifetime threshold.
    pub min_level: Option<(String, i64)>,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub balance: i64,
    pub lifetime: i64,
    /// Redemptions of this reward by the member that were not cancelled.
    pub redeemed_by_member: i64,
    pub now: i64,
}

/// Why a reward cannot be redeemed; its `Display` says it in words for the member, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Locked {
    Inactive,
    NotYet,
    Ended,
    OutOfStock,
    LimitReached(i64),
    Level(String),
    NeedPoints(i64),
}

impl fmt::Display for Locked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            Locked::Inactive => t!("rewards-locked-inactive"),
            Locked::NotYet => t!("rewards-locked-not-yet"),
            Locked::Ended => t!("rewards-locked-ended"),
            Locked::OutOfStock => t!("rewards-locked-out-of-stock"),
            Locked::LimitReached(limit) => t!("rewards-locked-limit", limit = *limit),
            Locked::Level(level) => t!("rewards-locked-level", level = level.as_str()),
            Locked::NeedPoints(points) => t!("rewards-locked-points", points = *points),
        };
        f.write_str(&words)
    }
}

impl std::error::Error for Locked {}

impl Eligibility {
    /// The first reason the member cannot redeem, or `Ok` when they can.
    pub fn check(&self) -> Result<(), Locked> {
        if !self.active {
            return Err(Locked::Inactive);
        }
        if self.starts_at.is_some_and(|s| self.now < s) {
            return Err(Locked::NotYet);
        }
        if self.ends_at.is_some_and(|e| self.now > e) {
            return Err(Locked::Ended);
        }
        if self.stock == Some(0) {
            return Err(Locked::OutOfStock);
        }
        if let Some(limit) = self.per_user_limit.filter(|l| self.redeemed_by_member >= *l) {
            return Err(Locked::LimitReached(limit));
        }
        if let Some((name, threshold)) = &self.min_level {
            if self.lifetime < *threshold {
                return Err(Locked::Level(name.clone()));
            }
        }
        if self.balance < self.cost {
            return Err(Locked::NeedPoints(self.cost - self.balance));
        }
        Ok(())
    }
}

/// Where a redemption stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RedemptionStatus {
    Pending,
    Fulfilled,
    Cancelled,
}

impl RedemptionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RedemptionStatus::Pending => "pending",
            RedemptionStatus::Fulfilled => "fulfilled",
            RedemptionStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(raw: &str) -> Option<RedemptionStatus> {
        [RedemptionStatus::Pending, RedemptionStatus::Fulfilled, RedemptionStatus::Cancelled]
            .into_iter()
            .find(|s| s.as_str() == raw)
    }

    /// Where it stands, in the page's language.
    pub fn label(self) -> String {
        match self {
            RedemptionStatus::Pending => t!("rewards-status-pending"),
            RedemptionStatus::Fulfilled => t!("rewards-status-fulfilled"),
            RedemptionStatus::Cancelled => t!("rewards-status-cancelled"),
        }
    }

    /// Fulfilling: only a pending redemption can be fulfilled.
    pub fn fulfil(self) -> Result<RedemptionStatus, String> {
        match self {
            RedemptionStatus::Pending => Ok(RedemptionStatus::Fulfilled),
            other => Err(t!("rewards-fulfil-refused", status = other.as_str())),
        }
    }

    /// Cancelling: only a pending redemption can be cancelled (its points go back).
    pub fn cancel(self) -> Result<RedemptionStatus, String> {
        match self {
            RedemptionStatus::Pending => Ok(RedemptionStatus::Cancelled),
            other => Err(t!("rewards-cancel-refused", status = other.as_str())),
        }
    }
}

/// An admin's note when deciding a redemption: what the member reads (tracking, code, instructions, or why
/// it was cancelled). Required for a cancellation.
pub fn decision_note(raw: &str, required: bool) -> Result<String, FieldError> {
    let note = raw.trim().to_string();
    if required && note.is_empty() {
        return Err(FieldError::new("note", t!("rewards-cancel-note-missing")));
    }
    if note.chars().count() > NOTE_MAX {
        return Err(FieldError::new("note", t!("rewards-note-too-long", max = NOTE_MAX.to_string())));
    }
    Ok(note)
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
