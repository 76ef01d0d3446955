//! What the notifications page shows.

use crate::{i18n::Lang, t_in};
use serde::{Deserialize, Serialize};

/// What a notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NotificationKind {
    Reply,
    Mention,
    Like,
    RedemptionFulfilled,
    RedemptionCancelled,
    Badge,
    /// A moderator decided on the member's story (the decision is in `detail`).
    Story,
    /// A moderator approved or rejected the member's challenge completion (`approved` or `rejected` in
    /// `detail`).
    Challenge,
    /// Someone the member referred made the referral count: the referrer's reward was paid.
    Referral,
}

impl NotificationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::Reply => "reply",
            NotificationKind::Mention => "mention",
            NotificationKind::Like => "like",
            NotificationKind::RedemptionFulfilled => "redemption_fulfilled",
            NotificationKind::RedemptionCancelled => "redemption_cancelled",
            NotificationKind::Badge => "badge",
            NotificationKind::Story => "story",
            NotificationKind::Challenge => "challenge",
            NotificationKind::Referral => "referral",
        }
    }

    pub fn parse(raw: &str) -> NotificationKind {
        match raw {
            "mention" => NotificationKind::Mention,
            "like" => NotificationKind::Like,
            "redemption_fulfilled" => NotificationKind::RedemptionFulfilled,
            "redemption_cancelled" => NotificationKind::RedemptionCancelled,
            "badge" => NotificationKind::Badge,
            "story" => NotificationKind::Story,
            "challenge" => NotificationKind::Challenge,
            "referral" => NotificationKind::Referral,
            _ => NotificationKind::Reply,
        }
    }
}

/// One notification, as the notifications page lists it. For a redemption, `topic_title` holds the
/// reward's title, for a badge the badge's name, and the topic fields are unused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub kind: NotificationKind,
    pub actor_name: String,
    pub actor_handle: String,
    /// The actor's picture (a media hash), or `None` for their initials.
    pub actor_avatar: Option<String>,
    pub topic_id: i64,
    pub topic_slug: String,
    pub topic_title: String,
    pub number: i64,
    /// For a story: the moderator's decision (`approve`, `feature`, …).
    pub detail: String,
    pub created_at: i64,
    pub unread: bool,
}

impl Notification {
    /// The sentence shown for it, in `lang` (notifications are stored as facts and worded when read, so each
    /// member reads them in their own language, on the page and by email).
    pub fn sentence(&self, lang: Lang) -> String {
        let (actor, title) = (self.actor_name.as_str(), self.topic_title.as_str());
        match self.kind {
            NotificationKind::Reply => t_in!(lang, "notifications-reply", actor = actor, title = title),
            NotificationKind::Mention => t_in!(lang, "notifications-mention", actor = actor, title = title),
            NotificationKind::Like => t_in!(lang, "notifications-like", actor = actor, title = title),
            NotificationKind::RedemptionFulfilled => t_in!(lang, "notifications-redemption-fulfilled", title = title),
            NotificationKind::RedemptionCancelled => t_in!(lang, "notifications-redemption-cancelled", title = title),
            NotificationKind::Badge => t_in!(lang, "notifications-badge", title = title),
            NotificationKind::Story => {
                let title =
                    if title.is_empty() { t_in!(lang, "notifications-story-deleted") } else { title.to_string() };
                match self.detail.as_str() {
                    "approve" => t_in!(lang, "notifications-story-approved", title = title),
                    "request_changes" => t_in!(lang, "notifications-story-changes", title = title),
                    "reject" => t_in!(lang, "notifications-story-rejected", title = title),
                    "feature" => t_in!(lang, "notifications-story-featured", title = title),
                    "unfeature" => t_in!(lang, "notifications-story-unfeatured", title = title),
                    _ => t_in!(lang, "notifications-story-archived", title = title),
                }
            }
            NotificationKind::Challenge => match self.detail.as_str() {
                "approved" => t_in!(lang, "notifications-challenge-approved", title = title),
                _ => t_in!(lang, "notifications-challenge-rejected", title = title),
            },
            NotificationKind::Referral if self.detail == "customer" => t_in!(lang, "notifications-referral-customer"),
            NotificationKind::Referral => t_in!(lang, "notifications-referral-joined", actor = actor),
        }
    }

    pub fn href(&self) -> String {
        if matches!(self.kind, NotificationKind::RedemptionFulfilled | NotificationKind::RedemptionCancelled) {
            return "/me/rewards".to_string();
        }
        if self.kind == NotificationKind::Badge {
            return "/badges".to_string();
        }
        if self.kind == NotificationKind::Story {
            return "/stories/mine".to_string();
        }
        if self.kind == NotificationKind::Challenge {
            return "/challenges".to_string();
        }
        if self.kind == NotificationKind::Referral {
            return "/me/referrals".to_string();
        }
        crate::common::links::post_href(self.topic_id, &self.topic_slug, self.number)
    }
}

/// A page of notifications.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationPage {
    pub items: Vec<Notification>,
    pub page: u32,
    pub has_more: bool,
}
