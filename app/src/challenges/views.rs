//! What challenge pages are given.

use super::domain::{CompletionStatus, Mode};
use serde::{Deserialize, Serialize};

/// A challenge as members see it, with where they stand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeCard {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub points: i64,
    pub mode: Mode,
    pub ends_at: Option<i64>,
    /// Places left, when the challenge has a limit.
    pub places_left: Option<i64>,
    /// The member's latest completion and its note.
    pub mine: Option<CompletionStatus>,
    pub note: String,
    /// Why the member cannot complete it now; `None` when they can.
    pub closed: Option<String>,
}

/// The challenges page: open challenges for members (with their standing), or every one for guests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeList {
    pub challenges: Vec<ChallengeCard>,
    pub signed_in: bool,
}

/// A challenge as admins edit it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeAdmin {
    pub id: i64,
    pub form: super::domain::ChallengeForm,
    pub taken: i64,
    pub approved: i64,
}

/// A completion in the moderators' queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompletionView {
    pub id: i64,
    pub challenge_title: String,
    pub points: i64,
    pub member_name: String,
    pub member_handle: String,
    pub evidence: String,
    pub status: CompletionStatus,
    pub note: String,
    pub created_at: i64,
}

/// A page of completions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompletionPage {
    pub items: Vec<CompletionView>,
    pub status: String,
    pub page: u32,
    pub last_page: u32,
}

/// What completing a challenge did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Completed {
    pub status: CompletionStatus,
    pub points: i64,
}
