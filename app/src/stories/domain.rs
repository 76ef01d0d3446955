//! Story rules: the validated submission, the consent an author gives, and the review lifecycle as a state
//! machine whose every move can fail with a sentence. Pure Rust, shared by server and browser.

use crate::{
    common::{
        field_error::FieldError,
        text::{bounded_text, one_line, slugify_or},
    },
    t,
};
use serde::{Deserialize, Serialize};
use std::fmt;

pub use super::views::*;

/// Longest story title.
pub const TITLE_MAX: usize = 120;
/// Longest story, in characters of Markdown.
pub const BODY_MAX: usize = 20_000;
/// Longest product or area name.
pub const PRODUCT_MAX: usize = 60;
/// Longest highlighted quote.
pub const QUOTE_MAX: usize = 200;
/// Longest company name or job title.
pub const COMPANY_MAX: usize = 80;
/// Longest message a moderator sends with a decision.
pub const MESSAGE_MAX: usize = 1000;
/// Stories per page of the wall and the review queue.
pub const STORIES_PER_PAGE: u32 = 12;
/// Most testimonials an embed or the JSON API returns.
pub const EMBED_LIMIT_MAX: u32 = 20;

/// What the author allows the company to do with the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Consent {
    /// Publish with the author's name, company and role.
    Named,
    /// Publish without anything that identifies the author.
    Anonymous,
    /// Do not publish: internal use only.
    Internal,
}

impl Consent {
    pub const ALL: [Consent; 3] = [Consent::Named, Consent::Anonymous, Consent::Internal];

    pub fn as_str(self) -> &'static str {
        match self {
            Consent::Named => "named",
            Consent::Anonymous => "anonymous",
            Consent::Internal => "internal",
        }
    }

    pub fn parse(raw: &str) -> Result<Consent, FieldError> {
        Consent::ALL
            .into_iter()
            .find(|c| c.as_str() == raw.trim())
            .ok_or_else(|| FieldError::new("consent", t!("stories-consent-missing")))
    }

    /// The choice as the form and the author's list word it.
    pub fn label(self) -> String {
        match self {
            Consent::Named => t!("stories-consent-named"),
            Consent::Anonymous => t!("stories-consent-anonymous"),
            Consent::Internal => t!("stories-consent-internal"),
        }
    }

    /// Whether the story may appear anywhere public.
    pub fn is_public(self) -> bool {
        self != Consent::Internal
    }
}

/// Where a story is in its review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    /// Being written or being changed on a moderator's request; only the author sees it.
    Draft,
    /// Waiting in the review queue.
    Submitted,
    Approved,
    Rejected,
    /// Taken out of circulation by a moderator.
    Archived,
    /// Deleted by its author: a tombstone without content.
    Deleted,
}

impl Status {
    pub const ALL: [Status; 6] =
        [Status::Draft, Status::Submitted, Status::Approved, Status::Rejected, Status::Archived, Status::Deleted];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
            Status::Archived => "archived",
            Status::Deleted => "deleted",
        }
    }

    pub fn parse(raw: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    pub fn label(self) -> String {
        match self {
            Status::Draft => t!("stories-status-draft"),
            Status::Submitted => t!("stories-status-submitted"),
            Status::Approved => t!("stories-status-approved"),
            Status::Rejected => t!("stories-status-rejected"),
            Status::Archived => t!("stories-status-archived"),
            Status::Deleted => t!("stories-status-deleted"),
        }
    }
}

/// Who may ask for a move: the author, or a moderator reviewing the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actor {
    Author,
    Moderator,
}

/// A move in a story's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    Submit,
    Approve,
    RequestChanges,
    Reject,
    Feature,
    Unfeature,
    Archive,
    WithdrawConsent,
    Delete,
}

