//! The invitations table. Every change is one guarded statement, so two admins (or two clicks) cannot both
//! invite one address, and a link is used at most once.

use super::domain::{
    BatchReport, InvitationOffer, InvitationRow, InvitationStatus, Invitee, RefusedLine, REFUSALS_SHOWN,
};
use crate::{
    accounts::domain::Role,
    db::{Db, Tx},
    on_db, on_tx,
};

/// The status of a row at `$1` (now), in SQL.
const STATUS: &str = "CASE WHEN i.joined_at IS NOT NULL THEN 'joined'
                           WHEN i.revoked_at IS NOT NULL THEN 'revoked'
                           WHEN i.expires_at <= $1 THEN 'expired'
                           WHEN i.opened_at IS NOT NULL THEN 'opened'
                           ELSE 'sent' END";

/// Whether `email` already belongs to an account (a removed one too: its address stays taken).
pub async fn member_exists(tx: &mut Tx, email: &str) -> Result<bool, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM users WHERE email = $1";
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar(sql).bind(email).fetch_one(c).await)?;
    Ok(n > 0)
}

/// The new link's facts, written by [`invite`] and [`resend`].
pub struct Link<'a> {
    pub token_hash: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

/// Records an invitation for `who`, or renews the address's expired or revoked one. Returns its id, or
/// `None` when the address has an open invitation (or one that was used) already.
pub async fn invite(
    tx: &mut Tx,
    who: &Invitee,
    by: i64,
    batch: Option<i64>,
    group: Option<i64>,
    link: &Link<'_>,
) -> Result<Option<i64>, sqlx::Error> {
    let sql = "INSERT INTO invitations (email, display_name, role, token_hash, invited_by, batch_id, created_at,
                                        sent_at, sends, expires_at, group_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $7, 1, $8, $9)
               ON CONFLICT (email) DO UPDATE SET
                   display_name = excluded.display_name, role = excluded.role, token_hash = excluded.token_hash,
                   invited_by = excluded.invited_by, batch_id = excluded.batch_id, created_at = excluded.created_at,
                   sent_at = excluded.sent_at, sends = 1, expires_at = excluded.expires_at,
                   opened_at = NULL, revoked_at = NULL, group_id = excluded.group_id
               WHERE invitations.joined_at IS NULL
                 AND (invitations.revoked_at IS NOT NULL OR invitations.expires_at <= excluded.created_at)
               RETURNING id";
    on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(who.email.as_str())
        .bind(who.name.as_ref().map(|n| n.as_str()))
        .bind(who.role.as_str())
        .bind(link.token_hash)
        .bind(by)
        .bind(batch)
        .bind(link.now)
        .bind(link.expires_at)
        .bind(group)
        .fetch_optional(c)
        .await)
}

/// Who an invitation is for, to write its email.
#[derive(Debug, sqlx::FromRow)]
pub struct Addressed {
    pub id: i64,
    pub email: String,
    pub display_name: Option<String>,
}

/// Sends invitation `id` again with a new link (the old one stops working) and a fresh expiry. `None` when it
/// does not exist, was used or was revoked.
pub async fn resend(tx: &mut Tx, id: i64, link: &Link<'_>) -> Result<Option<Addressed>, sqlx::Error> {
    let sql = "UPDATE invitations SET token_hash = $1, sent_at = $2, sends = sends + 1, expires_at = $3
               WHERE id = $4 AND joined_at IS NULL AND revoked_at IS NULL
               RETURNING id, email, display_name";
    on_tx!(tx, c => sqlx::query_as::<_, Addressed>(sql)
        .bind(link.token_hash).bind(link.now).bind(link.expires_at).bind(id).fetch_optional(c).await)
}

/// Withdraws invitation `id`; returns its address, or `None` when it was used or revoked already.
pub async fn revoke(tx: &mut Tx, id: i64, now: i64) -> Result<Option<String>, sqlx::Error> {
    let sql = "UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND joined_at IS NULL AND revoked_at IS NULL
               RETURNING email";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(now).bind(id).fetch_optional(c).await)
}

