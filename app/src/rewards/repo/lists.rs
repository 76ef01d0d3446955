//! SQL that lists redemptions: a member's own, and every one for admins (paged, or all for a CSV export).

use crate::{
    db::{Db, Tx},
    on_db, on_tx,
    rewards::{
        domain::{RedemptionStatus, RewardKind, REDEMPTIONS_PER_PAGE},
        views::RedemptionView,
    },
};

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    member_id: i64,
    reward_id: i64,
    reward_title: String,
    kind: String,
    cost: i64,
    status: String,
    code: Option<String>,
    note: String,
    member_name: String,
    member_email: String,
    created_at: i64,
    decided_at: Option<i64>,
}

impl From<Row> for RedemptionView {
    fn from(r: Row) -> Self {
        RedemptionView {
            id: r.id,
            member_id: r.member_id,
            reward_id: r.reward_id,
            reward_title: r.reward_title,
            kind: RewardKind::parse(&r.kind).unwrap_or(RewardKind::Experience),
            cost: r.cost,
            status: RedemptionStatus::parse(&r.status).unwrap_or(RedemptionStatus::Pending),
            code: r.code,
            note: r.note,
            member_name: r.member_name,
            member_email: r.member_email,
            created_at: r.created_at,
            decided_at: r.decided_at,
        }
    }
}

const SELECT: &str = "SELECT d.id, d.user_id AS member_id, d.reward_id, w.title AS reward_title, w.kind, d.cost, d.status, c.code, d.note,
                             u.display_name AS member_name, u.email AS member_email, d.created_at, d.decided_at
                      FROM redemptions d
                      JOIN rewards w ON w.id = d.reward_id
                      JOIN users u ON u.id = d.user_id
                      LEFT JOIN reward_codes c ON c.redemption_id = d.id";

/// A page of one member's redemptions, newest first, and how many there are.
pub async fn of_member(db: &Db, user_id: i64, page: u32) -> Result<(Vec<RedemptionView>, i64), sqlx::Error> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(REDEMPTIONS_PER_PAGE);
    let sql = format!("{SELECT} WHERE d.user_id = $1 ORDER BY d.id DESC LIMIT $2 OFFSET $3");
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(&sql)
        .bind(user_id)
        .bind(i64::from(REDEMPTIONS_PER_PAGE))
        .bind(offset)
        .fetch_all(p)
        .await)?;
    let count = "SELECT COUNT(*) FROM redemptions WHERE user_id = $1";
    let total: i64 = on_db!(db, p => sqlx::query_scalar(count).bind(user_id).fetch_one(p).await)?;
    Ok((rows.into_iter().map(Into::into).collect(), total))
}

/// A page of every redemption (of one status, if given): pending ones oldest first, so the queue is
/// worked in order; the others newest first.
pub async fn all(
    db: &Db,
    status: Option<RedemptionStatus>,
    page: u32,
) -> Result<(Vec<RedemptionView>, i64), sqlx::Error> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(REDEMPTIONS_PER_PAGE);
    let order = if status == Some(RedemptionStatus::Pending) { "ASC" } else { "DESC" };
    let wanted = status.map(|s| s.as_str()).unwrap_or("");
    let sql = format!("{SELECT} WHERE ($1 = '' OR d.status = $1) ORDER BY d.id {order} LIMIT $2 OFFSET $3");
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(&sql)
        .bind(wanted)
        .bind(i64::from(REDEMPTIONS_PER_PAGE))
        .bind(offset)
        .fetch_all(p)
        .await)?;
    let count = "SELECT COUNT(*) FROM redemptions WHERE ($1 = '' OR status = $1)";
    let total: i64 = on_db!(db, p => sqlx::query_scalar(count).bind(wanted).fetch_one(p).await)?;
    Ok((rows.into_iter().map(Into::into).collect(), total))
}

/// Up to `limit` redemptions (of one status, if given) with ids above `after`, oldest first: the REST API's
/// cursor paging.
pub async fn after(
    db: &Db,
    status: Option<RedemptionStatus>,
    after: i64,
    limit: i64,
) -> Result<Vec<RedemptionView>, sqlx::Error> {
    let wanted = status.map(|s| s.as_str()).unwrap_or("");
    let sql = format!("{SELECT} WHERE ($1 = '' OR d.status = $1) AND d.id > $2 ORDER BY d.id LIMIT $3");
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(&sql).bind(wanted).bind(after).bind(limit).fetch_all(p).await)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// One redemption, whatever its status.
pub async fn one(db: &Db, id: i64) -> Result<Option<RedemptionView>, sqlx::Error> {
    let sql = format!("{SELECT} WHERE d.id = $1");
    let row = on_db!(db, p => sqlx::query_as::<_, Row>(&sql).bind(id).fetch_optional(p).await)?;
    Ok(row.map(Into::into))
}

/// [`one`] inside a transaction.
pub async fn one_tx(tx: &mut Tx, id: i64) -> Result<Option<RedemptionView>, sqlx::Error> {
    let sql = format!("{SELECT} WHERE d.id = $1");
    let row = on_tx!(tx, c => sqlx::query_as::<_, Row>(&sql).bind(id).fetch_optional(c).await)?;
    Ok(row.map(Into::into))
}

/// Every redemption, oldest first, for the CSV export.
pub async fn export(db: &Db) -> Result<Vec<RedemptionView>, sqlx::Error> {
    let sql = format!("{SELECT} ORDER BY d.id");
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(&sql).fetch_all(p).await)?;
    Ok(rows.into_iter().map(Into::into).collect())
}
