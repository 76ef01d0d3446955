//! Badges: what an automatic badge counts, the bundled icons, and what pages show about a badge.

use crate::{common::field_error::FieldError, recognition::domain::Rule, t};
use serde::{Deserialize, Serialize};

/// What an automatic badge counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BadgeRule {
    /// Visible forum posts written.
    Posts,
    /// Likes received on posts.
    LikesReceived,
    /// Stories approved (counted from the awards that stand in the ledger).
    StoriesApproved,
    /// Stories featured (as above).
    StoriesFeatured,
    /// Referrals that joined (as above).
    Referrals,
    /// Days since joining.
    MemberDays,
}

impl BadgeRule {
    pub const ALL: [BadgeRule; 6] = [
        BadgeRule::Posts,
        BadgeRule::LikesReceived,
        BadgeRule::StoriesApproved,
        BadgeRule::StoriesFeatured,
        BadgeRule::Referrals,
        BadgeRule::MemberDays,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BadgeRule::Posts => "posts",
            BadgeRule::LikesReceived => "likes_received",
            BadgeRule::StoriesApproved => "stories_approved",
            BadgeRule::StoriesFeatured => "stories_featured",
            BadgeRule::Referrals => "referrals",
            BadgeRule::MemberDays => "member_days",
        }
    }

    pub fn parse(raw: &str) -> Option<BadgeRule> {
        BadgeRule::ALL.into_iter().find(|r| r.as_str() == raw)
    }

    /// Whether an event earning under `rule` can move this badge's count. Membership days move with time, so
    /// any event may complete them.
    pub fn moved_by(self, rule: Rule) -> bool {
        matches!(
            (self, rule),
            (BadgeRule::MemberDays, _)
                | (BadgeRule::Posts, Rule::Topic | Rule::Reply)
                | (BadgeRule::LikesReceived, Rule::LikeReceived)
                | (BadgeRule::StoriesApproved, Rule::StoryApproved)
                | (BadgeRule::StoriesFeatured, Rule::StoryFeatured)
                | (BadgeRule::Referrals, Rule::Referral)
        )
    }

    /// What the rule counts, for the admins' form ("… reaches the threshold").
    pub fn label(self) -> String {
        match self {
            BadgeRule::Posts => t!("recognition-badge-rule-posts"),
            BadgeRule::LikesReceived => t!("recognition-badge-rule-likes"),
            BadgeRule::StoriesApproved => t!("recognition-badge-rule-stories-approved"),
            BadgeRule::StoriesFeatured => t!("recognition-badge-rule-stories-featured"),
            BadgeRule::Referrals => t!("recognition-badge-rule-referrals"),
            BadgeRule::MemberDays => t!("recognition-badge-rule-member-days"),
        }
    }

    /// The ledger reason whose standing awards this rule counts, for rules counted from the ledger.
    pub fn ledger_reason(self) -> Option<&'static str> {
        match self {
            BadgeRule::StoriesApproved => Some("story_approved"),
            BadgeRule::StoriesFeatured => Some("story_featured"),
            BadgeRule::Referrals => Some("referral"),
            _ => None,
        }
    }
}

/// A badge with how many hold it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadgeView {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub icon: String,
    /// `None` for badges moderators award by hand.
    pub rule: Option<BadgeRule>,
    pub threshold: Option<i64>,
    pub holders: i64,
    /// Holders per thousand members, for "rarity".
    pub per_mille: i64,
    /// Retired: nobody earns or is awarded it any more; those who hold it keep it.
    pub retired: bool,
    /// Its uploaded picture, shown instead of the bundled icon.
    pub image_url: Option<String>,
}

impl BadgeView {
    /// "Held by 3% of members", or "Rare: fewer than 1%".
    pub fn rarity(&self) -> String {
        match self.per_mille {
            0 if self.holders == 0 => t!("recognition-rarity-none"),
            0..=9 => t!("recognition-rarity-rare"),
            n => t!("recognition-rarity-held", percent = n / 10),
        }
    }
}

