//! The points ledger. Rows are only ever inserted (triggers refuse updates and deletes); every insert moves
//! the cached balance in the same transaction by a guarded update, and a unique key makes each one happen once.

use crate::{
    common::dates::day_start,
    db::Tx,
    on_tx,
    recognition::domain::{capped_award, reversal_amount, Reason, Rule},
};

/// One row to append.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub user_id: i64,
    /// Signed: positive earns or refunds, negative spends or corrects.
    pub amount: i64,
    pub reason: Reason,
    pub note: &'a str,
    pub ref_kind: Option<&'a str>,
    pub ref_id: Option<i64>,
    pub actor_id: Option<i64>,
    pub reverses_id: Option<i64>,
    /// Unique across the ledger: the same key is applied once, however often it is sent.
    pub key: &'a str,
    pub now: i64,
}

/// What became of an append.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Appended {
    /// Written, with this row id.
    Done(i64),
    /// The key was used before: nothing changed.
    Duplicate,
    /// The balance cannot cover it. Rows may have been written: the caller must roll the transaction back.
    Insufficient,
}

/// Makes sure the member has a points account and locks it until the transaction ends (on PostgreSQL the
/// upsert takes the row lock; on SQLite the write transaction already holds the database), so that caps and
/// reversals read a balance nobody else is moving. Returns the balance.
pub async fn lock_account(tx: &mut Tx, user_id: i64) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO point_accounts (user_id) VALUES ($1)
               ON CONFLICT (user_id) DO UPDATE SET balance = point_accounts.balance
               RETURNING balance";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(user_id).fetch_one(c).await)
}

/// Appends `entry` and moves the balance (and lifetime points, for earning reasons) by its amount, unless
/// its key was used before. The balance update is guarded, never read-then-written.
pub async fn append(tx: &mut Tx, entry: &Entry<'_>) -> Result<Appended, sqlx::Error> {
    lock_account(tx, entry.user_id).await?;
    let lifetime = entry.reason.counts_towards_lifetime();
    let insert = "INSERT INTO points_ledger
                      (user_id, amount, lifetime, reason, note, ref_kind, ref_id, actor_id, reverses_id, idem_key, created_at)
                  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                  ON CONFLICT (idem_key) DO NOTHING RETURNING id";
    let id: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(insert)
        .bind(entry.user_id)
        .bind(entry.amount)
        .bind(i64::from(lifetime))
        .bind(entry.reason.as_str())
        .bind(entry.note)
        .bind(entry.ref_kind)
        .bind(entry.ref_id)
        .bind(entry.actor_id)
        .bind(entry.reverses_id)
        .bind(entry.key)
        .bind(entry.now)
        .fetch_optional(c)
        .await)?;
    let Some(id) = id else {
        return Ok(Appended::Duplicate);
    };
    let delta_lifetime = if lifetime { entry.amount } else { 0 };
    let update = "UPDATE point_accounts SET balance = balance + $1, lifetime = lifetime + $2
                  WHERE user_id = $3 AND balance + $1 >= 0 AND lifetime + $2 >= 0 RETURNING balance";
    let balance: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(update)
        .bind(entry.amount)
        .bind(delta_lifetime)
        .bind(entry.user_id)
        .fetch_optional(c)
        .await)?;
    let Some(balance) = balance else { return Ok(Appended::Insufficient) };
    announce(tx, entry, id, balance).await?;
    Ok(Appended::Done(id))
}

/// The `points.changed` webhook for a row just appended, with the balance after it.
async fn announce(tx: &mut Tx, entry: &Entry<'_>, id: i64, balance: i64) -> Result<(), sqlx::Error> {
    let created = || {
        let at = time::OffsetDateTime::from_unix_timestamp(entry.now).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
        at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
    };
    let data = || {
        serde_json::json!({
            "member_id": entry.user_id,
            "balance": balance,
            "entry": {
                "id": id, "amount": entry.amount, "reason": entry.reason.as_str(), "note": entry.note,
                "ref_kind": entry.ref_kind, "ref_id": entry.ref_id, "reverses_id": entry.reverses_id,
                "created_at": created(),
            },
        })
    };
    let event = crate::webhooks::domain::Event::PointsChanged;
    crate::webhooks::emit(tx, event, &format!("points.changed:{id}"), data, entry.now).await
}

