//! Points rules: what earns points, how much a day, what a correction is, and which level a member has
//! reached. Pure Rust, compiled for the server and the browser alike.

use crate::{common::field_error::FieldError, t};
use serde::{Deserialize, Serialize};

/// Largest amount one rule awards, or one adjustment moves.
pub const AMOUNT_MAX: i64 = 100_000;
/// Longest note on a ledger row (an adjustment's reason).
pub const NOTE_MAX: usize = 300;
/// Ledger rows shown per page of a member's history.
pub const HISTORY_PER_PAGE: u32 = 50;
/// Members shown on a leaderboard.
pub const LEADERBOARD_SIZE: u32 = 50;

/// A kind of contribution that earns points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rule {
    Topic,
    Reply,
    LikeReceived,
    StoryApproved,
    StoryFeatured,
    Referral,
    Challenge,
    Welcome,
    Survey,
    /// Every new member, once, when their address is confirmed (or they join by invitation). Off by default.
    Joined,
    /// Each step of the welcome checklist, once per member. Off by default.
    Checklist,
}

impl Rule {
    pub const ALL: [Rule; 11] = [
        Rule::Topic,
        Rule::Reply,
        Rule::LikeReceived,
        Rule::StoryApproved,
        Rule::StoryFeatured,
        Rule::Referral,
        Rule::Challenge,
        Rule::Welcome,
        Rule::Survey,
        Rule::Joined,
        Rule::Checklist,
    ];

    /// The rule's key in `point_rules`: its ledger reason's, except for the joining bonus and the checklist's,
    /// which are paid as welcome bonuses but set on their own.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Joined => "joined",
            Rule::Checklist => "checklist",
            _ => self.reason().as_str(),
        }
    }

    /// What the rule pays for, for the admins' rules table.
    pub fn label(self) -> String {
        match self {
            Rule::Welcome => t!("recognition-rule-welcome"),
            Rule::Joined => t!("recognition-rule-joined"),
            Rule::Checklist => t!("recognition-rule-checklist"),
            _ => self.reason().label(),
        }
    }

    pub fn parse(raw: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.as_str() == raw)
    }

    /// The ledger reason an award under this rule is written with.
    pub fn reason(self) -> Reason {
        match self {
            Rule::Topic => Reason::Topic,
            Rule::Reply => Reason::Reply,
            Rule::LikeReceived => Reason::LikeReceived,
            Rule::StoryApproved => Reason::StoryApproved,
            Rule::StoryFeatured => Reason::StoryFeatured,
            Rule::Referral => Reason::Referral,
            Rule::Challenge => Reason::Challenge,
            Rule::Welcome | Rule::Joined | Rule::Checklist => Reason::Welcome,
            Rule::Survey => Reason::Survey,
        }
    }
}

/// Why a ledger row exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    Topic,
    Reply,
    LikeReceived,
    StoryApproved,
    StoryFeatured,
    Referral,
    Challenge,
    Adjustment,
    Redemption,
    Refund,
    Reversal,
    Welcome,
    Survey,
}

impl Reason {
    const ALL: [Reason; 13] = [
        Reason::Topic,
        Reason::Reply,
        Reason::LikeReceived,
        Reason::StoryApproved,
        Reason::StoryFeatured,
        Reason::Referral,
        Reason::Challenge,
        Reason::Adjustment,
        Reason::Redemption,
        Reason::Refund,
        Reason::Reversal,
        Reason::Welcome,
        Reason::Survey,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Topic => "topic",
            Reason::Reply => "reply",
            Reason::LikeReceived => "like_received",
            Reason::StoryApproved => "story_approved",
            Reason::StoryFeatured => "story_featured",
            Reason::Referral => "referral",
            Reason::Challenge => "challenge",
            Reason::Adjustment => "adjustment",
            Reason::Redemption => "redemption",
            Reason::Refund => "refund",
            Reason::Reversal => "reversal",
            Reason::Welcome => "welcome",
            Reason::Survey => "survey",
        }
    }

    pub fn parse(raw: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.as_str() == raw)
    }

    /// Words for a member's history.
    pub fn label(self) -> String {
        match self {
            Reason::Topic => t!("recognition-reason-topic"),
            Reason::Reply => t!("recognition-reason-reply"),
            Reason::LikeReceived => t!("recognition-reason-like-received"),
            Reason::StoryApproved => t!("recognition-reason-story-approved"),
            Reason::StoryFeatured => t!("recognition-reason-story-featured"),
            Reason::Referral => t!("recognition-reason-referral"),
            Reason::Challenge => t!("recognition-reason-challenge"),
            Reason::Adjustment => t!("recognition-reason-adjustment"),
            Reason::Redemption => t!("recognition-reason-redemption"),
            Reason::Refund => t!("recognition-reason-refund"),
            Reason::Reversal => t!("recognition-reason-reversal"),
            Reason::Welcome => t!("recognition-reason-welcome"),
            Reason::Survey => t!("recognition-reason-survey"),
        }
    }

    /// Whether rows with this reason move lifetime points (earning and its corrections) or only the
    /// spendable balance (spending and refunds).
    pub fn counts_towards_lifetime(self) -> bool {
        !matches!(self, Reason::Redemption | Reason::Refund)
    }
}

