//! What the notifications page shows.

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
    /// The sentence shown for it.
    pub fn sentence(&self) -> String {
        match self.kind {
            NotificationKind::Reply => format!("{} replied in “{}”", self.actor_name, self.topic_title),
            NotificationKind::Mention => format!("{} mentioned you in “{}”", self.actor_name, self.topic_title),
            NotificationKind::Like => format!("{} liked your post in “{}”", self.actor_name, self.topic_title),
            NotificationKind::RedemptionFulfilled => format!("Your reward “{}” is fulfilled", self.topic_title),
            NotificationKind::RedemptionCancelled => {
                format!("Your redemption of “{}” was cancelled and the points returned", self.topic_title)
            }
            NotificationKind::Badge => format!("You earned the badge “{}”", self.topic_title),
            NotificationKind::Story => {
                let t = if self.topic_title.is_empty() { "(deleted)" } else { self.topic_title.as_str() };
                match self.detail.as_str() {
                    "approve" => format!("Your story “{t}” was approved"),
                    "request_changes" => format!("A moderator asked for changes to your story “{t}”"),
                    "reject" => format!("Your story “{t}” was not accepted"),
                    "feature" => format!("Your story “{t}” is featured"),
                    "unfeature" => format!("Your story “{t}” is no longer featured"),
                    _ => format!("Your story “{t}” was archived"),
                }
            }
            NotificationKind::Challenge => match self.detail.as_str() {
                "approved" => format!("Your completion of the challenge “{}” was approved", self.topic_title),
                _ => format!("Your completion of the challenge “{}” was not accepted", self.topic_title),
            },
            NotificationKind::Referral if self.detail == "customer" => {
                "A customer you referred placed an order, and its reward is in your points".to_string()
            }
            NotificationKind::Referral => {
                format!("{} joined through your referral, and its reward is in your points", self.actor_name)
            }
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
