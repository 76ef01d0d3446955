//! How each way of earning is said to a member, from the programme's own settings.

use crate::recognition::{badges::BadgeRule, domain::Rule};

/// What a member does for an earning rule's points.
pub fn rule_action(rule: Rule) -> &'static str {
    match rule {
        Rule::Topic => "Start a topic in the forum",
        Rule::Reply => "Reply in a topic",
        Rule::LikeReceived => "Get a like on one of your posts",
        Rule::StoryApproved => "Have your customer story approved",
        Rule::StoryFeatured => "Have your story featured on the wall",
        Rule::Referral => "Refer a friend who joins and takes part",
        Rule::Challenge => "Complete a challenge",
        Rule::Welcome => "Join through a member's referral link (a welcome bonus)",
        Rule::Survey => "Answer a survey",
        Rule::Joined => "Join the community (once, when you confirm your email address)",
        Rule::Checklist => "Complete a step of the welcome checklist (each step once)",
    }
}

/// "10 points", "10 points, up to 50 a day".
pub fn rule_reward(amount: i64, daily_cap: Option<i64>) -> String {
    let points = if amount == 1 { "1 point".to_string() } else { format!("{amount} points") };
    match daily_cap {
        Some(cap) => format!("{points}, up to {cap} a day"),
        None => points,
    }
}

/// How an automatic badge is earned: "Write 10 posts"; manual badges are given by moderators.
pub fn badge_how(rule: Option<BadgeRule>, threshold: Option<i64>) -> String {
    let n = threshold.unwrap_or(1);
    let plural = |one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    match rule {
        None => "Given by the community team for something they noticed".to_string(),
        Some(BadgeRule::Posts) => format!("Write {}", plural("post", "posts")),
        Some(BadgeRule::LikesReceived) => format!("Receive {} on your posts", plural("like", "likes")),
        Some(BadgeRule::StoriesApproved) => format!("Have {} approved", plural("story", "stories")),
        Some(BadgeRule::StoriesFeatured) => format!("Have {} featured", plural("story", "stories")),
        Some(BadgeRule::Referrals) if n == 1 => "Refer a friend who joins".to_string(),
        Some(BadgeRule::Referrals) => format!("Refer {n} friends who join"),
        Some(BadgeRule::MemberDays) => format!("Be a member for {}", plural("day", "days")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewards_and_badges_read_as_sentences() {
        assert_eq!(rule_reward(10, Some(50)), "10 points, up to 50 a day");
        assert_eq!(rule_reward(1, None), "1 point");
        assert_eq!(badge_how(Some(BadgeRule::Posts), Some(10)), "Write 10 posts");
        assert_eq!(badge_how(Some(BadgeRule::Referrals), Some(1)), "Refer a friend who joins");
        assert_eq!(badge_how(Some(BadgeRule::Referrals), Some(3)), "Refer 3 friends who join");
        assert_eq!(badge_how(Some(BadgeRule::MemberDays), Some(365)), "Be a member for 365 days");
        assert!(badge_how(None, None).starts_with("Given by"));
        for rule in Rule::ALL {
            assert!(!rule_action(rule).is_empty());
        }
    }
}
