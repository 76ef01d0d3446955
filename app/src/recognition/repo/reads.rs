//! SQL that reads points: a member's balance and history, the earning rules, the levels, leaderboards.

use crate::{
    db::{Db, Tx},
    on_db, on_tx,
    recognition::domain::{Level, Reason, Rule, RuleSetting, HISTORY_PER_PAGE, LEADERBOARD_SIZE},
};

/// A member's balance, lifetime points and whether they hide from leaderboards (zeros without an account).
pub async fn account(db: &Db, user_id: i64) -> Result<(i64, i64, bool), sqlx::Error> {
    let sql = "SELECT balance, lifetime, leaderboard_hidden FROM point_accounts WHERE user_id = $1";
    let row: Option<(i64, i64, i64)> = on_db!(db, p => sqlx::query_as(sql).bind(user_id).fetch_optional(p).await)?;
    Ok(row.map(|(b, l, h)| (b, l, h == 1)).unwrap_or((0, 0, false)))
}

/// A ledger row as the history shows it.
#[derive(Debug, sqlx::FromRow)]
pub struct HistoryRow {
    pub id: i64,
    pub amount: i64,
    pub reason: String,
    pub note: String,
    pub ref_kind: Option<String>,
    pub ref_id: Option<i64>,
    pub topic_id: Option<i64>,
    pub topic_slug: Option<String>,
    pub reversed: i64,
    pub created_at: i64,
}

impl HistoryRow {
    pub fn reason(&self) -> Reason {
        Reason::parse(&self.reason).unwrap_or(Reason::Adjustment)
    }
}

/// One page of a member's ledger, newest first (by when it happened, then by row), and the number of rows.
pub async fn history(db: &Db, user_id: i64, page: u32) -> Result<(Vec<HistoryRow>, i64), sqlx::Error> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(HISTORY_PER_PAGE);
    let sql = "SELECT l.id, l.amount, l.reason, l.note, l.ref_kind, l.ref_id, p.topic_id, t.slug AS topic_slug,
                      CAST(CASE WHEN EXISTS (SELECT 1 FROM points_ledger r WHERE r.reverses_id = l.id)
                           THEN 1 ELSE 0 END AS BIGINT) AS reversed,
                      l.created_at
               FROM points_ledger l
               LEFT JOIN posts p ON l.ref_kind = 'post' AND p.id = l.ref_id
               LEFT JOIN topics t ON t.id = p.topic_id
               WHERE l.user_id = $1 ORDER BY l.created_at DESC, l.id DESC LIMIT $2 OFFSET $3";
    let rows = on_db!(db, p => sqlx::query_as::<_, HistoryRow>(sql)
        .bind(user_id)
        .bind(i64::from(HISTORY_PER_PAGE))
        .bind(offset)
        .fetch_all(p)
        .await)?;
    let count = "SELECT COUNT(*) FROM points_ledger WHERE user_id = $1";
    let total: i64 = on_db!(db, p => sqlx::query_scalar(count).bind(user_id).fetch_one(p).await)?;
    Ok((rows, total))
}

/// A ledger row as the REST API gives it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LedgerRow {
    pub id: i64,
    pub amount: i64,
    pub reason: String,
    pub note: String,
    pub ref_kind: Option<String>,
    pub ref_id: Option<i64>,
    pub reverses_id: Option<i64>,
    pub created_at: i64,
}

/// Up to `limit` of a member's ledger rows with ids below `before`, newest first: the REST API's cursor paging.
pub async fn ledger_before(db: &Db, user_id: i64, before: i64, limit: i64) -> Result<Vec<LedgerRow>, sqlx::Error> {
    let sql = "SELECT id, amount, reason, note, ref_kind, ref_id, reverses_id, created_at FROM points_ledger
               WHERE user_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3";
    on_db!(db, p => sqlx::query_as::<_, LedgerRow>(sql).bind(user_id).bind(before).bind(limit).fetch_all(p).await)
}

/// One ledger row of a member's, by id.
pub async fn ledger_row(db: &Db, id: i64) -> Result<Option<LedgerRow>, sqlx::Error> {
    let sql =
        "SELECT id, amount, reason, note, ref_kind, ref_id, reverses_id, created_at FROM points_ledger WHERE id = $1";
    on_db!(db, p => sqlx::query_as::<_, LedgerRow>(sql).bind(id).fetch_optional(p).await)
}

/// Every earning rule, in the order the admin page lists them.
pub async fn rules(db: &Db) -> Result<Vec<RuleSetting>, sqlx::Error> {
    let sql = "SELECT rule, amount, daily_cap, enabled FROM point_rules";
    let rows: Vec<(String, i64, Option<i64>, i64)> = on_db!(db, p => sqlx::query_as(sql).fetch_all(p).await)?;
    let mut rules: Vec<RuleSetting> = rows
        .into_iter()
        .filter_map(|(rule, amount, daily_cap, enabled)| {
            Some(RuleSetting { rule: Rule::parse(&rule)?, amount, daily_cap, enabled: enabled == 1 })
        })
        .collect();
    rules.sort_by_key(|r| Rule::ALL.iter().position(|x| *x == r.rule));
    Ok(rules)
}

