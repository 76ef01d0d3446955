//! What the mail page shows: the outbox's rows and one message in full.

use serde::{Deserialize, Serialize};

/// Where an email is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailStatus {
    /// Waiting for a sender (or for its next try after a failure).
    Queued,
    /// Claimed by a sender on some node.
    Sending,
    Sent,
    /// Given up after the last try, or refused by the server for good.
    Failed,
    /// Stored, not sent: no SMTP server is configured.
    Kept,
}

impl MailStatus {
    pub const ALL: [MailStatus; 5] =
        [MailStatus::Queued, MailStatus::Sending, MailStatus::Sent, MailStatus::Failed, MailStatus::Kept];

    pub fn as_str(self) -> &'static str {
        match self {
            MailStatus::Queued => "queued",
            MailStatus::Sending => "sending",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
            MailStatus::Kept => "kept",
        }
    }

    pub fn parse(s: &str) -> Option<MailStatus> {
        MailStatus::ALL.into_iter().find(|m| m.as_str() == s)
    }

    pub fn label(self) -> String {
        match self {
            MailStatus::Queued => crate::t!("mailroom-status-queued"),
            MailStatus::Sending => crate::t!("mailroom-status-sending"),
            MailStatus::Sent => crate::t!("mailroom-status-sent"),
            MailStatus::Failed => crate::t!("mailroom-status-failed"),
            MailStatus::Kept => crate::t!("mailroom-status-kept"),
        }
    }
}

/// One email in the outbox list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailRow {
    pub id: i64,
    pub kind: String,
    pub to: String,
    pub subject: String,
    pub status: MailStatus,
    pub tries: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// One page of the outbox, with the number of emails in each status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    pub rows: Vec<MailRow>,
    pub page: u32,
    pub pages: u32,
    pub counts: Vec<(MailStatus, i64)>,
    /// Whether an SMTP server is configured (otherwise every email is kept here).
    pub delivers: bool,
}

/// One email in full, as it was (or will be) sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailMessage {
    pub row: MailRow,
    pub text: String,
    pub html: String,
    pub unsubscribe: Option<String>,
}
