//! SQL for a member's public page, what they say about themselves, and the handles they used before.

use crate::{
    db::{self, Db, Tx},
    on_db, on_tx,
    profiles::{
        domain::{ProfileDetails, REDIRECT_SECS},
        views::RecentPost,
    },
};

/// A member's row as their page shows it.
#[derive(Debug, sqlx::FromRow)]
pub struct Member {
    pub id: i64,
    pub display_name: String,
    pub handle: String,
    pub created_at: i64,
    pub avatar: Option<String>,
    pub bio: String,
    pub bio_html: String,
    pub company: String,
    pub job_title: String,
    pub location: String,
    pub website: String,
    pub linkedin: String,
}

impl Member {
    pub fn details(&self) -> ProfileDetails {
        ProfileDetails {
            bio: self.bio.clone(),
            company: self.company.clone(),
            job_title: self.job_title.clone(),
            location: self.location.clone(),
            website: self.website.clone(),
            linkedin: self.linkedin.clone(),
        }
    }
}

const MEMBER: &str = "SELECT id, display_name, handle, created_at, avatar, bio, bio_html, company, job_title, location,
                             website, linkedin FROM users";

/// A member found by handle. Accounts removed as spam or deleted have no profile.
pub async fn by_handle(db: &Db, handle: &str) -> Result<Option<Member>, sqlx::Error> {
    let sql = format!("{MEMBER} WHERE handle = $1 AND removed_at IS NULL");
    on_db!(db, p => sqlx::query_as(&sql).bind(handle).fetch_optional(p).await)
}

/// The signed-in member's own row.
pub async fn by_id(db: &Db, user_id: i64) -> Result<Option<Member>, sqlx::Error> {
    let sql = format!("{MEMBER} WHERE id = $1 AND removed_at IS NULL");
    on_db!(db, p => sqlx::query_as(&sql).bind(user_id).fetch_optional(p).await)
}

/// The handle a member now has, if `old` was theirs within the last year.
pub async fn redirect_for(db: &Db, old: &str, now: i64) -> Result<Option<String>, sqlx::Error> {
    let sql = "SELECT u.handle FROM handle_redirects r JOIN users u ON u.id = r.user_id
               WHERE r.handle = $1 AND r.expires_at > $2 AND u.removed_at IS NULL";
    on_db!(db, p => sqlx::query_scalar(sql).bind(old).bind(now).fetch_optional(p).await)
}

/// Saves what the member says about themselves (already checked, the bio already rendered).
pub async fn save_details(db: &Db, user_id: i64, d: &ProfileDetails, bio_html: &str) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET bio = $1, bio_html = $2, company = $3, job_title = $4, location = $5, website = $6,
                      linkedin = $7, updated_at = $8
               WHERE id = $9 AND removed_at IS NULL";
    let mut tx = db.begin_write().await?;
    let n = on_tx!(&mut tx, c => sqlx::query(sql)
        .bind(&d.bio)
        .bind(bio_html)
        .bind(&d.company)
        .bind(&d.job_title)
        .bind(&d.location)
        .bind(&d.website)
        .bind(&d.linkedin)
        .bind(db::now())
        .bind(user_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    crate::media::uses::replace(&mut tx, crate::media::uses::Text::Bio, user_id, &d.bio).await?;
    tx.commit().await?;
    Ok(n == 1)
}

/// What a handle change did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandleChange {
    /// Changed; the old handle now redirects for a year.
    Changed {
        old: String,
    },
    /// It already is the member's handle.
    Same,
    /// Another member has it, or had it within the year.
    Taken,
    Missing,
}

/// Gives the member `new` as their handle in the caller's transaction. Their old handle redirects to their
/// page for a year and nobody else may take it meanwhile; a handle of their own from before comes straight
/// back. Sign-ups name themselves under the same advisory lock on PostgreSQL, so the check and the update
/// cannot be overtaken; SQLite's write transaction already excludes other writers.
pub async fn change_handle(tx: &mut Tx, user_id: i64, new: &str, now: i64) -> Result<HandleChange, sqlx::Error> {
    if let Tx::Postgres(_) = tx {
        let lock = "SELECT pg_advisory_xact_lock(hashtext('users.handle:' || $1))";
        on_tx!(tx, c => sqlx::query(lock).bind(new).execute(c).await.map(|_| ()))?;
    }
    let current: Option<String> = on_tx!(tx, c => sqlx::query_scalar("SELECT handle FROM users WHERE id = $1 AND removed_at IS NULL")
        .bind(user_id)
        .fetch_optional(c)
        .await)?;
    let Some(old) = current else { return Ok(HandleChange::Missing) };
    if old == new {
        return Ok(HandleChange::Same);
    }
    let taken = "SELECT (SELECT COUNT(*) FROM users WHERE handle = $1)
                      + (SELECT COUNT(*) FROM handle_redirects WHERE handle = $1 AND user_id <> $2 AND expires_at > $3)";
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar(taken).bind(new).bind(user_id).bind(now).fetch_one(c).await)?;
    if n > 0 {
        return Ok(HandleChange::Taken);
    }
    // Their own old handle, or anyone's that has lapsed, stops redirecting.
    let reclaim = "DELETE FROM handle_redirects WHERE handle = $1";
    on_tx!(tx, c => sqlx::query(reclaim).bind(new).execute(c).await.map(|_| ()))?;
    let set = "UPDATE users SET handle = $1, updated_at = $2 WHERE id = $3";
    on_tx!(tx, c => sqlx::query(set).bind(new).bind(now).bind(user_id).execute(c).await.map(|_| ()))?;
    let keep = "INSERT INTO handle_redirects (handle, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)
                ON CONFLICT (handle) DO UPDATE SET user_id = excluded.user_id, created_at = excluded.created_at,
                                                   expires_at = excluded.expires_at";
    on_tx!(tx, c => sqlx::query(keep).bind(&old).bind(user_id).bind(now).bind(now + REDIRECT_SECS).execute(c).await.map(|_| ()))?;
    Ok(HandleChange::Changed { old })
}

/// The member's ten newest visible posts in spaces the viewer (a [`crate::common::spaces::viewer_key`]) sees.
pub async fn recent_posts(db: &Db, user_id: i64, viewer: i64) -> Result<Vec<RecentPost>, sqlx::Error> {
    let sees = crate::common::spaces::viewer_sees("c.group_id", "$2");
    let sql = format!(
        "SELECT t.title, t.id, t.slug, p.id, p.created_at FROM posts p JOIN topics t ON t.id = p.topic_id
         JOIN categories c ON c.id = t.category_id
         WHERE p.author_id = $1 AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND {sees}
         ORDER BY p.created_at DESC, p.id DESC LIMIT 10"
    );
    let rows: Vec<(String, i64, String, i64, i64)> =
        on_db!(db, p => sqlx::query_as(&sql).bind(user_id).bind(viewer).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|(title, topic, slug, post, at)| RecentPost {
            topic_title: title,
            href: format!("/forum/t/{topic}/{slug}#post-{post}"),
            created_at: at,
        })
        .collect())
}