impl Action {
    pub const ALL: [Action; 9] = [
        Action::Submit,
        Action::Approve,
        Action::RequestChanges,
        Action::Reject,
        Action::Feature,
        Action::Unfeature,
        Action::Archive,
        Action::WithdrawConsent,
        Action::Delete,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Submit => "submit",
            Action::Approve => "approve",
            Action::RequestChanges => "request_changes",
            Action::Reject => "reject",
            Action::Feature => "feature",
            Action::Unfeature => "unfeature",
            Action::Archive => "archive",
            Action::WithdrawConsent => "withdraw_consent",
            Action::Delete => "delete",
        }
    }

    pub fn parse(raw: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == raw)
    }

    /// Who may take this move.
    pub fn actor(self) -> Actor {
        match self {
            Action::Submit | Action::WithdrawConsent | Action::Delete => Actor::Author,
            _ => Actor::Moderator,
        }
    }

    /// Whether the moderator must say something to the author.
    pub fn needs_message(self) -> bool {
        matches!(self, Action::RequestChanges | Action::Reject)
    }

    /// What happened, as the author's history and notifications put it.
    pub fn past_tense(self) -> String {
        match self {
            Action::Submit => t!("stories-done-submit"),
            Action::Approve => t!("stories-done-approve"),
            Action::RequestChanges => t!("stories-done-request-changes"),
            Action::Reject => t!("stories-done-reject"),
            Action::Feature => t!("stories-done-feature"),
            Action::Unfeature => t!("stories-done-unfeature"),
            Action::Archive => t!("stories-done-archive"),
            Action::WithdrawConsent => t!("stories-done-withdraw-consent"),
            Action::Delete => t!("stories-done-delete"),
        }
    }
}

/// Why a move was refused, as a sentence for the person who asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal(pub String);

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Refusal> for crate::error::AppError {
    fn from(r: Refusal) -> Self {
        crate::error::AppError::Conflict { field: None, message: r.0 }
    }
}

/// Where a story stands: its status, whether it is featured, and the consent its author gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Lifecycle {
    pub status: Status,
    pub featured: bool,
    pub consent: Consent,
}

impl Lifecycle {
    /// A new draft.
    pub fn draft(consent: Consent) -> Lifecycle {
        Lifecycle { status: Status::Draft, featured: false, consent }
    }

    /// Whether anyone may read it: approved, and its author agreed to publication.
    pub fn is_public(&self) -> bool {
        self.status == Status::Approved && self.consent.is_public()
    }

    /// Whether its author may still change the text (drafts only: what a moderator approved stays approved).
    pub fn editable(&self) -> bool {
        self.status == Status::Draft
    }

    /// The moves open from here, in the order pages offer them.
    pub fn moves(&self, actor: Actor) -> Vec<Action> {
        Action::ALL.into_iter().filter(|a| a.actor() == actor && self.apply(*a).is_ok()).collect()
    }

    /// Takes `action`, or says why it cannot be taken from here.
    pub fn apply(self, action: Action) -> Result<Lifecycle, Refusal> {
        let refuse = |why: String| Err(Refusal(why));
        let s = self.status;
        // The catalogue words the status (and the move) inside each sentence, as each language needs.
        let status = s.as_str();
        if s == Status::Deleted {
            return refuse(t!("stories-refused-deleted"));
        }
        match action {
            Action::Submit if s == Status::Draft => Ok(Lifecycle { status: Status::Submitted, ..self }),
            Action::Submit => refuse(t!("stories-refused-submit", status = status)),
            Action::Approve | Action::RequestChanges | Action::Reject if s != Status::Submitted => {
                refuse(t!("stories-refused-review", action = action.as_str(), status = status))
            }
            Action::Approve => Ok(Lifecycle { status: Status::Approved, ..self }),
            Action::RequestChanges => Ok(Lifecycle { status: Status::Draft, ..self }),
            Action::Reject => Ok(Lifecycle { status: Status::Rejected, ..self }),
            Action::Feature if s != Status::Approved => refuse(t!("stories-refused-feature", status = status)),
            Action::Feature if !self.consent.is_public() => refuse(t!("stories-refused-feature-private")),
            Action::Feature if self.featured => refuse(t!("stories-refused-already-featured")),
            Action::Feature => Ok(Lifecycle { featured: true, ..self }),
            Action::Unfeature if !self.featured => refuse(t!("stories-refused-not-featured")),
            Action::Unfeature => Ok(Lifecycle { featured: false, ..self }),
            Action::Archive if matches!(s, Status::Approved | Status::Rejected) => {
                Ok(Lifecycle { status: Status::Archived, featured: false, ..self })
            }
            Action::Archive => refuse(t!("stories-refused-archive", status = status)),
            Action::WithdrawConsent if !self.consent.is_public() => refuse(t!("stories-refused-no-consent")),
            Action::WithdrawConsent => Ok(Lifecycle { consent: Consent::Internal, featured: false, ..self }),
            Action::Delete => Ok(Lifecycle { status: Status::Deleted, featured: false, ..self }),
        }
    }
}

/// A 1–5 star rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating(u8);

