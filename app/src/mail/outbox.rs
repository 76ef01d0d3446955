//! The outbox table: written in the event's transaction, claimed by the senders of every node.
//!
//! A sender claims due rows by a lease (`claimed_until`): on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so two
//! nodes never take one row; on SQLite inside the write lock. A row whose lease ran out (its node died
//! between claiming and marking) is claimed again, so a crash between sending and marking can send one email
//! twice, never zero times.

use crate::{
    db::{Db, Tx},
    error::AppError,
    i18n::Lang,
    mail::{
        compose::{self, Letter},
        views::{MailMessage, MailRow, MailStatus},
    },
    on_db, on_tx,
    state::MailSettings,
};

/// The language to write to someone in: the member's own choice (`users.language`), else the language of
/// the page they are on when they are the one asking for this email (`asked`: signing up, resetting their
/// password), else the community's default. Read inside `tx`, the transaction that posts the email.
pub async fn language_of(tx: &mut Tx, user_id: Option<i64>, asked: Option<Lang>) -> Result<Lang, AppError> {
    let sql = "SELECT (SELECT language FROM users WHERE id = $1), default_language FROM site_settings WHERE id = 1";
    let row: Option<(Option<String>, String)> =
        on_tx!(tx, c => sqlx::query_as(sql).bind(user_id).fetch_optional(c).await)?;
    let (chosen, community) = row.unwrap_or_default();
    let chosen = chosen.as_deref().and_then(Lang::parse);
    let lang = chosen.or(asked).or_else(|| Lang::parse(&community)).unwrap_or_default();
    // An email is written whole in one language: a partial catalogue's reader (Arabic) gets English, laid out
    // as English, rather than English sentences in a right-to-left page.
    Ok(if lang.complete() { lang } else { Lang::En })
}

/// Renders `letter` and writes it into the outbox inside `tx`: queued when a sender will deliver it, kept
/// for /admin/mail when no SMTP server is configured. Returns its id. The community is named as the admins'
/// settings name it now, read in `tx`.
pub async fn post(tx: &mut Tx, settings: &MailSettings, letter: Letter<'_>, now: i64) -> Result<i64, AppError> {
    let named = match crate::site::repo::name_in(tx).await? {
        Some(community) => MailSettings { community, ..settings.clone() },
        None => settings.clone(),
    };
    let settings = &named;
    let done = compose::render(settings, &letter).map_err(|e| {
        tracing::error!(error = %e, template = letter.template, "mail template failed");
        AppError::Internal
    })?;
    let status = if settings.delivers { MailStatus::Queued } else { MailStatus::Kept };
    let sql = "INSERT INTO mail_outbox (kind, user_id, to_addr, subject, body_text, body_html, unsubscribe_url,
                                        status, next_attempt_at, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id";
    let id = on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(letter.kind)
        .bind(letter.user_id)
        .bind(letter.to)
        .bind(&done.subject)
        .bind(&done.text)
        .bind(&done.html)
        .bind(&letter.unsubscribe)
        .bind(status.as_str())
        .bind(now)
        .fetch_one(c)
        .await)?;
    Ok(id)
}

/// An email a sender has claimed.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub to_addr: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub unsubscribe_url: Option<String>,
    /// Counting this one.
    pub tries: i64,
}

/// Claims up to `limit` due emails for `lease_secs`: queued ones whose time has come, and ones whose
/// sender's lease ran out. Each claim counts as a try.
pub async fn claim(db: &Db, limit: i64, lease_secs: i64, now: i64) -> Result<Vec<Claimed>, sqlx::Error> {
    let pick = "SELECT id FROM mail_outbox
                WHERE (status = 'queued' AND next_attempt_at <= $2) OR (status = 'sending' AND claimed_until < $2)
                ORDER BY next_attempt_at, id LIMIT $3";
    let update = |lock: &str| {
        format!(
            "UPDATE mail_outbox SET status = 'sending', tries = tries + 1, claimed_until = $1
             WHERE id IN ({pick}{lock})
             RETURNING id, to_addr, subject, body_text, body_html, unsubscribe_url, tries"
        )
    };
    let until = now + lease_secs;
    let mut tx = db.begin_write().await?;
    let sql = update(tx.skip_locked());
    let rows =
        on_tx!(&mut tx, c => sqlx::query_as::<_, Claimed>(&sql).bind(until).bind(now).bind(limit).fetch_all(c).await)?;
    tx.commit().await?;
    Ok(rows)
}

/// Marks a claimed email sent.
pub async fn mark_sent(db: &Db, id: i64, now: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE mail_outbox SET status = 'sent', sent_at = $1, claimed_until = NULL, last_error = NULL
               WHERE id = $2 AND status = 'sending'";
    on_db!(db, p => sqlx::query(sql).bind(now).bind(id).execute(p).await.map(|_| ()))
}