/// A badge a member holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldBadge {
    pub badge: BadgeView,
    pub awarded_at: i64,
    /// Why a moderator awarded it (empty for automatic badges).
    pub reason: String,
}

/// A moderator's reason for awarding or revoking a badge: required, one line, at most 300 characters.
pub fn badge_reason(raw: &str) -> Result<String, FieldError> {
    let reason = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if reason.is_empty() {
        return Err(FieldError::new("reason", t!("recognition-badge-no-reason")));
    }
    if reason.chars().count() > 300 {
        return Err(FieldError::new("reason", t!("recognition-reason-too-long", max = 300)));
    }
    Ok(reason)
}

/// The names of the bundled icons, in the order the admins' form offers them.
pub const ICONS: [&str; 9] = ["chat", "chats", "heart", "star", "book", "handshake", "cake", "shield", "rocket"];

pub const BADGE_NAME_MAX: usize = 60;
pub const BADGE_DESCRIPTION_MAX: usize = 200;
/// The highest threshold an automatic badge may have (ten years of days; a million posts).
pub const THRESHOLD_MAX: i64 = 1_000_000;

/// The admins' badge form as sent; `rule` empty for a badge moderators award by hand.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadgeInput {
    pub name: String,
    pub description: String,
    pub icon: String,
    pub rule: String,
    pub threshold: String,
}

/// A badge that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadgeSpec {
    pub name: String,
    pub description: String,
    pub icon: String,
    pub rule: Option<BadgeRule>,
    pub threshold: Option<i64>,
}

impl BadgeInput {
    /// Checks every field; the first problem is named with its field.
    pub fn parse(&self) -> Result<BadgeSpec, FieldError> {
        let name = self.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() || name.chars().count() > BADGE_NAME_MAX {
            return Err(FieldError::new("name", t!("recognition-badge-name-length", max = BADGE_NAME_MAX)));
        }
        let description = self.description.split_whitespace().collect::<Vec<_>>().join(" ");
        if description.is_empty() || description.chars().count() > BADGE_DESCRIPTION_MAX {
            return Err(FieldError::new(
                "description",
                t!("recognition-badge-description-length", max = BADGE_DESCRIPTION_MAX),
            ));
        }
        if [&name, &description].iter().any(|t| t.chars().any(char::is_control)) {
            return Err(FieldError::new("name", t!("recognition-badge-control-characters")));
        }
        let icon = self.icon.trim();
        if !ICONS.contains(&icon) {
            return Err(FieldError::new("icon", t!("recognition-badge-choose-icon")));
        }
        let rule = match self.rule.trim() {
            "" | "manual" => None,
            raw => Some(BadgeRule::parse(raw).ok_or_else(|| {
                FieldError::new("rule", t!("recognition-badge-unknown-rule", rule = format!("{raw:?}")))
            })?),
        };
        let threshold = match (rule, self.threshold.trim()) {
            (None, _) => None,
            (Some(_), raw) => {
                Some(raw.parse::<i64>().ok().filter(|n| (1..=THRESHOLD_MAX).contains(n)).ok_or_else(|| {
                    // The limit as text: written without a thousands separator, as before.
                    let max = THRESHOLD_MAX.to_string();
                    FieldError::new("threshold", t!("recognition-badge-threshold-range", max = max))
                })?)
            }
        };
        Ok(BadgeSpec { name, description, icon: icon.to_string(), rule, threshold })
    }
}

/// The bundled icon set: SVG path data on a 24×24 grid, drawn with the current text colour.
pub fn icon_path(name: &str) -> &'static str {
    match name {
        "chat" => "M4 4h16v11H8l-4 4z",
        "chats" => "M3 3h13v9H7l-4 4zM8 14h9l4 4V8h-3",
        "heart" => "M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z",
        "star" => "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1L3.2 9.5l6.1-.9z",
        "book" => "M4 4h7a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zM20 4h-5a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h5z",
        "handshake" => "M2 12l5-5 4 3 3-3 4 1 4 4-6 6-3-2-2 2-3-2z",
        "cake" => "M4 21h16v-8H4zM4 15c2 1 4 1 5.3 0s4 1 5.4 0 4 1 5.3 0M12 9v4M12 4c1 1.5 1 3 0 4-1-1-1-2.5 0-4z",
        "shield" => "M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z",
        "rocket" => "M12 2c4 3 5 8 3 13h-6C7 10 8 5 12 2zM9 15l-3 4 4-1M15 15l3 4-4-1M12 8a1.5 1.5 0 1 0 0 .1z",
        _ => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z",
    }
}

