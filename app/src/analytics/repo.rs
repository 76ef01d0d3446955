//! Dashboard SQL, written once for both backends, and the activity rollup the rest of the app feeds.
//!
//! Distinct members come from `member_activity_days` (one row per member per day with any activity) and the
//! retention table from `member_activity_months`, both kept up to date by [`crate::activity::record`] in the
//! transaction that stores the activity. Measured in docs/PERFORMANCE.md ("Programme dashboard").

use crate::{
    analytics::{
        domain::{cohorts, Period, PeriodQuery, COHORT_MONTHS},
        figures::{Bucket, Counts, Dashboard, RewardBar},
    },
    common::dates::{month_of, month_start, DAY},
    db::{Db, Tx},
    nps::domain::NpsTally,
    on_db, on_tx,
};

/// Rebuilds the activity rollup from the tables it summarises (for data written without the app: the
/// synthetic and demo generators). The month arithmetic differs per backend; the migration does the same.
pub async fn rebuild_activity(tx: &mut Tx) -> Result<(), sqlx::Error> {
    let month = |x: &str| {
        match tx {
        Tx::Sqlite(..) => format!(
            "(CAST(strftime('%Y', {x}, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', {x}, 'unixepoch') AS INTEGER) - 1)"
        ),
        Tx::Postgres(_) => format!(
            "(EXTRACT(YEAR FROM to_timestamp({x}) AT TIME ZONE 'UTC')::BIGINT * 12 \
             + EXTRACT(MONTH FROM to_timestamp({x}) AT TIME ZONE 'UTC')::BIGINT - 1)"
        ),
    }
    };
    let months = format!(
        "INSERT INTO member_activity_months (cohort_month, month, user_id)
         SELECT DISTINCT {}, {}, a.user_id FROM member_activity_days a JOIN users u ON u.id = a.user_id",
        month("u.created_at"),
        month("a.day")
    );
    let days = "INSERT INTO member_activity_days (day, user_id, prev_day)
                SELECT day, user_id, LAG(day) OVER (PARTITION BY user_id ORDER BY day) FROM (
                    SELECT created_at / 86400 * 86400 AS day, author_id AS user_id FROM posts
                    UNION SELECT submitted_at / 86400 * 86400, author_id FROM stories WHERE submitted_at IS NOT NULL
                    UNION SELECT created_at / 86400 * 86400, user_id FROM redemptions
                ) AS activity";
    for sql in ["DELETE FROM member_activity_months", "DELETE FROM member_activity_days", days, months.as_str()] {
        on_tx!(tx, c => sqlx::query(sql).execute(c).await.map(|_| ()))?;
    }
    Ok(())
}

/// Every count of one period, in one statement of scalar subqueries (one round trip). `$1`..`$2` are the
/// period in Unix seconds, `$3`..`$4` the same in UTC day numbers (how link visits are counted).
const COUNTS: &str = "SELECT
    (SELECT COUNT(*) FROM users WHERE created_at < $2 AND removed_at IS NULL),
    (SELECT COUNT(*) FROM member_activity_days WHERE day >= $1 AND day < $2 AND (prev_day IS NULL OR prev_day < $1)),
    (SELECT COUNT(*) FROM users WHERE created_at >= $1 AND created_at < $2 AND removed_at IS NULL),
    (SELECT COUNT(*) FROM referrals WHERE created_at >= $1 AND created_at < $2 AND referee_id IS NOT NULL),
    (SELECT CAST(COALESCE(SUM(clicks), 0) AS BIGINT) FROM referral_clicks WHERE day >= $3 AND day < $4),
    (SELECT COUNT(*) FROM referrals WHERE created_at >= $1 AND created_at < $2 AND qualified_at IS NOT NULL),
    (SELECT COUNT(*) FROM referrals WHERE created_at >= $1 AND created_at < $2 AND rewarded_at IS NOT NULL),
    (SELECT COUNT(*) FROM posts WHERE created_at >= $1 AND created_at < $2),
    (SELECT COUNT(*) FROM stories WHERE submitted_at >= $1 AND submitted_at < $2),
    (SELECT COUNT(*) FROM stories WHERE approved_at >= $1 AND approved_at < $2),
    (SELECT COUNT(*) FROM stories WHERE featured_at >= $1 AND featured_at < $2),
    (SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM points_ledger
        WHERE lifetime = 1 AND amount > 0 AND created_at >= $1 AND created_at < $2),
    (SELECT CAST(COALESCE(SUM(cost), 0) AS BIGINT) FROM redemptions
        WHERE created_at >= $1 AND created_at < $2 AND status <> 'cancelled'),
    (SELECT COUNT(*) FROM redemptions WHERE created_at >= $1 AND created_at < $2 AND status <> 'cancelled'),
    (SELECT COUNT(*) FROM referrals WHERE converted_at >= $1 AND converted_at < $2
        AND status NOT IN ('rejected', 'reversed')),
    (SELECT CAST(COALESCE(SUM(c.amount), 0) AS BIGINT) FROM referral_conversions c JOIN referrals r ON r.id = c.referral_id
        WHERE c.created_at >= $1 AND c.created_at < $2 AND r.status NOT IN ('rejected', 'reversed'))";