/// Whether the row stored under `key` is for this member and amount (a resubmitted form, not a reused key).
pub async fn same_entry(tx: &mut Tx, key: &str, user_id: i64, amount: i64) -> Result<bool, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM points_ledger WHERE idem_key = $1 AND user_id = $2 AND amount = $3";
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar(sql).bind(key).bind(user_id).bind(amount).fetch_one(c).await)?;
    Ok(n == 1)
}

/// An event that may earn points under a rule.
#[derive(Debug, Clone)]
pub struct Earning<'a> {
    pub user_id: i64,
    pub rule: Rule,
    pub ref_kind: &'a str,
    pub ref_id: i64,
    pub actor_id: Option<i64>,
    /// Derived from the event, so that a retried event earns once.
    pub key: String,
    pub now: i64,
}

/// Awards what `rule` gives for the event, within the member's daily cap; nothing when the rule is off,
/// the cap is reached or the event was already rewarded. Then hands out any automatic badge the member now
/// qualifies for. Returns the points awarded.
pub async fn earn(tx: &mut Tx, e: &Earning<'_>) -> Result<i64, sqlx::Error> {
    lock_account(tx, e.user_id).await?;
    let award = under_rule(tx, e, None).await?;
    super::badges::check(tx, e.user_id, e.rule, e.now).await?;
    Ok(award)
}

/// [`earn`] for an event that names its own amount (a challenge's points): the rule still decides whether it
/// pays at all and caps the day.
pub async fn earn_amount(tx: &mut Tx, e: &Earning<'_>, amount: i64) -> Result<i64, sqlx::Error> {
    lock_account(tx, e.user_id).await?;
    let award = under_rule(tx, e, Some(amount)).await?;
    super::badges::check(tx, e.user_id, e.rule, e.now).await?;
    Ok(award)
}

/// Awards what `rule` gives, like [`earn`], without looking at badges: for events that must not show on the
/// member's public profile (an anonymous story, whose badge date would point at it).
pub async fn earn_without_badges(tx: &mut Tx, e: &Earning<'_>) -> Result<i64, sqlx::Error> {
    lock_account(tx, e.user_id).await?;
    under_rule(tx, e, None).await
}

async fn under_rule(tx: &mut Tx, e: &Earning<'_>, amount: Option<i64>) -> Result<i64, sqlx::Error> {
    let setting = "SELECT amount, daily_cap, enabled FROM point_rules WHERE rule = $1";
    let found: Option<(i64, Option<i64>, i64)> =
        on_tx!(tx, c => sqlx::query_as(setting).bind(e.rule.as_str()).fetch_optional(c).await)?;
    let Some((rule_amount, daily_cap, 1)) = found else {
        return Ok(0);
    };
    let amount = amount.unwrap_or(rule_amount);
    let earned_today = match daily_cap {
        None => 0,
        Some(_) => {
            let sql = "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM points_ledger
                       WHERE user_id = $1 AND reason = $2 AND created_at >= $3 AND idem_key NOT LIKE 'restore:%'";
            let sum: i64 = on_tx!(tx, c => sqlx::query_scalar(sql)
                .bind(e.user_id)
                .bind(e.rule.reason().as_str())
                .bind(day_start(e.now))
                .fetch_one(c)
                .await)?;
            sum
        }
    };
    let award = capped_award(amount, daily_cap, earned_today);
    if award == 0 {
        return Ok(0);
    }
    let entry = Entry {
        user_id: e.user_id,
        amount: award,
        reason: e.rule.reason(),
        note: "",
        ref_kind: Some(e.ref_kind),
        ref_id: Some(e.ref_id),
        actor_id: e.actor_id,
        reverses_id: None,
        key: &e.key,
        now: e.now,
    };
    Ok(match append(tx, &entry).await? {
        Appended::Done(_) => award,
        Appended::Duplicate | Appended::Insufficient => 0,
    })
}

