//! The `media` and `uploads` tables: what is stored, who sent it, whether it is served, and what nothing uses.

use super::{
    domain::{Ext, MediaKind},
    process::Processed,
    views::PictureCard,
};
use crate::{
    db::{Db, Tx},
    on_db, on_tx,
};

/// Records a stored picture (once per hash) and this member's upload of it (every time).
pub async fn record(tx: &mut Tx, picture: &Processed, owner: i64, now: i64) -> Result<(), sqlx::Error> {
    let media = "INSERT INTO media (hash, ext, kind, bytes, width, height, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (hash) DO NOTHING";
    on_tx!(tx, c => sqlx::query(media)
        .bind(&picture.hash)
        .bind(picture.ext.as_str())
        .bind(picture.kind.as_str())
        .bind(picture.main.len() as i64)
        .bind(i64::from(picture.width))
        .bind(i64::from(picture.height))
        .bind(now)
        .execute(c).await.map(|_| ()))?;
    let upload = "INSERT INTO uploads (hash, owner_id, created_at) VALUES ($1, $2, $3)";
    on_tx!(tx, c => sqlx::query(upload).bind(&picture.hash).bind(owner).bind(now).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// How many pictures `owner` sent since `since`.
pub async fn uploads_since(db: &Db, owner: i64, since: i64) -> Result<i64, sqlx::Error> {
    on_db!(db, p => sqlx::query_scalar(UPLOADS_SINCE).bind(owner).bind(since).fetch_one(p).await)
}

/// How many pictures a member sent since a moment (the daily quota's count).
const UPLOADS_SINCE: &str = "SELECT COUNT(*) FROM uploads WHERE owner_id = $1 AND created_at >= $2";

/// [`uploads_since`] inside the transaction that will record the upload, with the member's uploads
/// serialised: on PostgreSQL an advisory lock per member (held until the transaction ends), on SQLite the write
/// transaction itself. Two uploads sent at the same instant are then counted one after the other.
pub async fn uploads_since_locked(tx: &mut Tx, owner: i64, since: i64) -> Result<i64, sqlx::Error> {
    if let Tx::Postgres(_) = tx {
        let lock = "SELECT pg_advisory_xact_lock(hashtext('uploads:' || $1))";
        on_tx!(tx, c => sqlx::query(lock).bind(owner.to_string()).execute(c).await.map(|_| ()))?;
    }
    on_tx!(tx, c => sqlx::query_scalar(UPLOADS_SINCE).bind(owner).bind(since).fetch_one(c).await)
}

/// Whether a media row exists for `hash` (so its files are someone's and must stay).
pub async fn exists(db: &Db, hash: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM media WHERE hash = $1").bind(hash).fetch_one(p).await)?;
    Ok(n > 0)
}

/// A stored picture as the `/media/` route needs it.
#[derive(Debug, sqlx::FromRow)]
pub struct Served {
    pub ext: String,
    pub kind: String,
    pub hidden: bool,
}

pub async fn served(db: &Db, hash: &str) -> Result<Option<Served>, sqlx::Error> {
    let sql = "SELECT ext, kind, hidden_at IS NOT NULL AS hidden FROM media WHERE hash = $1";
    on_db!(db, p => sqlx::query_as::<_, Served>(sql).bind(hash).fetch_optional(p).await)
}

/// Makes `hash` the member's avatar (a picture of the avatar kind).
pub async fn set_avatar(tx: &mut Tx, user: i64, hash: Option<&str>, now: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE users SET avatar = $1, updated_at = $2 WHERE id = $3";
    on_tx!(tx, c => sqlx::query(sql).bind(hash).bind(now).bind(user).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// Stops serving `hash` (or serves it again); an avatar hidden is taken off its members, who get their
/// initials back. Returns the picture's kind, or `None` when there is no such picture.
pub async fn hide(tx: &mut Tx, hash: &str, by: Option<i64>, now: i64) -> Result<Option<String>, sqlx::Error> {
    let sql = "UPDATE media SET hidden_at = CASE WHEN $2 IS NULL THEN NULL ELSE $3 END, hidden_by = $2
               WHERE hash = $1 RETURNING kind";
    let kind: Option<String> =
        on_tx!(tx, c => sqlx::query_scalar(sql).bind(hash).bind(by).bind(now).fetch_optional(c).await)?;
    if by.is_some() && kind.as_deref() == Some(MediaKind::Avatar.as_str()) {
        let clear = "UPDATE users SET avatar = NULL WHERE avatar = $1";
        on_tx!(tx, c => sqlx::query(clear).bind(hash).execute(c).await.map(|_| ()))?;
    }
    Ok(kind)
}

/// The newest pictures first, `limit` from `offset`.
pub async fn recent(db: &Db, limit: i64, offset: i64) -> Result<(Vec<PictureCard>, i64), sqlx::Error> {
    let sql = "SELECT m.hash, '/media/' || m.hash || '.' || m.ext AS url, m.kind, m.bytes, m.width, m.height,
                      m.created_at, m.hidden_at IS NOT NULL AS hidden,
                      (SELECT u.handle FROM uploads up JOIN users u ON u.id = up.owner_id
                        WHERE up.hash = m.hash ORDER BY up.id LIMIT 1) AS owner_handle
               FROM media m ORDER BY m.created_at DESC, m.hash LIMIT $1 OFFSET $2";
    let rows = on_db!(db, p => sqlx::query_as::<_, PictureCard>(sql).bind(limit).bind(offset).fetch_all(p).await)?;
    let total: i64 = on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM media").fetch_one(p).await)?;
    Ok((rows, total))
}

/// What makes a picture used: someone's avatar, a reward's or a badge's picture, a story's photo or logo, the site's logo or
/// favicon, a post, story or bio that shows it (any version of a post: its history still shows the earlier ones).
const UNUSED: &str = "m.kind IN ('avatar', 'reward', 'story', 'logo', 'post')
                      AND NOT EXISTS (SELECT 1 FROM media_uses mu WHERE mu.hash = m.hash)
                      AND m.created_at < $1
                      AND NOT EXISTS (SELECT 1 FROM users u WHERE u.avatar = m.hash)
                      AND NOT EXISTS (SELECT 1 FROM rewards r WHERE r.image = m.hash)
                      AND NOT EXISTS (SELECT 1 FROM badges b WHERE b.image = m.hash)
                      AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.photo = m.hash)
                      AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.logo = m.hash)
                      AND NOT EXISTS (SELECT 1 FROM site_settings ss WHERE ss.logo = m.hash OR ss.favicon = m.hash)
                      AND NOT EXISTS (SELECT 1 FROM uploads up WHERE up.hash = m.hash AND up.created_at >= $1)";

/// Up to `limit` pictures nothing has used since `before`.
pub async fn unused(db: &Db, before: i64, limit: i64) -> Result<Vec<(String, Ext, bool)>, sqlx::Error> {
    let sql = format!("SELECT m.hash, m.ext, m.kind FROM media m WHERE {UNUSED} ORDER BY m.created_at LIMIT $2");
    let rows: Vec<(String, String, String)> =
        on_db!(db, p => sqlx::query_as(&sql).bind(before).bind(limit).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(hash, ext, kind)| Ext::parse(&ext).map(|ext| (hash, ext, kind == MediaKind::Avatar.as_str())))
        .collect())
}

/// Deletes `hash`'s rows if it is still unused: `true` for the one node that did, which then removes the files.
pub async fn forget(db: &Db, hash: &str, before: i64) -> Result<bool, sqlx::Error> {
    let sql = format!("DELETE FROM media WHERE hash = $2 AND hash IN (SELECT m.hash FROM media m WHERE {UNUSED})");
    let done = on_db!(db, p => sqlx::query(&sql).bind(before).bind(hash).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// A member's name, handle and picture.
pub async fn picture_of(db: &Db, user: i64) -> Result<Option<(String, String, Option<String>)>, sqlx::Error> {
    let sql = "SELECT display_name, COALESCE(handle, ''), avatar FROM users WHERE id = $1";
    on_db!(db, p => sqlx::query_as(sql).bind(user).fetch_optional(p).await)
}

/// One of a member's own pictures, newest upload first.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MineRow {
    pub hash: String,
    pub ext: String,
    pub kind: String,
    pub width: i64,
    pub height: i64,
    pub uploaded_at: i64,
}

/// The pictures `owner` uploaded that are still served, `limit` from `offset`, and how many there are.
pub async fn mine(db: &Db, owner: i64, limit: i64, offset: i64) -> Result<(Vec<MineRow>, i64), sqlx::Error> {
    let sql = "SELECT m.hash, m.ext, m.kind, m.width, m.height, MAX(up.created_at) AS uploaded_at
               FROM uploads up JOIN media m ON m.hash = up.hash
               WHERE up.owner_id = $1 AND m.hidden_at IS NULL
               GROUP BY m.hash, m.ext, m.kind, m.width, m.height
               ORDER BY uploaded_at DESC, m.hash LIMIT $2 OFFSET $3";
    let rows =
        on_db!(db, p => sqlx::query_as::<_, MineRow>(sql).bind(owner).bind(limit).bind(offset).fetch_all(p).await)?;
    let count = "SELECT COUNT(DISTINCT up.hash) FROM uploads up JOIN media m ON m.hash = up.hash
                 WHERE up.owner_id = $1 AND m.hidden_at IS NULL";
    let total: i64 = on_db!(db, p => sqlx::query_scalar(count).bind(owner).fetch_one(p).await)?;
    Ok((rows, total))
}
