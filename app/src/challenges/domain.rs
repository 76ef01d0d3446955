//! Challenge rules: the admin's form, how a challenge is completed, when it is open to a member, and the
//! review of completions. Pure Rust, shared by server and browser.

use crate::{
    common::{
        dates::date,
        field_error::FieldError,
        text::{bounded_text, one_line},
    },
    rewards::domain::whole,
    t,
};
use serde::{Deserialize, Serialize};

pub use super::views::*;

pub const TITLE_MAX: usize = 100;
pub const DESCRIPTION_MAX: usize = 2000;
pub const EVIDENCE_MAX: usize = 2000;
pub const ANSWER_MAX: usize = 100;
pub const NOTE_MAX: usize = 500;
/// The most points one challenge can give.
pub const POINTS_MAX: i64 = 100_000;
/// Completions per page of the review queue.
pub const COMPLETIONS_PER_PAGE: u32 = 30;

/// How a member completes a challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    /// The member describes what they did; a moderator approves.
    Review,
    /// Following the challenge's link completes it at once.
    Link,
    /// The right answer to the challenge's question completes it at once.
    Answer,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Review, Mode::Link, Mode::Answer];

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Review => "review",
            Mode::Link => "link",
            Mode::Answer => "answer",
        }
    }

    pub fn parse(raw: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.as_str() == raw.trim())
    }

    pub fn label(self) -> String {
        match self {
            Mode::Review => t!("challenges-mode-review"),
            Mode::Link => t!("challenges-mode-link"),
            Mode::Answer => t!("challenges-mode-answer"),
        }
    }
}

/// The admin's challenge form as it arrives.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChallengeForm {
    pub title: String,
    pub description: String,
    pub points: String,
    pub starts_at: String,
    pub ends_at: String,
    pub max_completions: String,
    pub mode: String,
    pub link_url: String,
    pub answer: String,
    pub active: Option<String>,
    /// The address of the group the challenge is limited to; empty: everyone.
    pub group: String,
}

/// A challenge, every field checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeDraft {
    pub title: String,
    pub description: String,
    pub points: i64,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub max_completions: Option<i64>,
    pub mode: Mode,
    pub link_url: Option<String>,
    pub answer: Option<String>,
    pub active: bool,
    /// The address of the group the challenge is limited to (the server finds its id).
    pub group: Option<String>,
}

impl ChallengeDraft {
    pub fn parse(f: &ChallengeForm) -> Result<ChallengeDraft, FieldError> {
        let title = one_line(&f.title, "title", &t!("challenges-title-missing"), &t!("challenges-a-title"), TITLE_MAX)?;
        let description =
            bounded_text(&f.description, "description", &t!("challenges-a-description"), DESCRIPTION_MAX)?;
        let points = whole(&f.points, "points", &t!("challenges-the-points"))?
            .filter(|p| (1..=POINTS_MAX).contains(p))
            .ok_or_else(|| {
                // The limit as text: written without a thousands separator, as before.
                FieldError::new("points", t!("challenges-points-range", max = POINTS_MAX.to_string()))
            })?;
        let starts_at = date(&f.starts_at, "starts_at")?;
        let ends_at = date(&f.ends_at, "ends_at")?.map(|d| d + 86_399);
        if let (Some(s), Some(e)) = (starts_at, ends_at) {
            if s >= e {
                return Err(FieldError::new("ends_at", t!("challenges-ends-before-start")));
            }
        }
        let max_completions = whole(&f.max_completions, "max_completions", &t!("challenges-the-completions"))?;
        if max_completions == Some(0) {
            return Err(FieldError::new("max_completions", t!("challenges-places-zero")));
        }
        let mode = Mode::parse(&f.mode).ok_or_else(|| FieldError::new("mode", t!("challenges-choose-mode")))?;
        let link_url = match (mode, f.link_url.trim()) {
            // Visible ASCII only: the address goes out in a Location header as it is.
            (Mode::Link, url)
                if url.starts_with("https://")
                    && url.len() > 8
                    && url.len() <= 500
                    && url.chars().all(|c| c.is_ascii_graphic()) =>
            {
                Some(url.to_string())
            }
            (Mode::Link, _) => return Err(FieldError::new("link_url", t!("challenges-link-needed"))),
            _ => None,
        };
        let answer = match mode {
            Mode::Answer => {
                let (missing, what) = (t!("challenges-answer-needed"), t!("challenges-the-answer"));
                let a = one_line(&f.answer, "answer", &missing, &what, ANSWER_MAX)?;
                Some(a)
            }
            _ => None,
        };
        Ok(ChallengeDraft {
            title,
            description,
            points,
            starts_at,
            ends_at,
            max_completions,
            mode,
            link_url,
            answer,
            active: f.active.is_some(),
            group: Some(f.group.trim().to_string()).filter(|g| !g.is_empty()),
        })
    }
}

