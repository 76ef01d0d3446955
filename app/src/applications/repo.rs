//! The applications table. Each change of status is one guarded statement, so two admins (or two clicks)
//! cannot both decide one application, and a confirmation link works once.

use super::domain::{ApplicationView, Status, APPLICATIONS_PER_PAGE, CONFIRM_SECS};
use crate::{
    db::{self, Db, Tx},
    on_db, on_tx,
    site::join_policy::Answer,
};

/// What sign-up stores for an applicant.
pub struct NewApplication<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub answers: &'a [Answer],
    pub terms_version: Option<i64>,
    pub referral_code: Option<&'a str>,
    pub ip: &'a str,
}

/// What storing an application did.
#[derive(Debug, PartialEq, Eq)]
pub enum Submitted {
    /// Stored (replacing an unconfirmed one of the address); the link's token.
    Stored { id: i64, token: String },
    /// The address has an application waiting for review already; nothing changed.
    AlreadyWaiting,
}

const OPEN_EMAIL: db::Unique =
    db::Unique { name: "applications_open_email", table: "applications", columns: &["email"] };

/// Stores an application waiting for its address to be confirmed. Applying again before confirming replaces
/// the earlier one (its link stops working).
pub async fn submit(tx: &mut Tx, new: &NewApplication<'_>, now: i64) -> Result<Submitted, sqlx::Error> {
    let waiting = "SELECT COUNT(*) FROM applications WHERE email = $1 AND status = 'pending'";
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar(waiting).bind(new.email).fetch_one(c).await)?;
    if n > 0 {
        return Ok(Submitted::AlreadyWaiting);
    }
    let replace = "DELETE FROM applications WHERE email = $1 AND status = 'unconfirmed'";
    on_tx!(tx, c => sqlx::query(replace).bind(new.email).execute(c).await.map(|_| ()))?;
    let token = crate::accounts::tokens::fresh();
    let answers = serde_json::to_string(new.answers).unwrap_or_else(|_| "[]".into());
    let sql = "INSERT INTO applications (email, display_name, password_hash, answers, terms_version, referral_code, ip,
                                         status, token_hash, token_expires_at, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, 'unconfirmed', $8, $9, $10) RETURNING id";
    let inserted: Result<i64, sqlx::Error> = on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(new.email)
        .bind(new.display_name)
        .bind(new.password_hash)
        .bind(&answers)
        .bind(new.terms_version)
        .bind(new.referral_code)
        .bind(new.ip)
        .bind(crate::accounts::tokens::digest(&token))
        .bind(now + CONFIRM_SECS)
        .bind(now)
        .fetch_one(c)
        .await);
    match inserted {
        Ok(id) => Ok(Submitted::Stored { id, token }),
        // Another application of the address was stored at the same moment: that one counts.
        Err(e) if db::is_unique_violation(&e, &OPEN_EMAIL) => Ok(Submitted::AlreadyWaiting),
        Err(e) => Err(e),
    }
}

/// An application whose address was just confirmed.
#[derive(Debug, sqlx::FromRow)]
pub struct Confirmed {
    pub id: i64,
    pub email: String,
    pub display_name: String,
}

/// Why a confirmation link did not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotConfirmed {
    Unknown,
    Expired,
    /// Used already: the application is in the queue, or decided.
    Used,
}

/// Moves the application of `token_hash` into the admins' queue, once.
pub async fn confirm(tx: &mut Tx, token_hash: &str, now: i64) -> Result<Result<Confirmed, NotConfirmed>, sqlx::Error> {
    let sql = "UPDATE applications SET status = 'pending', confirmed_at = $1
               WHERE token_hash = $2 AND status = 'unconfirmed' AND token_expires_at > $1
               RETURNING id, email, display_name";
    let done: Option<Confirmed> =
        on_tx!(tx, c => sqlx::query_as(sql).bind(now).bind(token_hash).fetch_optional(c).await)?;
    if let Some(done) = done {
        return Ok(Ok(done));
    }
    let why = "SELECT status FROM applications WHERE token_hash = $1";
    let status: Option<String> = on_tx!(tx, c => sqlx::query_scalar(why).bind(token_hash).fetch_optional(c).await)?;
    Ok(Err(match status.as_deref() {
        None => NotConfirmed::Unknown,
        Some("unconfirmed") => NotConfirmed::Expired,
        Some(_) => NotConfirmed::Used,
    }))
}

/// What approving needs of an application waiting for review.
#[derive(Debug, sqlx::FromRow)]
pub struct Waiting {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub terms_version: Option<i64>,
    pub referral_code: Option<String>,
    pub ip: String,
    pub confirmed_at: Option<i64>,
}

/// The application `id` if it waits for review, held until the transaction ends on PostgreSQL (SQLite's
/// write transaction already excludes other writers), so two approvals cannot both make an account.
pub async fn waiting(tx: &mut Tx, id: i64) -> Result<Option<Waiting>, sqlx::Error> {
    let cols = "id, email, display_name, password_hash, terms_version, referral_code, ip, confirmed_at";
    let sql = match tx {
        Tx::Postgres(_) => format!("SELECT {cols} FROM applications WHERE id = $1 AND status = 'pending' FOR UPDATE"),
        Tx::Sqlite(..) => format!("SELECT {cols} FROM applications WHERE id = $1 AND status = 'pending'"),
    };
    on_tx!(tx, c => sqlx::query_as(&sql).bind(id).fetch_optional(c).await)
}