/// NPS answers (dismissals have no score) given in the period, as promoters, passives and detractors.
const NPS: &str = "SELECT
    CAST(COALESCE(SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END), 0) AS BIGINT),
    CAST(COALESCE(SUM(CASE WHEN score BETWEEN 7 AND 8 THEN 1 ELSE 0 END), 0) AS BIGINT),
    CAST(COALESCE(SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END), 0) AS BIGINT)
    FROM survey_responses WHERE score IS NOT NULL AND created_at >= $1 AND created_at < $2";

type Row16 = (i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64);

async fn counts(db: &Db, p: Period, currency: &str) -> Result<Counts, sqlx::Error> {
    let days = (p.start.div_euclid(DAY), p.end.div_euclid(DAY));
    let r: Row16 =
        on_db!(db, c => sqlx::query_as(COUNTS).bind(p.start).bind(p.end).bind(days.0).bind(days.1).fetch_one(c).await)?;
    let (promoters, passives, detractors): (i64, i64, i64) =
        on_db!(db, c => sqlx::query_as(NPS).bind(p.start).bind(p.end).fetch_one(c).await)?;
    Ok(Counts {
        members: r.0,
        active: r.1,
        new_members: r.2,
        referred: r.3,
        referral_clicks: r.4,
        qualified: r.5,
        rewarded: r.6,
        posts: r.7,
        stories_submitted: r.8,
        stories_approved: r.9,
        stories_featured: r.10,
        points_issued: r.11,
        points_redeemed: r.12,
        redemptions: r.13,
        customers: r.14,
        revenue: r.15,
        currency: currency.to_string(),
        nps: NpsTally { promoters, passives, detractors },
    })
}

/// Active members per bucket, as a range count per bucket (the calendar comes from a recursive CTE): the rows
/// that are a member's first in their bucket, so a member active on several days of a bucket counts once. A
/// day's rows are all first in a one-day bucket, so daily buckets skip the test.
const ACTIVE: &str = "WITH RECURSIVE b(i) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT i + 1 FROM b WHERE i + 1 < $3)
    SELECT i, (SELECT COUNT(*) FROM member_activity_days WHERE day >= $1 + i * $2 AND day < $1 + (i + 1) * $2
               AND (prev_day IS NULL OR prev_day < $1 + i * $2)) FROM b";
const ACTIVE_DAILY: &str =
    "WITH RECURSIVE b(i) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT i + 1 FROM b WHERE i + 1 < $3)
    SELECT i, (SELECT COUNT(*) FROM member_activity_days WHERE day >= $1 + i * $2 AND day < $1 + (i + 1) * $2) FROM b";

/// Posts per bucket: a range count per bucket over the `created_at` index (no sort of a quarter of a million
/// rows by an expression).
const POSTS: &str = "WITH RECURSIVE b(i) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT i + 1 FROM b WHERE i + 1 < $3)
    SELECT i, (SELECT COUNT(*) FROM posts WHERE created_at >= $1 + i * $2 AND created_at < $1 + (i + 1) * $2) FROM b";

/// Members who signed up in the period, by sign-up time (a few thousand at most).
const NEW: &str = "SELECT created_at FROM users
    WHERE created_at >= $1 AND created_at < $2 AND removed_at IS NULL";

