//! Attributing a new account to the member whose link brought it, and qualifying it later.

use super::{
    codes::Referrer,
    lists::{lock_settings, settings_tx},
    settle::{pay, welcome, Paid},
};
use crate::{
    db::Tx,
    error::AppError,
    on_tx,
    referrals::domain::{screen, Event, Screening, Status},
    state::MailSettings,
};

/// What attributing a sign-up did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attributed {
    pub id: i64,
    pub status: Status,
}

/// Records that `referee_id` signed up through `referrer`'s `code` from `ip`, after the fraud screen. Nothing
/// is paid yet: a newcomer counts only once they confirm their address ([`confirmed`]).
pub async fn attribute(
    tx: &mut Tx,
    referrer: &Referrer,
    referee_id: i64,
    referee_email: &str,
    code: &str,
    ip: &str,
    now: i64,
) -> Result<Attributed, sqlx::Error> {
    // Serialises referred sign-ups, so two from one address cannot both miss the burst check.
    let settings = lock_settings(tx).await?;
    let recent = "SELECT COUNT(*) FROM referrals WHERE ip = $1 AND created_at > $2";
    let earlier: i64 = on_tx!(tx, c => sqlx::query_scalar(recent).bind(ip).bind(now - 3600).fetch_one(c).await)?;
    let (status, flag, note) = match screen(&referrer.email, referee_email, earlier, settings.ip_burst) {
        Screening::Accept => (Status::SignedUp, "", String::new()),
        Screening::Reject(flag, note) => (Status::Rejected, flag.as_str(), note),
        Screening::Hold(flag, note) => (Status::Held, flag.as_str(), note),
    };
    let insert = "INSERT INTO referrals (referrer_id, referee_id, code, status, flag, note, ip, created_at)
                  VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(insert)
        .bind(referrer.id)
        .bind(referee_id)
        .bind(code)
        .bind(status.as_str())
        .bind(flag)
        .bind(&note)
        .bind(ip)
        .bind(now)
        .fetch_one(c)
        .await)?;
    Ok(Attributed { id, status })
}

/// The newcomer `referee_id` confirmed their address: an accepted referral pays their welcome bonus, hands
/// them the friend's gift (a code from the chosen reward's pool, emailed with `mail`) and, when the programme
/// qualifies on sign-up, may pay the referrer at once. A newcomer who came without a link but had bought
/// with a member's code under this address takes over that customer's referral (the address is theirs now
/// that it is confirmed). Inside the confirmation's transaction; a second confirmation finds nothing to do.
/// Returns the referral's status, if there is one. `asked` is the newcomer's page language when they confirm
/// themselves (the gift's email may use it); `None` when staff confirm for them.
pub async fn confirmed(
    tx: &mut Tx,
    mail: &MailSettings,
    referee_id: i64,
    asked: Option<crate::i18n::Lang>,
    now: i64,
) -> Result<Option<Status>, AppError> {
    // The address exactly as an order gave it (not the dots-and-tags-free form used to spot self-referrals:
    // that would hand a customer's referral to whoever confirms a look-alike address).
    let link = "UPDATE referrals SET referee_id = $1
                WHERE referee_id IS NULL
                  AND id = (SELECT r.id FROM referrals r
                            WHERE r.referee_id IS NULL AND r.status <> 'rejected' AND r.referrer_id <> $1
                              AND EXISTS (SELECT 1 FROM referral_conversions rc JOIN users u ON u.id = $1
                                          WHERE rc.referral_id = r.id AND rc.email = u.email)
                            ORDER BY r.id LIMIT 1)
                  AND NOT EXISTS (SELECT 1 FROM referrals x WHERE x.referee_id = $1)";
    on_tx!(tx, c => sqlx::query(link).bind(referee_id).execute(c).await.map(|_| ()))?;
    let waiting = "SELECT id FROM referrals WHERE referee_id = $1 AND status = 'signed_up' AND qualified_at IS NULL";
    let found: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(waiting).bind(referee_id).fetch_optional(c).await)?;
    let Some(id) = found else {
        return Ok(None);
    };
    welcome(tx, id, referee_id, now).await?;
    super::gift::give(tx, mail, id, referee_id, asked, now).await?;
    Ok(Some(match qualify(tx, referee_id, Event::SignedUp, now).await? {
        None => Status::SignedUp,
        Some(Paid::Paid(_)) => Status::Rewarded,
        Some(Paid::Deferred | Paid::NotDue) => Status::Qualified,
    }))
}

/// Marks `referee_id`'s referral qualified when `event` is what the programme waits for (only the first
/// time), and pays the referrer at once when there is no hold. A held referral remembers that it qualified,
/// so approving it later pays without waiting again. Returns what paying did when it qualified now.
pub async fn qualify(tx: &mut Tx, referee_id: i64, event: Event, now: i64) -> Result<Option<Paid>, sqlx::Error> {
    // Runs on every post: most authors have no referral waiting, and one probe on the unique referee index
    // settles that before the settings are read.
    let waiting =
        "SELECT id FROM referrals WHERE referee_id = $1 AND qualified_at IS NULL AND status IN ('signed_up', 'held')";
    let found: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(waiting).bind(referee_id).fetch_optional(c).await)?;
    match found {
        Some(id) => qualify_referral(tx, id, event, now).await,
        None => Ok(None),
    }
}

/// [`qualify`] for referral `id` (a customer who never joined has no account to find it by).
pub(super) async fn qualify_referral(
    tx: &mut Tx,
    id: i64,
    event: Event,
    now: i64,
) -> Result<Option<Paid>, sqlx::Error> {
    let settings = settings_tx(tx).await?;
    if !settings.qualify_on.met_by(event) {
        return Ok(None);
    }
    let due = crate::referrals::domain::due_at(now, settings.hold_days);
    let sql = "UPDATE referrals SET qualified_at = $1, due_at = $2,
                   status = CASE WHEN status = 'signed_up' THEN 'qualified' ELSE status END
               WHERE id = $3 AND qualified_at IS NULL AND status IN ('signed_up', 'held')
               RETURNING referee_id";
    let moved: Option<Option<i64>> =
        on_tx!(tx, c => sqlx::query_scalar(sql).bind(now).bind(due).bind(id).fetch_optional(c).await)?;
    match moved {
        Some(referee_id) => {
            let data = || serde_json::json!({ "referral": { "id": id, "referee_id": referee_id } });
            let event = crate::webhooks::domain::Event::ReferralQualified;
            crate::webhooks::emit(tx, event, &format!("referral.qualified:{id}"), data, now).await?;
            Ok(Some(pay(tx, id, now).await?))
        }
        None => Ok(None),
    }
}
