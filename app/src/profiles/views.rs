//! What a member's public page shows.

use serde::{Deserialize, Serialize};

/// A recent post on a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentPost {
    pub topic_title: String,
    pub href: String,
    pub created_at: i64,
}

/// `/u/<handle>`: a member's public page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub user_id: i64,
    pub name: String,
    pub handle: String,
    /// The member's picture (a media hash), or `None` for their initials.
    pub avatar: Option<String>,
    pub member_since: i64,
    /// What the member says about themselves (the bio as sanitised HTML in `bio_html`).
    pub details: crate::profiles::domain::ProfileDetails,
    pub bio_html: String,
    pub level: String,
    pub lifetime: i64,
    pub badges: Vec<crate::recognition::badges::HeldBadge>,
    pub recent_posts: Vec<RecentPost>,
    /// Featured stories the member published with their name (anonymous ones never appear here).
    pub featured_stories: Vec<crate::stories::views::StoryCard>,
    /// Set when this member is the current advocate of the month.
    pub spotlight: Option<crate::recognition::views::Spotlight>,
    /// Whether the viewer may award and revoke badges here (moderators).
    pub can_award: bool,
    /// The manual badges a moderator can award, for the form.
    pub manual_badges: Vec<(i64, String)>,
}

/// `/me/profile`: the member's own details, for the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyDetails {
    pub handle: String,
    pub details: crate::profiles::domain::ProfileDetails,
}