async fn series(db: &Db, p: Period) -> Result<Vec<Bucket>, sqlx::Error> {
    let (step, n) = (p.bucket_secs(), p.buckets() as i64);
    let new = async { on_db!(db, c => sqlx::query_scalar::<_, i64>(NEW).bind(p.start).bind(p.end).fetch_all(c).await) };
    let per_bucket = |sql: &'static str| async move {
        on_db!(db, c => sqlx::query_as::<_, (i64, i64)>(sql).bind(p.start).bind(step).bind(n).fetch_all(c).await)
    };
    let active = per_bucket(if step == DAY { ACTIVE_DAILY } else { ACTIVE });
    let posts = per_bucket(POSTS);
    let (new, active, posts) = tokio::try_join!(new, active, posts)?;
    let mut buckets: Vec<Bucket> =
        (0..n).map(|i| Bucket { start: p.start + i * step, new_members: 0, active: 0, posts: 0 }).collect();
    let slot = |at: i64| usize::try_from((at - p.start) / step).ok().filter(|i| *i < n as usize);
    for at in new {
        if let Some(i) = slot(at) {
            buckets[i].new_members += 1;
        }
    }
    for (i, count) in active {
        if let Some(b) = usize::try_from(i).ok().and_then(|i| buckets.get_mut(i)) {
            b.active = count;
        }
    }
    for (i, count) in posts {
        if let Some(b) = usize::try_from(i).ok().and_then(|i| buckets.get_mut(i)) {
            b.posts = count;
        }
    }
    Ok(buckets)
}

async fn rewards(db: &Db, p: Period) -> Result<Vec<RewardBar>, sqlx::Error> {
    let sql = "SELECT r.title, COUNT(*), CAST(SUM(d.cost) AS BIGINT) FROM redemptions d
               JOIN rewards r ON r.id = d.reward_id
               WHERE d.created_at >= $1 AND d.created_at < $2 AND d.status <> 'cancelled'
               GROUP BY r.id, r.title ORDER BY 2 DESC, r.title LIMIT 25";
    let rows: Vec<(String, i64, i64)> =
        on_db!(db, c => sqlx::query_as(sql).bind(p.start).bind(p.end).fetch_all(c).await)?;
    Ok(rows.into_iter().map(|(title, redemptions, points)| RewardBar { title, redemptions, points }).collect())
}

async fn cohort_rows(db: &Db, now: i64) -> Result<Vec<crate::analytics::domain::CohortRow>, sqlx::Error> {
    let current = month_of(now);
    let first = current - COHORT_MONTHS + 1;
    let size = "SELECT COUNT(*) FROM users WHERE created_at >= $1 AND created_at < $2 AND removed_at IS NULL";
    let mut sizes = Vec::new();
    for m in first..=current {
        let n: i64 = on_db!(db, c => sqlx::query_scalar(size)
            .bind(month_start(m))
            .bind(month_start(m + 1))
            .fetch_one(c)
            .await)?;
        sizes.push((m, n));
    }
    let sql = "SELECT cohort_month, month, COUNT(*) FROM member_activity_months
               WHERE cohort_month >= $1 GROUP BY cohort_month, month";
    let active: Vec<(i64, i64, i64)> = on_db!(db, c => sqlx::query_as(sql).bind(i64::from(first)).fetch_all(c).await)?;
    let active: Vec<(i32, i32, i64)> = active.into_iter().map(|(c, m, n)| (c as i32, m as i32, n)).collect();
    Ok(cohorts(current, &sizes, &active))
}

/// The dashboard for `period` (with the one before it) as of `now`.
pub async fn dashboard(db: &Db, query: PeriodQuery, period: Period, now: i64) -> Result<Dashboard, sqlx::Error> {
    let previous = period.previous();
    let currency = crate::referrals::repo::settings(db).await?.currency;
    let (current, before, series, rewards, cohorts) = tokio::try_join!(
        counts(db, period, &currency),
        counts(db, previous, &currency),
        series(db, period),
        rewards(db, period),
        cohort_rows(db, now)
    )?;
    Ok(Dashboard { query, period, previous, current, before, series, rewards, cohorts })
}
