//! Redeeming, fulfilling and cancelling, each in one transaction. Stock and points move by guarded updates
//! (never read-then-write); the member's key makes a retried redemption spend once.

use crate::{
    db::Tx,
    on_tx,
    recognition::{
        domain::Reason,
        repo::ledger::{self, Appended, Entry},
    },
    rewards::domain::{Eligibility, Locked, RewardKind},
};

/// What a redemption request came to. Only `Done` may be committed; for every other outcome the caller
/// drops the transaction, which rolls back anything written on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done(i64),
    /// The key was used before for this reward: the earlier redemption.
    Replay(i64),
    /// The key was used before for a different reward.
    KeyReused,
    NoSuchReward,
    Refused(Locked),
}

/// The member's key as stored: scoped to the member, so nobody can use up someone else's key.
pub fn stored_key(user_id: i64, key: &str) -> String {
    format!("{user_id}:{key}")
}

async fn earlier(tx: &mut Tx, key: &str, reward_id: i64) -> Result<Option<Outcome>, sqlx::Error> {
    let sql = "SELECT id, reward_id FROM redemptions WHERE idem_key = $1";
    let found: Option<(i64, i64)> = on_tx!(tx, c => sqlx::query_as(sql).bind(key).fetch_optional(c).await)?;
    Ok(found.map(|(id, r)| if r == reward_id { Outcome::Replay(id) } else { Outcome::KeyReused }))
}

/// The reward's terms, read while the guarded stock update holds its row.
#[derive(sqlx::FromRow)]
struct Terms {
    kind: String,
    cost: i64,
    stock: Option<i64>,
    per_user_limit: Option<i64>,
    min_level_id: Option<i64>,
    starts_at: Option<i64>,
    ends_at: Option<i64>,
}

/// Redeems `reward_id` for `user_id` under `key` (already scoped by [`stored_key`]).
pub async fn redeem(tx: &mut Tx, user_id: i64, reward_id: i64, key: &str, now: i64) -> Result<Outcome, sqlx::Error> {
    if let Some(seen) = earlier(tx, key, reward_id).await? {
        return Ok(seen);
    }
    // Taking one from stock also locks the reward's row until commit, so redemptions of one reward queue
    // here: the per-member count and the code pool below are read with nobody else moving them.
    // A reward limited to a group the member is outside is not there for them.
    let sees = crate::common::spaces::member_sees("group_id", "$2");
    let take = format!(
        "UPDATE rewards SET stock = CASE WHEN stock IS NULL THEN NULL ELSE stock - 1 END,
                            redeemed_count = redeemed_count + 1
         WHERE id = $1 AND active = 1 AND (stock IS NULL OR stock > 0) AND {sees}
         RETURNING kind, cost, stock, per_user_limit, min_level_id, starts_at, ends_at"
    );
    let terms: Option<Terms> =
        on_tx!(tx, c => sqlx::query_as(&take).bind(reward_id).bind(user_id).fetch_optional(c).await)?;
    // A request with the same key may have committed while this one waited for the row: answer with it.
    if let Some(seen) = earlier(tx, key, reward_id).await? {
        return Ok(seen);
    }
    let Some(terms) = terms else {
        let sql = format!("SELECT active FROM rewards WHERE id = $1 AND {sees}");
        let active: Option<i64> =
            on_tx!(tx, c => sqlx::query_scalar(&sql).bind(reward_id).bind(user_id).fetch_optional(c).await)?;
        return Ok(match active {
            None => Outcome::NoSuchReward,
            Some(1) => Outcome::Refused(Locked::OutOfStock),
            Some(_) => Outcome::Refused(Locked::Inactive),
        });
    };
    let balance = ledger::lock_account(tx, user_id).await?;
    let lifetime: i64 = on_tx!(tx, c => sqlx::query_scalar("SELECT lifetime FROM point_accounts WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(c)
        .await)?;
    let live = "SELECT COUNT(*) FROM redemptions WHERE user_id = $1 AND reward_id = $2 AND status <> 'cancelled'";
    let redeemed_by_member: i64 =
        on_tx!(tx, c => sqlx::query_scalar(live).bind(user_id).bind(reward_id).fetch_one(c).await)?;
    let min_level = match terms.min_level_id {
        None => None,
        Some(id) => {
            let sql = "SELECT name, threshold FROM levels WHERE id = $1";
            on_tx!(tx, c => sqlx::query_as::<_, (String, i64)>(sql).bind(id).fetch_optional(c).await)?
        }
    };
    let rules = Eligibility {
        active: true,
        cost: terms.cost,
        // The stock before this redemption took one.
        stock: terms.stock.map(|s| s + 1),
        per_user_limit: terms.per_user_limit,
        min_level,
        starts_at: terms.starts_at,
        ends_at: terms.ends_at,
        balance,
        lifetime,
        redeemed_by_member,
        now,
    };
    if let Err(locked) = rules.check() {
        return Ok(Outcome::Refused(locked));
    }
    let insert = "INSERT INTO redemptions (user_id, reward_id, cost, idem_key, created_at)
                  VALUES ($1, $2, $3, $4, $5) ON CONFLICT (idem_key) DO NOTHING RETURNING id";
    let id: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(insert)
        .bind(user_id)
        .bind(reward_id)
        .bind(terms.cost)
        .bind(key)
        .bind(now)
        .fetch_optional(c)
        .await)?;
    let Some(id) = id else {
        // Another request with this key committed while this one waited: answer with that one.
        return Ok(earlier(tx, key, reward_id).await?.unwrap_or(Outcome::KeyReused));
    };
    crate::activity::record(tx, user_id, now).await?;
    let data = || {
        serde_json::json!({
            "redemption": { "id": id, "member_id": user_id, "reward_id": reward_id, "cost": terms.cost, "status": "pending" }
        })
    };
    let event = crate::webhooks::domain::Event::RedemptionCreated;
    crate::webhooks::emit(tx, event, &format!("redemption.created:{id}"), data, now).await?;
    let ledger_key = format!("redeem:{id}");
    let debit = Entry {
        user_id,
        amount: -terms.cost,
        reason: Reason::Redemption,
        note: "",
        ref_kind: Some("redemption"),
        ref_id: Some(id),
        actor_id: None,
        reverses_id: None,
        key: &ledger_key,
        now,
    };
    match ledger::append(tx, &debit).await? {
        Appended::Done(_) => {}
        Appended::Insufficient => return Ok(Outcome::Refused(Locked::NeedPoints(terms.cost - balance))),
        // The ledger key is made from the new redemption's id, so it cannot have been used.
        Appended::Duplicate => return Ok(Outcome::KeyReused),
    }
    if RewardKind::parse(&terms.kind) == Some(RewardKind::DiscountCode) && !hand_out_code(tx, reward_id, id).await? {
        return Ok(Outcome::Refused(Locked::OutOfStock));
    }
    Ok(Outcome::Done(id))
}

