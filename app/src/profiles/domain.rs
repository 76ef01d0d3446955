//! What a member may say about themselves and the handle they go by, checked the same way in the browser
//! and on the server.

use crate::{
    common::{
        field_error::FieldError,
        links::web_address,
        text::{bounded_text, too_long},
    },
    t,
};
use serde::{Deserialize, Serialize};

/// Characters in a bio (Markdown, before rendering).
pub const BIO_MAX: usize = 1000;
/// Characters in the company, job title and location.
pub const SHORT_MAX: usize = 80;
/// Characters in a link.
pub const LINK_MAX: usize = 200;
/// Characters in a handle.
pub const HANDLE_MIN: usize = 2;
pub const HANDLE_MAX: usize = 30;
/// How long an old handle keeps redirecting to the member's page (and stays theirs).
pub const REDIRECT_SECS: i64 = 365 * 86_400;

/// Handles nobody may take: they would read as the site speaking, or collide with addresses.
const RESERVED: &[&str] = &[
    "admin",
    "administrator",
    "admins",
    "moderator",
    "moderators",
    "mod",
    "mods",
    "staff",
    "team",
    "support",
    "help",
    "helpdesk",
    "security",
    "system",
    "root",
    "chorus",
    "official",
    "everyone",
    "all",
    "here",
    "me",
    "you",
    "anonymous",
    "null",
    "undefined",
    "api",
    "www",
    "mail",
    "email",
    "postmaster",
    "abuse",
    "noreply",
    "webmaster",
    "u",
    "deleted",
    "deletedmember",
];

/// What a member says about themselves on `/u/<handle>`, each field checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileDetails {
    /// Markdown; rendered and sanitised when saved.
    pub bio: String,
    pub company: String,
    pub job_title: String,
    pub location: String,
    /// `https://…` or `http://…`, or empty.
    pub website: String,
    /// A `https://www.linkedin.com/in/…` (or `/company/…`) address, or empty.
    pub linkedin: String,
}

impl ProfileDetails {
    /// Checks every field; the first problem is named with its field.
    pub fn parse(d: &ProfileDetails) -> Result<ProfileDetails, FieldError> {
        let bio = d.bio.trim().replace("\r\n", "\n");
        if bio.chars().count() > BIO_MAX {
            return Err(too_long("bio", &t!("profiles-what-bio"), BIO_MAX));
        }
        Ok(ProfileDetails {
            bio,
            company: short(&d.company, "company", &t!("profiles-what-company"))?,
            job_title: short(&d.job_title, "job_title", &t!("profiles-what-job-title"))?,
            location: short(&d.location, "location", &t!("profiles-what-location"))?,
            website: website(&d.website)?,
            linkedin: linkedin(&d.linkedin)?,
        })
    }

    /// "Head of Support at Acme", "Acme", "Head of Support" or nothing.
    pub fn role_line(&self) -> String {
        crate::common::text::role_line(&self.job_title, &self.company)
    }
}

fn short(raw: &str, field: &'static str, what: &str) -> Result<String, FieldError> {
    let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.chars().any(char::is_control) {
        return Err(FieldError::new(field, t!("profiles-control-characters", what = what)));
    }
    bounded_text(&value, field, what, SHORT_MAX)
}

/// A web address a member links to: `http(s)://host/…`. A bare `example.com/page` gets `https://`; any
/// other scheme (`javascript:`, `data:`, `ftp:`) is refused, as is an address without a proper host.
pub fn website(raw: &str) -> Result<String, FieldError> {
    web_address(raw, "website", &t!("profiles-what-website"), LINK_MAX)
}

/// A LinkedIn profile or company page: `https://www.linkedin.com/in/<name>` or `/company/<name>`.
pub fn linkedin(raw: &str) -> Result<String, FieldError> {
    let url = web_address(raw, "linkedin", &t!("profiles-what-linkedin"), LINK_MAX)?;
    if url.is_empty() {
        return Ok(url);
    }
    let rest = url.split_once("://").map_or("", |(_, r)| r);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host_ok = host == "linkedin.com" || host.ends_with(".linkedin.com");
    let path_ok = ["in/", "company/", "pub/"].iter().any(|p| path.strip_prefix(p).is_some_and(|n| !n.is_empty()));
    if !host_ok || !path_ok {
        return Err(FieldError::new("linkedin", t!("profiles-linkedin-shape")));
    }
    Ok(url)
}

/// A handle a member chose: lower-cased, an `@` in front ignored; 2–30 letters, digits or underscores,
/// starting with a letter or digit, and not one the site keeps for itself.
pub fn parse_handle(raw: &str) -> Result<String, FieldError> {
    let value = raw.trim().trim_start_matches('@').to_lowercase();
    let n = value.chars().count();
    if n == 0 {
        return Err(FieldError::new("handle", t!("profiles-handle-missing")));
    }
    if !(HANDLE_MIN..=HANDLE_MAX).contains(&n) {
        let message = t!("profiles-handle-length", min = HANDLE_MIN, max = HANDLE_MAX, count = n);
        return Err(FieldError::new("handle", message));
    }
    if !value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
        return Err(FieldError::new("handle", t!("profiles-handle-characters")));
    }
    if value.starts_with('_') {
        return Err(FieldError::new("handle", t!("profiles-handle-start")));
    }
    if RESERVED.contains(&value.as_str()) || value.starts_with("deleted") {
        return Err(FieldError::new("handle", t!("profiles-handle-reserved", handle = value)));
    }
    Ok(value)
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