/// The status of application `id`, if there is one (to say why a decision could not be made).
pub async fn status_of(tx: &mut Tx, id: i64) -> Result<Option<Status>, sqlx::Error> {
    let sql = "SELECT status FROM applications WHERE id = $1";
    let s: Option<String> = on_tx!(tx, c => sqlx::query_scalar(sql).bind(id).fetch_optional(c).await)?;
    Ok(s.as_deref().and_then(Status::parse))
}

/// Records the approval and the account it made; the password hash now lives with the account only.
pub async fn approved(tx: &mut Tx, id: i64, user_id: i64, by: i64, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE applications SET status = 'approved', user_id = $1, decided_by = $2, decided_at = $3,
                      password_hash = '', token_hash = NULL
               WHERE id = $4 AND status = 'pending'";
    let n = on_tx!(tx, c => sqlx::query(sql).bind(user_id).bind(by).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Declines a waiting application with the note the applicant is sent; returns whom to tell.
pub async fn declined(
    tx: &mut Tx,
    id: i64,
    by: i64,
    note: &str,
    now: i64,
) -> Result<Option<(String, String)>, sqlx::Error> {
    let sql = "UPDATE applications SET status = 'declined', decided_by = $1, decided_at = $2, decision_note = $3,
                      password_hash = '', token_hash = NULL
               WHERE id = $4 AND status = 'pending' RETURNING email, display_name";
    on_tx!(tx, c => sqlx::query_as(sql).bind(by).bind(now).bind(note).bind(id).fetch_optional(c).await)
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    email: String,
    display_name: String,
    answers: String,
    status: String,
    created_at: i64,
    confirmed_at: Option<i64>,
    decided_at: Option<i64>,
    decided_by: Option<String>,
    decision_note: String,
    handle: Option<String>,
}

/// One page of applications in `status`: the queue oldest first (first come, first served), decisions newest
/// first; unconfirmed ones only while their link works. With the total.
pub async fn list(db: &Db, status: Status, page: u32, now: i64) -> Result<(Vec<ApplicationView>, i64), sqlx::Error> {
    let order = match status {
        Status::Pending => "a.confirmed_at, a.id",
        Status::Unconfirmed => "a.created_at DESC, a.id DESC",
        Status::Approved | Status::Declined => "a.decided_at DESC, a.id DESC",
    };
    let filter = "a.status = $1 AND (a.status <> 'unconfirmed' OR a.token_expires_at > $2)";
    let sql = format!(
        "SELECT a.id, a.email, a.display_name, a.answers, a.status, a.created_at, a.confirmed_at, a.decided_at,
                d.display_name AS decided_by, a.decision_note, u.handle
         FROM applications a
         LEFT JOIN users d ON d.id = a.decided_by
         LEFT JOIN users u ON u.id = a.user_id
         WHERE {filter} ORDER BY {order} LIMIT $3 OFFSET $4"
    );
    let offset = i64::from(page.saturating_sub(1)) * i64::from(APPLICATIONS_PER_PAGE);
    let rows: Vec<Row> = on_db!(db, p => sqlx::query_as(&sql)
        .bind(status.as_str())
        .bind(now)
        .bind(i64::from(APPLICATIONS_PER_PAGE))
        .bind(offset)
        .fetch_all(p)
        .await)?;
    let count = format!("SELECT COUNT(*) FROM applications a WHERE {filter}");
    let total: i64 = on_db!(db, p => sqlx::query_scalar(&count).bind(status.as_str()).bind(now).fetch_one(p).await)?;
    let views = rows
        .into_iter()
        .map(|r| ApplicationView {
            id: r.id,
            email: r.email,
            display_name: r.display_name,
            answers: serde_json::from_str(&r.answers).unwrap_or_default(),
            status: Status::parse(&r.status).unwrap_or(Status::Pending),
            created_at: r.created_at,
            confirmed_at: r.confirmed_at,
            decided_at: r.decided_at,
            decided_by: r.decided_by,
            decision_note: r.decision_note,
            handle: r.handle,
        })
        .collect();
    Ok((views, total))
}

/// How many applications wait for review, and how many for their address to be confirmed.
pub async fn counts(db: &Db, now: i64) -> Result<(i64, i64), sqlx::Error> {
    let pending = "SELECT COUNT(*) FROM applications WHERE status = 'pending'";
    let unconfirmed = "SELECT COUNT(*) FROM applications WHERE status = 'unconfirmed' AND token_expires_at > $1";
    let p: i64 = on_db!(db, c => sqlx::query_scalar(pending).fetch_one(c).await)?;
    let u: i64 = on_db!(db, c => sqlx::query_scalar(unconfirmed).bind(now).fetch_one(c).await)?;
    Ok((p, u))
}
