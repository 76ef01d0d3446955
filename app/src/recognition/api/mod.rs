//! Points server functions. Members read their own points and choose whether leaderboards list them;
//! anyone reads leaderboards; admins set the rules and levels and adjust balances with a reason.

use crate::{
    error::AppError,
    recognition::views::{Leaderboard, PointsPage, PointsSettings},
};
use leptos::prelude::*;

mod badge_admin;
mod profiles;
pub use badge_admin::*;
pub use profiles::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::Role,
        guard::{current_user, require_role, require_user},
        repo::id_by_handle_or_email,
    },
    audit::record,
    common::paging::page_count,
    db,
    recognition::{
        domain::{
            level_for, level_name, parse_level, Adjustment, Level, Period, RequestKey, RuleSetting, HISTORY_PER_PAGE,
        },
        repo::{
            ledger::{self, Appended, Entry},
            levels, reads,
        },
        views::{LeaderRow, LedgerEntry},
    },
    state::app_state,
    t,
    ui::Standing,
};

/// Your balance, lifetime points, level and one page of your points history.
#[server(endpoint = "recognition/my_points")]
pub async fn my_points(page: u32) -> Result<PointsPage, AppError> {
    let user = require_user().await?;
    let db = &app_state()?.db;
    let page = page.max(1);
    let (balance, lifetime, hidden) = reads::account(db, user.id).await?;
    let all_levels = reads::levels(db).await?;
    let (rows, total) = reads::history(db, user.id, page).await?;
    let entries = ledger_entries(rows);
    Ok(PointsPage {
        standing: standing(balance, lifetime, &all_levels),
        entries,
        page,
        last_page: page_count(total, HISTORY_PER_PAGE),
        leaderboard_hidden: hidden,
    })
}

/// Ledger rows as the history shows them, each linked to its subject where it can be shown.
#[cfg(feature = "ssr")]
pub(crate) fn ledger_entries(rows: Vec<reads::HistoryRow>) -> Vec<LedgerEntry> {
    rows.into_iter()
        .map(|r| LedgerEntry {
            id: r.id,
            amount: r.amount,
            reason: r.reason(),
            link: match (r.ref_kind.as_deref(), r.topic_id, &r.topic_slug, r.ref_id) {
                (Some("post"), Some(t), Some(slug), Some(p)) => Some(format!("/forum/t/{t}/{slug}#post-{p}")),
                (Some("redemption"), _, _, Some(_)) => Some("/me/rewards".to_string()),
                (Some("story"), _, _, Some(_)) => Some("/stories/mine".to_string()),
                (Some("challenge"), _, _, Some(_)) => Some("/challenges".to_string()),
                _ => None,
            },
            note: r.note,
            reversed: r.reversed == 1,
            created_at: r.created_at,
        })
        .collect()
}

#[cfg(feature = "ssr")]
pub(crate) fn standing(balance: i64, lifetime: i64, all_levels: &[Level]) -> Standing {
    let (now, next) = level_for(lifetime, all_levels);
    Standing {
        balance,
        lifetime,
        level: now.map(|l| l.name.clone()).unwrap_or_default(),
        next_level: next.map(|l| (l.name.clone(), l.threshold)),
    }
}

/// Lists you on leaderboards again, or takes you off them (you keep earning either way).
#[server(endpoint = "recognition/set_leaderboard_hidden")]
pub async fn set_leaderboard_hidden(hidden: bool) -> Result<(), AppError> {
    let user = require_user().await?;
    let mut tx = app_state()?.db.begin_write().await?;
    ledger::lock_account(&mut tx, user.id).await?;
    reads::set_hidden(&mut tx, user.id, hidden).await?;
    Ok(tx.commit().await?)
}

/// The top members of a period ("week", "month" or "all"), with the viewer's own line.
#[server(endpoint = "recognition/get_leaderboard")]
pub async fn get_leaderboard(period: String) -> Result<Leaderboard, AppError> {
    let period = Period::parse(&period).ok_or_else(|| AppError::invalid("period", t!("recognition-choose-period")))?;
    let db = &app_state()?.db;
    let since = period.since(db::now());
    let all_levels = reads::levels(db).await?;
    let level_of = |lifetime: i64| level_name(lifetime, &all_levels);
    let rows: Vec<LeaderRow> = reads::leaders(db, since)
        .await?
        .into_iter()
        .zip(1..)
        .map(|(r, rank)| LeaderRow {
            rank,
            user_id: r.user_id,
            level: level_of(r.lifetime),
            handle: r.handle.unwrap_or_default(),
            avatar: r.avatar,
            name: r.name,
            points: r.points,
        })
        .collect();
    let (mut me, mut viewer_hidden) = (None, false);
    if let Some(user) = current_user().await? {
        let (_, lifetime, hidden) = reads::account(db, user.id).await?;
        viewer_hidden = hidden;
        if !hidden {
            me = reads::rank_of(db, user.id, since).await?.map(|(rank, points)| LeaderRow {
                rank,
                user_id: user.id,
                name: user.display_name.clone(),
                handle: String::new(),
                avatar: None,
                level: level_of(lifetime),
                points,
            });
        }
    }
    Ok(Leaderboard { period, rows, me, viewer_hidden })
}

