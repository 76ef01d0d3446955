//! Challenge rules: the admin's form, how a challenge is completed, when it is open to a member, and the
//! review of completions. Pure Rust, shared by server and browser.

use crate::{
    common::{
        dates::date,
        field_error::FieldError,
        text::{bounded_text, one_line},
    },
    rewards::domain::whole,
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

    pub fn label(self) -> &'static str {
        match self {
            Mode::Review => "A moderator reviews what the member did",
            Mode::Link => "Completed by visiting a link",
            Mode::Answer => "Completed by answering a question",
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
        let title = one_line(&f.title, "title", "Give the challenge a title.", "A title", TITLE_MAX)?;
        let description = bounded_text(&f.description, "description", "A description", DESCRIPTION_MAX)?;
        let points =
            whole(&f.points, "points", "The points")?.filter(|p| (1..=POINTS_MAX).contains(p)).ok_or_else(|| {
                FieldError::new("points", format!("The points must be a whole number from 1 to {POINTS_MAX}."))
            })?;
        let starts_at = date(&f.starts_at, "starts_at")?;
        let ends_at = date(&f.ends_at, "ends_at")?.map(|d| d + 86_399);
        if let (Some(s), Some(e)) = (starts_at, ends_at) {
            if s >= e {
                return Err(FieldError::new("ends_at", "The last day must be on or after the first day."));
            }
        }
        let max_completions = whole(&f.max_completions, "max_completions", "The number of completions")?;
        if max_completions == Some(0) {
            return Err(FieldError::new("max_completions", "Leave it empty for no limit, or make it 1 or more."));
        }
        let mode =
            Mode::parse(&f.mode).ok_or_else(|| FieldError::new("mode", "Choose how the challenge is completed."))?;
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
            (Mode::Link, _) => {
                return Err(FieldError::new("link_url", "A link challenge needs an https:// address to visit."))
            }
            _ => None,
        };
        let answer = match mode {
            Mode::Answer => {
                let a =
                    one_line(&f.answer, "answer", "An answer challenge needs its answer.", "The answer", ANSWER_MAX)?;
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
    let value = bounded_text(raw, "evidence", "What you did", EVIDENCE_MAX)?;
    if value.is_empty() {
        return Err(FieldError::new(
            "evidence",
            "Say what you did, with a link if there is one; a moderator reads it.",
        ));
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
        f.write_str(match self {
            Closed::Inactive => "This challenge is not running.",
            Closed::NotYet => "This challenge has not started yet.",
            Closed::Ended => "This challenge has ended.",
            Closed::Full => "Every place in this challenge is taken.",
            Closed::AlreadyDone => "You completed this challenge already.",
            Closed::Waiting => "Your completion is waiting for a moderator.",
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

    pub fn label(self) -> &'static str {
        match self {
            CompletionStatus::Pending => "Waiting for review",
            CompletionStatus::Approved => "Completed",
            CompletionStatus::Rejected => "Not accepted",
        }
    }

    /// A moderator's decision on a completion: only a pending one can be approved or rejected.
    pub fn decide(self, approve: bool) -> Result<CompletionStatus, String> {
        match self {
            CompletionStatus::Pending if approve => Ok(CompletionStatus::Approved),
            CompletionStatus::Pending => Ok(CompletionStatus::Rejected),
            done => Err(format!("This completion was already decided: {}.", done.label().to_lowercase())),
        }
    }
}

/// The moderator's note with a decision: required to reject, bounded always.
pub fn decision_note(raw: &str, reject: bool) -> Result<String, FieldError> {
    let value = bounded_text(raw, "note", "A note", NOTE_MAX)?;
    if reject && value.is_empty() {
        return Err(FieldError::new("note", "Say why the completion is not accepted; the member will read it."));
    }
    Ok(value)
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
