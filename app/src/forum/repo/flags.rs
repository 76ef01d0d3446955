//! SQL for flags and the moderation queue.

use crate::{
    db::{Db, Tx},
    forum::flags::{FlagNote, FlagReason, FlaggedPost, NewFlag, Resolution},
    on_db, on_tx,
};

/// Files a flag; false when this member already flagged the post.
pub async fn insert(tx: &mut Tx, post_id: i64, flagger_id: i64, flag: &NewFlag, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "INSERT INTO flags (post_id, flagger_id, reason, note, created_at) VALUES ($1, $2, $3, $4, $5)
               ON CONFLICT DO NOTHING";
    let added = on_tx!(tx, c => sqlx::query(sql)
        .bind(post_id)
        .bind(flagger_id)
        .bind(flag.reason.as_str())
        .bind(&flag.note)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(added == 1)
}

#[derive(sqlx::FromRow)]
struct Row {
    post_id: i64,
    topic_id: i64,
    topic_slug: String,
    topic_title: String,
    number: i64,
    author_name: String,
    body_md: String,
    reason: String,
    note: String,
    flagger_name: String,
    created_at: i64,
}

/// Posts with open flags, oldest flag first (at most `limit` posts), each with its flags.
pub async fn open(db: &Db, limit: i64) -> Result<Vec<FlaggedPost>, sqlx::Error> {
    let sql = "WITH queue AS (
                   SELECT post_id, MIN(id) AS first FROM flags WHERE resolved_at IS NULL
                   GROUP BY post_id ORDER BY MIN(id) LIMIT $1
               )
               SELECT p.id AS post_id, t.id AS topic_id, t.slug AS topic_slug, t.title AS topic_title, p.number,
                      a.display_name AS author_name, p.body_md, f.reason, f.note, u.display_name AS flagger_name,
                      f.created_at
               FROM queue q
               JOIN flags f ON f.post_id = q.post_id AND f.resolved_at IS NULL
               JOIN posts p ON p.id = q.post_id
               JOIN topics t ON t.id = p.topic_id
               JOIN users a ON a.id = p.author_id
               JOIN users u ON u.id = f.flagger_id
               ORDER BY q.first, f.id";
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(sql).bind(limit).fetch_all(p).await)?;
    let mut queue: Vec<FlaggedPost> = Vec::new();
    for r in rows {
        let note = FlagNote {
            reason: FlagReason::parse(&r.reason).unwrap_or(FlagReason::Other),
            note: r.note,
            flagger_name: r.flagger_name,
            created_at: r.created_at,
        };
        match queue.last_mut() {
            Some(last) if last.post_id == r.post_id => last.flags.push(note),
            _ => queue.push(FlaggedPost {
                post_id: r.post_id,
                topic_id: r.topic_id,
                topic_slug: r.topic_slug,
                topic_title: r.topic_title,
                number: r.number,
                author_name: r.author_name,
                excerpt: r.body_md.chars().take(400).collect(),
                flags: vec![note],
            }),
        }
    }
    Ok(queue)
}

/// Closes every open flag on a post; returns how many there were.
pub async fn resolve(tx: &mut Tx, post_id: i64, by: i64, how: Resolution, now: i64) -> Result<u64, sqlx::Error> {
    let sql = "UPDATE flags SET resolved_at = $1, resolved_by = $2, resolution = $3
               WHERE post_id = $4 AND resolved_at IS NULL";
    on_tx!(tx, c => sqlx::query(sql).bind(now).bind(by).bind(how.as_str()).bind(post_id).execute(c).await.map(|r| r.rows_affected()))
}

/// The reasons of the open flags on a post, for the hide reason.
pub async fn open_reasons(tx: &mut Tx, post_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let sql = "SELECT DISTINCT reason FROM flags WHERE post_id = $1 AND resolved_at IS NULL ORDER BY reason";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(post_id).fetch_all(c).await)
}
