//! Fixed-window rate limits kept in the database, so every node behind a load balancer counts together.

use crate::{db, error::AppError, on_db};

/// Counts one hit on `bucket` and refuses it when the window already had `limit` hits.
pub async fn hit(db: &db::Db, bucket: &str, limit: u32, window_secs: i64) -> Result<(), AppError> {
    let now = db::now();
    let window_start = now - now.rem_euclid(window_secs);
    let sql = "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
               ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1
               RETURNING hits";
    let hits: i64 = on_db!(db, p => sqlx::query_scalar(sql).bind(bucket).bind(window_start).fetch_one(p).await)
        .map_err(|e| {
            tracing::error!(error = %e, bucket, "rate limit counter failed");
            AppError::Internal
        })?;
    if hits > i64::from(limit) {
        let retry_after_secs = u64::try_from(window_start + window_secs - now).unwrap_or(1).max(1);
        tracing::warn!(bucket, hits, "rate limit hit");
        return Err(AppError::RateLimited { retry_after_secs });
    }
    Ok(())
}

/// Forgets windows that ended more than a day ago.
pub async fn prune(db: &db::Db) -> Result<u64, sqlx::Error> {
    let cutoff = db::now() - 24 * 3600;
    let done = on_db!(db, p => sqlx::query("DELETE FROM rate_limits WHERE window_start < $1").bind(cutoff).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(done)
}