/// An earning rule as an admin configured it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleSetting {
    pub rule: Rule,
    pub amount: i64,
    /// Most points a member can earn under this rule in one UTC day; `None` is no cap.
    pub daily_cap: Option<i64>,
    pub enabled: bool,
}

impl RuleSetting {
    /// Reads the admin form: a whole positive amount, and a cap that is empty or at least the amount.
    pub fn parse(rule: &str, amount: &str, daily_cap: &str, enabled: bool) -> Result<RuleSetting, FieldError> {
        let rule = Rule::parse(rule)
            .ok_or_else(|| FieldError::new("rule", t!("recognition-not-a-rule", rule = format!("{rule:?}"))))?;
        let amount = positive(amount, "amount", &t!("recognition-the-amount"))?;
        let daily_cap = match daily_cap.trim() {
            "" => None,
            raw => Some(positive(raw, "daily_cap", &t!("recognition-the-daily-cap"))?),
        };
        if daily_cap.is_some_and(|cap| cap < amount) {
            return Err(FieldError::new("daily_cap", t!("recognition-cap-below-amount")));
        }
        Ok(RuleSetting { rule, amount, daily_cap, enabled })
    }
}

/// A whole number of points from 1 to [`AMOUNT_MAX`]; `what` names it at the start of a sentence ("The amount").
pub fn positive(raw: &str, field: &'static str, what: &str) -> Result<i64, FieldError> {
    let value: i64 =
        raw.trim().parse().map_err(|_| FieldError::new(field, t!("recognition-points-not-whole", what = what)))?;
    if value <= 0 {
        return Err(FieldError::new(field, t!("recognition-points-not-positive", what = what)));
    }
    if value > AMOUNT_MAX {
        // The limit as text: written without a thousands separator, as before.
        let max = AMOUNT_MAX.to_string();
        return Err(FieldError::new(field, t!("recognition-points-too-many", what = what, max = max)));
    }
    Ok(value)
}

/// What an award comes to once the day's cap is taken into account: the full amount, what is left under
/// the cap, or nothing.
pub fn capped_award(amount: i64, daily_cap: Option<i64>, earned_today: i64) -> i64 {
    match daily_cap {
        None => amount,
        Some(cap) => amount.min(cap - earned_today).max(0),
    }
}

/// How much a reversal takes back: the award, or what is left of the balance if the member spent some of
/// it already (a balance never goes below zero).
pub fn reversal_amount(award: i64, balance: i64) -> i64 {
    award.min(balance).max(0)
}

/// A manual correction by an admin: a signed amount that is not zero, and a reason the member will read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adjustment {
    pub amount: i64,
    pub reason: String,
}

