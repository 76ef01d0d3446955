//! Codes and visits.

use crate::{
    db::{self, Db},
    on_db,
    referrals::domain::{CODE_ALPHABET, CODE_LEN},
};
use rand::Rng;

/// The member's code, made on first use. A clash with another member's code (rare: 31⁸ codes) is retried.
pub async fn code_for(db: &Db, user_id: i64) -> Result<String, sqlx::Error> {
    let select = "SELECT code FROM referral_codes WHERE user_id = $1";
    let insert = "INSERT INTO referral_codes (user_id, code, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
    for _ in 0..5 {
        let found: Option<String> = on_db!(db, p => sqlx::query_scalar(select).bind(user_id).fetch_optional(p).await)?;
        if let Some(code) = found {
            return Ok(code);
        }
        let code = generate();
        let mut tx = db.begin_write().await?;
        crate::on_tx!(&mut tx, c => sqlx::query(insert).bind(user_id).bind(&code).bind(db::now()).execute(c).await.map(|_| ()))?;
        tx.commit().await?;
    }
    Err(sqlx::Error::Protocol("no free referral code after five tries".into()))
}

fn generate() -> String {
    let mut rng = rand::thread_rng();
    (0..CODE_LEN).map(|_| char::from(CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())])).collect()
}

/// The member a code belongs to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Referrer {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    /// Removed as spam or otherwise: their code no longer credits anyone.
    pub removed: bool,
}

const REFERRER: &str = "SELECT u.id, u.display_name, u.email, u.removed_at IS NOT NULL AS removed
                        FROM referral_codes c JOIN users u ON u.id = c.user_id WHERE c.code = $1";

pub async fn referrer_by_code(db: &Db, code: &str) -> Result<Option<Referrer>, sqlx::Error> {
    on_db!(db, p => sqlx::query_as::<_, Referrer>(REFERRER).bind(code).fetch_optional(p).await)
}

/// [`referrer_by_code`] inside a transaction.
pub async fn referrer_by_code_tx(tx: &mut crate::db::Tx, code: &str) -> Result<Option<Referrer>, sqlx::Error> {
    crate::on_tx!(tx, c => sqlx::query_as::<_, Referrer>(REFERRER).bind(code).fetch_optional(c).await)
}

/// Counts a visit of the member's link today (one atomic upsert, never read-then-write).
pub async fn click(db: &Db, user_id: i64, now: i64) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO referral_clicks (user_id, day, clicks) VALUES ($1, $2, 1)
               ON CONFLICT (user_id, day) DO UPDATE SET clicks = referral_clicks.clicks + 1";
    on_db!(db, p => sqlx::query(sql).bind(user_id).bind(now.div_euclid(86_400)).execute(p).await.map(|_| ()))
}

/// Gives `user_id` a chosen code (the demo seed's readable ones). Returns false when it is taken.
pub async fn set_code(tx: &mut crate::db::Tx, user_id: i64, code: &str, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "INSERT INTO referral_codes (user_id, code, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
    let done = crate::on_tx!(tx, c => sqlx::query(sql).bind(user_id).bind(code).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}
