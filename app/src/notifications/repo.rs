//! SQL for notifications, the one place that writes them. Each is written in the transaction of the event
//! it tells about; a feature says what happened and to whom, never how it is stored.

use crate::{
    common::spaces,
    db::{Db, Tx},
    notifications::views::{Notification, NotificationKind},
    on_db, on_tx,
};

/// What every view of a notification reads (the page and the emails): who did it, and the title and
/// detail of what it is about. `topic_title` is the topic's, reward's, badge's, story's or challenge's title;
/// `story_action` is a story's decision, a challenge completion's status, or `customer` for a referral of
/// a customer who never joined (the referrer is then its own actor).
pub(crate) const SEEN: &str = "n.id, n.kind, a.display_name AS actor_name, COALESCE(a.handle, '') AS actor_handle,
    a.avatar AS actor_avatar, t.id AS topic_id, t.slug AS topic_slug,
    COALESCE(t.title, w.title, bd.name, st.title, ch.title) AS topic_title, p.number,
    COALESCE(se.action, cc.status, CASE WHEN rf.id IS NOT NULL AND rf.referee_id IS NULL THEN 'customer' END) AS story_action,
    n.created_at";

/// The tables [`SEEN`] reads from, `n` being the notification.
pub(crate) const FROM: &str = "notifications n
    JOIN users a ON a.id = n.actor_id
    LEFT JOIN topics t ON t.id = n.topic_id
    LEFT JOIN posts p ON p.id = n.post_id
    LEFT JOIN redemptions d ON d.id = n.redemption_id
    LEFT JOIN rewards w ON w.id = d.reward_id
    LEFT JOIN badges bd ON bd.id = n.badge_id
    LEFT JOIN story_events se ON se.id = n.story_event_id
    LEFT JOIN stories st ON st.id = se.story_id
    LEFT JOIN challenge_completions cc ON cc.id = n.completion_id
    LEFT JOIN challenges ch ON ch.id = cc.challenge_id
    LEFT JOIN referrals rf ON rf.id = n.referral_id";

/// Tells everyone following the topic about a new reply, except the replier and anyone the reply already
/// mentioned (one notification per post is enough).
pub async fn notify_followers(
    tx: &mut Tx,
    topic_id: i64,
    post_id: i64,
    actor_id: i64,
    now: i64,
) -> Result<u64, sqlx::Error> {
    // A follower who can no longer see the topic's space (they left its group) hears nothing of it.
    let sees = spaces::member_sees("c.group_id", "topic_follows.user_id");
    let sql = format!(
        "INSERT INTO notifications (user_id, kind, actor_id, topic_id, post_id, created_at)
         SELECT user_id, 'reply', $1, topic_id, $2, $3 FROM topic_follows
         WHERE topic_id = $4 AND user_id <> $1
           AND user_id NOT IN (SELECT user_id FROM notifications WHERE post_id = $2 AND kind = 'mention')
           AND EXISTS (SELECT 1 FROM topics tt JOIN categories c ON c.id = tt.category_id
                       WHERE tt.id = $4 AND {sees})"
    );
    on_tx!(tx, c => sqlx::query(&sql).bind(actor_id).bind(post_id).bind(now).bind(topic_id).execute(c).await.map(|r| r.rows_affected()))
}

/// Tells `user_id` about `kind` on a post, once per actor and post (liking, unliking and liking again
/// does not pile up notifications). Nobody is notified of their own doing.
pub async fn notify(
    tx: &mut Tx,
    user_id: i64,
    kind: NotificationKind,
    actor_id: i64,
    topic_id: i64,
    post_id: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    if user_id == actor_id {
        return Ok(false);
    }
    // Nobody hears of a post in a space they cannot see (a mention in a private space, say).
    let sees = spaces::member_sees("c.group_id", "$1");
    let sql = format!(
        "INSERT INTO notifications (user_id, kind, actor_id, topic_id, post_id, created_at)
         SELECT $1, $2, $3, $4, $5, $6
         WHERE NOT EXISTS (SELECT 1 FROM notifications
                           WHERE user_id = $1 AND kind = $2 AND actor_id = $3 AND post_id = $5)
           AND EXISTS (SELECT 1 FROM topics tt JOIN categories c ON c.id = tt.category_id
                       WHERE tt.id = $4 AND {sees})"
    );
    let added = on_tx!(tx, c => sqlx::query(&sql)
        .bind(user_id)
        .bind(kind.as_str())
        .bind(actor_id)
        .bind(topic_id)
        .bind(post_id)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(added == 1)
}

/// Tells a member that an admin settled their redemption (`kind` says how).
pub async fn notify_redemption(
    tx: &mut Tx,
    user_id: i64,
    actor_id: i64,
    redemption_id: i64,
    kind: NotificationKind,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql =
        "INSERT INTO notifications (user_id, kind, actor_id, redemption_id, created_at) VALUES ($1, $2, $3, $4, $5)";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(user_id)
        .bind(kind.as_str())
        .bind(actor_id)
        .bind(redemption_id)
        .bind(now)
        .execute(c)
        .await
        .map(|_| ()))
}

pub async fn unread_count(db: &Db, user_id: i64) -> Result<i64, sqlx::Error> {
    // The count leaves out what the list leaves out: notifications about a space the member no longer sees.
    let sql = format!(
        "SELECT COUNT(*) FROM notifications n LEFT JOIN topics t ON t.id = n.topic_id
         WHERE n.user_id = $1 AND n.read_at IS NULL AND {}",
        space_seen()
    );
    on_db!(db, p => sqlx::query_scalar(&sql).bind(user_id).fetch_one(p).await)
}

