//! The terms of service and the privacy notice: their kinds, versions and a member's standing with the terms,
//! shared by the server and the browser.

use crate::{common::field_error::FieldError, t};
use serde::{Deserialize, Serialize};

/// Characters in a published terms or privacy text (Markdown).
pub const LEGAL_MAX: usize = 60_000;
/// Characters in the note on what changed in a new version.
pub const CHANGES_MAX: usize = 300;

/// The documents the programme publishes: the terms (accepted by every member), the privacy notice and the
/// community guidelines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegalKind {
    Terms,
    Privacy,
    Guidelines,
}

impl LegalKind {
    pub const ALL: [LegalKind; 3] = [LegalKind::Terms, LegalKind::Privacy, LegalKind::Guidelines];

    pub fn as_str(self) -> &'static str {
        match self {
            LegalKind::Terms => "terms",
            LegalKind::Privacy => "privacy",
            LegalKind::Guidelines => "guidelines",
        }
    }

    pub fn title(self) -> String {
        match self {
            LegalKind::Terms => t!("site-legal-terms"),
            LegalKind::Privacy => t!("site-legal-privacy"),
            LegalKind::Guidelines => t!("site-legal-guidelines"),
        }
    }

    pub fn path(self) -> &'static str {
        match self {
            LegalKind::Terms => "/terms",
            LegalKind::Privacy => "/privacy",
            LegalKind::Guidelines => "/guidelines",
        }
    }

    pub fn parse(raw: &str) -> Result<LegalKind, FieldError> {
        LegalKind::ALL
            .into_iter()
            .find(|k| k.as_str() == raw.trim())
            .ok_or_else(|| FieldError::new("kind", t!("site-legal-kind-unknown")))
    }
}

/// One published version of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalVersion {
    pub version: i64,
    pub changes: String,
    pub published_at: i64,
    pub published_by: Option<String>,
    /// For the terms: how many members accepted this version.
    pub accepted: i64,
}

/// A document as a page shows it: one version's text and every version's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalDoc {
    pub kind: LegalKind,
    pub version: i64,
    pub body: String,
    pub body_html: String,
    pub published_at: i64,
    pub newest: i64,
    /// Newest first.
    pub versions: Vec<LegalVersion>,
}

/// A signed-in member's standing with the terms: the newest version and the one they accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermsStanding {
    pub newest: i64,
    pub accepted: Option<i64>,
}

impl TermsStanding {
    /// Whether the member is asked to accept the newest version.
    pub fn asks(&self) -> bool {
        self.newest > 0 && self.accepted.is_none_or(|v| v < self.newest)
    }
}

/// A new version's text and note, checked.
pub fn parse_publication(body: &str, changes: &str) -> Result<(String, String), FieldError> {
    let body = body.trim().replace("\r\n", "\n");
    if body.is_empty() {
        return Err(FieldError::new("body", t!("site-legal-body-missing")));
    }
    let n = body.chars().count();
    if n > LEGAL_MAX {
        return Err(FieldError::new(
            "body",
            t!("site-legal-body-too-long", max = LEGAL_MAX.to_string(), count = n.to_string()),
        ));
    }
    let changes = changes.split_whitespace().collect::<Vec<_>>().join(" ");
    if changes.chars().count() > CHANGES_MAX {
        return Err(FieldError::new("changes", t!("site-legal-changes-too-long", max = CHANGES_MAX)));
    }
    Ok((body, changes))
}
