//! What a member gets by email: for each topic, off, at once or in a digest; and how often the digest comes.

use crate::{i18n::Lang, notifications::views::NotificationKind, t_in};
use serde::{Deserialize, Serialize};

/// What a notification is about, as the email settings group them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Topic {
    Reply,
    Mention,
    Story,
    Challenge,
    Reward,
    Badge,
    Referral,
}

impl Topic {
    pub const ALL: [Topic; 7] =
        [Topic::Reply, Topic::Mention, Topic::Story, Topic::Challenge, Topic::Reward, Topic::Badge, Topic::Referral];

    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Reply => "reply",
            Topic::Mention => "mention",
            Topic::Story => "story",
            Topic::Challenge => "challenge",
            Topic::Reward => "reward",
            Topic::Badge => "badge",
            Topic::Referral => "referral",
        }
    }

    pub fn parse(raw: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.as_str() == raw)
    }

    /// The setting's label, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Topic::Reply => t_in!(lang, "notifications-topic-reply"),
            Topic::Mention => t_in!(lang, "notifications-topic-mention"),
            Topic::Story => t_in!(lang, "notifications-topic-story"),
            Topic::Challenge => t_in!(lang, "notifications-topic-challenge"),
            Topic::Reward => t_in!(lang, "notifications-topic-reward"),
            Topic::Badge => t_in!(lang, "notifications-topic-badge"),
            Topic::Referral => t_in!(lang, "notifications-topic-referral"),
        }
    }

    /// What a member gets before choosing: at once for what they are waiting on (story decisions and
    /// rewards, whose code comes by email), the digest for the rest.
    pub fn default_delivery(self) -> Delivery {
        match self {
            Topic::Story | Topic::Reward => Delivery::Now,
            _ => Delivery::Digest,
        }
    }

    /// The topic of a notification; likes are shown on the site only.
    pub fn of(kind: NotificationKind) -> Option<Topic> {
        match kind {
            NotificationKind::Reply => Some(Topic::Reply),
            NotificationKind::Mention => Some(Topic::Mention),
            NotificationKind::Story => Some(Topic::Story),
            NotificationKind::RedemptionFulfilled | NotificationKind::RedemptionCancelled => Some(Topic::Reward),
            NotificationKind::Badge => Some(Topic::Badge),
            NotificationKind::Challenge => Some(Topic::Challenge),
            NotificationKind::Referral => Some(Topic::Referral),
            NotificationKind::Like => None,
        }
    }
}

/// How a topic's notifications reach the member by email.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Delivery {
    Off,
    Now,
    Digest,
}

impl Delivery {
    pub const ALL: [Delivery; 3] = [Delivery::Now, Delivery::Digest, Delivery::Off];

    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Off => "off",
            Delivery::Now => "now",
            Delivery::Digest => "digest",
        }
    }

    pub fn parse(raw: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|d| d.as_str() == raw)
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            Delivery::Off => t_in!(lang, "notifications-delivery-off"),
            Delivery::Now => t_in!(lang, "notifications-delivery-now"),
            Delivery::Digest => t_in!(lang, "notifications-delivery-digest"),
        }
    }
}

/// How often the digest comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DigestEvery {
    Daily,
    Weekly,
}

impl DigestEvery {
    pub fn as_str(self) -> &'static str {
        match self {
            DigestEvery::Daily => "daily",
            DigestEvery::Weekly => "weekly",
        }
    }

    pub fn parse(raw: &str) -> Option<DigestEvery> {
        match raw {
            "daily" => Some(DigestEvery::Daily),
            "weekly" => Some(DigestEvery::Weekly),
            _ => None,
        }
    }

    pub fn secs(self) -> i64 {
        match self {
            DigestEvery::Daily => 24 * 3600,
            DigestEvery::Weekly => 7 * 24 * 3600,
        }
    }
}

/// A member's email settings, every topic listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailSettings {
    pub topics: Vec<(Topic, Delivery)>,
    pub digest_every: DigestEvery,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_defaults_match_the_promise() {
        for t in Topic::ALL {
            assert_eq!(Topic::parse(t.as_str()), Some(t));
        }
        for d in Delivery::ALL {
            assert_eq!(Delivery::parse(d.as_str()), Some(d));
        }
        assert_eq!(Topic::Story.default_delivery(), Delivery::Now);
        assert_eq!(Topic::Reward.default_delivery(), Delivery::Now);
        assert_eq!(Topic::Reply.default_delivery(), Delivery::Digest);
        assert_eq!(Topic::of(NotificationKind::Like), None);
        assert_eq!(Topic::of(NotificationKind::RedemptionCancelled), Some(Topic::Reward));
        assert_eq!(Topic::parse("likes"), None);
        assert_eq!(DigestEvery::parse("monthly"), None);
    }
}
