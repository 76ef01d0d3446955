//! What `/admin/members/:id` shows: one member's account, standing, activity, points, rewards, referrals,
//! flags, NPS answers and the audit entries about them, in one place for an admin.

use crate::{
    admin::domain::{MemberSummary, Standing},
    audit::views::AuditEntry,
    recognition::views::LedgerEntry,
    referrals::views::Referred,
    rewards::views::RedemptionView,
    t,
};
use serde::{Deserialize, Serialize};

/// How many of each list the page shows (the newest); the ledger pages through all of it.
pub const DETAIL_LIST: i64 = 20;

/// A post of the member's, as staff see it (hidden and removed ones too).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostLine {
    pub id: i64,
    pub topic_id: i64,
    pub topic_slug: String,
    pub topic_title: String,
    pub number: i64,
    pub excerpt: String,
    pub created_at: i64,
    pub hidden: bool,
    pub deleted: bool,
}

impl PostLine {
    pub fn href(&self) -> String {
        format!("/forum/t/{}/{}#post-{}", self.topic_id, self.topic_slug, self.id)
    }

    /// "Hidden", "Removed" or "" for a post everyone sees.
    pub fn mark(&self) -> String {
        match (self.deleted, self.hidden) {
            (true, _) => t!("admin-post-removed"),
            (false, true) => t!("admin-post-hidden"),
            (false, false) => String::new(),
        }
    }
}

/// A flag on one of the member's posts (`who` flagged it), or one the member raised (`who` wrote the post).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagLine {
    pub post: PostLine,
    pub reason: String,
    pub note: String,
    pub who: String,
    pub created_at: i64,
    /// "hidden", "dismissed", or `None` while open.
    pub resolution: Option<String>,
}

/// An answer to an NPS survey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NpsAnswer {
    pub survey: String,
    pub score: i64,
    pub comment: String,
    pub created_at: i64,
}

/// How much the member has done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub topics: i64,
    pub posts: i64,
    pub hidden_posts: i64,
    pub likes_received: i64,
    pub stories: i64,
    pub redemptions: i64,
    pub flags_on: i64,
    pub flags_by: i64,
    pub audit: i64,
}

/// Everything `/admin/members/:id` shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberDetail {
    pub member: MemberSummary,
    pub standing: Standing,
    pub counts: Counts,
    /// Badges held: name and when awarded.
    pub badges: Vec<(String, i64)>,
    pub posts: Vec<PostLine>,
    pub ledger: Vec<LedgerEntry>,
    pub ledger_page: u32,
    pub ledger_last: u32,
    pub redemptions: Vec<RedemptionView>,
    pub referrals: Vec<Referred>,
    pub referral_clicks: i64,
    pub referral_points: i64,
    pub flags_on: Vec<FlagLine>,
    pub flags_by: Vec<FlagLine>,
    pub nps: Vec<NpsAnswer>,
    pub audit: Vec<AuditEntry>,
}

/// A post's text cut to a line for a list: whitespace folded, at most `max` characters with an ellipsis.
pub fn excerpt(body: &str, max: usize) -> String {
    let folded = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() <= max {
        return folded;
    }
    let cut: String = folded.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_folds_whitespace_and_cuts_on_characters() {
        assert_eq!(excerpt("  Hello\n\n world  ", 20), "Hello world");
        assert_eq!(excerpt("ééééé ééééé", 6), "ééééé…");
        assert_eq!(excerpt("", 5), "");
    }

    #[test]
    fn a_post_line_says_what_became_of_it() {
        let line = PostLine {
            id: 9,
            topic_id: 3,
            topic_slug: "hi".into(),
            topic_title: "Hi".into(),
            number: 2,
            excerpt: String::new(),
            created_at: 0,
            hidden: true,
            deleted: false,
        };
        assert_eq!((line.href().as_str(), line.mark().as_str()), ("/forum/t/3/hi#post-9", "Hidden"));
        assert_eq!(PostLine { deleted: true, ..line.clone() }.mark(), "Removed");
        assert_eq!(PostLine { hidden: false, ..line }.mark(), "");
    }
}
