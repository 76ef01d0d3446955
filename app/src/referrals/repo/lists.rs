//! Reading referrals for the member and the admin pages, and the programme's referral settings.

use crate::{
    db::{Db, Tx},
    on_db, on_tx,
    referrals::{
        domain::{Flag, Landing, QualifyOn, Settings, Status, PER_PAGE},
        views::{AdminRow, Referred, Tab},
    },
    t,
};

const SETTINGS: &str =
    "qualify_on, hold_days, daily_cap, ip_burst, landing_url, landing_param, currency, friend_reward_id";

type SettingsRow = (String, i64, i64, i64, String, String, String, Option<i64>);

fn to_settings(row: SettingsRow) -> Settings {
    Settings {
        qualify_on: QualifyOn::parse(&row.0).unwrap_or(QualifyOn::FirstPost),
        hold_days: row.1,
        daily_cap: row.2,
        ip_burst: row.3,
        landing: Landing { url: row.4, param: row.5 },
        currency: row.6,
        friend_reward_id: row.7,
    }
}

pub async fn settings(db: &Db) -> Result<Settings, sqlx::Error> {
    let sql = format!("SELECT {SETTINGS} FROM referral_settings WHERE id = 1");
    let row = on_db!(db, p => sqlx::query_as::<_, SettingsRow>(&sql).fetch_optional(p).await)?;
    Ok(row.map(to_settings).unwrap_or_default())
}

pub async fn settings_tx(tx: &mut Tx) -> Result<Settings, sqlx::Error> {
    let sql = format!("SELECT {SETTINGS} FROM referral_settings WHERE id = 1");
    let row = on_tx!(tx, c => sqlx::query_as::<_, SettingsRow>(&sql).fetch_optional(c).await)?;
    Ok(row.map(to_settings).unwrap_or_default())
}

/// The settings, with their row locked until the transaction ends (a no-op update).
pub(super) async fn lock_settings(tx: &mut Tx) -> Result<Settings, sqlx::Error> {
    let sql = format!("UPDATE referral_settings SET updated_at = updated_at WHERE id = 1 RETURNING {SETTINGS}");
    let row = on_tx!(tx, c => sqlx::query_as::<_, SettingsRow>(&sql).fetch_optional(c).await)?;
    Ok(row.map(to_settings).unwrap_or_default())
}

pub async fn save_settings(tx: &mut Tx, s: &Settings, now: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE referral_settings SET qualify_on = $1, hold_days = $2, daily_cap = $3, ip_burst = $4,
                   updated_at = $5, landing_url = $6, landing_param = $7, currency = $8, friend_reward_id = $9
               WHERE id = 1";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(s.qualify_on.as_str())
        .bind(s.hold_days)
        .bind(s.daily_cap)
        .bind(s.ip_burst)
        .bind(now)
        .bind(&s.landing.url)
        .bind(&s.landing.param)
        .bind(&s.currency)
        .bind(s.friend_reward_id)
        .execute(c)
        .await
        .map(|_| ()))
}

#[derive(sqlx::FromRow)]
struct ReferredRow {
    display_name: Option<String>,
    handle: Option<String>,
    status: String,
    created_at: i64,
    due_at: Option<i64>,
    rewarded_at: Option<i64>,
    converted_at: Option<i64>,
}