impl Adjustment {
    pub fn parse(amount: &str, reason: &str) -> Result<Adjustment, FieldError> {
        let amount: i64 = amount
            .trim()
            .trim_start_matches('+')
            .parse()
            .map_err(|_| FieldError::new("amount", t!("recognition-adjust-not-whole")))?;
        if amount == 0 {
            return Err(FieldError::new("amount", t!("recognition-adjust-zero")));
        }
        // `unsigned_abs`: `abs` of i64::MIN overflows (a panic in a debug build, a wrong answer otherwise).
        if amount.unsigned_abs() > AMOUNT_MAX.unsigned_abs() {
            let max = AMOUNT_MAX.to_string();
            return Err(FieldError::new("amount", t!("recognition-adjust-too-many", max = max)));
        }
        let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
        if reason.is_empty() {
            return Err(FieldError::new("reason", t!("recognition-adjust-no-reason")));
        }
        if reason.chars().count() > NOTE_MAX {
            return Err(FieldError::new("reason", t!("recognition-reason-too-long", max = NOTE_MAX)));
        }
        Ok(Adjustment { amount, reason })
    }
}

/// A key a browser sends so that a retried or double-clicked request is applied once: 8 to 64 letters,
/// digits, dashes or underscores (a UUID fits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestKey(String);

impl RequestKey {
    pub fn parse(raw: &str) -> Result<RequestKey, FieldError> {
        let ok =
            (8..=64).contains(&raw.len()) && raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if ok {
            Ok(RequestKey(raw.to_string()))
        } else {
            Err(FieldError::new("key", t!("recognition-bad-request-key")))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A level members reach by lifetime points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Level {
    pub id: i64,
    pub name: String,
    pub threshold: i64,
}

/// The level a member with `lifetime` points holds, and the next one (if any). `levels` may be in any
/// order; the lowest always starts at 0, so a level is always found when the list is not empty.
pub fn level_for(lifetime: i64, levels: &[Level]) -> (Option<&Level>, Option<&Level>) {
    let current = levels.iter().filter(|l| l.threshold <= lifetime).max_by_key(|l| l.threshold);
    let next = levels.iter().filter(|l| l.threshold > lifetime).min_by_key(|l| l.threshold);
    (current, next)
}

/// The name of the level a member with `lifetime` points holds (empty only if there are no levels at all).
pub fn level_name(lifetime: i64, levels: &[Level]) -> String {
    level_for(lifetime, levels).0.map(|l| l.name.clone()).unwrap_or_default()
}

/// A level as an admin typed it: a one-line name and a threshold of lifetime points.
pub fn parse_level(name: &str, threshold: &str) -> Result<(String, i64), FieldError> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > 40 {
        return Err(FieldError::new("name", t!("recognition-level-name-length")));
    }
    let threshold: i64 = threshold
        .trim()
        .parse()
        .ok()
        .filter(|t| (0..=100_000_000).contains(t))
        .ok_or_else(|| FieldError::new("threshold", t!("recognition-level-threshold-invalid")))?;
    Ok((name, threshold))
}

/// The span a leaderboard counts points over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    Week,
    Month,
    AllTime,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Week, Period::Month, Period::AllTime];

    pub fn parse(raw: &str) -> Option<Period> {
        match raw {
            "week" => Some(Period::Week),
            "month" => Some(Period::Month),
            "" | "all" => Some(Period::AllTime),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
            Period::AllTime => "all",
        }
    }

    pub fn label(self) -> String {
        match self {
            Period::Week => t!("recognition-period-week"),
            Period::Month => t!("recognition-period-month"),
            Period::AllTime => t!("recognition-period-all-time"),
        }
    }

    /// The first second (Unix time, UTC) the period counts from at `now`: Monday 00:00 for a week, the
    /// 1st at 00:00 for a month, nothing for all time.
    pub fn since(self, now: i64) -> Option<i64> {
        let day = now.div_euclid(86_400);
        match self {
            Period::AllTime => None,
            // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday.
            Period::Week => Some((day - (day + 3).rem_euclid(7)) * 86_400),
            Period::Month => {
                let date = time::OffsetDateTime::from_unix_timestamp(now).ok()?.date();
                let first = date.replace_day(1).ok()?;
                Some(first.midnight().assume_utc().unix_timestamp())
            }
        }
    }
}

/// A moderator's citation for the advocate of the month: one paragraph of 1 to 500 characters.
pub fn citation(raw: &str) -> Result<String, FieldError> {
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() || text.chars().count() > 500 {
        return Err(FieldError::new("citation", t!("recognition-citation-length")));
    }
    Ok(text)
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
