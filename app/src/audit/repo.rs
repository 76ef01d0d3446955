//! The audit log in SQL: append a line, read a page.

use crate::{
    audit::{views::AuditEntry, AUDIT_PER_PAGE},
    db::{Db, Tx},
    on_db, on_tx,
};

/// One line for the audit log.
pub struct Audit<'a> {
    pub actor_id: i64,
    pub action: &'a str,
    pub target_kind: &'a str,
    pub target_id: i64,
    pub detail: String,
    pub now: i64,
}

/// Appends to the audit log inside the transaction of the action it records.
pub async fn audit(tx: &mut Tx, a: Audit<'_>) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO audit_log (actor_id, action, target_kind, target_id, detail, created_at)
               VALUES ($1, $2, $3, $4, $5, $6)";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(a.actor_id)
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
    action: String,
    target_kind: String,
    target_id: i64,
    detail: String,
    created_at: i64,
}

/// A page of the audit log, newest first, and the number of entries.
pub async fn audit_page(db: &Db, page: u32) -> Result<(Vec<AuditEntry>, i64), sqlx::Error> {
    let per = i64::from(AUDIT_PER_PAGE);
    let offset = i64::from(page.saturating_sub(1)) * per;
    let sql = "SELECT a.id, u.display_name AS actor_name, a.action, a.target_kind, a.target_id, a.detail, a.created_at
               FROM audit_log a JOIN users u ON u.id = a.actor_id
               ORDER BY a.id DESC LIMIT $1 OFFSET $2";
    let rows = on_db!(db, p => sqlx::query_as::<_, AuditRow>(sql).bind(per).bind(offset).fetch_all(p).await)?;
    let total: i64 = on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log").fetch_one(p).await)?;
    let entries = rows
        .into_iter()
        .map(|r| AuditEntry {
            id: r.id,
            actor_name: r.actor_name,
            action: r.action,
            target_kind: r.target_kind,
            target_id: r.target_id,
            detail: r.detail,
            created_at: r.created_at,
        })
        .collect();
    Ok((entries, total))
}