/// A bundled icon's name as the admins' form shows it, in the page's language.
pub fn icon_label(name: &str) -> String {
    match name {
        "chat" => t!("recognition-icon-chat"),
        "chats" => t!("recognition-icon-chats"),
        "heart" => t!("recognition-icon-heart"),
        "star" => t!("recognition-icon-star"),
        "book" => t!("recognition-icon-book"),
        "handshake" => t!("recognition-icon-handshake"),
        "cake" => t!("recognition-icon-cake"),
        "shield" => t!("recognition-icon-shield"),
        "rocket" => t!("recognition-icon-rocket"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_read_back_and_name_their_ledger_reason() {
        for r in BadgeRule::ALL {
            assert_eq!(BadgeRule::parse(r.as_str()), Some(r));
        }
        assert_eq!(BadgeRule::StoriesFeatured.ledger_reason(), Some("story_featured"));
        assert_eq!(BadgeRule::Posts.ledger_reason(), None);
    }

    #[test]
    fn only_the_events_that_move_a_count_check_its_badges() {
        assert!(BadgeRule::Posts.moved_by(Rule::Reply));
        assert!(!BadgeRule::LikesReceived.moved_by(Rule::Reply));
        assert!(BadgeRule::MemberDays.moved_by(Rule::Challenge));
    }

    #[test]
    fn rarity_reads_as_words() {
        let mut b = BadgeView {
            id: 1,
            slug: "x".into(),
            name: "X".into(),
            description: "d".into(),
            icon: "star".into(),
            rule: None,
            threshold: None,
            holders: 0,
            per_mille: 0,
            retired: false,
            image_url: None,
        };
        assert_eq!(b.rarity(), "Nobody holds it yet");
        b.holders = 1;
        assert_eq!(b.rarity(), "Rare: fewer than 1% of members");
        b.per_mille = 250;
        assert_eq!(b.rarity(), "Held by 25% of members");
    }

    #[test]
    fn a_badge_reason_is_required() {
        assert_eq!(badge_reason("  ").unwrap_err().field, "reason");
        assert_eq!(badge_reason(" Ran the  meetup ").unwrap(), "Ran the meetup");
    }

    #[test]
    fn a_badge_form_is_checked_field_by_field() {
        let input = |name: &str, icon: &str, rule: &str, threshold: &str| BadgeInput {
            name: name.into(),
            description: "For helping at the meetup.".into(),
            icon: icon.into(),
            rule: rule.into(),
            threshold: threshold.into(),
        };
        let manual = input(" Meetup  host ", "star", "", "7").parse().unwrap();
        assert_eq!((manual.name.as_str(), manual.rule, manual.threshold), ("Meetup host", None, None));
        let auto = input("Chatty", "chats", "posts", "50").parse().unwrap();
        assert_eq!((auto.rule, auto.threshold), (Some(BadgeRule::Posts), Some(50)));
        assert_eq!(input("", "star", "", "").parse().unwrap_err().field, "name");
        assert_eq!(input("X", "skull", "", "").parse().unwrap_err().field, "icon");
        assert_eq!(input("X", "star", "karma", "1").parse().unwrap_err().field, "rule");
        assert_eq!(input("X", "star", "posts", "0").parse().unwrap_err().field, "threshold");
        assert_eq!(input("X", "star", "posts", "").parse().unwrap_err().field, "threshold");
        for icon in ICONS {
            assert_ne!(icon_path(icon), icon_path("nope"), "{icon} is drawn");
        }
    }

    #[test]
    fn unknown_icons_fall_back_to_a_circle() {
        assert!(icon_path("nope").starts_with("M12 3a9"));
        assert_ne!(icon_path("star"), icon_path("nope"));
    }
}
