//! Fixed-window rate limits kept in the database, so every node behind a load balancer counts together.
//!
//! Buckets are named `kind:scope:key`. Log lines name the kind and scope only: the key can be an email
//! (hashed by [`private_key`] before it gets here) or an address.

use crate::{db, error::AppError, on_db};

/// Counts one hit on `bucket` and refuses it when the window already had `limit` hits.
pub async fn hit(db: &db::Db, bucket: &str, limit: u32, window_secs: i64) -> Result<(), AppError> {
    let (hits, retry_after_secs) = add(db, bucket, window_secs).await?;
    if hits > i64::from(limit) {
        tracing::warn!(bucket = kind(bucket), hits, "rate limit hit");
        return Err(AppError::RateLimited { retry_after_secs });
    }
    Ok(())
}

/// Takes back one hit counted by [`hit`] in this window (an attempt that turned out not to count, such as
/// a sign-in that succeeded).
pub async fn forgive(db: &db::Db, bucket: &str, window_secs: i64) -> Result<(), AppError> {
    let now = db::now();
    let window_start = now - now.rem_euclid(window_secs);
    let sql = "UPDATE rate_limits SET hits = hits - 1 WHERE bucket = $1 AND window_start = $2 AND hits > 0";
    on_db!(db, p => sqlx::query(sql).bind(bucket).bind(window_start).execute(p).await.map(|_| ()))
        .map_err(|e| failed(e, bucket))
}

/// Adds a hit and returns the window's count and the seconds until it ends.
async fn add(db: &db::Db, bucket: &str, window_secs: i64) -> Result<(i64, u64), AppError> {
    let now = db::now();
    let window_start = now - now.rem_euclid(window_secs);
    let sql = "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
               ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1
               RETURNING hits";
    let hits: i64 = on_db!(db, p => sqlx::query_scalar(sql).bind(bucket).bind(window_start).fetch_one(p).await)
        .map_err(|e| failed(e, bucket))?;
    Ok((hits, u64::try_from(window_start + window_secs - now).unwrap_or(1).max(1)))
}

fn failed(e: sqlx::Error, bucket: &str) -> AppError {
    tracing::error!(error = %e, bucket = kind(bucket), "rate limit counter failed");
    AppError::Internal
}

/// The bucket's kind and scope (`sign-in:fail`), for logs: never the key, which may be personal.
fn kind(bucket: &str) -> &str {
    match bucket.match_indices(':').nth(1) {
        Some((i, _)) => &bucket[..i],
        None => bucket.split(':').next().unwrap_or(bucket),
    }
}

/// A personal value (an email) as a bucket key: a hash, so the table and its logs hold no addresses.
pub fn private_key(value: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(value.as_bytes());
    digest[..12].iter().map(|b| format!("{b:02x}")).collect()
}

/// Forgets windows that ended more than a day ago.
pub async fn prune(db: &db::Db) -> Result<u64, sqlx::Error> {
    let cutoff = db::now() - 24 * 3600;
    let done = on_db!(db, p => sqlx::query("DELETE FROM rate_limits WHERE window_start < $1").bind(cutoff).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logs_name_the_kind_of_limit_not_the_person() {
        assert_eq!(kind("sign-in:fail:3f2a"), "sign-in:fail");
        assert_eq!(kind("post:user:12"), "post:user");
        assert_eq!(kind("plain"), "plain");
        let key = private_key("ada@example.com");
        assert_eq!(key.len(), 24);
        assert!(!key.contains("ada"));
        assert_eq!(key, private_key("ada@example.com"));
    }
}