/// A member's referrals, newest first, with their link's visits and the points referrals earned them.
pub async fn mine(db: &Db, user_id: i64) -> Result<(Vec<Referred>, i64, i64), sqlx::Error> {
    let people = "SELECT u.display_name, u.handle, r.status, r.created_at, r.due_at, r.rewarded_at, r.converted_at
                  FROM referrals r LEFT JOIN users u ON u.id = r.referee_id
                  WHERE r.referrer_id = $1 ORDER BY r.id DESC LIMIT 500";
    let rows = on_db!(db, p => sqlx::query_as::<_, ReferredRow>(people).bind(user_id).fetch_all(p).await)?;
    let clicks = "SELECT CAST(COALESCE(SUM(clicks), 0) AS BIGINT) FROM referral_clicks WHERE user_id = $1";
    let clicks: i64 = on_db!(db, p => sqlx::query_scalar(clicks).bind(user_id).fetch_one(p).await)?;
    let points = "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM points_ledger
                  WHERE user_id = $1 AND ref_kind = 'referral'
                    AND ref_id IN (SELECT id FROM referrals WHERE referrer_id = $1)";
    let points: i64 = on_db!(db, p => sqlx::query_scalar(points).bind(user_id).fetch_one(p).await)?;
    let people = rows
        .into_iter()
        .map(|r| Referred {
            // A customer who never joined is shown without a name: the shop's records are not the community's.
            member: r.display_name.is_some(),
            name: r.display_name.unwrap_or_else(|| t!("referrals-customer-not-member")),
            handle: r.handle,
            converted_at: r.converted_at,
            status: Status::parse(&r.status).unwrap_or(Status::SignedUp),
            joined_at: r.created_at,
            due_at: r.due_at,
            rewarded_at: r.rewarded_at,
        })
        .collect();
    Ok((people, clicks, points))
}

#[derive(sqlx::FromRow)]
struct AdminListRow {
    id: i64,
    referrer: String,
    referrer_handle: Option<String>,
    referee: Option<String>,
    referee_email: Option<String>,
    friend_email: String,
    converted_at: Option<i64>,
    status: String,
    flag: String,
    note: String,
    ip: String,
    created_at: i64,
    qualified_at: Option<i64>,
    due_at: Option<i64>,
}

fn condition(tab: Tab) -> &'static str {
    match tab {
        Tab::Held => "r.status = 'held'",
        Tab::Flagged => "r.flag <> ''",
        Tab::Customers => "r.converted_at IS NOT NULL",
        Tab::All => "1 = 1",
    }
}

/// One page of referrals for the admin: held ones oldest first (a queue), the others newest first. Returns
/// the rows, the number matching, and the number held.
pub async fn admin_list(db: &Db, tab: Tab, page: u32) -> Result<(Vec<AdminRow>, i64, i64), sqlx::Error> {
    let order = if tab == Tab::Held { "r.id" } else { "r.id DESC" };
    let sql = format!(
        "SELECT r.id, a.display_name AS referrer, a.handle AS referrer_handle, b.display_name AS referee,
                b.email AS referee_email, r.friend_email, r.converted_at, r.status, r.flag, r.note, r.ip, r.created_at,
                r.qualified_at, r.due_at
         FROM referrals r JOIN users a ON a.id = r.referrer_id LEFT JOIN users b ON b.id = r.referee_id
         WHERE {} ORDER BY {order} LIMIT $1 OFFSET $2",
        condition(tab)
    );
    let offset = i64::from(page.saturating_sub(1)) * i64::from(PER_PAGE);
    let rows = on_db!(db, p => sqlx::query_as::<_, AdminListRow>(&sql).bind(i64::from(PER_PAGE)).bind(offset).fetch_all(p).await)?;
    let count = format!("SELECT COUNT(*) FROM referrals r WHERE {}", condition(tab));
    let total: i64 = on_db!(db, p => sqlx::query_scalar(&count).fetch_one(p).await)?;
    let held: i64 =
        on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM referrals WHERE status = 'held'").fetch_one(p).await)?;
    let rows = rows
        .into_iter()
        .map(|r| AdminRow {
            id: r.id,
            referrer: r.referrer,
            referrer_handle: r.referrer_handle,
            referee: r.referee.unwrap_or_else(|| t!("referrals-customer-not-member")),
            referee_email: r.referee_email.unwrap_or(r.friend_email),
            converted_at: r.converted_at,
            status: Status::parse(&r.status).unwrap_or(Status::SignedUp),
            flag: Flag::parse(&r.flag),
            note: r.note,
            ip: r.ip,
            created_at: r.created_at,
            qualified_at: r.qualified_at,
            due_at: r.due_at,
        })
        .collect();
    Ok((rows, total, held))
}
