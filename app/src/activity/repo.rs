//! The activity rollup in SQL: `member_activity_days` and `member_activity_months`, kept up to date in the
//! transaction that stores the activity. Measured in docs/PERFORMANCE.md ("Programme dashboard").

use crate::{
    common::dates::{month_of, DAY},
    db::Tx,
    on_tx,
};

/// Notes that `user_id` took part at `at` (a topic or reply, a story submitted, a reward redeemed). Cheap
/// when it is not their first activity of the day: one insert that does nothing.
pub async fn record(tx: &mut Tx, user_id: i64, at: i64) -> Result<(), sqlx::Error> {
    let day = at.div_euclid(DAY) * DAY;
    let sql = "INSERT INTO member_activity_days (day, user_id, prev_day)
               SELECT $1, $2, (SELECT MAX(day) FROM member_activity_days WHERE user_id = $2 AND day < $1)
               WHERE 1 = 1 ON CONFLICT DO NOTHING";
    let added = on_tx!(tx, c => sqlx::query(sql).bind(day).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    if added == 0 {
        return Ok(());
    }
    // Only a backdated day (the generators) has a later day after it, whose previous day it now is.
    let next = "UPDATE member_activity_days SET prev_day = $1
                WHERE user_id = $2 AND day = (SELECT MIN(day) FROM member_activity_days WHERE user_id = $2 AND day > $1)";
    on_tx!(tx, c => sqlx::query(next).bind(day).bind(user_id).execute(c).await.map(|_| ()))?;
    let joined: Option<i64> = on_tx!(tx, c => sqlx::query_scalar("SELECT created_at FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(c)
        .await)?;
    let Some(joined) = joined else { return Ok(()) };
    let sql = "INSERT INTO member_activity_months (cohort_month, month, user_id) VALUES ($1, $2, $3)
               ON CONFLICT DO NOTHING";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(i64::from(month_of(joined)))
        .bind(i64::from(month_of(at)))
        .bind(user_id)
        .execute(c)
        .await
        .map(|_| ()))
}
