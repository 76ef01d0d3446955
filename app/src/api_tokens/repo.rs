//! API tokens and idempotent requests in SQL.

use crate::{
    api_tokens::domain::{Scope, TokenDraft, TokenRow, TokenStatus},
    db::{Db, Tx},
    on_db, on_tx,
};

/// Stores a new token and returns its id.
pub async fn insert(
    tx: &mut Tx,
    draft: &TokenDraft,
    (prefix, secret_hash): (&str, &str),
    created_by: i64,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO api_tokens (name, prefix, secret_hash, scopes, rate_per_minute, created_by, created_at, expires_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
    let expires_at = draft.expires_days.map(|d| now + d * 86_400);
    on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(&draft.name)
        .bind(prefix)
        .bind(secret_hash)
        .bind(Scope::join(&draft.scopes))
        .bind(draft.rate_per_minute)
        .bind(created_by)
        .bind(now)
        .bind(expires_at)
        .fetch_one(c)
        .await)
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    name: String,
    prefix: String,
    scopes: String,
    rate_per_minute: i64,
    created_by: String,
    created_at: i64,
    expires_at: Option<i64>,
    revoked_at: Option<i64>,
    last_used_at: Option<i64>,
}

/// Every token, active ones first, newest first within.
pub async fn list(db: &Db, now: i64) -> Result<Vec<TokenRow>, sqlx::Error> {
    let sql = "SELECT t.id, t.name, t.prefix, t.scopes, t.rate_per_minute, u.display_name AS created_by, t.created_at,
                      t.expires_at, t.revoked_at, t.last_used_at
               FROM api_tokens t JOIN users u ON u.id = t.created_by
               ORDER BY CASE WHEN t.revoked_at IS NULL THEN 0 ELSE 1 END, t.id DESC";
    let rows: Vec<Row> = on_db!(db, p => sqlx::query_as(sql).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|r| TokenRow {
            id: r.id,
            name: r.name,
            prefix: r.prefix,
            scopes: Scope::split(&r.scopes),
            rate_per_minute: r.rate_per_minute,
            created_by: r.created_by,
            created_at: r.created_at,
            expires_at: r.expires_at,
            last_used_at: r.last_used_at,
            status: TokenStatus::of(r.expires_at, r.revoked_at, now),
        })
        .collect())
}

/// Revokes token `id` and returns its name; `None` when there is no such token or it was revoked already.
pub async fn revoke(tx: &mut Tx, id: i64, by: i64, now: i64) -> Result<Option<String>, sqlx::Error> {
    let sql =
        "UPDATE api_tokens SET revoked_at = $1, revoked_by = $2 WHERE id = $3 AND revoked_at IS NULL RETURNING name";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(now).bind(by).bind(id).fetch_optional(c).await)
}

/// Who a request with a valid token acts as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenCaller {
    pub token_id: i64,
    pub name: String,
    pub scopes: Vec<Scope>,
    pub rate_per_minute: i64,
    /// The admin who made the token: the actor of everything done with it.
    pub actor_id: i64,
    pub last_used_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct CallerRow {
    id: i64,
    name: String,
    scopes: String,
    rate_per_minute: i64,
    created_by: i64,
    last_used_at: Option<i64>,
}

/// The token whose secret digests to `secret_hash`, if it is neither revoked nor expired and its maker is
/// still an admin who is neither removed nor suspended.
pub async fn authenticate(db: &Db, secret_hash: &str, now: i64) -> Result<Option<TokenCaller>, sqlx::Error> {
    let sql = "SELECT t.id, t.name, t.scopes, t.rate_per_minute, t.created_by, t.last_used_at
               FROM api_tokens t JOIN users u ON u.id = t.created_by
               WHERE t.secret_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)
                 AND u.role = 'admin' AND u.removed_at IS NULL AND (u.suspended_until IS NULL OR u.suspended_until <= $2)";
    let row: Option<CallerRow> =
        on_db!(db, p => sqlx::query_as(sql).bind(secret_hash).bind(now).fetch_optional(p).await)?;
    Ok(row.map(|r| TokenCaller {
        token_id: r.id,
        name: r.name,
        scopes: Scope::split(&r.scopes),
        rate_per_minute: r.rate_per_minute,
        actor_id: r.created_by,
        last_used_at: r.last_used_at,
    }))
}

/// How stale "last used" may get before a request writes it again.
pub const LAST_USED_EVERY_SECS: i64 = 60;

/// Records that the token was used now (to the minute: at most one write a minute per token).
pub async fn touch(db: &Db, token_id: i64, now: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE api_tokens SET last_used_at = $1 WHERE id = $2 AND (last_used_at IS NULL OR last_used_at <= $3)";
    on_db!(db, p => sqlx::query(sql).bind(now).bind(token_id).bind(now - LAST_USED_EVERY_SECS).execute(p).await.map(|_| ()))
}

/// What became of claiming an idempotency key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// The key is new: the request goes ahead in this transaction and [`remember`] keeps its answer.
    Fresh,
    /// The same request was answered before: this is its answer.
    Answered { status: u16, body: String },
    /// The key was used for a different request.
    Mismatch,
}

/// Claims `key` for `token_id` in the request's transaction. A concurrent retry waits on the key's row (on
/// PostgreSQL, the unique index; on SQLite, the write lock) until the first request commits, then reads its
/// answer. A request that fails rolls back and leaves the key free for the next try.
pub async fn claim(tx: &mut Tx, token_id: i64, key: &str, fingerprint: &str, now: i64) -> Result<Claim, sqlx::Error> {
    let insert = "INSERT INTO api_requests (token_id, idem_key, fingerprint, created_at) VALUES ($1, $2, $3, $4)
                  ON CONFLICT (token_id, idem_key) DO NOTHING";
    let inserted = on_tx!(tx, c => sqlx::query(insert)
        .bind(token_id)
        .bind(key)
        .bind(fingerprint)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    if inserted == 1 {
        return Ok(Claim::Fresh);
    }
    let sql = "SELECT fingerprint, status, body FROM api_requests WHERE token_id = $1 AND idem_key = $2";
    let (stored, status, body): (String, i64, String) =
        on_tx!(tx, c => sqlx::query_as(sql).bind(token_id).bind(key).fetch_one(c).await)?;
    Ok(if stored == fingerprint {
        Claim::Answered { status: u16::try_from(status).unwrap_or(200), body }
    } else {
        Claim::Mismatch
    })
}

/// Keeps the answer to a claimed request, in its transaction.
pub async fn remember(tx: &mut Tx, token_id: i64, key: &str, status: u16, body: &str) -> Result<(), sqlx::Error> {
    let sql = "UPDATE api_requests SET status = $1, body = $2 WHERE token_id = $3 AND idem_key = $4";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(i64::from(status))
        .bind(body)
        .bind(token_id)
        .bind(key)
        .execute(c)
        .await
        .map(|_| ()))
}

/// How long answers are kept for retries.
pub const ANSWERS_KEPT_SECS: i64 = 7 * 86_400;

/// Forgets answers older than [`ANSWERS_KEPT_SECS`].
pub async fn prune(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let sql = "DELETE FROM api_requests WHERE created_at < $1";
    on_db!(db, p => sqlx::query(sql).bind(now - ANSWERS_KEPT_SECS).execute(p).await.map(|r| r.rows_affected()))
}
