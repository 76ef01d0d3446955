//! What forum pages show: plain data sent from the server functions to the pages.

use crate::common::shipped::WithoutHtml;
use serde::{Deserialize, Serialize};

/// A category as the forum index and the admin page list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategorySummary {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub position: i64,
    pub archived: bool,
    pub topic_count: i64,
    pub post_count: i64,
    pub last_post_at: Option<i64>,
    /// The group the category is limited to (a private space), and its name.
    pub group_id: Option<i64>,
    pub group_name: Option<String>,
}

/// One line of a topic list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicSummary {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub pinned: bool,
    pub locked: bool,
    pub post_count: i64,
    pub author_name: String,
    pub author_handle: String,
    /// The author's picture (a media hash), or `None` for their initials.
    pub author_avatar: Option<String>,
    pub last_poster_name: Option<String>,
    pub last_post_at: i64,
    pub created_at: i64,
}

/// A page of a category's topics, pinned first, then by latest activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryPage {
    pub category: CategorySummary,
    pub topics: Vec<TopicSummary>,
    pub page: u32,
    pub last_page: u32,
}

/// Whether a post is shown, hidden by a moderator, or removed by its author.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PostState {
    Visible,
    Hidden { reason: String },
    Deleted,
}

/// One post as a topic page shows it. `body_html` is sanitised; it is `None` when the viewer may not see
/// the body (removed, or hidden from someone who is neither its author nor a moderator).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostView {
    pub id: i64,
    pub number: i64,
    pub author_id: i64,
    pub author_name: String,
    pub author_handle: String,
    /// The author's picture (a media hash), or `None` for their initials.
    pub author_avatar: Option<String>,
    /// "Head of Support at Acme" from the author's profile, or empty.
    pub author_role: String,
    /// The author's level, from their lifetime points.
    pub author_level: String,
    pub body_html: Option<String>,
    /// The Markdown source, sent only to the author (to edit) and to anyone who may quote it.
    pub body_md: Option<String>,
    pub state: PostState,
    pub like_count: i64,
    pub liked_by_me: bool,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    /// A moderator or admin changed it (the last change may be the author's).
    pub staff_edited: bool,
    pub can_edit: bool,
}

/// The topic itself, above its posts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicHeader {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub category_slug: String,
    pub category_name: String,
    pub pinned: bool,
    pub locked: bool,
    pub post_count: i64,
    pub author_id: i64,
}

/// What the viewer may do on a topic page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct TopicRights {
    pub signed_in: bool,
    pub can_reply: bool,
    pub can_moderate: bool,
    pub following: bool,
}

/// A page of a topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicPage {
    pub topic: TopicHeader,
    pub posts: Vec<PostView>,
    pub page: u32,
    pub last_page: u32,
    pub rights: TopicRights,
    /// Categories a moderator can move the topic to (empty for everyone else).
    pub move_targets: Vec<(String, String)>,
}

impl WithoutHtml for TopicPage {
    fn without_html(&self) -> TopicPage {
        let mut page = self.clone();
        for post in &mut page.posts {
            if let Some(html) = &mut post.body_html {
                html.clear();
            }
        }
        page
    }
}

/// An earlier version of an edited post, for moderators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    pub body_md: String,
    pub created_at: i64,
}

/// Where a new post landed, so the page can go straight to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostLocation {
    pub topic_id: i64,
    pub topic_slug: String,
    pub post_id: i64,
    pub number: i64,
}

impl PostLocation {
    /// The post's address: its topic, the page it is on, and its anchor.
    pub fn href(&self) -> String {
        crate::common::links::post_href(self.topic_id, &self.topic_slug, self.number)
    }
}

/// One search result: a post, where it is, and a snippet with the matched words marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchHit {
    pub topic_id: i64,
    pub topic_slug: String,
    pub topic_title: String,
    pub number: i64,
    pub author_name: String,
    pub created_at: i64,
    /// Escaped text with `<mark>` around matches; safe to insert.
    pub snippet_html: String,
}

impl SearchHit {
    pub fn href(&self) -> String {
        PostLocation { topic_id: self.topic_id, topic_slug: self.topic_slug.clone(), post_id: 0, number: self.number }
            .href()
    }
}

/// A page of search results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchResults {
    pub query: String,
    pub hits: Vec<SearchHit>,
    pub page: u32,
    pub has_more: bool,
}

/// A post waiting for a moderator's approval, for the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldPost {
    pub post_id: i64,
    pub topic_id: i64,
    pub topic_slug: String,
    pub topic_title: String,
    /// 1 for a new topic's opening post.
    pub number: i64,
    pub author_id: i64,
    pub author_name: String,
    pub author_handle: String,
    /// Sanitised when it was written.
    pub body_html: String,
    pub held_at: i64,
}

/// The approval queue: the oldest waiting posts and how many wait in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldQueue {
    pub posts: Vec<HeldPost>,
    pub total: i64,
}
