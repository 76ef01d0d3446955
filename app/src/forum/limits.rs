//! Anti-spam limits on posting. Pure rules over a member's recent history, so they are tested without a
//! database and explained in the same words wherever they are hit.

use crate::t;
use serde::{Deserialize, Serialize};

/// The limits, configurable by the operator; the defaults suit a community that is open to sign-ups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostingPolicy {
    /// How long an account counts as new.
    pub new_account_secs: i64,
    /// Topics a new account may start.
    pub new_account_topics: i64,
    /// Replies a new account may post.
    pub new_account_replies: i64,
    /// Seconds a new account waits between replies.
    pub new_account_reply_gap_secs: i64,
    /// Links allowed in a new account's post.
    pub new_account_links: usize,
    /// Seconds anyone waits between starting topics.
    pub topic_gap_secs: i64,
}

impl Default for PostingPolicy {
    fn default() -> Self {
        PostingPolicy {
            new_account_secs: 24 * 3600,
            new_account_topics: 3,
            new_account_replies: 10,
            new_account_reply_gap_secs: 30,
            new_account_links: 2,
            topic_gap_secs: 15,
        }
    }
}

/// What the member has posted, as far as the limits care (the counts cover the new-account period).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PostingHistory {
    pub account_created_at: i64,
    pub topics_started: i64,
    pub replies_posted: i64,
    pub last_topic_at: Option<i64>,
    pub last_reply_at: Option<i64>,
}

/// A limit that was hit: what it is, and in how many seconds it lifts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitHit {
    pub message: String,
    pub retry_after_secs: u64,
}

/// "in 5 minutes", "in 12 seconds", "in 3 hours".
pub fn lifts_in(secs: i64) -> String {
    let secs = secs.max(1);
    match secs {
        1 => t!("forum-in-a-second"),
        2..=89 => t!("forum-in-seconds", count = secs),
        90..=5399 => t!("forum-in-minutes", count = (secs + 59) / 60),
        _ => t!("forum-in-hours", count = (secs + 3599) / 3600),
    }
}

fn hit(message: String, wait: i64) -> LimitHit {
    LimitHit { message, retry_after_secs: u64::try_from(wait.max(1)).unwrap_or(1) }
}

impl PostingPolicy {
    fn new_until(&self, history: &PostingHistory) -> i64 {
        history.account_created_at + self.new_account_secs
    }

    /// Whether the member may start a topic at `now`.
    pub fn check_topic(&self, history: &PostingHistory, now: i64) -> Result<(), LimitHit> {
        if let Some(last) = history.last_topic_at {
            let wait = last + self.topic_gap_secs - now;
            if wait > 0 {
                let msg = t!("forum-limit-topic-gap", seconds = self.topic_gap_secs, when = lifts_in(wait));
                return Err(hit(msg, wait));
            }
        }
        let new_until = self.new_until(history);
        if now < new_until && history.topics_started >= self.new_account_topics {
            let msg = t!("forum-limit-new-topics", count = self.new_account_topics, when = lifts_in(new_until - now));
            return Err(hit(msg, new_until - now));
        }
        Ok(())
    }

    /// Whether the member may reply at `now`.
    pub fn check_reply(&self, history: &PostingHistory, now: i64) -> Result<(), LimitHit> {
        let new_until = self.new_until(history);
        if now >= new_until {
            return Ok(());
        }
        if history.replies_posted >= self.new_account_replies {
            let msg = t!("forum-limit-new-replies", count = self.new_account_replies, when = lifts_in(new_until - now));
            return Err(hit(msg, new_until - now));
        }
        if let Some(last) = history.last_reply_at {
            let wait = last + self.new_account_reply_gap_secs - now;
            if wait > 0 {
                let gap = self.new_account_reply_gap_secs;
                let msg = t!("forum-limit-reply-gap", seconds = gap, when = lifts_in(wait));
                return Err(hit(msg, wait));
            }
        }
        Ok(())
    }

    /// Whether a post with `links` links is allowed from this member at `now`.
    pub fn check_links(&self, history: &PostingHistory, links: usize, now: i64) -> Result<(), LimitHit> {
        let new_until = self.new_until(history);
        if now < new_until && links > self.new_account_links {
            let (max, links) = (self.new_account_links as i64, links as i64);
            let msg = t!("forum-limit-links", max = max, links = links, when = lifts_in(new_until - now));
            return Err(hit(msg, new_until - now));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 24 * 3600;

    fn newcomer() -> PostingHistory {
        PostingHistory { account_created_at: 1_000, ..Default::default() }
    }

    #[test]
    fn a_new_member_can_start_three_topics_then_waits_for_the_day_to_end() {
        let policy = PostingPolicy::default();
        let mut h = newcomer();
        h.topics_started = 2;
        assert!(policy.check_topic(&h, 2_000).is_ok());
        h.topics_started = 3;
        let e = policy.check_topic(&h, 2_000).unwrap_err();
        assert!(e.message.contains("3 topics in their first day"), "{}", e.message);
        assert_eq!(e.retry_after_secs, u64::try_from(1_000 + DAY - 2_000).unwrap());
        assert!(policy.check_topic(&h, 1_000 + DAY).is_ok());
    }

    #[test]
    fn everyone_waits_fifteen_seconds_between_topics() {
        let policy = PostingPolicy::default();
        let h = PostingHistory { account_created_at: 0, last_topic_at: Some(10 * DAY), ..Default::default() };
        let e = policy.check_topic(&h, 10 * DAY + 5).unwrap_err();
        assert_eq!(e.retry_after_secs, 10);
        assert!(e.message.contains("in 10 seconds"));
        assert!(policy.check_topic(&h, 10 * DAY + 15).is_ok());
    }

    #[test]
    fn a_new_member_replies_at_most_ten_times_and_once_per_thirty_seconds() {
        let policy = PostingPolicy::default();
        let mut h = newcomer();
        h.replies_posted = 9;
        h.last_reply_at = Some(1_500);
        assert_eq!(policy.check_reply(&h, 1_510).unwrap_err().retry_after_secs, 20);
        assert!(policy.check_reply(&h, 1_530).is_ok());
        h.replies_posted = 10;
        assert!(policy.check_reply(&h, 1_600).unwrap_err().message.contains("10 replies"));
    }

    #[test]
    fn established_members_reply_without_limits() {
        let policy = PostingPolicy::default();
        let h = PostingHistory {
            account_created_at: 0,
            replies_posted: 500,
            last_reply_at: Some(DAY * 3),
            ..Default::default()
        };
        assert!(policy.check_reply(&h, DAY * 3 + 1).is_ok());
        assert!(policy.check_links(&h, 40, DAY * 3).is_ok());
    }

    #[test]
    fn a_new_member_may_post_two_links_but_not_three() {
        let policy = PostingPolicy::default();
        assert!(policy.check_links(&newcomer(), 2, 2_000).is_ok());
        let e = policy.check_links(&newcomer(), 3, 2_000).unwrap_err();
        assert!(e.message.contains("this one has 3"));
    }

    #[test]
    fn waits_are_said_in_words() {
        assert_eq!(lifts_in(0), "in a second");
        assert_eq!(lifts_in(45), "in 45 seconds");
        assert_eq!(lifts_in(300), "in 5 minutes");
        assert_eq!(lifts_in(DAY - 60), "in 24 hours");
    }
}
