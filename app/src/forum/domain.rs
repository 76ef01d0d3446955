//! Forum rules: validating types for what people type, who may do what, and page arithmetic.
//! Pure Rust, compiled for the server and the browser alike, so both give the same message.

use crate::common::{
    paging::page_count,
    text::{bounded_text, one_line, slugify_or, too_long},
};
use crate::{
    accounts::domain::{CurrentUser, Role},
    common::field_error::FieldError,
    error::AppError,
    t,
};

pub use super::views::*;

/// Longest topic title.
pub const TITLE_MAX: usize = 150;
/// The title a moderator puts in place of one that cannot stay ("Hide title"). Stored as the topic's title, so
/// it is not translated.
pub const HIDDEN_TITLE: &str = "Title removed by a moderator";
/// Longest category name and slug.
pub const CATEGORY_NAME_MAX: usize = 60;
/// Longest category description.
pub const DESCRIPTION_MAX: usize = 300;
/// Longest reason a moderator gives for hiding a post.
pub const REASON_MAX: usize = 300;
/// Topics per page of a category.
pub const TOPICS_PER_PAGE: u32 = 30;
pub use crate::common::links::POSTS_PER_PAGE;

/// A topic's title: trimmed, 1 to [`TITLE_MAX`] characters, no line breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicTitle(String);

