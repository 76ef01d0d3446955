//! SQL for badges: awarding automatic ones when their rule is met, manual awards and revocations, and what
//! members hold.

use crate::{
    db::{Db, Tx},
    on_db, on_tx,
    recognition::{
        badges::{BadgeRule, BadgeSpec, BadgeView, HeldBadge},
        domain::Rule,
    },
};

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    slug: String,
    name: String,
    description: String,
    icon: String,
    rule: Option<String>,
    threshold: Option<i64>,
    holders: i64,
    members: i64,
    retired: bool,
    image_name: Option<String>,
}

impl From<Row> for BadgeView {
    fn from(r: Row) -> Self {
        BadgeView {
            id: r.id,
            slug: r.slug,
            name: r.name,
            description: r.description,
            icon: r.icon,
            rule: r.rule.as_deref().and_then(BadgeRule::parse),
            threshold: r.threshold,
            per_mille: if r.members > 0 { r.holders * 1000 / r.members } else { 0 },
            holders: r.holders,
            retired: r.retired,
            image_url: r.image_name.map(|n| format!("/media/{n}")),
        }
    }
}

const SELECT: &str = "SELECT b.id, b.slug, b.name, b.description, b.icon, b.rule, b.threshold,
                             (SELECT COUNT(*) FROM user_badges h WHERE h.badge_id = b.id AND h.revoked_at IS NULL) AS holders,
                             (SELECT COUNT(*) FROM users) AS members, b.retired_at IS NOT NULL AS retired,
                             (SELECT m.hash || '.' || m.ext FROM media m WHERE m.hash = b.image AND m.hidden_at IS NULL)
                                 AS image_name
                      FROM badges b";

/// Every badge with its holders (retired ones too), automatic ones first.
pub async fn all(db: &Db) -> Result<Vec<BadgeView>, sqlx::Error> {
    let sql = format!("{SELECT} ORDER BY CASE WHEN b.rule IS NULL THEN 1 ELSE 0 END, b.id");
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(&sql).fetch_all(p).await)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// The badges a member holds now, newest first.
pub async fn held(db: &Db, user_id: i64) -> Result<Vec<HeldBadge>, sqlx::Error> {
    let sql = format!(
        "SELECT x.*, u.awarded_at, u.reason FROM ({SELECT}) x
         JOIN user_badges u ON u.badge_id = x.id AND u.user_id = $1 AND u.revoked_at IS NULL
         ORDER BY u.awarded_at DESC, u.id DESC"
    );
    #[derive(sqlx::FromRow)]
    struct Held {
        #[sqlx(flatten)]
        row: Row,
        awarded_at: i64,
        reason: String,
    }
    let rows = on_db!(db, p => sqlx::query_as::<_, Held>(&sql).bind(user_id).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|h| HeldBadge { badge: h.row.into(), awarded_at: h.awarded_at, reason: h.reason })
        .collect())
}

/// How far a member is along an automatic badge's rule.
async fn progress(tx: &mut Tx, user_id: i64, rule: BadgeRule, now: i64) -> Result<i64, sqlx::Error> {
    if let Some(reason) = rule.ledger_reason() {
        let sql = "SELECT COUNT(*) FROM points_ledger e WHERE e.user_id = $1 AND e.reason = $2 AND e.amount > 0
                     AND NOT EXISTS (SELECT 1 FROM points_ledger r WHERE r.reverses_id = e.id)";
        return on_tx!(tx, c => sqlx::query_scalar(sql).bind(user_id).bind(reason).fetch_one(c).await);
    }
    let sql = match rule {
        BadgeRule::Posts => {
            "SELECT COUNT(*) FROM posts WHERE author_id = $1 AND deleted_at IS NULL AND hidden_at IS NULL AND $2 >= 0"
        }
        BadgeRule::LikesReceived => {
            "SELECT CAST(COALESCE(SUM(like_count), 0) AS BIGINT) FROM posts WHERE author_id = $1 AND $2 >= 0"
        }
        _ => "SELECT CAST(($2 - created_at) / 86400 AS BIGINT) FROM users WHERE id = $1",
    };
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(user_id).bind(now).fetch_one(c).await)
}

/// After an event earning under `trigger`, awards every automatic badge whose count that event moves, that
/// the member now meets and never held (a badge a moderator revoked is not handed back by the rule). Counts
/// the event cannot move are not read. Returns the ids of the badges awarded.
pub async fn check(tx: &mut Tx, user_id: i64, trigger: Rule, now: i64) -> Result<Vec<i64>, sqlx::Error> {
    let sql = "SELECT b.id, b.rule, b.threshold FROM badges b
               WHERE b.rule IS NOT NULL AND b.retired_at IS NULL
                 AND NOT EXISTS (SELECT 1 FROM user_badges u WHERE u.badge_id = b.id AND u.user_id = $1)";
    let open: Vec<(i64, String, i64)> = on_tx!(tx, c => sqlx::query_as(sql).bind(user_id).fetch_all(c).await)?;
    let mut awarded = Vec::new();
    let mut seen: Vec<(BadgeRule, i64)> = Vec::new();
    for (badge_id, rule, threshold) in open {
        let Some(rule) = BadgeRule::parse(&rule).filter(|r| r.moved_by(trigger)) else { continue };
        let have = match seen.iter().find(|(r, _)| *r == rule) {
            Some((_, n)) => *n,
            None => {
                let n = progress(tx, user_id, rule, now).await?;
                seen.push((rule, n));
                n
            }
        };
        if have >= threshold && give(tx, user_id, badge_id, None, "", now).await? {
            awarded.push(badge_id);
        }
    }
    Ok(awarded)
}

