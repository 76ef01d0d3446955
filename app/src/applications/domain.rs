//! What an application is and what the admins' queue shows of it.

use crate::{common::field_error::FieldError, site::join_policy::Answer, t};
use serde::{Deserialize, Serialize};

/// Applications per page of the queue.
pub const APPLICATIONS_PER_PAGE: u32 = 50;
/// The longest note a declined applicant is sent.
pub const NOTE_MAX: usize = 500;
/// How long the link that confirms an applicant's address works.
pub const CONFIRM_SECS: i64 = 48 * 3600;

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// The applicant has not opened the link sent to their address yet.
    Unconfirmed,
    /// Waiting for an admin.
    Pending,
    Approved,
    Declined,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unconfirmed => "unconfirmed",
            Status::Pending => "pending",
            Status::Approved => "approved",
            Status::Declined => "declined",
        }
    }

    pub fn parse(raw: &str) -> Option<Status> {
        [Status::Unconfirmed, Status::Pending, Status::Approved, Status::Declined]
            .into_iter()
            .find(|s| s.as_str() == raw)
    }

    pub fn label(self) -> String {
        match self {
            Status::Unconfirmed => t!("applications-status-unconfirmed"),
            Status::Pending => t!("applications-status-pending"),
            Status::Approved => t!("applications-approved"),
            Status::Declined => t!("applications-declined"),
        }
    }
}

/// One application as the admins see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub answers: Vec<Answer>,
    pub status: Status,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
    pub decided_at: Option<i64>,
    /// The admin who decided, by name.
    pub decided_by: Option<String>,
    pub decision_note: String,
    /// The member's handle, once approved.
    pub handle: Option<String>,
}

/// A page of one status's applications, and how many wait in each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationQueue {
    pub status: Status,
    pub applications: Vec<ApplicationView>,
    pub page: u32,
    pub total: i64,
    pub pending: i64,
    pub unconfirmed: i64,
}

/// The note sent with a decline: optional, one paragraph, bounded.
pub fn parse_note(raw: &str) -> Result<String, FieldError> {
    let note = raw.trim().replace("\r\n", "\n");
    if note.chars().count() > NOTE_MAX {
        return Err(FieldError::new("note", t!("applications-note-too-long", max = NOTE_MAX)));
    }
    if note.chars().any(|c| c.is_control() && c != '\n') {
        return Err(FieldError::new("note", t!("applications-note-control")));
    }
    Ok(note)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_back_what_they_write() {
        for s in [Status::Unconfirmed, Status::Pending, Status::Approved, Status::Declined] {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("waiting"), None);
    }

    #[test]
    fn a_decline_note_is_optional_and_bounded() {
        assert_eq!(parse_note("  \r\n").unwrap(), "");
        assert_eq!(parse_note(" Thanks.\r\nTry again in spring. ").unwrap(), "Thanks.\nTry again in spring.");
        assert_eq!(parse_note(&"x".repeat(501)).unwrap_err().field, "note");
    }
}
