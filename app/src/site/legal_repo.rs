//! Published versions of the terms and the privacy notice, and who accepted which terms.

use super::legal::{LegalKind, LegalVersion};
use crate::{
    db::{Db, Tx},
    error::AppError,
    on_db, on_tx, t,
};

/// One version's text.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Text {
    pub version: i64,
    pub body: String,
    pub body_html: String,
    pub published_at: i64,
}

/// `version` of `kind`, or the newest when `None`.
pub async fn text(db: &Db, kind: LegalKind, version: Option<i64>) -> Result<Option<Text>, sqlx::Error> {
    let sql = "SELECT version, body, body_html, published_at FROM legal_versions
               WHERE kind = $1 AND ($2 = 0 OR version = $2) ORDER BY version DESC LIMIT 1";
    let version = version.unwrap_or(0);
    on_db!(db, p => sqlx::query_as(sql).bind(kind.as_str()).bind(version).fetch_optional(p).await)
}

/// Every version of `kind`, newest first, with how many members accepted each (terms only).
pub async fn versions(db: &Db, kind: LegalKind) -> Result<Vec<LegalVersion>, sqlx::Error> {
    let sql = "SELECT l.version, l.changes, l.published_at, u.display_name AS published_by,
                      CASE WHEN l.kind = 'terms'
                           THEN (SELECT COUNT(*) FROM terms_acceptances a WHERE a.version = l.version) ELSE 0 END AS accepted
               FROM legal_versions l LEFT JOIN users u ON u.id = l.published_by
               WHERE l.kind = $1 ORDER BY l.version DESC";
    let rows: Vec<(i64, String, i64, Option<String>, i64)> =
        on_db!(db, p => sqlx::query_as(sql).bind(kind.as_str()).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|(version, changes, published_at, published_by, accepted)| LegalVersion {
            version,
            changes,
            published_at,
            published_by,
            accepted,
        })
        .collect())
}

/// The newest version of `kind` seen inside `tx` (0 when none).
pub async fn newest_in(tx: &mut Tx, kind: LegalKind) -> Result<i64, sqlx::Error> {
    let sql = "SELECT COALESCE(MAX(version), 0) FROM legal_versions WHERE kind = $1";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(kind.as_str()).fetch_one(c).await)
}

/// The newest terms version.
pub async fn newest_terms(db: &Db) -> Result<i64, sqlx::Error> {
    let sql = "SELECT COALESCE(MAX(version), 0) FROM legal_versions WHERE kind = 'terms'";
    on_db!(db, p => sqlx::query_scalar(sql).fetch_one(p).await)
}

/// Publishes `body` as the next version of `kind`. The version number is taken inside the write transaction
/// with the kind's publications serialised (on PostgreSQL an advisory lock held until the transaction ends, on
/// SQLite the write transaction itself), so two admins publishing at once get two versions.
pub async fn publish(
    tx: &mut Tx,
    kind: LegalKind,
    body: &str,
    body_html: &str,
    changes: &str,
    by: i64,
    now: i64,
) -> Result<i64, sqlx::Error> {
    if let Tx::Postgres(_) = tx {
        let lock = "SELECT pg_advisory_xact_lock(hashtext('legal:' || $1))";
        on_tx!(tx, c => sqlx::query(lock).bind(kind.as_str()).execute(c).await.map(|_| ()))?;
    }
    let version = newest_in(tx, kind).await? + 1;
    let sql = "INSERT INTO legal_versions (kind, version, body, body_html, changes, published_at, published_by)
               VALUES ($1, $2, $3, $4, $5, $6, $7)";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(kind.as_str())
        .bind(version)
        .bind(body)
        .bind(body_html)
        .bind(changes)
        .bind(now)
        .bind(by)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(version)
}

/// The terms version a member accepted last.
pub async fn accepted(db: &Db, user: i64) -> Result<Option<i64>, sqlx::Error> {
    let sql = "SELECT terms_version FROM users WHERE id = $1";
    on_db!(db, p => sqlx::query_scalar::<_, Option<i64>>(sql).bind(user).fetch_optional(p).await).map(Option::flatten)
}

/// Records that `user` accepted terms `version`: the history row (once) and the users row, which never
/// goes back to an older version.
pub async fn record_acceptance(tx: &mut Tx, user: i64, version: i64, now: i64) -> Result<(), sqlx::Error> {
    let history = "INSERT INTO terms_acceptances (user_id, version, accepted_at) VALUES ($1, $2, $3)
                   ON CONFLICT (user_id, version) DO NOTHING";
    on_tx!(tx, c => sqlx::query(history).bind(user).bind(version).bind(now).execute(c).await.map(|_| ()))?;
    let current = "UPDATE users SET terms_version = $2 WHERE id = $1 AND (terms_version IS NULL OR terms_version < $2)";
    on_tx!(tx, c => sqlx::query(current).bind(user).bind(version).execute(c).await.map(|_| ()))
}

/// Sign-up's check: when terms are published the new member ticked the box for the newest version; returns
/// the version to record.
pub async fn terms_at_sign_up(tx: &mut Tx, ticked: Option<&str>) -> Result<Option<i64>, AppError> {
    let newest = newest_in(tx, LegalKind::Terms).await?;
    if newest == 0 {
        return Ok(None);
    }
    let Some(version) = ticked.and_then(|v| v.trim().parse::<i64>().ok()) else {
        return Err(AppError::invalid("accept_terms", t!("site-accept-terms")));
    };
    check_version(version, newest)
        .map_err(|_| AppError::invalid("accept_terms", t!("site-terms-changed", version = newest)))?;
    Ok(Some(version))
}

pub fn check_version(version: i64, newest: i64) -> Result<(), AppError> {
    if newest == 0 {
        return Err(AppError::invalid("version", t!("site-no-terms")));
    }
    if version != newest {
        return Err(AppError::invalid("version", t!("site-terms-newest", version = newest)));
    }
    Ok(())
}

/// Notes that `user` opened `kind` (the newest read of each is kept).
pub async fn record_read(db: &Db, user: i64, kind: LegalKind, now: i64) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO legal_reads (user_id, kind, read_at) VALUES ($1, $2, $3)
               ON CONFLICT (user_id, kind) DO UPDATE SET read_at = excluded.read_at";
    on_db!(db, p => sqlx::query(sql).bind(user).bind(kind.as_str()).bind(now).execute(p).await.map(|_| ()))
}
