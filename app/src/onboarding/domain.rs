//! How each way of earning is said to a member, from the programme's own settings.

use crate::{
    recognition::{badges::BadgeRule, domain::Rule},
    t,
};

/// What a member does for an earning rule's points.
pub fn rule_action(rule: Rule) -> String {
    match rule {
        Rule::Topic => t!("onboarding-rule-topic"),
        Rule::Reply => t!("onboarding-rule-reply"),
        Rule::LikeReceived => t!("onboarding-rule-like"),
        Rule::StoryApproved => t!("onboarding-rule-story-approved"),
        Rule::StoryFeatured => t!("onboarding-rule-story-featured"),
        Rule::Referral => t!("onboarding-rule-referral"),
        Rule::Challenge => t!("onboarding-rule-challenge"),
        Rule::Welcome => t!("onboarding-rule-welcome"),
        Rule::Survey => t!("onboarding-rule-survey"),
        Rule::Joined => t!("onboarding-rule-joined"),
        Rule::Checklist => t!("onboarding-rule-checklist"),
    }
}

/// "10 points", "10 points, up to 50 a day".
pub fn rule_reward(amount: i64, daily_cap: Option<i64>) -> String {
    match daily_cap {
        Some(cap) => t!("onboarding-reward-capped", points = amount, cap = cap),
        None => t!("points-amount", points = amount),
    }
}

/// How an automatic badge is earned: "Write 10 posts"; manual badges are given by moderators.
pub fn badge_how(rule: Option<BadgeRule>, threshold: Option<i64>) -> String {
    let n = threshold.unwrap_or(1);
    match rule {
        None => t!("onboarding-badge-manual"),
        Some(BadgeRule::Posts) => t!("onboarding-badge-posts", count = n),
        Some(BadgeRule::LikesReceived) => t!("onboarding-badge-likes", count = n),
        Some(BadgeRule::StoriesApproved) => t!("onboarding-badge-stories-approved", count = n),
        Some(BadgeRule::StoriesFeatured) => t!("onboarding-badge-stories-featured", count = n),
        Some(BadgeRule::Referrals) => t!("onboarding-badge-referrals", count = n),
        Some(BadgeRule::MemberDays) => t!("onboarding-badge-days", count = n),
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
