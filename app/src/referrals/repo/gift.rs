//! Two-sided referrals: a referred friend who confirms their address gets a code from the pool of the reward
//! the programme chose (a discount, as Dropbox and Tesla gave both sides), emailed and shown on their
//! referral page. The code is tied to their referral, so it is given once however often confirmation runs.

use super::lists::settings_tx;
use crate::{
    db::{Db, Tx},
    error::AppError,
    mail::{outbox, Letter},
    on_db, on_tx,
    referrals::views::Gift,
    state::MailSettings,
};
use minijinja::context;

/// Gives referral `referral_id`'s friend (`referee_id`) a code, when the programme has a friend's reward and
/// its pool has a code left; emails it to them (in their language, else `asked`: the page's when they confirm
/// themselves). Returns the code given, if any.
pub async fn give(
    tx: &mut Tx,
    mail: &MailSettings,
    referral_id: i64,
    referee_id: i64,
    asked: Option<crate::i18n::Lang>,
    now: i64,
) -> Result<Option<String>, AppError> {
    let Some(reward_id) = settings_tx(tx).await?.friend_reward_id else {
        return Ok(None);
    };
    // The reward's row is what redemptions lock before they take a code: taking it here too means a gift and a
    // redemption never reach for the same code.
    let lock = "UPDATE rewards SET updated_at = updated_at WHERE id = $1 AND kind = 'discount_code' RETURNING title";
    let title: Option<String> = on_tx!(tx, c => sqlx::query_scalar(lock).bind(reward_id).fetch_optional(c).await)?;
    let Some(title) = title else {
        return Ok(None);
    };
    let take = "UPDATE reward_codes SET referral_id = $1
                WHERE id = (SELECT id FROM reward_codes WHERE reward_id = $2 AND redemption_id IS NULL
                              AND referral_id IS NULL ORDER BY id LIMIT 1)
                  AND redemption_id IS NULL AND referral_id IS NULL
                  AND NOT EXISTS (SELECT 1 FROM reward_codes g WHERE g.referral_id = $1)
                RETURNING code";
    let code: Option<String> =
        on_tx!(tx, c => sqlx::query_scalar(take).bind(referral_id).bind(reward_id).fetch_optional(c).await)?;
    let Some(code) = code else {
        tracing::warn!(reward_id, referral_id, "the friends' reward has no code left: a referred friend got none");
        return Ok(None);
    };
    let who = "SELECT email, display_name FROM users WHERE id = $1";
    let (to, name): (String, String) = on_tx!(tx, c => sqlx::query_as(who).bind(referee_id).fetch_one(c).await)?;
    let link = format!("{}/me/referrals", mail.origin);
    let lang = outbox::language_of(tx, Some(referee_id), asked).await?;
    let letter = Letter {
        kind: "friend_gift",
        to: &to,
        user_id: Some(referee_id),
        lang,
        subject: crate::t_in!(lang, "mail-friend-gift-subject"),
        template: "friend_gift",
        vars: context! { name, title => &title, code => &code, link },
        unsubscribe: None,
    };
    outbox::post(tx, mail, letter, now).await?;
    Ok(Some(code))
}

/// The gift `user_id` received as a referred friend, if any.
pub async fn gift_of(db: &Db, user_id: i64) -> Result<Option<Gift>, sqlx::Error> {
    let sql = "SELECT w.title, c.code FROM referrals r JOIN reward_codes c ON c.referral_id = r.id
               JOIN rewards w ON w.id = c.reward_id WHERE r.referee_id = $1";
    let row: Option<(String, String)> = on_db!(db, p => sqlx::query_as(sql).bind(user_id).fetch_optional(p).await)?;
    Ok(row.map(|(title, code)| Gift { title, code }))
}

/// Codes left in the friends' reward pool, for the admin's settings (`None` when no reward is chosen).
pub async fn codes_left(db: &Db, reward_id: i64) -> Result<i64, sqlx::Error> {
    let sql =
        "SELECT COUNT(*) FROM reward_codes WHERE reward_id = $1 AND redemption_id IS NULL AND referral_id IS NULL";
    on_db!(db, p => sqlx::query_scalar(sql).bind(reward_id).fetch_one(p).await)
}

/// The discount-code rewards an admin may choose for friends: id and title.
pub async fn code_rewards(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let sql = "SELECT id, title FROM rewards WHERE kind = 'discount_code' ORDER BY title, id";
    on_db!(db, p => sqlx::query_as(sql).fetch_all(p).await)
}
