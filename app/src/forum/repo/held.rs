//! SQL for posts held for approval: a new member's first posts (the admin's `hold_first_posts`) are stored
//! hidden, with no moderator named and `held_at` set, so every read that leaves hidden posts out leaves them
//! out too. Approving clears both (and the topic's `held_at` for an opening post); rejecting names the
//! moderator and keeps `held_at`, so it never pays or notifies later.

use crate::{
    db::{Db, Tx},
    forum::views::HeldPost,
    on_db, on_tx,
};

pub use crate::forum::domain::HELD_REASON;

/// The reason a rejected post carries, with the moderator's words.
pub fn rejected_reason(reason: &str) -> String {
    format!("{}{reason}", crate::forum::domain::REJECTED_PREFIX)
}

/// Whether the author's next post is held: the admin holds a new member's first `hold` posts, and fewer than
/// that many of theirs have been approved (posts never held count as approved). Counted inside the write
/// transaction, with the author's row locked, so two posts sent at once are counted one after the other.
pub async fn must_hold(tx: &mut Tx, author_id: i64) -> Result<bool, sqlx::Error> {
    let setting = "SELECT hold_first_posts FROM site_settings WHERE id = 1";
    let hold: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(setting).fetch_optional(c).await)?;
    let hold = hold.unwrap_or(0);
    if hold <= 0 {
        return Ok(false);
    }
    let sql =
        "SELECT COUNT(*) FROM (SELECT 1 FROM posts WHERE author_id = $1 AND held_at IS NULL LIMIT $2) AS approved";
    let approved: i64 = on_tx!(tx, c => sqlx::query_scalar(sql).bind(author_id).bind(hold).fetch_one(c).await)?;
    Ok(approved < hold)
}

/// Holds a post just stored (and its topic, when it is the opening post).
pub async fn hold(tx: &mut Tx, post_id: i64, now: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE posts SET held_at = $1, hidden_at = $1, hidden_by = NULL, hidden_reason = $2 WHERE id = $3";
    on_tx!(tx, c => sqlx::query(sql).bind(now).bind(HELD_REASON).bind(post_id).execute(c).await.map(|_| ()))?;
    let topic = "UPDATE topics SET held_at = $1 WHERE id = (SELECT topic_id FROM posts WHERE id = $2 AND number = 1)";
    on_tx!(tx, c => sqlx::query(topic).bind(now).bind(post_id).execute(c).await.map(|_| ()))?;
    // A held reply took the topic's last word when it was stored: give it back to the newest shown post, so
    // the list neither names the waiting author nor moves the topic up before a moderator decides.
    let shown = "FROM posts p WHERE p.topic_id = topics.id AND p.hidden_at IS NULL AND p.deleted_at IS NULL
                 ORDER BY p.number DESC LIMIT 1";
    let last = format!(
        "UPDATE topics SET last_post_at = COALESCE((SELECT p.created_at {shown}), last_post_at),
                           last_poster_id = COALESCE((SELECT p.author_id {shown}), last_poster_id)
         WHERE id = (SELECT topic_id FROM posts WHERE id = $1 AND number > 1)"
    );
    on_tx!(tx, c => sqlx::query(&last).bind(post_id).execute(c).await.map(|_| ()))
}

/// A post an approval released, for what follows it (points, notifications).
#[derive(Debug, sqlx::FromRow)]
pub struct Released {
    pub author_id: i64,
    pub topic_id: i64,
    pub number: i64,
    pub body_md: String,
}

/// Approves a held post that is still waiting (not rejected, not removed by its author, whose author was not
/// removed as spam): it is shown, and an opening post's topic with it. `None` when there is no such post.
pub async fn approve(tx: &mut Tx, post_id: i64, now: i64) -> Result<Option<Released>, sqlx::Error> {
    let sql = "UPDATE posts SET held_at = NULL, hidden_at = NULL, hidden_reason = NULL
               WHERE id = $1 AND held_at IS NOT NULL AND hidden_by IS NULL AND deleted_at IS NULL
                 AND NOT EXISTS (SELECT 1 FROM users a WHERE a.id = posts.author_id AND a.removed_at IS NOT NULL)
               RETURNING author_id, topic_id, number, body_md";
    let released: Option<Released> =
        on_tx!(tx, c => sqlx::query_as(sql).bind(post_id).bind(now).fetch_optional(c).await)?;
    let Some(released) = released else { return Ok(None) };
    let topic = "UPDATE topics SET held_at = NULL, last_post_at = $2, last_poster_id = $3 WHERE id = $1";
    on_tx!(tx, c => sqlx::query(topic)
        .bind(released.topic_id)
        .bind(now)
        .bind(released.author_id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(Some(released))
}

/// Rejects a held post that is still waiting, naming the moderator and their reason (the post stays hidden
/// and held); false when there is no such post.
pub async fn reject(tx: &mut Tx, post_id: i64, by: i64, reason: &str, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE posts SET hidden_by = $1, hidden_reason = $2, hidden_at = $3
               WHERE id = $4 AND held_at IS NOT NULL AND hidden_by IS NULL AND deleted_at IS NULL";
    let done = on_tx!(tx, c => sqlx::query(sql)
        .bind(by)
        .bind(rejected_reason(reason))
        .bind(now)
        .bind(post_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

#[derive(sqlx::FromRow)]
struct QueueRow {
    post_id: i64,
    topic_id: i64,
    topic_slug: String,
    topic_title: String,
    number: i64,
    author_id: i64,
    author_name: String,
    author_handle: Option<String>,
    body_html: String,
    held_at: i64,
}

/// The posts waiting for approval, oldest first (authors removed as spam left out), and how many wait.
pub async fn queue(db: &Db, limit: i64) -> Result<(Vec<HeldPost>, i64), sqlx::Error> {
    let waiting = "FROM posts p JOIN topics t ON t.id = p.topic_id JOIN users a ON a.id = p.author_id
                   WHERE p.held_at IS NOT NULL AND p.hidden_by IS NULL AND p.deleted_at IS NULL AND a.removed_at IS NULL";
    let sql = format!(
        "SELECT p.id AS post_id, p.topic_id, t.slug AS topic_slug, t.title AS topic_title, p.number, p.author_id,
                a.display_name AS author_name, a.handle AS author_handle, p.body_html, p.held_at
         {waiting} ORDER BY p.held_at, p.id LIMIT $1"
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, QueueRow>(&sql).bind(limit).fetch_all(p).await)?;
    let count = format!("SELECT COUNT(*) {waiting}");
    let total: i64 = on_db!(db, p => sqlx::query_scalar(&count).fetch_one(p).await)?;
    let posts = rows
        .into_iter()
        .map(|r| HeldPost {
            post_id: r.post_id,
            topic_id: r.topic_id,
            topic_slug: r.topic_slug,
            topic_title: r.topic_title,
            number: r.number,
            author_id: r.author_id,
            author_name: r.author_name,
            author_handle: r.author_handle.unwrap_or_default(),
            body_html: r.body_html,
            held_at: r.held_at,
        })
        .collect();
    Ok((posts, total))
}