/// Gives a badge and tells the member; false when they hold it already.
pub async fn give(
    tx: &mut Tx,
    user_id: i64,
    badge_id: i64,
    by: Option<i64>,
    reason: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let sql = "INSERT INTO user_badges (user_id, badge_id, awarded_at, awarded_by, reason) VALUES ($1, $2, $3, $4, $5)
               ON CONFLICT (user_id, badge_id) WHERE revoked_at IS NULL DO NOTHING";
    let n = on_tx!(tx, c => sqlx::query(sql)
        .bind(user_id)
        .bind(badge_id)
        .bind(now)
        .bind(by)
        .bind(reason)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    if n == 1 {
        crate::notifications::repo::notify_badge(tx, user_id, by.unwrap_or(user_id), badge_id, now).await?;
    }
    Ok(n == 1)
}

/// Takes a badge back, keeping the record; false when the member does not hold it.
pub async fn revoke(
    tx: &mut Tx,
    user_id: i64,
    badge_id: i64,
    by: i64,
    reason: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE user_badges SET revoked_at = $1, revoked_by = $2, revoke_reason = $3
               WHERE user_id = $4 AND badge_id = $5 AND revoked_at IS NULL";
    let n = on_tx!(tx, c => sqlx::query(sql)
        .bind(now)
        .bind(by)
        .bind(reason)
        .bind(user_id)
        .bind(badge_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Whether a badge with this id exists, and then whether it is manual and whether it is retired.
pub async fn kind(tx: &mut Tx, badge_id: i64) -> Result<Option<(bool, bool)>, sqlx::Error> {
    let sql = "SELECT CAST(CASE WHEN rule IS NULL THEN 1 ELSE 0 END AS BIGINT),
                      CAST(CASE WHEN retired_at IS NULL THEN 0 ELSE 1 END AS BIGINT)
               FROM badges WHERE id = $1";
    let found: Option<(i64, i64)> = on_tx!(tx, c => sqlx::query_as(sql).bind(badge_id).fetch_optional(c).await)?;
    Ok(found.map(|(manual, retired)| (manual == 1, retired == 1)))
}

/// Stores a new badge and returns its id. Its address (`/badges#badge-<slug>`) comes from the name; a name
/// used before gets the next free number after it.
pub async fn create(tx: &mut Tx, spec: &BadgeSpec, now: i64) -> Result<i64, sqlx::Error> {
    let base = crate::common::text::slugify_or(&spec.name, "badge");
    let base: String = base.chars().take(30).collect();
    let taken = "SELECT COUNT(*) FROM badges WHERE slug = $1 OR slug LIKE $2";
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar(taken).bind(&base).bind(format!("{base}-%")).fetch_one(c).await)?;
    let slug = if n == 0 { base } else { format!("{base}-{}", n + 1) };
    let sql = "INSERT INTO badges (slug, name, description, icon, rule, threshold, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
    on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(slug)
        .bind(&spec.name)
        .bind(&spec.description)
        .bind(&spec.icon)
        .bind(spec.rule.map(BadgeRule::as_str))
        .bind(spec.threshold)
        .bind(now)
        .fetch_one(c)
        .await)
}

/// Changes a badge; those who hold it keep it (a higher threshold takes nothing back). False when there is
/// no such badge.
pub async fn update(tx: &mut Tx, id: i64, spec: &BadgeSpec) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE badges SET name = $1, description = $2, icon = $3, rule = $4, threshold = $5 WHERE id = $6";
    let n = on_tx!(tx, c => sqlx::query(sql)
        .bind(&spec.name)
        .bind(&spec.description)
        .bind(&spec.icon)
        .bind(spec.rule.map(BadgeRule::as_str))
        .bind(spec.threshold)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Retires a badge (nobody earns or is awarded it any more; holders keep it) or brings it back. False when
/// it was already so, or does not exist.
pub async fn set_retired(tx: &mut Tx, id: i64, retire: bool, now: i64) -> Result<bool, sqlx::Error> {
    let sql = if retire {
        "UPDATE badges SET retired_at = $1 WHERE id = $2 AND retired_at IS NULL"
    } else {
        "UPDATE badges SET retired_at = NULL WHERE id = $2 AND retired_at IS NOT NULL AND $1 >= 0"
    };
    let n = on_tx!(tx, c => sqlx::query(sql).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Sets (or, with `None`, removes) a badge's uploaded picture; false when there is no such badge.
pub async fn set_image(tx: &mut Tx, id: i64, hash: Option<&str>) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE badges SET image = $1 WHERE id = $2 RETURNING id";
    let done: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(sql).bind(hash).bind(id).fetch_optional(c).await)?;
    Ok(done.is_some())
}

/// Whether badge `id` exists.
pub async fn exists(db: &Db, id: i64) -> Result<bool, sqlx::Error> {
    let found: Option<i64> =
        on_db!(db, p => sqlx::query_scalar("SELECT id FROM badges WHERE id = $1").bind(id).fetch_optional(p).await)?;
    Ok(found.is_some())
}
