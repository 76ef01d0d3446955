//! Net Promoter Score rules: how answers are grouped and counted, the admin's survey form, a member's answer
//! and the survey period a moment falls in. Pure Rust, shared by server and browser.

use crate::{
    common::{dates::date, field_error::FieldError},
    i18n::Lang,
    t, t_in,
};
use serde::{Deserialize, Serialize};

pub use super::trend::{monthly, MonthPoint};

pub const TITLE_MAX: usize = 100;
pub const QUESTION_MAX: usize = 300;
pub const COMMENT_MAX: usize = 1000;
/// How often a member may be asked again, in days.
pub const PERIOD_DAYS_MIN: i64 = 7;
pub const PERIOD_DAYS_MAX: i64 = 365;
pub const PERIOD_DAYS_DEFAULT: i64 = 90;
/// The wording a new survey starts with, in English (the demo data's; the admins' form offers it in their
/// language): the catalogues' `nps-default-question`.
pub const DEFAULT_QUESTION: &str = "How likely are you to recommend us to a friend or colleague?";
/// Comments per page of the results.
pub const COMMENTS_PER_PAGE: u32 = 20;
const DAY: i64 = 86_400;

/// Where a 0–10 answer puts the member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Group {
    /// 9 or 10.
    Promoter,
    /// 7 or 8.
    Passive,
    /// 0 to 6.
    Detractor,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Promoter, Group::Passive, Group::Detractor];

    /// The group of a score; anything above 10 counts as a promoter and below 0 as a detractor, but parsed
    /// answers never carry such scores.
    pub fn of(score: i64) -> Group {
        match score {
            9.. => Group::Promoter,
            7..=8 => Group::Passive,
            _ => Group::Detractor,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Group::Promoter => "promoter",
            Group::Passive => "passive",
            Group::Detractor => "detractor",
        }
    }

    pub fn parse(raw: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.as_str() == raw.trim())
    }

    /// The group with its scores, as the results name it.
    pub fn label(self) -> String {
        match self {
            Group::Promoter => t!("nps-promoters-range"),
            Group::Passive => t!("nps-passives-range"),
            Group::Detractor => t!("nps-detractors-range"),
        }
    }

    /// One member's group, as a table cell or a comment shows it.
    pub fn name(self) -> String {
        match self {
            Group::Promoter => t!("nps-promoter"),
            Group::Passive => t!("nps-passive"),
            Group::Detractor => t!("nps-detractor"),
        }
    }

    /// The inclusive score range of the group, for SQL filters.
    pub fn range(self) -> (i64, i64) {
        match self {
            Group::Promoter => (9, 10),
            Group::Passive => (7, 8),
            Group::Detractor => (0, 6),
        }
    }
}

/// Answers counted by group. Dismissals are not answers and are never added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NpsTally {
    pub promoters: i64,
    pub passives: i64,
    pub detractors: i64,
}

impl NpsTally {
    /// Counts one answer.
    pub fn add(&mut self, score: i64) {
        self.add_many(score, 1);
    }

    /// Counts `n` answers of the same score.
    pub fn add_many(&mut self, score: i64, n: i64) {
        match Group::of(score) {
            Group::Promoter => self.promoters += n,
            Group::Passive => self.passives += n,
            Group::Detractor => self.detractors += n,
        }
    }

    /// A tally of answers counted per score: `counts[s]` answers gave `s`.
    pub fn of_distribution(counts: &[i64]) -> NpsTally {
        let mut t = NpsTally::default();
        (0..).zip(counts).for_each(|(score, n)| t.add_many(score, *n));
        t
    }

    /// A tally of these answers.
    pub fn of(scores: impl IntoIterator<Item = i64>) -> NpsTally {
        let mut t = NpsTally::default();
        scores.into_iter().for_each(|s| t.add(s));
        t
    }

    /// Answers counted.
    pub fn total(&self) -> i64 {
        self.promoters + self.passives + self.detractors
    }

    /// The Net Promoter Score, −100 to 100: promoters% − detractors%, computed exactly and then rounded half
    /// away from zero (12.5 → 13, −12.5 → −13). `None` when nobody has answered.
    pub fn score(&self) -> Option<i64> {
        let total = self.total();
        if total <= 0 {
            return None;
        }
        let diff = 100 * (self.promoters - self.detractors);
        let rounded = (2 * diff.abs() + total) / (2 * total);
        Some(if diff < 0 { -rounded } else { rounded })
    }

    /// The share of answers in a group, in whole percent (rounded), 0 when nobody has answered.
    pub fn percent(&self, group: Group) -> i64 {
        let total = self.total();
        let n = match group {
            Group::Promoter => self.promoters,
            Group::Passive => self.passives,
            Group::Detractor => self.detractors,
        };
        if total <= 0 {
            0
        } else {
            (200 * n + total) / (2 * total)
        }
    }
}

