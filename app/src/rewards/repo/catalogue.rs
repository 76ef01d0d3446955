//! SQL for the reward catalogue: listing, creating and editing rewards, loading codes.

use crate::{
    db::{Db, Tx},
    on_db, on_tx,
    rewards::{
        domain::{RewardDraft, RewardKind},
        views::RewardAdmin,
    },
};
use std::collections::HashMap;

/// A reward as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RewardRow {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// An address from before pictures were uploaded (browsers never showed it); cleared when saved.
    pub image_url: Option<String>,
    /// The uploaded picture's name under /media/ (`<hash>.<ext>`), unless a moderator hid it.
    pub image_name: Option<String>,
    pub kind: String,
    pub cost: i64,
    pub stock: Option<i64>,
    pub per_user_limit: Option<i64>,
    pub min_level_id: Option<i64>,
    pub group_id: Option<i64>,
    pub group_name: Option<String>,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub active: i64,
    pub redeemed_count: i64,
    pub codes_free: i64,
}

impl RewardRow {
    pub fn kind(&self) -> RewardKind {
        RewardKind::parse(&self.kind).unwrap_or(RewardKind::Experience)
    }

    pub fn into_admin(self) -> RewardAdmin {
        RewardAdmin {
            kind: self.kind(),
            id: self.id,
            title: self.title,
            description: self.description,
            legacy_image_url: self.image_url,
            image_url: self.image_name.map(|n| format!("/media/{n}")),
            cost: self.cost,
            stock: self.stock,
            per_user_limit: self.per_user_limit,
            min_level_id: self.min_level_id,
            group_id: self.group_id,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            active: self.active == 1,
            redeemed_count: self.redeemed_count,
            codes_free: self.codes_free,
        }
    }
}

const SELECT: &str = "SELECT r.id, r.title, r.description, r.image_url,
                             (SELECT m.hash || '.' || m.ext FROM media m WHERE m.hash = r.image AND m.hidden_at IS NULL)
                                 AS image_name,
                             r.kind, r.cost, r.stock, r.per_user_limit,
                             r.min_level_id, r.group_id,
                             (SELECT g.name FROM member_groups g WHERE g.id = r.group_id) AS group_name,
                             r.starts_at, r.ends_at, r.active, r.redeemed_count,
                             (SELECT COUNT(*) FROM reward_codes c WHERE c.reward_id = r.id AND c.redemption_id IS NULL
                                AND c.referral_id IS NULL)
                                 AS codes_free
                      FROM rewards r";

/// Rewards the viewer (a [`crate::common::spaces::viewer_key`]) can see: active ones whose window has not
/// ended, and not limited to a group they are outside; cheapest first.
pub async fn shown(db: &Db, now: i64, viewer: i64) -> Result<Vec<RewardRow>, sqlx::Error> {
    let sees = crate::common::spaces::viewer_sees("r.group_id", "$2");
    let sql = format!(
        "{SELECT} WHERE r.active = 1 AND (r.ends_at IS NULL OR r.ends_at >= $1) AND {sees} ORDER BY r.cost, r.id"
    );
    on_db!(db, p => sqlx::query_as::<_, RewardRow>(&sql).bind(now).bind(viewer).fetch_all(p).await)
}

/// How many members outside group `group_id` (staff aside) hold a redemption of reward `id` that was not
/// cancelled: limiting the reward to the group would hide what they have.
pub async fn redeemed_outside(tx: &mut Tx, id: i64, group_id: i64) -> Result<i64, sqlx::Error> {
    let sees = crate::common::spaces::member_sees("$2", "d.user_id");
    let sql = format!(
        "SELECT COUNT(DISTINCT d.user_id) FROM redemptions d
         WHERE d.reward_id = $1 AND d.status <> 'cancelled' AND NOT {sees}"
    );
    on_tx!(tx, c => sqlx::query_scalar(&sql).bind(id).bind(group_id).fetch_one(c).await)
}

/// Every reward, newest first, for admins.
pub async fn all(db: &Db) -> Result<Vec<RewardRow>, sqlx::Error> {
    let sql = format!("{SELECT} ORDER BY r.id DESC");
    on_db!(db, p => sqlx::query_as::<_, RewardRow>(&sql).fetch_all(p).await)
}

pub async fn find(db: &Db, id: i64) -> Result<Option<RewardRow>, sqlx::Error> {
    let sql = format!("{SELECT} WHERE r.id = $1");
    on_db!(db, p => sqlx::query_as::<_, RewardRow>(&sql).bind(id).fetch_optional(p).await)
}

