//! SQL for the advocate of the month.

use crate::{
    db::{Db, Tx},
    on_db, on_tx,
};

/// The newest spotlight: member id, name, handle, lifetime points, citation, when.
pub async fn current_spotlight(db: &Db) -> Result<Option<(i64, String, String, i64, String, i64)>, sqlx::Error> {
    // The newest spotlight first, then its member: joined the other way, SQLite (which has no statistics for a
    // table that was empty when analysed) read every member to find it (23–34 ms on 100,000 members, on every
    // view of the home page).
    let sql = "SELECT s.user_id, u.display_name, u.handle, COALESCE(a.lifetime, 0), s.citation, s.created_at
               FROM (SELECT user_id, citation, created_at FROM spotlights ORDER BY id DESC LIMIT 1) s
               JOIN users u ON u.id = s.user_id
               LEFT JOIN point_accounts a ON a.user_id = s.user_id";
    on_db!(db, p => sqlx::query_as(sql).fetch_optional(p).await)
}

/// Makes a member the advocate of the month.
pub async fn set_spotlight(tx: &mut Tx, user_id: i64, citation: &str, by: i64, now: i64) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO spotlights (user_id, citation, chosen_by, created_at) VALUES ($1, $2, $3, $4)";
    on_tx!(tx, c => sqlx::query(sql).bind(user_id).bind(citation).bind(by).bind(now).execute(c).await.map(|_| ()))
}
