//! SQL for topic follows: who hears about a new reply.

use crate::{
    db::{Db, Tx},
    on_db, on_tx,
};

/// Follows (true) or unfollows a topic; false when nothing changed.
pub async fn set_follow(tx: &mut Tx, topic_id: i64, user_id: i64, follow: bool, now: i64) -> Result<bool, sqlx::Error> {
    let changed = if follow {
        let sql =
            "INSERT INTO topic_follows (topic_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
        on_tx!(tx, c => sqlx::query(sql).bind(topic_id).bind(user_id).bind(now).execute(c).await.map(|r| r.rows_affected()))?
    } else {
        let sql = "DELETE FROM topic_follows WHERE topic_id = $1 AND user_id = $2";
        on_tx!(tx, c => sqlx::query(sql).bind(topic_id).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?
    };
    Ok(changed == 1)
}

pub async fn is_following(db: &Db, topic_id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM topic_follows WHERE topic_id = $1 AND user_id = $2";
    let n: i64 = on_db!(db, p => sqlx::query_scalar(sql).bind(topic_id).bind(user_id).fetch_one(p).await)?;
    Ok(n > 0)
}
