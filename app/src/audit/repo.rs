//! The audit log in SQL: append a line, read a page.

use crate::{
    audit::{views::AuditEntry, AUDIT_PER_PAGE},
    db::{Db, Tx},
    on_db, on_tx, t,
};

/// One line for the audit log.
pub struct Audit<'a> {
    pub actor_id: i64,
    /// The API token the action came through (its maker is the actor), if it did.
    pub via_token: Option<&'a str>,
    pub action: &'a str,
    pub target_kind: &'a str,
    pub target_id: i64,
    pub detail: String,
    pub now: i64,
}

/// Appends to the audit log inside the transaction of the action it records.
pub async fn audit(tx: &mut Tx, a: Audit<'_>) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO audit_log (actor_id, via_token, action, target_kind, target_id, detail, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7)";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(a.actor_id)
        .bind(a.via_token)
        .bind(a.action)
        .bind(a.target_kind)
        .bind(a.target_id)
        .bind(&a.detail)
        .bind(a.now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct AuditRow {
    id: i64,
    actor_name: String,
    via_token: Option<String>,
    action: String,
    target_kind: String,
    target_id: i64,
    detail: String,
    created_at: i64,
}

impl From<AuditRow> for AuditEntry {
    fn from(r: AuditRow) -> Self {
        let actor_name = match r.via_token {
            Some(token) => t!("audit-via-token", name = r.actor_name, token = token),
            None => r.actor_name,
        };
        AuditEntry {
            id: r.id,
            actor_name,
            action: r.action,
            target_kind: r.target_kind,
            target_id: r.target_id,
            detail: r.detail,
            created_at: r.created_at,
        }
    }
}

const COLUMNS: &str = "a.id, u.display_name AS actor_name, a.via_token, a.action, a.target_kind, a.target_id, a.detail,
                       a.created_at";

/// A page of the audit log, newest first, and the number of entries.
pub async fn audit_page(db: &Db, page: u32) -> Result<(Vec<AuditEntry>, i64), sqlx::Error> {
    let per = i64::from(AUDIT_PER_PAGE);
    let offset = i64::from(page.saturating_sub(1)) * per;
    let sql = format!(
        "SELECT {COLUMNS} FROM audit_log a JOIN users u ON u.id = a.actor_id ORDER BY a.id DESC LIMIT $1 OFFSET $2"
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, AuditRow>(&sql).bind(per).bind(offset).fetch_all(p).await)?;
    let total: i64 = on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log").fetch_one(p).await)?;
    Ok((rows.into_iter().map(AuditEntry::from).collect(), total))
}

/// The newest `limit` entries matching `condition` (SQL over the alias `a`, binding the member as `$1`).
pub async fn about(db: &Db, condition: &str, member_id: i64, limit: i64) -> Result<Vec<AuditEntry>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM audit_log a JOIN users u ON u.id = a.actor_id WHERE {condition} ORDER BY a.id DESC LIMIT $2"
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, AuditRow>(&sql).bind(member_id).bind(limit).fetch_all(p).await)?;
    Ok(rows.into_iter().map(AuditEntry::from).collect())
}