impl Rating {
    pub fn parse(raw: &str) -> Result<Rating, FieldError> {
        match raw.trim().parse::<u8>() {
            Ok(n @ 1..=5) => Ok(Rating(n)),
            _ => Err(FieldError::new("rating", t!("stories-rating-missing"))),
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// The story form as it arrives from the browser. Every field may be missing (an unchecked radio group sends
/// nothing), so that the checks below, not the decoder, say what is wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StoryForm {
    pub title: String,
    pub body: String,
    pub product: String,
    pub rating: String,
    pub quote: String,
    pub company: String,
    pub job_title: String,
    pub consent: String,
}

/// A story's content, every field checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryDraft {
    pub title: String,
    pub slug: String,
    pub body: String,
    pub product: String,
    pub product_slug: String,
    pub rating: Rating,
    pub quote: String,
    pub company: String,
    pub job_title: String,
    pub consent: Consent,
}

impl StoryDraft {
    /// Checks every field; the first problem found is returned, named by its field.
    pub fn parse(form: &StoryForm) -> Result<StoryDraft, FieldError> {
        let title = one_line(&form.title, "title", &t!("stories-title-missing"), &t!("stories-what-title"), TITLE_MAX)?;
        let body = story_body(&form.body)?;
        let product = one_line(
            &form.product,
            "product",
            &t!("stories-product-missing"),
            &t!("stories-what-product"),
            PRODUCT_MAX,
        )?;
        let rating = Rating::parse(&form.rating)?;
        let quote = optional_line(&form.quote, "quote", &t!("stories-what-quote"), QUOTE_MAX)?;
        let company = optional_line(&form.company, "company", &t!("stories-what-company"), COMPANY_MAX)?;
        let job_title = optional_line(&form.job_title, "job_title", &t!("stories-what-role"), COMPANY_MAX)?;
        let consent = Consent::parse(&form.consent)?;
        Ok(StoryDraft {
            slug: slugify_or(&title, "story"),
            product_slug: slugify_or(&product, "general"),
            title,
            body,
            product,
            rating,
            quote,
            company,
            job_title,
            consent,
        })
    }
}

/// The story itself: required, at most [`BODY_MAX`] characters of Markdown.
pub fn story_body(raw: &str) -> Result<String, FieldError> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(FieldError::new("body", t!("stories-body-missing")));
    }
    if value.chars().count() > BODY_MAX {
        // Text, not a number, so that English keeps "20000" ungrouped (the tests pin it).
        return Err(FieldError::new("body", t!("stories-body-too-long", max = BODY_MAX.to_string())));
    }
    Ok(value.to_string())
}

fn optional_line(raw: &str, field: &'static str, what: &str, max: usize) -> Result<String, FieldError> {
    if raw.trim().is_empty() {
        return Ok(String::new());
    }
    one_line(raw, field, "", what, max)
}

/// The moderator's message with a decision: required to request changes or reject, bounded always.
pub fn decision_message(action: Action, raw: &str) -> Result<String, FieldError> {
    let value = bounded_text(raw, "message", &t!("stories-what-message"), MESSAGE_MAX)?;
    if value.is_empty() && action.needs_message() {
        let why = if action == Action::Reject { t!("stories-message-reject") } else { t!("stories-message-changes") };
        return Err(FieldError::new("message", why));
    }
    Ok(value)
}

/// Which public stories a wall, embed or JSON request asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WallFilter {
    /// A product's slug; empty for every product.
    pub product: String,
    /// The lowest rating shown, 1–5 (0 or 1: every rating).
    pub min_rating: u8,
}

impl WallFilter {
    /// Reads the filter from query values, ignoring what does not make sense (a wall never fails on them).
    pub fn from_query(product: Option<&str>, rating: Option<&str>) -> WallFilter {
        let product = product.map(|p| slugify_or(p, "")).unwrap_or_default();
        let min_rating = rating.and_then(|r| r.trim().parse::<u8>().ok()).filter(|r| (1..=5).contains(r)).unwrap_or(0);
        WallFilter { product, min_rating }
    }
}

/// How many testimonials an embed asks for: 1 to [`EMBED_LIMIT_MAX`], 6 when not said.
pub fn embed_limit(raw: Option<&str>) -> Result<u32, String> {
    match raw.map(str::trim).filter(|r| !r.is_empty()) {
        None => Ok(6),
        Some(r) => match r.parse::<u32>() {
            Ok(n @ 1..=EMBED_LIMIT_MAX) => Ok(n),
            _ => Err(format!("limit must be a whole number from 1 to {EMBED_LIMIT_MAX}, not {r:?}")),
        },
    }
}

/// The embed's colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn parse(raw: Option<&str>) -> Result<Theme, String> {
        match raw.map(str::trim).unwrap_or("light") {
            "" | "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            other => Err(format!("theme must be light or dark, not {other:?}")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