/// Whether `given` is the expected answer: case, runs of spaces and a closing full stop, comma, exclamation or
/// question mark do not count (other characters do: "-5" is not "5", "C++" is not "C").
pub fn answer_matches(expected: &str, given: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace().collect::<Vec<_>>().join(" ").trim_end_matches(['.', ',', '!', '?']).trim().to_lowercase()
    };
    !norm(given).is_empty() && norm(expected) == norm(given)
}

/// What the member wrote about completing a review challenge: required, bounded.
pub fn evidence(raw: &str) -> Result<String, FieldError> {
    let value = bounded_text(raw, "evidence", &t!("challenges-what-you-did"), EVIDENCE_MAX)?;
    if value.is_empty() {
        return Err(FieldError::new("evidence", t!("challenges-evidence-missing")));
    }
    Ok(value)
}

/// Why a member cannot complete a challenge now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Closed {
    Inactive,
    NotYet,
    Ended,
    Full,
    AlreadyDone,
    Waiting,
}

impl std::fmt::Display for Closed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Closed::Inactive => t!("challenges-closed-inactive"),
            Closed::NotYet => t!("challenges-closed-not-yet"),
            Closed::Ended => t!("challenges-closed-ended"),
            Closed::Full => t!("challenges-closed-full"),
            Closed::AlreadyDone => t!("challenges-closed-done"),
            Closed::Waiting => t!("challenges-closed-waiting"),
        })
    }
}

/// Everything that decides whether a member may complete a challenge now.
#[derive(Debug, Clone, Copy)]
pub struct Openness {
    pub active: bool,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub max_completions: Option<i64>,
    pub taken: i64,
    /// The member's live completion, if any.
    pub mine: Option<CompletionStatus>,
    pub now: i64,
}

impl Openness {
    pub fn check(&self) -> Result<(), Closed> {
        match self.mine {
            Some(CompletionStatus::Approved) => return Err(Closed::AlreadyDone),
            Some(CompletionStatus::Pending) => return Err(Closed::Waiting),
            _ => {}
        }
        if !self.active {
            return Err(Closed::Inactive);
        }
        if self.starts_at.is_some_and(|s| self.now < s) {
            return Err(Closed::NotYet);
        }
        if self.ends_at.is_some_and(|e| self.now > e) {
            return Err(Closed::Ended);
        }
        if self.max_completions.is_some_and(|m| self.taken >= m) {
            return Err(Closed::Full);
        }
        Ok(())
    }
}

/// Where a completion stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CompletionStatus {
    Pending,
    Approved,
    Rejected,
}

impl CompletionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CompletionStatus::Pending => "pending",
            CompletionStatus::Approved => "approved",
            CompletionStatus::Rejected => "rejected",
        }
    }

    pub fn parse(raw: &str) -> Option<CompletionStatus> {
        [CompletionStatus::Pending, CompletionStatus::Approved, CompletionStatus::Rejected]
            .into_iter()
            .find(|s| s.as_str() == raw)
    }

    pub fn label(self) -> String {
        match self {
            CompletionStatus::Pending => t!("challenges-status-pending"),
            CompletionStatus::Approved => t!("challenges-status-approved"),
            CompletionStatus::Rejected => t!("challenges-status-rejected"),
        }
    }

    /// A moderator's decision on a completion: only a pending one can be approved or rejected.
    pub fn decide(self, approve: bool) -> Result<CompletionStatus, String> {
        match self {
            CompletionStatus::Pending if approve => Ok(CompletionStatus::Approved),
            CompletionStatus::Pending => Ok(CompletionStatus::Rejected),
            CompletionStatus::Approved => Err(t!("challenges-decided-approved")),
            CompletionStatus::Rejected => Err(t!("challenges-decided-rejected")),
        }
    }
}

/// The moderator's note with a decision: required to reject, bounded always.
pub fn decision_note(raw: &str, reject: bool) -> Result<String, FieldError> {
    let value = bounded_text(raw, "note", &t!("challenges-a-note"), NOTE_MAX)?;
    if reject && value.is_empty() {
        return Err(FieldError::new("note", t!("challenges-note-missing")));
    }
    Ok(value)
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
