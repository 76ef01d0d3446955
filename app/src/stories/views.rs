//! What story pages, the embed and the JSON API are given.

use super::domain::{Action, Consent, Status};
use crate::t;
use serde::{Deserialize, Serialize};

/// Who wrote a public story. `None` on an anonymous story: nothing that names the author leaves the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Byline {
    pub name: String,
    pub handle: String,
    pub company: String,
    pub job_title: String,
    /// The author's picture (a media hash), or `None` for their initials.
    pub avatar: Option<String>,
}

impl Byline {
    /// "Head of Support, Acme", or whichever of the two is given.
    pub fn affiliation(&self) -> String {
        [self.job_title.as_str(), self.company.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A public story as the wall, the home page, the embed and the JSON list show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryCard {
    pub id: i64,
    pub slug: String,
    pub title: String,
    /// The author's highlighted quote, or the opening of the story.
    pub quote: String,
    pub rating: u8,
    pub product: String,
    pub product_slug: String,
    pub byline: Option<Byline>,
    pub featured: bool,
    pub approved_at: i64,
    /// The story's photo and company logo as served names (`<hash>.<ext>`); only for named stories.
    pub photo: Option<String>,
    pub logo: Option<String>,
}

impl StoryCard {
    pub fn href(&self) -> String {
        format!("/stories/{}/{}", self.id, self.slug)
    }

    /// Who to credit outside the portal (the JSON feeds and the API): the author's name, role and company,
    /// each `None` when empty, and all `None` unless the author agreed to be named.
    pub fn credit(&self) -> (Option<String>, Option<String>, Option<String>) {
        let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_string());
        match &self.byline {
            Some(b) => (Some(b.name.clone()), non_empty(&b.job_title), non_empty(&b.company)),
            None => (None, None, None),
        }
    }

    pub fn photo_url(&self) -> Option<String> {
        self.photo.as_ref().map(|n| format!("/media/{n}"))
    }

    pub fn logo_url(&self) -> Option<String> {
        self.logo.as_ref().map(|n| format!("/media/{n}"))
    }

    /// The author's name, or "Anonymous customer" in the page's language.
    pub fn author_name(&self) -> String {
        self.byline.as_ref().map(|b| b.name.clone()).unwrap_or_else(|| t!("stories-anonymous"))
    }
}

/// A product people wrote about, for the wall's filter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductOption {
    pub slug: String,
    pub name: String,
}

/// A page of the testimonial wall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wall {
    pub stories: Vec<StoryCard>,
    pub products: Vec<ProductOption>,
    pub product: String,
    pub min_rating: u8,
    pub page: u32,
    pub last_page: u32,
    pub total: i64,
}

/// A public story's own page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryPage {
    pub card: StoryCard,
    pub body_html: String,
    /// The page's absolute address, for share links and Open Graph.
    pub url: String,
    /// schema.org `Review` JSON-LD, ready to put in a script element (`<` escaped).
    pub json_ld: String,
}

/// One change in a story's life, as its author's history lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryEvent {
    pub action: Action,
    pub message: String,
    pub actor_name: String,
    pub at: i64,
}

/// One of the author's own stories.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyStory {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub status: Status,
    pub consent: Consent,
    pub featured: bool,
    pub review_note: String,
    pub updated_at: i64,
    pub events: Vec<StoryEvent>,
    /// What the author can do now.
    pub moves: Vec<Action>,
    pub editable: bool,
    pub public: bool,
}

/// A story in the editor: its current fields, for an author changing a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryEdit {
    pub id: i64,
    pub form: super::domain::StoryForm,
    pub review_note: String,
    /// `/media/…` addresses of the draft's photo and company logo.
    pub photo_url: Option<String>,
    pub logo_url: Option<String>,
}

/// The author beside a story in the review queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorCard {
    pub name: String,
    pub handle: String,
    pub level: String,
    pub lifetime_points: i64,
    pub member_since: i64,
    pub posts: i64,
    pub stories_approved: i64,
}

/// A story as moderators review it: everything, whatever the consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewItem {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub body_html: String,
    pub product: String,
    pub rating: u8,
    pub quote: String,
    pub company: String,
    pub job_title: String,
    pub consent: Consent,
    pub status: Status,
    pub featured: bool,
    pub review_note: String,
    pub submitted_at: Option<i64>,
    pub author: AuthorCard,
    pub moves: Vec<Action>,
}

/// A page of the review queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewQueue {
    pub items: Vec<ReviewItem>,
    pub tab: String,
    pub page: u32,
    pub last_page: u32,
}

/// The embed and API snippets shown to admins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmbedSnippets {
    pub origin: String,
    pub products: Vec<ProductOption>,
}
