//! Recording a conversion: a referred friend's order, reported by the shop's API client or an admin's CSV.
//! The order reference is unique, so a report sent twice (a retry, a re-run upload) counts once; the first
//! conversion marks the referral "became a customer" and, when the programme qualifies on conversions,
//! qualifies it (the referrer is paid through the ledger after any hold, within the daily cap).

use super::{attribute::qualify_referral, codes::referrer_by_code_tx, lists::lock_settings, settle::Paid};
use crate::{
    db::Tx,
    on_tx,
    referrals::{
        conversion::{Conversion, Outcome, Recorded, Refusal},
        domain::{normalise_email, Event, Flag, Status},
    },
};

/// Who reported a conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Through the API, with this token (made by the admin `maker`).
    Api { token_id: i64, maker: i64 },
    /// In a CSV uploaded by this admin.
    Csv { admin: i64 },
}

/// Records conversion `c`, once per order reference. Runs in the caller's transaction, which it serialises
/// against other conversions and referred sign-ups (the referral settings' row lock).
pub async fn convert(tx: &mut Tx, c: &Conversion, source: Source, now: i64) -> Result<Outcome, sqlx::Error> {
    let settings = lock_settings(tx).await?;
    let seen = "SELECT id, email, code, amount FROM referral_conversions WHERE order_ref = $1";
    let earlier: Option<(i64, String, String, Option<i64>)> =
        on_tx!(tx, t => sqlx::query_as(seen).bind(&c.order_ref).fetch_optional(t).await)?;
    let (email, code) = (c.email.clone().unwrap_or_default(), c.code.clone().unwrap_or_default());
    if let Some((id, was_email, was_code, was_amount)) = earlier {
        if (was_email, was_code, was_amount) != (email, code, c.amount) {
            return Ok(Outcome::Refused(Refusal::Differs(c.order_ref.clone())));
        }
        return Ok(Outcome::Again(recorded(tx, id, &settings.currency).await?));
    }
    let referral = match find_or_open(tx, c, now).await? {
        Ok(id) => id,
        Err(refusal) => return Ok(Outcome::Refused(refusal)),
    };
    let (token_id, by) = match source {
        Source::Api { token_id, maker } => (Some(token_id), maker),
        Source::Csv { admin } => (None, admin),
    };
    let insert = "INSERT INTO referral_conversions (referral_id, order_ref, amount, email, code, source, token_id,
                                                    created_by, created_at)
                  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
    let id: i64 = on_tx!(tx, t => sqlx::query_scalar(insert)
        .bind(referral)
        .bind(&c.order_ref)
        .bind(c.amount)
        .bind(&email)
        .bind(&code)
        .bind(if token_id.is_some() { "api" } else { "csv" })
        .bind(token_id)
        .bind(by)
        .bind(now)
        .fetch_one(t)
        .await)?;
    let first = "UPDATE referrals SET converted_at = $1 WHERE id = $2 AND converted_at IS NULL
                 RETURNING referrer_id, referee_id";
    let first: Option<(i64, Option<i64>)> =
        on_tx!(tx, t => sqlx::query_as(first).bind(now).bind(referral).fetch_optional(t).await)?;
    if let Some((referrer_id, referee_id)) = first {
        let (order, amount, currency) = (c.order_ref.clone(), c.amount, settings.currency.clone());
        let data = move || {
            serde_json::json!({
                "referral": { "id": referral, "referrer_id": referrer_id, "referee_id": referee_id },
                "order": { "reference": order, "amount_minor": amount, "currency": currency }
            })
        };
        let event = crate::webhooks::domain::Event::ReferralConverted;
        crate::webhooks::emit(tx, event, &format!("referral.converted:{referral}"), data, now).await?;
    }
    let paid = match qualify_referral(tx, referral, Event::Converted, now).await? {
        Some(Paid::Paid(points)) => Some(points),
        _ => None,
    };
    Ok(Outcome::New(Recorded { paid, ..recorded(tx, id, &settings.currency).await? }))
}