impl TopicTitle {
    pub fn parse(raw: &str) -> Result<TopicTitle, FieldError> {
        one_line(raw, "title", &t!("forum-title-missing"), &t!("forum-title-what"), TITLE_MAX).map(TopicTitle)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A category's address part: lower-case letters, digits and single dashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategorySlug(String);

impl CategorySlug {
    pub fn parse(raw: &str) -> Result<CategorySlug, FieldError> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err(FieldError::new("slug", t!("forum-slug-missing")));
        }
        if value.chars().count() > CATEGORY_NAME_MAX {
            return Err(too_long("slug", &t!("forum-slug-what"), CATEGORY_NAME_MAX));
        }
        let well_formed = value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !value.starts_with('-')
            && !value.ends_with('-')
            && !value.contains("--");
        if !well_formed {
            return Err(FieldError::new("slug", t!("forum-slug-invalid")));
        }
        Ok(CategorySlug(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A category's name: trimmed, 1 to [`CATEGORY_NAME_MAX`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryName(String);

impl CategoryName {
    pub fn parse(raw: &str) -> Result<CategoryName, FieldError> {
        one_line(raw, "name", &t!("forum-category-name-missing"), &t!("forum-category-name-what"), CATEGORY_NAME_MAX)
            .map(CategoryName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A moderator's reason for hiding a post: required, at most [`REASON_MAX`] characters.
pub fn hide_reason(raw: &str) -> Result<String, FieldError> {
    let value = bounded_text(raw, "reason", &t!("forum-reason-what"), REASON_MAX)?;
    if value.is_empty() {
        return Err(FieldError::new("reason", t!("forum-hide-reason-missing")));
    }
    Ok(value)
}

/// The reason a post held for approval carries while it waits (see `forum::repo::held`). Stored, and matched
/// by code: never translated.
pub const HELD_REASON: &str = "Awaiting a moderator's approval";

/// What the author and staff read above a hidden post: why it is not shown to others.
pub fn hidden_note(reason: &str) -> String {
    if reason == HELD_REASON {
        t!("forum-held-note")
    } else if let Some(why) = reason.strip_prefix(REJECTED_PREFIX) {
        t!("forum-rejected-note", reason = why)
    } else {
        t!("forum-hidden-note", reason = reason)
    }
}

/// What everyone else reads where a hidden post is.
pub fn hidden_placeholder(reason: &str) -> String {
    if reason == HELD_REASON {
        t!("forum-held-placeholder")
    } else {
        t!("forum-hidden-placeholder")
    }
}

/// Whether a hidden post was held for approval (waiting or rejected), which the approval queue decides, not
/// "Show again".
pub fn was_held(reason: &str) -> bool {
    reason == HELD_REASON || reason.starts_with(REJECTED_PREFIX)
}

/// How a rejected post's reason begins (stored, and matched by code: never translated).
pub const REJECTED_PREFIX: &str = "Not approved: ";

/// A moderator's reason for not approving a held post: required, at most [`REASON_MAX`] characters; the
/// author reads it under the post.
pub fn reject_reason(raw: &str) -> Result<String, FieldError> {
    let value = bounded_text(raw, "reason", &t!("forum-reason-what"), REASON_MAX)?;
    if value.is_empty() {
        return Err(FieldError::new("reason", t!("forum-reject-reason-missing")));
    }
    Ok(value)
}

/// The address part of a topic's URL, made from its title: ASCII words joined by dashes, at most 60
/// characters. Titles with no ASCII letters or digits get "topic"; the id in the URL is what counts.
pub fn slugify(title: &str) -> String {
    slugify_or(title, "topic")
}

/// The page on which the post numbered `number` appears.
pub fn page_of_post(number: i64) -> u32 {
    page_count(number, POSTS_PER_PAGE)
}

/// Whether `user` may moderate (pin, lock, move, hide).
pub fn can_moderate(user: &CurrentUser) -> bool {
    user.role.allows(Role::Moderator)
}

/// What a query binds for the viewer's private spaces ([`crate::common::spaces::viewer_key`]): staff see
/// every space, a member those of their groups, a guest none.
pub fn space_key(user: Option<&CurrentUser>) -> i64 {
    crate::common::spaces::viewer_key(user.map(|u| u.id), user.is_some_and(can_moderate))
}

/// Where a post stands, as a moderator's action on it needs to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostStanding {
    pub author_id: i64,
    /// The author's account was removed as spam.
    pub author_removed: bool,
    pub hidden: bool,
    /// The role (today) of whoever hid it, when it is hidden.
    pub hidden_by: Option<Role>,
}

/// Nobody moderates their own content: a moderator's own post is hidden, shown or cleared of flags by
/// another moderator.
pub fn not_own(actor: &CurrentUser, author_id: i64) -> Result<(), AppError> {
    if actor.id == author_id {
        return Err(AppError::Conflict { field: None, message: t!("forum-not-own-post") });
    }
    Ok(())
}

/// Whether `actor` may show a hidden post again: not their own, not hidden by someone of a higher role
/// (an undo needs a role at least that of whoever acted), and not a post of an account removed as spam
/// (those come back only when an admin reinstates the account).
pub fn may_unhide(actor: &CurrentUser, post: &PostStanding) -> Result<(), AppError> {
    not_own(actor, post.author_id)?;
    if !post.hidden {
        return Err(AppError::Conflict { field: None, message: t!("forum-post-not-hidden") });
    }
    if post.author_removed {
        return Err(AppError::Conflict { field: None, message: t!("forum-unhide-author-removed") });
    }
    if post.hidden_by.is_some_and(|hider| !actor.role.allows(hider)) {
        return Err(AppError::Conflict { field: None, message: t!("forum-unhide-admin-only") });
    }
    Ok(())
}

/// Whether `user` may edit or delete the post written by `author_id` in its current `state`.
/// Only authors edit their own posts, and only while the post is visible.
pub fn can_edit(user: &CurrentUser, author_id: i64, state: &PostState) -> bool {
    user.id == author_id && *state == PostState::Visible
}

/// Why a reply cannot be posted in a topic, if it cannot.
pub fn reply_refusal(locked: bool) -> Option<String> {
    locked.then(|| t!("forum-topic-locked"))
}

/// Most members one post can mention (and notify).
pub const MENTIONS_MAX: usize = 10;

/// The `@handles` mentioned in a post's Markdown, lower-cased, each once, outside code. An `@` right after
/// a letter or digit (an email address) is not a mention.
pub fn mentions(markdown: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut in_fence = false;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence || line.starts_with("    ") {
            continue;
        }
        let mut in_code = false;
        let mut prev = ' ';
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '`' {
                in_code = !in_code;
            } else if c == '@' && !in_code && !prev.is_alphanumeric() {
                let mut handle = String::new();
                while let Some(&n) = chars.peek() {
                    if !(n.is_ascii_alphanumeric() || n == '_') || handle.len() >= 30 {
                        break;
                    }
                    handle.push(n.to_ascii_lowercase());
                    chars.next();
                }
                if handle.len() >= 2 && !found.contains(&handle) && found.len() < MENTIONS_MAX {
                    found.push(handle);
                }
                prev = 'x';
                continue;
            }
            prev = c;
        }
    }
    found
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