/// For each reward: the member's redemptions that were not cancelled, and all of them (cancelled
/// included), which numbers the member's next redemption key.
pub async fn member_counts(db: &Db, user_id: i64) -> Result<HashMap<i64, (i64, i64)>, sqlx::Error> {
    let sql = "SELECT reward_id,
                      CAST(SUM(CASE WHEN status <> 'cancelled' THEN 1 ELSE 0 END) AS BIGINT),
                      COUNT(*)
               FROM redemptions WHERE user_id = $1 GROUP BY reward_id";
    let rows: Vec<(i64, i64, i64)> = on_db!(db, p => sqlx::query_as(sql).bind(user_id).fetch_all(p).await)?;
    Ok(rows.into_iter().map(|(r, live, all)| (r, (live, all))).collect())
}

/// Whether a level with this id exists.
pub async fn level_exists(tx: &mut Tx, id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 =
        on_tx!(tx, c => sqlx::query_scalar("SELECT COUNT(*) FROM levels WHERE id = $1").bind(id).fetch_one(c).await)?;
    Ok(n == 1)
}

/// Binds a draft's fields, in the column order `insert` and `update` list them.
macro_rules! bind_draft {
    ($q:expr, $d:expr) => {
        $q.bind(&$d.title)
            .bind(&$d.description)
            .bind($d.kind.as_str())
            .bind($d.cost)
            .bind($d.stock)
            .bind($d.per_user_limit)
            .bind($d.min_level_id)
            .bind($d.starts_at)
            .bind($d.ends_at)
            .bind(i64::from($d.active))
    };
}

/// Stores a new reward and returns its id.
/// `group_id` is the group the reward is limited to (found from the draft's address).
pub async fn insert(tx: &mut Tx, d: &RewardDraft, group_id: Option<i64>, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO rewards (title, description, kind, cost, stock, per_user_limit, min_level_id,
                                   starts_at, ends_at, active, created_at, updated_at, group_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) RETURNING id";
    on_tx!(tx, c => bind_draft!(sqlx::query_scalar(sql), d).bind(now).bind(group_id).fetch_one(c).await)
}

/// Replaces a reward's details if its stock is still `seen_stock` (what the admin's form showed; `None` for
/// unlimited), so that redemptions made while the form was open are not undone; false otherwise.
pub async fn update(
    tx: &mut Tx,
    id: i64,
    (d, group_id): (&RewardDraft, Option<i64>),
    seen_stock: Option<i64>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE rewards SET title = $1, description = $2, kind = $3, cost = $4, stock = $5,
                      per_user_limit = $6, min_level_id = $7, starts_at = $8, ends_at = $9, active = $10,
                      updated_at = $11, image_url = NULL, group_id = $14
               WHERE id = $12 AND COALESCE(stock, -1) = $13 RETURNING id";
    let seen = seen_stock.unwrap_or(-1);
    let done: Option<i64> = on_tx!(tx, c => bind_draft!(sqlx::query_scalar(sql), d)
        .bind(now)
        .bind(id)
        .bind(seen)
        .bind(group_id)
        .fetch_optional(c)
        .await)?;
    Ok(done.is_some())
}

/// Loads codes into a reward's pool and raises its stock by the number added (the stock of a code reward
/// is the codes left). Codes already in the pool are skipped; returns how many were added.
pub async fn add_codes(tx: &mut Tx, reward_id: i64, codes: &[String], now: i64) -> Result<u64, sqlx::Error> {
    let sql = "INSERT INTO reward_codes (reward_id, code, created_at) VALUES ($1, $2, $3)
               ON CONFLICT (reward_id, code) DO NOTHING";
    let mut added = 0;
    for code in codes {
        added += on_tx!(tx, c => sqlx::query(sql).bind(reward_id).bind(code).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    }
    let stock = "UPDATE rewards SET stock = COALESCE(stock, 0) + $1, updated_at = $2 WHERE id = $3";
    let n = i64::try_from(added).unwrap_or(i64::MAX);
    on_tx!(tx, c => sqlx::query(stock).bind(n).bind(now).bind(reward_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(added)
}

/// Sets (or, with `None`, removes) a reward's uploaded picture; false when there is no such reward.
pub async fn set_image(tx: &mut Tx, id: i64, hash: Option<&str>, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE rewards SET image = $1, image_url = NULL, updated_at = $2 WHERE id = $3 RETURNING id";
    let done: Option<i64> =
        on_tx!(tx, c => sqlx::query_scalar(sql).bind(hash).bind(now).bind(id).fetch_optional(c).await)?;
    Ok(done.is_some())
}