/// The earning rules and levels, and a fresh key for the adjustment form (admins only).
#[server(endpoint = "recognition/get_points_settings")]
pub async fn get_points_settings() -> Result<PointsSettings, AppError> {
    require_role(Role::Admin).await?;
    let db = &app_state()?.db;
    let rules = reads::rules(db).await?;
    let levels = reads::levels(db).await?;
    Ok(PointsSettings { rules, levels, form_key: fresh_key() })
}

#[cfg(feature = "ssr")]
fn fresh_key() -> String {
    use rand::Rng;
    format!("{:032x}", rand::thread_rng().gen::<u128>())
}

/// Changes what a rule awards, its daily cap, and whether it is on (admins only).
#[server(endpoint = "recognition/save_rule")]
pub async fn save_rule(
    rule: String,
    amount: String,
    daily_cap: String,
    enabled: Option<String>,
) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let setting = RuleSetting::parse(&rule, &amount, &daily_cap, enabled.is_some())?;
    let mut tx = app_state()?.db.begin_write().await?;
    if !reads::save_rule(&mut tx, &setting, db::now()).await? {
        return Err(AppError::NotFound(t!("recognition-that-rule")));
    }
    let cap = setting.daily_cap.map(|c| format!(", at most {c} a day")).unwrap_or_default();
    let state = if setting.enabled { "on" } else { "off" };
    let detail = format!("{}: {} points{cap}, {state}", setting.rule.as_str(), setting.amount);
    record(&mut tx, &admin, "points_rule", "points", 0, detail).await?;
    Ok(tx.commit().await?)
}

/// Renames a level or moves its threshold; `id` 0 adds a new level (admins only). The lowest level
/// always starts at 0 points.
#[server(endpoint = "recognition/save_level")]
pub async fn save_level(id: i64, name: String, threshold: String) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let (name, threshold) = parse_level(&name, &threshold)?;
    let mut tx = app_state()?.db.begin_write().await?;
    let saved = levels::save(&mut tx, id, &name, threshold).await?;
    saved.map_err(|refused| AppError::invalid(refused.field(), refused.to_string()))?;
    record(&mut tx, &admin, "level", "points", id, format!("{name} from {threshold} points")).await?;
    Ok(tx.commit().await?)
}

/// Adds (positive) or takes away (negative) points from a member, found by handle or email, with a reason
/// the member sees (admins only). `key` makes a resubmitted form apply once.
#[server(endpoint = "recognition/adjust_points")]
pub async fn adjust_points(member: String, amount: String, reason: String, key: String) -> Result<i64, AppError> {
    let admin = require_role(Role::Admin).await?;
    let adjustment = Adjustment::parse(&amount, &reason)?;
    let key = RequestKey::parse(&key)?;
    let state = app_state()?;
    let user_id = id_by_handle_or_email(&state.db, &member)
        .await?
        .ok_or_else(|| AppError::invalid("member", t!("recognition-no-such-member")))?;
    if user_id == admin.id {
        return Err(AppError::invalid("member", t!("recognition-adjust-own")));
    }
    let mut tx = state.db.begin_write().await?;
    let key = format!("adjust:{}:{}", admin.id, key.as_str());
    let entry = Entry {
        user_id,
        amount: adjustment.amount,
        reason: crate::recognition::domain::Reason::Adjustment,
        note: &adjustment.reason,
        ref_kind: None,
        ref_id: None,
        actor_id: Some(admin.id),
        reverses_id: None,
        key: &key,
        now: db::now(),
    };
    match ledger::append(&mut tx, &entry).await? {
        Appended::Done(_) => {}
        Appended::Duplicate => {
            // The same form again: fine if it asked for the same change, refused otherwise.
            let same = ledger::same_entry(&mut tx, &key, user_id, adjustment.amount).await?;
            return if same {
                Ok(adjustment.amount)
            } else {
                Err(AppError::Conflict { field: None, message: t!("recognition-adjust-form-used") })
            };
        }
        Appended::Insufficient => return Err(AppError::invalid("amount", t!("recognition-adjust-below-zero"))),
    }
    let detail = format!("{:+} points: {}", adjustment.amount, adjustment.reason);
    record(&mut tx, &admin, "points_adjust", "user", user_id, detail).await?;
    tx.commit().await?;
    tracing::info!(admin_id = admin.id, user_id, amount = adjustment.amount, "points adjusted");
    Ok(adjustment.amount)
}
