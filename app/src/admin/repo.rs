//! SQL for member administration.

use crate::{
    accounts::domain::Role,
    admin::domain::{MemberSummary, MEMBERS_PER_PAGE},
    db::{self, Db},
    on_db,
};

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    created_at: i64,
}

/// One page of members, newest first, and the total count.
pub async fn list_members(db: &Db, page: u32) -> Result<(Vec<MemberSummary>, i64), sqlx::Error> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(MEMBERS_PER_PAGE);
    let sql = "SELECT id, email, display_name, role, created_at FROM users ORDER BY id DESC LIMIT $1 OFFSET $2";
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(sql).bind(i64::from(MEMBERS_PER_PAGE)).bind(offset).fetch_all(p).await)?;
    let total = on_db!(db, p => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM users").fetch_one(p).await)?;
    let members = rows
        .into_iter()
        .map(|r| MemberSummary {
            id: r.id,
            email: r.email,
            display_name: r.display_name,
            role: Role::parse(&r.role).unwrap_or(Role::Member),
            created_at: r.created_at,
        })
        .collect();
    Ok((members, total))
}

/// Sets a member's role; false when there is no such member.
pub async fn set_role(db: &Db, user_id: i64, role: Role) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET role = $1, updated_at = $2 WHERE id = $3";
    let done = on_db!(db, p => sqlx::query(sql).bind(role.as_str()).bind(db::now()).bind(user_id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}
