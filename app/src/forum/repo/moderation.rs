//! SQL for moderators' actions and the audit log that records each of them.

use crate::{accounts::domain::Role, db::Tx, forum::domain::PostStanding, on_tx};

/// Which topic flag a moderator sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopicFlag {
    Pinned,
    Locked,
}

/// Sets `flag` on a topic; false when there is no such topic or it already had that value.
pub async fn set_flag(tx: &mut Tx, topic_id: i64, flag: TopicFlag, on: bool) -> Result<bool, sqlx::Error> {
    let sql = match flag {
        TopicFlag::Pinned => "UPDATE topics SET pinned = $1 WHERE id = $2 AND pinned <> $1",
        TopicFlag::Locked => "UPDATE topics SET locked = $1 WHERE id = $2 AND locked <> $1",
    };
    let done = on_tx!(tx, c => sqlx::query(sql).bind(i64::from(on)).bind(topic_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Where a topic is and how much it carries, before a move.
#[derive(Debug, sqlx::FromRow)]
pub struct Placement {
    pub category_id: i64,
    pub post_count: i64,
    pub last_post_at: i64,
}

pub async fn placement(tx: &mut Tx, topic_id: i64) -> Result<Option<Placement>, sqlx::Error> {
    let sql = "SELECT category_id, post_count, last_post_at FROM topics WHERE id = $1";
    on_tx!(tx, c => sqlx::query_as::<_, Placement>(sql).bind(topic_id).fetch_optional(c).await)
}

/// Moves a topic from `from` to `to`, carrying its counts. The update is guarded by the category it was
/// read in, so two moderators moving the same topic at once cannot both apply their counts.
pub async fn move_topic(tx: &mut Tx, topic_id: i64, from: &Placement, to: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE topics SET category_id = $1 WHERE id = $2 AND category_id = $3";
    let moved = on_tx!(tx, c => sqlx::query(sql).bind(to).bind(topic_id).bind(from.category_id).execute(c).await.map(|r| r.rows_affected()))?;
    if moved != 1 {
        return Ok(false);
    }
    let out = "UPDATE categories SET topic_count = topic_count - 1, post_count = post_count - $1 WHERE id = $2";
    on_tx!(tx, c => sqlx::query(out).bind(from.post_count).bind(from.category_id).execute(c).await.map(|r| r.rows_affected()))?;
    let into = "UPDATE categories SET topic_count = topic_count + 1, post_count = post_count + $1,
                last_post_at = CASE WHEN last_post_at IS NULL OR last_post_at < $2 THEN $2 ELSE last_post_at END
                WHERE id = $3";
    on_tx!(tx, c => sqlx::query(into).bind(from.post_count).bind(from.last_post_at).bind(to).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(true)
}

/// Gives a topic a new title (and the address that goes with it); false when there is no such topic or
/// it already had that title. The old title is returned for the audit log.
pub async fn rename(tx: &mut Tx, topic_id: i64, title: &str, slug: &str) -> Result<Option<String>, sqlx::Error> {
    let old: Option<String> = on_tx!(tx, c => sqlx::query_scalar("SELECT title FROM topics WHERE id = $1").bind(topic_id).fetch_optional(c).await)?;
    let Some(old) = old.filter(|o| o != title) else { return Ok(None) };
    let sql = "UPDATE topics SET title = $1, slug = $2 WHERE id = $3";
    on_tx!(tx, c => sqlx::query(sql).bind(title).bind(slug).bind(topic_id).execute(c).await.map(|_| ()))?;
    // PostgreSQL's search column is generated from the title; SQLite's FTS row of the opening post is not.
    if let Tx::Sqlite(t, _) = tx {
        let fts = "UPDATE post_search SET title = $1
                   WHERE rowid = (SELECT id FROM posts WHERE topic_id = $2 AND number = 1)";
        sqlx::query(fts).bind(title).bind(topic_id).execute(&mut **t).await?;
    }
    Ok(Some(old))
}

/// Who started a topic (`None` when there is no such topic).
pub async fn topic_author(tx: &mut Tx, topic_id: i64) -> Result<Option<i64>, sqlx::Error> {
    let sql = "SELECT author_id FROM topics WHERE id = $1";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(topic_id).fetch_optional(c).await)
}

/// Where a post stands for a moderator's action (`None` when there is no such post). Reads inside the
/// write transaction, so the decision and the change see the same row.
pub async fn standing(tx: &mut Tx, post_id: i64) -> Result<Option<PostStanding>, sqlx::Error> {
    let sql = "SELECT p.author_id, a.removed_at IS NOT NULL, p.hidden_at IS NOT NULL, h.role
               FROM posts p JOIN users a ON a.id = p.author_id LEFT JOIN users h ON h.id = p.hidden_by
               WHERE p.id = $1";
    let row: Option<(i64, bool, bool, Option<String>)> =
        on_tx!(tx, c => sqlx::query_as(sql).bind(post_id).fetch_optional(c).await)?;
    Ok(row.map(|(author_id, author_removed, hidden, hider)| PostStanding {
        author_id,
        author_removed,
        hidden,
        hidden_by: hider.as_deref().and_then(Role::parse),
    }))
}

/// Hides a visible post with a reason; false when it was already hidden or does not exist.
pub async fn hide(tx: &mut Tx, post_id: i64, by: i64, reason: &str, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE posts SET hidden_at = $1, hidden_by = $2, hidden_reason = $3 WHERE id = $4 AND hidden_at IS NULL AND deleted_at IS NULL";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(now).bind(by).bind(reason).bind(post_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Shows a hidden post again; false when it was not hidden (a held post is approved instead, which pays and
/// notifies), or its author has been removed meanwhile (the
/// guard is in the update: on PostgreSQL a removal can commit between the decision and this statement).
pub async fn unhide(tx: &mut Tx, post_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE posts SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL
               WHERE id = $1 AND hidden_at IS NOT NULL AND held_at IS NULL
                 AND NOT EXISTS (SELECT 1 FROM users a WHERE a.id = posts.author_id AND a.removed_at IS NOT NULL)";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(post_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}