/// Which survey period a moment falls in: periods are `period_days` long and counted from the survey's start.
/// Before the start there is no period.
pub fn period_no(now: i64, starts_at: i64, period_days: i64) -> Option<i64> {
    let length = period_days.max(1) * DAY;
    (now >= starts_at).then(|| (now - starts_at) / length)
}

/// Where a survey is in its life at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    NotStarted,
    Open,
    Closed,
}

impl Phase {
    pub fn at(now: i64, starts_at: i64, ends_at: Option<i64>) -> Phase {
        match ends_at {
            _ if now < starts_at => Phase::NotStarted,
            Some(end) if now > end => Phase::Closed,
            _ => Phase::Open,
        }
    }

    pub fn label(self) -> String {
        match self {
            Phase::NotStarted => t!("nps-phase-not-started"),
            Phase::Open => t!("nps-phase-open"),
            Phase::Closed => t!("nps-phase-closed"),
        }
    }
}

/// The admin's survey form as it arrives.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SurveyForm {
    pub title: String,
    pub question: String,
    pub ask_why: Option<String>,
    pub period_days: String,
    pub starts_at: String,
    pub ends_at: String,
    /// The address of the group whose members are asked; empty: everyone.
    pub group: String,
}

/// A survey, every field checked. Days are whole UTC days: it opens at the start of the first and closes at
/// the end of the last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyDraft {
    pub title: String,
    pub question: String,
    pub ask_why: bool,
    pub period_days: i64,
    pub starts_at: i64,
    pub ends_at: Option<i64>,
    /// The address of the group whose members are asked (the server finds its id).
    pub group: Option<String>,
}

impl SurveyDraft {
    pub fn parse(f: &SurveyForm) -> Result<SurveyDraft, FieldError> {
        let title = one_line(
            &f.title,
            "title",
            TITLE_MAX,
            || t!("nps-title-missing"),
            || t!("nps-title-too-long", max = TITLE_MAX),
        )?;
        let question = one_line(
            &f.question,
            "question",
            QUESTION_MAX,
            || t!("nps-question-missing"),
            || t!("nps-question-too-long", max = QUESTION_MAX),
        )?;
        let period_days = f
            .period_days
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|d| (PERIOD_DAYS_MIN..=PERIOD_DAYS_MAX).contains(d))
            .ok_or_else(|| {
                FieldError::new("period_days", t!("nps-period-invalid", min = PERIOD_DAYS_MIN, max = PERIOD_DAYS_MAX))
            })?;
        let starts_at = date(&f.starts_at, "starts_at")?
            .ok_or_else(|| FieldError::new("starts_at", t!("nps-first-day-missing")))?;
        let ends_at = date(&f.ends_at, "ends_at")?.map(|d| d + DAY - 1);
        if ends_at.is_some_and(|e| e <= starts_at) {
            return Err(FieldError::new("ends_at", t!("nps-last-day-before-first")));
        }
        let group = Some(f.group.trim().to_string()).filter(|g| !g.is_empty());
        Ok(SurveyDraft { title, question, ask_why: f.ask_why.is_some(), period_days, starts_at, ends_at, group })
    }
}

/// A member's answer: a score from 0 to 10 and, when the survey asks why, an optional reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub score: i64,
    pub comment: String,
}

impl Answer {
    /// Parses the score ("0" to "10") and the reason; a reason sent to a survey that does not ask why is
    /// dropped rather than stored unseen.
    pub fn parse(score: &str, comment: &str, ask_why: bool) -> Result<Answer, FieldError> {
        let score = score
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|s| (0..=10).contains(s))
            .ok_or_else(|| FieldError::new("score", t!("nps-score-invalid")))?;
        let comment = if ask_why { comment.trim().to_string() } else { String::new() };
        if comment.chars().count() > COMMENT_MAX {
            return Err(FieldError::new("comment", t!("nps-comment-too-long", max = COMMENT_MAX.to_string())));
        }
        Ok(Answer { score, comment })
    }
}

/// The question as a member reads it: the default wording (as it was stored, in any language) in the page's
/// language, and anything an admin wrote as they wrote it.
pub fn question_text(stored: &str) -> String {
    if Lang::ALL.into_iter().any(|lang| t_in!(lang, "nps-default-question") == stored) {
        t!("nps-default-question")
    } else {
        stored.to_string()
    }
}

/// One line of text (inner runs of blanks become one space), required and at most `max` characters, with
/// the survey form's words for each problem.
fn one_line(
    raw: &str,
    field: &'static str,
    max: usize,
    missing: impl FnOnce() -> String,
    too_long: impl FnOnce() -> String,
) -> Result<String, FieldError> {
    let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.is_empty() {
        return Err(FieldError::new(field, missing()));
    }
    if value.chars().count() > max {
        return Err(FieldError::new(field, too_long()));
    }
    Ok(value)
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