/// Gives the redemption the oldest free code of the reward. The reward's row is locked by the stock update,
/// so no other redemption of it (nor a referred friend's gift, which locks it too) is choosing a code at the
/// same time; the guards and the unique index on `redemption_id` hold even so.
async fn hand_out_code(tx: &mut Tx, reward_id: i64, redemption_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE reward_codes SET redemption_id = $1
               WHERE id = (SELECT id FROM reward_codes WHERE reward_id = $2 AND redemption_id IS NULL
                             AND referral_id IS NULL
                           ORDER BY id LIMIT 1)
                 AND redemption_id IS NULL AND referral_id IS NULL";
    let n = on_tx!(tx, c => sqlx::query(sql).bind(redemption_id).bind(reward_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// A pending redemption that was just decided.
#[derive(Debug, sqlx::FromRow)]
pub struct Decided {
    pub user_id: i64,
    pub reward_id: i64,
    pub cost: i64,
}

/// Marks a pending redemption fulfilled with a note for the member; `None` when it is not pending.
pub async fn fulfil(tx: &mut Tx, id: i64, by: i64, note: &str, now: i64) -> Result<Option<Decided>, sqlx::Error> {
    let sql = "UPDATE redemptions SET status = 'fulfilled', note = $1, decided_at = $2, decided_by = $3
               WHERE id = $4 AND status = 'pending' RETURNING user_id, reward_id, cost";
    on_tx!(tx, c => sqlx::query_as::<_, Decided>(sql).bind(note).bind(now).bind(by).bind(id).fetch_optional(c).await)
}

/// Cancels a pending redemption: the points come back by a ledger row that references the spending, the
/// stock goes back, and an unseen code returns to the pool. `None` when it is not pending.
pub async fn cancel(tx: &mut Tx, id: i64, by: i64, note: &str, now: i64) -> Result<Option<Decided>, sqlx::Error> {
    let sql = "UPDATE redemptions SET status = 'cancelled', note = $1, decided_at = $2, decided_by = $3
               WHERE id = $4 AND status = 'pending' RETURNING user_id, reward_id, cost";
    let decided: Option<Decided> =
        on_tx!(tx, c => sqlx::query_as(sql).bind(note).bind(now).bind(by).bind(id).fetch_optional(c).await)?;
    let Some(d) = decided else { return Ok(None) };
    // The reward's row first, then the member's account: the order redeem takes them in, so a cancellation
    // and a redemption of the same reward by the same member never wait on each other.
    let stock = "UPDATE rewards SET stock = CASE WHEN stock IS NULL THEN NULL ELSE stock + 1 END,
                                    redeemed_count = redeemed_count - 1
                 WHERE id = $1";
    on_tx!(tx, c => sqlx::query(stock).bind(d.reward_id).execute(c).await.map(|r| r.rows_affected()))?;
    let spent = "SELECT id FROM points_ledger WHERE idem_key = $1";
    let spent_id: Option<i64> =
        on_tx!(tx, c => sqlx::query_scalar(spent).bind(format!("redeem:{id}")).fetch_optional(c).await)?;
    let key = format!("refund:{id}");
    let refund = Entry {
        user_id: d.user_id,
        amount: d.cost,
        reason: Reason::Refund,
        note: "",
        ref_kind: Some("redemption"),
        ref_id: Some(id),
        actor_id: Some(by),
        reverses_id: spent_id,
        key: &key,
        now,
    };
    // A refund is a credit: the balance always covers it.
    if ledger::append(tx, &refund).await? == Appended::Insufficient {
        return Err(sqlx::Error::Protocol("a refund was refused by the ledger".into()));
    }
    let code = "UPDATE reward_codes SET redemption_id = NULL WHERE redemption_id = $1";
    on_tx!(tx, c => sqlx::query(code).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(Some(d))
}