/// Takes back every award about `(ref_kind, ref_id)` that stands (a post hidden or removed), each by a new
/// row that references it. A member who spent the points already loses what is left, never more.
pub async fn reverse(
    tx: &mut Tx,
    ref_kind: &str,
    ref_id: i64,
    actor_id: i64,
    note: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let standing = "SELECT e.id, e.user_id, e.amount FROM points_ledger e
                    WHERE e.ref_kind = $1 AND e.ref_id = $2 AND e.lifetime = 1 AND e.amount > 0
                      AND e.reverses_id IS NULL
                      AND NOT EXISTS (SELECT 1 FROM points_ledger r WHERE r.reverses_id = e.id)
                    ORDER BY e.id";
    let rows: Vec<(i64, i64, i64)> =
        on_tx!(tx, c => sqlx::query_as(standing).bind(ref_kind).bind(ref_id).fetch_all(c).await)?;
    let mut taken = 0;
    for (id, user_id, amount) in rows {
        let balance = lock_account(tx, user_id).await?;
        let back = reversal_amount(amount, balance);
        if back == 0 {
            continue;
        }
        let key = format!("reverse:{id}");
        let entry = Entry {
            user_id,
            amount: -back,
            reason: Reason::Reversal,
            note,
            ref_kind: Some(ref_kind),
            ref_id: Some(ref_id),
            actor_id: Some(actor_id),
            reverses_id: Some(id),
            key: &key,
            now,
        };
        match append(tx, &entry).await? {
            Appended::Done(_) => taken += back,
            Appended::Duplicate => {}
            // Cannot happen: the reversal is clamped to the balance read under the account lock.
            Appended::Insufficient => return Err(refused()),
        }
    }
    Ok(taken)
}

/// Gives back what earlier reversals about `(ref_kind, ref_id)` took (a hidden post shown again): one new
/// award per reversal, keyed by it, with the original's reason.
pub async fn restore(tx: &mut Tx, ref_kind: &str, ref_id: i64, actor_id: i64, now: i64) -> Result<i64, sqlx::Error> {
    let reversed = "SELECT r.id, r.user_id, -r.amount, o.reason FROM points_ledger r
                    JOIN points_ledger o ON o.id = r.reverses_id
                    WHERE r.ref_kind = $1 AND r.ref_id = $2 AND r.reason = 'reversal'
                    ORDER BY r.id";
    let rows: Vec<(i64, i64, i64, String)> =
        on_tx!(tx, c => sqlx::query_as(reversed).bind(ref_kind).bind(ref_id).fetch_all(c).await)?;
    let mut given = 0;
    for (id, user_id, amount, reason) in rows {
        let Some(reason) = Reason::parse(&reason) else { continue };
        let key = format!("restore:{id}");
        let entry = Entry {
            user_id,
            amount,
            reason,
            note: "Restored",
            ref_kind: Some(ref_kind),
            ref_id: Some(ref_id),
            actor_id: Some(actor_id),
            reverses_id: None,
            key: &key,
            now,
        };
        match append(tx, &entry).await? {
            Appended::Done(_) => given += amount,
            Appended::Duplicate => {}
            Appended::Insufficient => return Err(refused()),
        }
    }
    Ok(given)
}

/// An append the balance should always have covered was refused: fail the transaction rather than commit a
/// ledger row whose balance did not move.
fn refused() -> sqlx::Error {
    sqlx::Error::Protocol("the ledger refused a movement the balance should have covered".into())
}

/// The joining bonus under the `joined` rule (off unless an admin turns it on): once per member, keyed by the
/// member, so a second confirmation link pays nothing. Returns the points paid.
pub async fn welcome_new_member(tx: &mut Tx, user_id: i64, now: i64) -> Result<i64, sqlx::Error> {
    let earning = Earning {
        user_id,
        rule: Rule::Joined,
        ref_kind: "user",
        ref_id: user_id,
        actor_id: None,
        key: format!("joined:{user_id}"),
        now,
    };
    earn_without_badges(tx, &earning).await
}