/// Records a failed try: queued again at `retry_at`, or failed for good when `retry_at` is `None`. The
/// server's answer is kept (bounded) for the admin.
pub async fn mark_failed(db: &Db, id: i64, error: &str, retry_at: Option<i64>) -> Result<(), sqlx::Error> {
    let error: String = error.chars().take(2000).collect();
    let (status, next) = match retry_at {
        Some(at) => ("queued", at),
        None => ("failed", 0),
    };
    let sql = "UPDATE mail_outbox
               SET status = $1, next_attempt_at = CASE WHEN $1 = 'queued' THEN $2 ELSE next_attempt_at END,
                   claimed_until = NULL, last_error = $3
               WHERE id = $4 AND status = 'sending'";
    on_db!(db, p => sqlx::query(sql).bind(status).bind(next).bind(&error).bind(id).execute(p).await.map(|_| ()))
}

/// Sends a failed or kept email again: queued now, with a fresh count of tries. Returns whether it was.
pub async fn retry(db: &Db, id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE mail_outbox SET status = 'queued', tries = 0, next_attempt_at = $1, claimed_until = NULL
               WHERE id = $2 AND status IN ('failed', 'kept')";
    let done = on_db!(db, p => sqlx::query(sql).bind(now).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    kind: String,
    to_addr: String,
    subject: String,
    status: String,
    tries: i64,
    last_error: Option<String>,
    created_at: i64,
    sent_at: Option<i64>,
}

impl Row {
    fn into_view(self) -> MailRow {
        MailRow {
            id: self.id,
            kind: self.kind,
            to: self.to_addr,
            subject: self.subject,
            status: MailStatus::parse(&self.status).unwrap_or(MailStatus::Queued),
            tries: self.tries,
            last_error: self.last_error,
            created_at: self.created_at,
            sent_at: self.sent_at,
        }
    }
}

const ROW: &str = "id, kind, to_addr, subject, status, tries, last_error, created_at, sent_at";

/// A page of the outbox, newest first, of one status or all; and the number of emails it holds.
pub async fn page(
    db: &Db,
    status: Option<MailStatus>,
    page: u32,
    per: u32,
) -> Result<(Vec<MailRow>, i64), sqlx::Error> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(per);
    let status = status.map(MailStatus::as_str);
    let sql =
        format!("SELECT {ROW} FROM mail_outbox WHERE ($1 IS NULL OR status = $1) ORDER BY id DESC LIMIT $2 OFFSET $3");
    let count = "SELECT COUNT(*) FROM mail_outbox WHERE ($1 IS NULL OR status = $1)";
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(&sql).bind(status).bind(i64::from(per)).bind(offset).fetch_all(p).await)?;
    let total = on_db!(db, p => sqlx::query_scalar(count).bind(status).fetch_one(p).await)?;
    Ok((rows.into_iter().map(Row::into_view).collect(), total))
}

/// How many emails are in each status.
pub async fn counts(db: &Db) -> Result<Vec<(MailStatus, i64)>, sqlx::Error> {
    let sql = "SELECT status, COUNT(*) FROM mail_outbox GROUP BY status";
    let rows: Vec<(String, i64)> = on_db!(db, p => sqlx::query_as(sql).fetch_all(p).await)?;
    Ok(MailStatus::ALL
        .into_iter()
        .map(|s| (s, rows.iter().find(|(name, _)| name == s.as_str()).map_or(0, |(_, n)| *n)))
        .collect())
}

/// One email in full.
pub async fn message(db: &Db, id: i64) -> Result<Option<MailMessage>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Full {
        #[sqlx(flatten)]
        row: Row,
        body_text: String,
        body_html: String,
        unsubscribe_url: Option<String>,
    }
    let sql = format!("SELECT {ROW}, body_text, body_html, unsubscribe_url FROM mail_outbox WHERE id = $1");
    let found = on_db!(db, p => sqlx::query_as::<_, Full>(&sql).bind(id).fetch_optional(p).await)?;
    Ok(found.map(|f| MailMessage {
        row: f.row.into_view(),
        text: f.body_text,
        html: f.body_html,
        unsubscribe: f.unsubscribe_url,
    }))
}

/// The newest email of `kind` to `to` (`None` when there is none): the test harness reads confirmation links
/// from it, as a member reads them from their inbox.
pub async fn latest_to(db: &Db, to: &str, kind: &str) -> Result<Option<(i64, String)>, sqlx::Error> {
    let sql = "SELECT id, body_text FROM mail_outbox WHERE to_addr = $1 AND kind = $2 ORDER BY id DESC LIMIT 1";
    on_db!(db, p => sqlx::query_as(sql).bind(to).bind(kind).fetch_optional(p).await)
}

/// Forgets sent emails older than `before` (their bodies hold single-use links that have long expired).
pub async fn prune_sent(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    let sql = "DELETE FROM mail_outbox WHERE status = 'sent' AND sent_at < $1";
    on_db!(db, p => sqlx::query(sql).bind(before).execute(p).await.map(|r| r.rows_affected()))
}
