//! Flags: why a member reports a post, and the rules around reporting.

use crate::{common::field_error::FieldError, t};
use serde::{Deserialize, Serialize};

/// Longest note on a flag.
pub const NOTE_MAX: usize = 500;

/// Why a post was flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FlagReason {
    Spam,
    Abuse,
    OffTopic,
    Other,
}

impl FlagReason {
    pub const ALL: [FlagReason; 4] = [FlagReason::Spam, FlagReason::Abuse, FlagReason::OffTopic, FlagReason::Other];

    pub fn parse(raw: &str) -> Result<FlagReason, FieldError> {
        match raw.trim() {
            "spam" => Ok(FlagReason::Spam),
            "abuse" => Ok(FlagReason::Abuse),
            "off_topic" => Ok(FlagReason::OffTopic),
            "other" => Ok(FlagReason::Other),
            other => Err(FieldError::new("reason", t!("forum-flag-reason-unknown", value = format!("{other:?}")))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FlagReason::Spam => "spam",
            FlagReason::Abuse => "abuse",
            FlagReason::OffTopic => "off_topic",
            FlagReason::Other => "other",
        }
    }

    /// The reason in the page's language.
    pub fn words(self) -> String {
        match self {
            FlagReason::Spam => t!("forum-flag-spam"),
            FlagReason::Abuse => t!("forum-flag-abuse"),
            FlagReason::OffTopic => t!("forum-flag-off-topic"),
            FlagReason::Other => t!("forum-flag-other"),
        }
    }
}

/// A flag as filed: a reason and a note (required for "other", so moderators know what to look for).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFlag {
    pub reason: FlagReason,
    pub note: String,
}

impl NewFlag {
    pub fn parse(reason: &str, note: &str) -> Result<NewFlag, FieldError> {
        let reason = FlagReason::parse(reason)?;
        let note = note.trim().to_string();
        if note.chars().count() > NOTE_MAX {
            return Err(FieldError::new("note", t!("forum-flag-note-too-long", max = NOTE_MAX.to_string())));
        }
        if reason == FlagReason::Other && note.is_empty() {
            return Err(FieldError::new("note", t!("forum-flag-note-missing")));
        }
        Ok(NewFlag { reason, note })
    }
}

/// How a moderator settles the flags on a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Hide,
    Dismiss,
}

impl Resolution {
    pub fn parse(raw: &str) -> Result<Resolution, FieldError> {
        match raw {
            "hide" => Ok(Resolution::Hide),
            "dismiss" => Ok(Resolution::Dismiss),
            other => Err(FieldError::new("action", t!("forum-resolution-unknown", value = format!("{other:?}")))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Hide => "hidden",
            Resolution::Dismiss => "dismissed",
        }
    }
}

/// One flag in the moderation queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagNote {
    pub reason: FlagReason,
    pub note: String,
    pub flagger_name: String,
    pub created_at: i64,
}

/// A flagged post with its open flags.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlaggedPost {
    pub post_id: i64,
    pub topic_id: i64,
    pub topic_slug: String,
    pub topic_title: String,
    pub number: i64,
    pub author_name: String,
    pub excerpt: String,
    pub flags: Vec<FlagNote>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_reads_back_as_itself() {
        for r in FlagReason::ALL {
            assert_eq!(FlagReason::parse(r.as_str()), Ok(r));
        }
        assert!(FlagReason::parse("boring").unwrap_err().message.contains("\"boring\" is not a reason"));
    }

    #[test]
    fn other_needs_a_note_and_notes_are_bounded() {
        assert_eq!(NewFlag::parse("other", "  ").unwrap_err().field, "note");
        assert!(NewFlag::parse("other", "links to malware").is_ok());
        assert!(NewFlag::parse("spam", "").is_ok());
        assert!(NewFlag::parse("spam", &"x".repeat(501)).is_err());
    }

    #[test]
    fn resolutions_are_hide_or_dismiss() {
        assert_eq!(Resolution::parse("hide"), Ok(Resolution::Hide));
        assert_eq!(Resolution::parse("dismiss"), Ok(Resolution::Dismiss));
        assert!(Resolution::parse("delete").is_err());
    }
}