/// Saves an earning rule; false when there is no such rule.
pub async fn save_rule(tx: &mut Tx, s: &RuleSetting, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE point_rules SET amount = $1, daily_cap = $2, enabled = $3, updated_at = $4 WHERE rule = $5";
    let done = on_tx!(tx, c => sqlx::query(sql)
        .bind(s.amount)
        .bind(s.daily_cap)
        .bind(i64::from(s.enabled))
        .bind(now)
        .bind(s.rule.as_str())
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// The levels, lowest first.
pub async fn levels(db: &Db) -> Result<Vec<Level>, sqlx::Error> {
    let sql = "SELECT id, name, threshold FROM levels ORDER BY threshold";
    let rows: Vec<(i64, String, i64)> = on_db!(db, p => sqlx::query_as(sql).fetch_all(p).await)?;
    Ok(rows.into_iter().map(|(id, name, threshold)| Level { id, name, threshold }).collect())
}

/// A leaderboard line before levels and ranks are given.
#[derive(Debug, sqlx::FromRow)]
pub struct BoardRow {
    pub user_id: i64,
    pub name: String,
    pub handle: Option<String>,
    pub avatar: Option<String>,
    pub points: i64,
    pub lifetime: i64,
}

/// The top members by points earned since `since` (all time when `None`), excluding those who opted out.
/// Ties go to whoever joined first.
pub async fn leaders(db: &Db, since: Option<i64>) -> Result<Vec<BoardRow>, sqlx::Error> {
    let limit = i64::from(LEADERBOARD_SIZE);
    match since {
        None => {
            let sql = "SELECT a.user_id, u.display_name AS name, u.handle, u.avatar, a.lifetime AS points, a.lifetime
                       FROM point_accounts a JOIN users u ON u.id = a.user_id
                       WHERE a.leaderboard_hidden = 0 AND a.lifetime > 0
                       ORDER BY a.lifetime DESC, a.user_id LIMIT $1";
            on_db!(db, p => sqlx::query_as::<_, BoardRow>(sql).bind(limit).fetch_all(p).await)
        }
        Some(since) => {
            on_db!(db, p => sqlx::query_as::<_, BoardRow>(PERIOD_LEADERS).bind(since).bind(limit).fetch_all(p).await)
        }
    }
}

/// Members' points earned since `$1`, one row per member, members who opted out left out: the inside of both
/// period queries. `+user_id` grouped by position: grouped by the bare column, SQLite reads the whole ledger in
/// member order through `points_ledger_user` to save a sort, one table lookup per entry (3 s on 1.2 million
/// entries); grouped by an expression it reads the period's entries from `points_ledger_period` and sorts them
/// (70–90 ms for a week of 81,000). PostgreSQL takes either form alike. Measured in docs/PERFORMANCE.md.
macro_rules! earned_since {
    () => {
        "SELECT +user_id AS user_id, CAST(SUM(amount) AS BIGINT) AS points FROM points_ledger
         WHERE lifetime = 1 AND created_at >= $1
           AND user_id NOT IN (SELECT user_id FROM point_accounts WHERE leaderboard_hidden = 1)
         GROUP BY 1"
    };
}

/// The period's top `$2` members; their names and lifetime points are read for those members only.
const PERIOD_LEADERS: &str = concat!(
    "SELECT s.user_id, u.display_name AS name, u.handle, u.avatar, s.points, a.lifetime
     FROM (",
    earned_since!(),
    " HAVING SUM(amount) > 0 ORDER BY points DESC, user_id LIMIT $2) s
     JOIN point_accounts a ON a.user_id = s.user_id
     JOIN users u ON u.id = s.user_id
     ORDER BY s.points DESC, s.user_id"
);

/// How many listed members earned more than `$2` in the period, or as much with a smaller id than `$3`.
const PERIOD_AHEAD: &str =
    concat!("SELECT COUNT(*) FROM (", earned_since!(), ") s WHERE s.points > $2 OR (s.points = $2 AND s.user_id < $3)");

/// A member's points in the period and their rank among listed members (1 + how many are ahead, with
/// ties broken the same way as [`leaders`]); `None` when they have no points in it.
pub async fn rank_of(db: &Db, user_id: i64, since: Option<i64>) -> Result<Option<(i64, i64)>, sqlx::Error> {
    let Some(since) = since else {
        // All time: the accounts keep each member's lifetime points (moved with every entry that counts), so the
        // ledger is not summed (2.9 s on 1.2 million entries); `point_accounts_lifetime` finds who is ahead.
        let mine = "SELECT lifetime FROM point_accounts WHERE user_id = $1";
        let points: Option<i64> = on_db!(db, p => sqlx::query_scalar(mine).bind(user_id).fetch_optional(p).await)?;
        let Some(points) = points.filter(|p| *p > 0) else {
            return Ok(None);
        };
        let ahead = "SELECT COUNT(*) FROM point_accounts
                     WHERE leaderboard_hidden = 0 AND (lifetime > $1 OR (lifetime = $1 AND user_id < $2))";
        let ahead: i64 = on_db!(db, p => sqlx::query_scalar(ahead).bind(points).bind(user_id).fetch_one(p).await)?;
        return Ok(Some((ahead + 1, points)));
    };
    let mine = "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM points_ledger WHERE user_id = $1 AND lifetime = 1 AND created_at >= $2";
    let points: i64 = on_db!(db, p => sqlx::query_scalar(mine).bind(user_id).bind(since).fetch_one(p).await)?;
    if points <= 0 {
        return Ok(None);
    }
    let ahead: i64 =
        on_db!(db, p => sqlx::query_scalar(PERIOD_AHEAD).bind(since).bind(points).bind(user_id).fetch_one(p).await)?;
    Ok(Some((ahead + 1, points)))
}

/// Lists or hides a member on leaderboards.
pub async fn set_hidden(tx: &mut Tx, user_id: i64, hidden: bool) -> Result<(), sqlx::Error> {
    let sql = "UPDATE point_accounts SET leaderboard_hidden = $1 WHERE user_id = $2";
    on_tx!(tx, c => sqlx::query(sql).bind(i64::from(hidden)).bind(user_id).execute(c).await.map(|_| ()))
}