/// SQL true when notification `n` (its topic joined as `t`) is not about a space its member no longer sees
/// (they left the group since): the list, the unread count and the emails leave those out.
pub(crate) fn space_seen() -> String {
    let sees = spaces::member_sees("sc.group_id", "n.user_id");
    format!("(t.id IS NULL OR EXISTS (SELECT 1 FROM categories sc WHERE sc.id = t.category_id AND {sees}))")
}

/// One row of [`SEEN`].
#[derive(sqlx::FromRow)]
pub(crate) struct Seen {
    pub(crate) id: i64,
    pub(crate) kind: String,
    actor_name: String,
    actor_handle: String,
    actor_avatar: Option<String>,
    topic_id: Option<i64>,
    topic_slug: Option<String>,
    topic_title: Option<String>,
    number: Option<i64>,
    story_action: Option<String>,
    created_at: i64,
}

impl Seen {
    pub(crate) fn notification(&self, unread: bool) -> Notification {
        Notification {
            id: self.id,
            kind: NotificationKind::parse(&self.kind),
            actor_name: self.actor_name.clone(),
            actor_handle: self.actor_handle.clone(),
            actor_avatar: self.actor_avatar.clone(),
            topic_id: self.topic_id.unwrap_or_default(),
            topic_slug: self.topic_slug.clone().unwrap_or_default(),
            topic_title: self.topic_title.clone().unwrap_or_default(),
            number: self.number.unwrap_or(1),
            detail: self.story_action.clone().unwrap_or_default(),
            created_at: self.created_at,
            unread,
        }
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    #[sqlx(flatten)]
    seen: Seen,
    read_at: Option<i64>,
}

/// A page of the member's notifications, newest first, and whether more follow.
pub async fn page(db: &Db, user_id: i64, page: u32, per: u32) -> Result<(Vec<Notification>, bool), sqlx::Error> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(per);
    // What is about a space the member no longer sees (they left its group) is not shown.
    let sql = format!(
        "SELECT {SEEN}, n.read_at FROM {FROM}
         WHERE n.user_id = $1 AND {} ORDER BY n.id DESC LIMIT $2 OFFSET $3",
        space_seen()
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(&sql).bind(user_id).bind(i64::from(per) + 1).bind(offset).fetch_all(p).await)?;
    let more = rows.len() > per as usize;
    let list = rows.into_iter().take(per as usize).map(|r| r.seen.notification(r.read_at.is_none())).collect();
    Ok((list, more))
}

/// Marks the given notifications of the member as read.
pub async fn mark_read(db: &Db, user_id: i64, up_to_id: i64, from_id: i64, now: i64) -> Result<u64, sqlx::Error> {
    let sql = "UPDATE notifications SET read_at = $1
               WHERE user_id = $2 AND id BETWEEN $3 AND $4 AND read_at IS NULL";
    on_db!(db, p => sqlx::query(sql).bind(now).bind(user_id).bind(from_id).bind(up_to_id).execute(p).await.map(|r| r.rows_affected()))
}

/// Notifies the members with these handles that `actor_id` mentioned them in a post; returns how many.
pub async fn notify_mentions(
    tx: &mut Tx,
    handles: &[String],
    actor_id: i64,
    topic_id: i64,
    post_id: i64,
    now: i64,
) -> Result<u64, sqlx::Error> {
    let mut told = 0;
    for handle in handles {
        let sql = "SELECT id FROM users WHERE handle = $1";
        let user: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(sql).bind(handle).fetch_optional(c).await)?;
        if let Some(user_id) = user {
            told += u64::from(notify(tx, user_id, NotificationKind::Mention, actor_id, topic_id, post_id, now).await?);
        }
    }
    Ok(told)
}

/// Tells a story's author about a moderator's decision (the history row `event_id` says which).
pub async fn notify_story(
    tx: &mut Tx,
    author_id: i64,
    actor_id: i64,
    event_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO notifications (user_id, kind, actor_id, story_event_id, created_at)
               VALUES ($1, 'story', $2, $3, $4)";
    on_tx!(tx, c => sqlx::query(sql).bind(author_id).bind(actor_id).bind(event_id).bind(now).execute(c).await.map(|_| ()))
}

/// Tells a member they earned a badge (`actor_id` awarded it, or is the member for an earned one).
pub async fn notify_badge(
    tx: &mut Tx,
    user_id: i64,
    actor_id: i64,
    badge_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql =
        "INSERT INTO notifications (user_id, kind, actor_id, badge_id, created_at) VALUES ($1, 'badge', $2, $3, $4)";
    on_tx!(tx, c => sqlx::query(sql).bind(user_id).bind(actor_id).bind(badge_id).bind(now).execute(c).await.map(|_| ()))
}

/// Tells a member a moderator decided on their challenge completion (`actor_id`, the moderator).
pub async fn notify_challenge(
    tx: &mut Tx,
    user_id: i64,
    actor_id: i64,
    completion_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO notifications (user_id, kind, actor_id, completion_id, created_at)
               VALUES ($1, 'challenge', $2, $3, $4)";
    on_tx!(tx, c => sqlx::query(sql).bind(user_id).bind(actor_id).bind(completion_id).bind(now).execute(c).await.map(|_| ()))
}

/// Tells a referrer that the referral of `referee_id` earned them its reward (a customer who never joined
/// has no account: the referrer stands as the actor).
pub async fn notify_referral(
    tx: &mut Tx,
    referrer_id: i64,
    referee_id: Option<i64>,
    referral_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO notifications (user_id, kind, actor_id, referral_id, created_at)
               VALUES ($1, 'referral', $2, $3, $4)";
    let actor = referee_id.unwrap_or(referrer_id);
    on_tx!(tx, c => sqlx::query(sql).bind(referrer_id).bind(actor).bind(referral_id).bind(now).execute(c).await.map(|_| ()))
}
