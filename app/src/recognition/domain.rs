//! Points rules: what earns points, how much a day, what a correction is, and which level a member has
//! reached. Pure Rust, compiled for the server and the browser alike.

use crate::common::field_error::FieldError;
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
    pub fn label(self) -> &'static str {
        match self {
            Rule::Welcome => "Welcome bonus for joining through a friend's referral",
            Rule::Joined => "Welcome bonus for every new member (once, when the address is confirmed)",
            Rule::Checklist => "Each step of a new member's welcome checklist (once per step)",
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
    pub fn label(self) -> &'static str {
        match self {
            Reason::Topic => "Started a topic",
            Reason::Reply => "Replied in a topic",
            Reason::LikeReceived => "Your post was liked",
            Reason::StoryApproved => "Story approved",
            Reason::StoryFeatured => "Story featured",
            Reason::Referral => "Referred a friend",
            Reason::Challenge => "Completed a challenge",
            Reason::Adjustment => "Adjusted by an admin",
            Reason::Redemption => "Redeemed a reward",
            Reason::Refund => "Redemption cancelled, points returned",
            Reason::Reversal => "Award reversed",
            Reason::Welcome => "Welcome bonus",
            Reason::Survey => "Answered a survey",
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
        let rule = Rule::parse(rule).ok_or_else(|| FieldError::new("rule", format!("{rule:?} is not a rule.")))?;
        let amount = positive(amount, "amount", "The amount")?;
        let daily_cap = match daily_cap.trim() {
            "" => None,
            raw => Some(positive(raw, "daily_cap", "The daily cap")?),
        };
        if daily_cap.is_some_and(|cap| cap < amount) {
            return Err(FieldError::new(
                "daily_cap",
                "The daily cap is smaller than one award; leave it empty for no cap, or make it at least the amount.",
            ));
        }
        Ok(RuleSetting { rule, amount, daily_cap, enabled })
    }
}

/// A whole number of points from 1 to [`AMOUNT_MAX`].
pub fn positive(raw: &str, field: &'static str, what: &str) -> Result<i64, FieldError> {
    let value: i64 = raw
        .trim()
        .parse()
        .map_err(|_| FieldError::new(field, format!("{what} must be a whole number of points, such as 10.")))?;
    if value <= 0 {
        return Err(FieldError::new(field, format!("{what} must be more than zero.")));
    }
    if value > AMOUNT_MAX {
        return Err(FieldError::new(field, format!("{what} can be at most {AMOUNT_MAX} points.")));
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
        let amount: i64 = amount.trim().trim_start_matches('+').parse().map_err(|_| {
            FieldError::new("amount", "The amount must be a whole number of points: 50 adds, -50 takes away.")
        })?;
        if amount == 0 {
            return Err(FieldError::new("amount", "The amount cannot be zero."));
        }
        // `unsigned_abs`: `abs` of i64::MIN overflows (a panic in a debug build, a wrong answer otherwise).
        if amount.unsigned_abs() > AMOUNT_MAX.unsigned_abs() {
            return Err(FieldError::new("amount", format!("An adjustment moves at most {AMOUNT_MAX} points.")));
        }
        let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
        if reason.is_empty() {
            return Err(FieldError::new("reason", "Give a reason; the member sees it in their history."));
        }
        if reason.chars().count() > NOTE_MAX {
            return Err(FieldError::new("reason", format!("The reason can be at most {NOTE_MAX} characters.")));
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
            Err(FieldError::new("key", "The request key is missing or malformed; reload the page and try again."))
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
        return Err(FieldError::new("name", "Give the level a name of 1 to 40 characters."));
    }
    let threshold: i64 =
        threshold.trim().parse().ok().filter(|t| (0..=100_000_000).contains(t)).ok_or_else(|| {
            FieldError::new("threshold", "The threshold must be a whole number of points, 0 or more.")
        })?;
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

    pub fn label(self) -> &'static str {
        match self {
            Period::Week => "This week",
            Period::Month => "This month",
            Period::AllTime => "All time",
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
        return Err(FieldError::new("citation", "Write a citation of 1 to 500 characters: why this member?"));
    }
    Ok(text)
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