/// The status of the invitation whose token hashes to `hash`, if there is one.
pub async fn status_of(tx: &mut Tx, hash: &str, now: i64) -> Result<Option<InvitationStatus>, sqlx::Error> {
    let sql = format!("SELECT {STATUS} FROM invitations i WHERE i.token_hash = $2");
    let s: Option<String> = on_tx!(tx, c => sqlx::query_scalar(&sql).bind(now).bind(hash).fetch_optional(c).await)?;
    Ok(s.as_deref().and_then(InvitationStatus::parse))
}

/// Opens the link: notes when it was first opened and returns what the sign-up form shows, or `None` when
/// the link cannot be used (unknown, used, revoked or expired).
pub async fn open(tx: &mut Tx, hash: &str, now: i64) -> Result<Option<InvitationOffer>, sqlx::Error> {
    let mark = "UPDATE invitations SET opened_at = $1
                WHERE token_hash = $2 AND opened_at IS NULL AND joined_at IS NULL AND revoked_at IS NULL";
    on_tx!(tx, c => sqlx::query(mark).bind(now).bind(hash).execute(c).await.map(|_| ()))?;
    #[derive(sqlx::FromRow)]
    struct Found {
        email: String,
        display_name: Option<String>,
        role: String,
        invited_by: String,
        expires_at: i64,
    }
    let sql = "SELECT i.email, i.display_name, i.role, u.display_name AS invited_by, i.expires_at
               FROM invitations i JOIN users u ON u.id = i.invited_by
               WHERE i.token_hash = $2 AND i.joined_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $1";
    let found = on_tx!(tx, c => sqlx::query_as::<_, Found>(sql).bind(now).bind(hash).fetch_optional(c).await)?;
    Ok(found.map(|f| InvitationOffer {
        email: f.email,
        display_name: f.display_name,
        role: Role::parse(&f.role).unwrap_or(Role::Member),
        invited_by: f.invited_by,
        expires_at: f.expires_at,
    }))
}

/// An invitation taken up: its address and the role it gives.
pub struct Claimed {
    pub id: i64,
    pub email: String,
    pub role: Role,
    /// The group the invitation puts them in (if it still exists).
    pub group_id: Option<i64>,
}

/// Uses the link once: a guarded update, so two submits at once cannot both make an account.
pub async fn claim(tx: &mut Tx, hash: &str, now: i64) -> Result<Option<Claimed>, sqlx::Error> {
    let sql = "UPDATE invitations SET joined_at = $1
               WHERE token_hash = $2 AND joined_at IS NULL AND revoked_at IS NULL AND expires_at > $1
               RETURNING id, email, role, group_id";
    let row: Option<(i64, String, String, Option<i64>)> =
        on_tx!(tx, c => sqlx::query_as(sql).bind(now).bind(hash).fetch_optional(c).await)?;
    Ok(row.map(|(id, email, role, group_id)| Claimed {
        id,
        email,
        role: Role::parse(&role).unwrap_or(Role::Member),
        group_id,
    }))
}

/// Notes the account an invitation made.
pub async fn joined_as(tx: &mut Tx, id: i64, user_id: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE invitations SET user_id = $1 WHERE id = $2";
    on_tx!(tx, c => sqlx::query(sql).bind(user_id).bind(id).execute(c).await.map(|_| ()))
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    email: String,
    display_name: Option<String>,
    role: String,
    status: String,
    invited_by: String,
    sent_at: i64,
    sends: i64,
    expires_at: i64,
    group_name: Option<String>,
}

