//! Paying referrers when their referrals fall due, admins' decisions on held referrals, and taking rewards
//! back when a referred account is removed as spam.

use super::lists::settings_tx;
use crate::{
    common::dates::{day_start, next_day},
    db::{Db, Tx},
    on_db, on_tx,
    recognition::{
        domain::Rule,
        repo::ledger::{self, Earning},
    },
    referrals::domain::Flag,
};

/// What [`pay`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paid {
    /// Rewarded, with the points the rule gave (0 when the referral rule is switched off).
    Paid(i64),
    /// The referrer reached the day's cap: tried again at the start of the next UTC day.
    Deferred,
    /// Not qualified, not due yet, or paid already.
    NotDue,
}

/// Pays the referrer of referral `id` if it is qualified and due, within the per-referrer daily cap. The
/// status moves by a guarded update and the ledger key is the referral's, so it pays once however often
/// (and on however many nodes) it runs.
pub async fn pay(tx: &mut Tx, id: i64, now: i64) -> Result<Paid, sqlx::Error> {
    // A referrer earns only with a confirmed address: until then the referral waits, qualified.
    let due = "SELECT r.referrer_id, r.referee_id FROM referrals r JOIN users u ON u.id = r.referrer_id
               WHERE r.id = $1 AND r.status = 'qualified' AND r.due_at <= $2 AND u.email_verified_at IS NOT NULL";
    let pair: Option<(i64, Option<i64>)> =
        on_tx!(tx, c => sqlx::query_as(due).bind(id).bind(now).fetch_optional(c).await)?;
    let Some((referrer, referee)) = pair else {
        return Ok(Paid::NotDue);
    };
    // Locks the referrer's account: two referrals paid at once cannot both slip under the cap.
    ledger::lock_account(tx, referrer).await?;
    let cap = settings_tx(tx).await?.daily_cap;
    let today = "SELECT COUNT(*) FROM referrals WHERE referrer_id = $1 AND rewarded_at >= $2";
    let paid_today: i64 =
        on_tx!(tx, c => sqlx::query_scalar(today).bind(referrer).bind(day_start(now)).fetch_one(c).await)?;
    if paid_today >= cap {
        let note = format!("The referrer reached the cap of {cap} rewarded referrals a day; paid the next day.");
        let defer = "UPDATE referrals SET due_at = $1, flag = $2, note = $3 WHERE id = $4 AND status = 'qualified'";
        on_tx!(tx, c => sqlx::query(defer)
            .bind(next_day(now))
            .bind(Flag::DailyCap.as_str())
            .bind(&note)
            .bind(id)
            .execute(c)
            .await
            .map(|_| ()))?;
        return Ok(Paid::Deferred);
    }
    let mark = "UPDATE referrals SET status = 'rewarded', rewarded_at = $1 WHERE id = $2 AND status = 'qualified'";
    let moved = on_tx!(tx, c => sqlx::query(mark).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    if moved != 1 {
        return Ok(Paid::NotDue);
    }
    let earning = Earning {
        user_id: referrer,
        rule: Rule::Referral,
        ref_kind: "referral",
        ref_id: id,
        actor_id: None,
        key: format!("referral:{id}"),
        now,
    };
    let paid = ledger::earn(tx, &earning).await?;
    if paid > 0 {
        crate::notifications::repo::notify_referral(tx, referrer, referee, id, now).await?;
    }
    let data = || {
        serde_json::json!({
            "referral": { "id": id, "referrer_id": referrer, "referee_id": referee, "points": paid }
        })
    };
    let event = crate::webhooks::domain::Event::ReferralRewarded;
    crate::webhooks::emit(tx, event, &format!("referral.rewarded:{id}"), data, now).await?;
    Ok(Paid::Paid(paid))
}

/// The newcomer's welcome bonus under the `welcome` rule, once per referral.
pub(super) async fn welcome(tx: &mut Tx, id: i64, referee_id: i64, now: i64) -> Result<i64, sqlx::Error> {
    let earning = Earning {
        user_id: referee_id,
        rule: Rule::Welcome,
        ref_kind: "referral",
        ref_id: id,
        actor_id: None,
        key: format!("welcome:{id}"),
        now,
    };
    ledger::earn_without_badges(tx, &earning).await
}

/// Pays every referral that has fallen due (after a hold, or deferred by the cap), each in its own
/// transaction. Run every minute by the server; safe on several nodes at once. Returns how many were paid.
pub async fn settle_due(db: &Db, now: i64) -> Result<usize, sqlx::Error> {
    let sql = "SELECT r.id FROM referrals r JOIN users u ON u.id = r.referrer_id
               WHERE r.status = 'qualified' AND r.due_at <= $1 AND u.email_verified_at IS NOT NULL
               ORDER BY r.due_at, r.id LIMIT 500";
    let ids: Vec<i64> = on_db!(db, p => sqlx::query_scalar(sql).bind(now).fetch_all(p).await)?;
    let mut paid = 0;
    for id in ids {
        let mut tx = db.begin_write().await?;
        if let Paid::Paid(_) = pay(&mut tx, id, now).await? {
            paid += 1;
        }
        tx.commit().await?;
    }
    Ok(paid)
}

/// What an admin's decision on a held referral did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Released: the welcome bonus is paid, and the referrer too if it qualified and is due.
    Approved(Paid),
    Rejected,
    /// It was not held (decided already, or never held).
    NotHeld,
}

/// Approves or rejects held referral `id`. Only a held referral moves; the reason stays on the row.
pub async fn decide_held(
    tx: &mut Tx,
    id: i64,
    approve: bool,
    note: &str,
    admin_id: i64,
    now: i64,
) -> Result<Decision, sqlx::Error> {
    let sql = "UPDATE referrals
               SET status = CASE WHEN $1 = 0 THEN 'rejected' WHEN qualified_at IS NULL THEN 'signed_up' ELSE 'qualified' END,
                   note = CASE WHEN $2 = '' THEN note ELSE $2 END, decided_by = $3, decided_at = $4
               WHERE id = $5 AND status = 'held' RETURNING referee_id";
    let referee: Option<Option<i64>> = on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(i64::from(approve))
        .bind(note)
        .bind(admin_id)
        .bind(now)
        .bind(id)
        .fetch_optional(c)
        .await)?;
    let Some(referee) = referee else {
        return Ok(Decision::NotHeld);
    };
    if !approve {
        return Ok(Decision::Rejected);
    }
    if let Some(referee) = referee {
        welcome(tx, id, referee, now).await?;
    }
    Ok(Decision::Approved(pay(tx, id, now).await?))
}

/// The referred account `referee_id` was removed as spam: its referral is closed (reversed if it had been
/// rewarded) and every award made for it, the referrer's and the welcome bonus, is taken back by linked rows.
pub async fn reverse_removed(tx: &mut Tx, referee_id: i64, admin_id: i64, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "UPDATE referrals
               SET status = CASE WHEN status = 'rewarded' THEN 'reversed' ELSE 'rejected' END,
                   flag = 'spam', note = 'The referred account was removed as spam.', decided_by = $1, decided_at = $2
               WHERE referee_id = $3 AND status NOT IN ('rejected', 'reversed') RETURNING id";
    let id: Option<i64> =
        on_tx!(tx, c => sqlx::query_scalar(sql).bind(admin_id).bind(now).bind(referee_id).fetch_optional(c).await)?;
    match id {
        Some(id) => ledger::reverse(tx, "referral", id, admin_id, "Referred account removed as spam", now).await,
        None => Ok(0),
    }
}