/// The referral a conversion belongs to: the friend's (found by their account's email, or by the email an
/// earlier conversion gave), else a new one for the code's member. A self-referral is recorded, rejected.
async fn find_or_open(tx: &mut Tx, c: &Conversion, now: i64) -> Result<Result<i64, Refusal>, sqlx::Error> {
    let mut member: Option<i64> = None;
    if let Some(email) = &c.email {
        let account = "SELECT id FROM users WHERE email = $1";
        member = on_tx!(tx, t => sqlx::query_scalar(account).bind(email).fetch_optional(t).await)?;
        let by_member = "SELECT id FROM referrals WHERE referee_id = $1";
        if let Some(user_id) = member {
            let found: Option<i64> =
                on_tx!(tx, t => sqlx::query_scalar(by_member).bind(user_id).fetch_optional(t).await)?;
            if let Some(id) = found {
                return Ok(Ok(id));
            }
        }
        let by_email = "SELECT id FROM referrals WHERE friend_email = $1 AND referee_id IS NULL ORDER BY id LIMIT 1";
        let found: Option<i64> =
            on_tx!(tx, t => sqlx::query_scalar(by_email).bind(normalise_email(email)).fetch_optional(t).await)?;
        if let Some(id) = found {
            return Ok(Ok(id));
        }
    }
    let Some(code) = &c.code else {
        return Ok(Err(Refusal::NoReferral));
    };
    let referrer = match referrer_by_code_tx(tx, code).await? {
        None => return Ok(Err(Refusal::UnknownCode(code.clone()))),
        Some(r) if r.removed => return Ok(Err(Refusal::CodeGone(code.clone()))),
        Some(r) => r,
    };
    let friend_email = c.email.as_deref().map(normalise_email).unwrap_or_default();
    let own =
        member == Some(referrer.id) || (!friend_email.is_empty() && friend_email == normalise_email(&referrer.email));
    let (referee, status, flag, note) = if own {
        (None, Status::Rejected, Flag::SelfReferral, "The order's email is the referrer's own.")
    } else {
        (member, Status::SignedUp, Flag::None, "")
    };
    let insert =
        "INSERT INTO referrals (referrer_id, referee_id, code, status, flag, note, ip, created_at, friend_email)
                  VALUES ($1, $2, $3, $4, $5, $6, '', $7, $8) RETURNING id";
    let id: i64 = on_tx!(tx, t => sqlx::query_scalar(insert)
        .bind(referrer.id)
        .bind(referee)
        .bind(code)
        .bind(status.as_str())
        .bind(flag.as_str())
        .bind(note)
        .bind(now)
        .bind(&friend_email)
        .fetch_one(t)
        .await)?;
    Ok(Ok(id))
}

#[derive(sqlx::FromRow)]
struct RecordedRow {
    id: i64,
    referral_id: i64,
    referrer_id: i64,
    referee_id: Option<i64>,
    order_ref: String,
    amount: Option<i64>,
    status: String,
    created_at: i64,
}

const RECORDED: &str = "SELECT c.id, c.referral_id, r.referrer_id, r.referee_id, c.order_ref, c.amount, r.status,
                               c.created_at
                        FROM referral_conversions c JOIN referrals r ON r.id = c.referral_id";

fn to_recorded(r: RecordedRow, currency: &str) -> Recorded {
    Recorded {
        id: r.id,
        referral_id: r.referral_id,
        referrer_id: r.referrer_id,
        referee_id: r.referee_id,
        order_ref: r.order_ref,
        amount: r.amount,
        currency: currency.to_string(),
        status: Status::parse(&r.status).unwrap_or(Status::SignedUp),
        paid: None,
        created_at: r.created_at,
    }
}

async fn recorded(tx: &mut Tx, id: i64, currency: &str) -> Result<Recorded, sqlx::Error> {
    let sql = format!("{RECORDED} WHERE c.id = $1");
    let row = on_tx!(tx, t => sqlx::query_as::<_, RecordedRow>(&sql).bind(id).fetch_one(t).await)?;
    Ok(to_recorded(row, currency))
}

/// Conversions newest first, after cursor `before` (an id; `None` from the newest), at most `limit`.
pub async fn conversions(
    db: &crate::db::Db,
    before: Option<i64>,
    limit: i64,
    currency: &str,
) -> Result<Vec<Recorded>, sqlx::Error> {
    let sql = format!("{RECORDED} WHERE c.id < $1 ORDER BY c.id DESC LIMIT $2");
    let rows = crate::on_db!(db, p => sqlx::query_as::<_, RecordedRow>(&sql)
        .bind(before.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(p)
        .await)?;
    Ok(rows.into_iter().map(|r| to_recorded(r, currency)).collect())
}