/// A page of invitations, most recently sent first, of one status or all; and the total.
pub async fn page(
    db: &Db,
    status: Option<InvitationStatus>,
    page: u32,
    per: u32,
    now: i64,
) -> Result<(Vec<InvitationRow>, i64), sqlx::Error> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(per);
    let status = status.map(InvitationStatus::as_str);
    let from = format!(
        "FROM (SELECT i.*, {STATUS} AS status, u.display_name AS inviter, g.name AS group_name
               FROM invitations i JOIN users u ON u.id = i.invited_by LEFT JOIN member_groups g ON g.id = i.group_id) s
         WHERE ($2 IS NULL OR s.status = $2)"
    );
    let sql = format!(
        "SELECT s.id, s.email, s.display_name, s.role, s.status, s.inviter AS invited_by, s.sent_at, s.sends,
                s.expires_at, s.group_name {from} ORDER BY s.sent_at DESC, s.id DESC LIMIT $3 OFFSET $4"
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(&sql)
        .bind(now).bind(status).bind(i64::from(per)).bind(offset).fetch_all(p).await)?;
    let count = format!("SELECT COUNT(*) {from}");
    let total: i64 = on_db!(db, p => sqlx::query_scalar(&count).bind(now).bind(status).fetch_one(p).await)?;
    let rows = rows
        .into_iter()
        .map(|r| InvitationRow {
            id: r.id,
            email: r.email,
            display_name: r.display_name,
            role: Role::parse(&r.role).unwrap_or(Role::Member),
            status: InvitationStatus::parse(&r.status).unwrap_or(InvitationStatus::Sent),
            invited_by: r.invited_by,
            sent_at: r.sent_at,
            sends: r.sends,
            expires_at: r.expires_at,
            group: r.group_name,
        })
        .collect();
    Ok((rows, total))
}

/// How many invitations are in each status.
pub async fn counts(db: &Db, now: i64) -> Result<Vec<(InvitationStatus, i64)>, sqlx::Error> {
    let sql =
        format!("SELECT s.status, COUNT(*) FROM (SELECT {STATUS} AS status FROM invitations i) s GROUP BY s.status");
    let rows: Vec<(String, i64)> = on_db!(db, p => sqlx::query_as(&sql).bind(now).fetch_all(p).await)?;
    Ok(InvitationStatus::ALL
        .into_iter()
        .map(|s| (s, rows.iter().find(|(name, _)| name == s.as_str()).map_or(0, |(_, n)| *n)))
        .collect())
}

/// Starts the report of an upload of `rows_read` rows; returns its id.
pub async fn save_batch(tx: &mut Tx, by: i64, now: i64, rows_read: usize) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO invitation_batches (created_by, created_at, rows_read, invited, refused)
               VALUES ($1, $2, $3, 0, '[]') RETURNING id";
    let rows_read = i64::try_from(rows_read).unwrap_or(i64::MAX);
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(by).bind(now).bind(rows_read).fetch_one(c).await)
}

/// Completes an upload's report: how many were invited, and each refused line with its reason.
pub async fn finish_batch(tx: &mut Tx, id: i64, invited: usize, refused: &[RefusedLine]) -> Result<(), sqlx::Error> {
    let refused = serde_json::to_string(refused).unwrap_or_else(|_| "[]".into());
    let sql = "UPDATE invitation_batches SET invited = $1, refused = $2 WHERE id = $3";
    let invited = i64::try_from(invited).unwrap_or(i64::MAX);
    on_tx!(tx, c => sqlx::query(sql).bind(invited).bind(&refused).bind(id).execute(c).await.map(|_| ()))
}

/// An upload's report.
pub async fn batch(db: &Db, id: i64) -> Result<Option<BatchReport>, sqlx::Error> {
    let sql = "SELECT id, created_at, rows_read, invited, refused FROM invitation_batches WHERE id = $1";
    let row: Option<(i64, i64, i64, i64, String)> =
        on_db!(db, p => sqlx::query_as(sql).bind(id).fetch_optional(p).await)?;
    Ok(row.map(|(id, created_at, rows_read, invited, refused)| {
        let mut refused: Vec<RefusedLine> = serde_json::from_str(&refused).unwrap_or_default();
        let refused_total = i64::try_from(refused.len()).unwrap_or(i64::MAX);
        refused.truncate(REFUSALS_SHOWN);
        BatchReport { id, created_at, rows_read, invited, refused, refused_total }
    }))
}
