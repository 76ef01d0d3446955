//! Single-use links sent by email: a random 256-bit token, of which only the SHA-256 is stored, for one
//! purpose, to one address, until it expires or is used.

use crate::{db::Tx, error::AppError, on_tx, t};

/// What a link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Choose a new password (one hour).
    Reset,
    /// Confirm the address given at sign-up.
    Verify,
    /// Confirm a new address the member asked to move to.
    Email,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Reset => "reset",
            Purpose::Verify => "verify",
            Purpose::Email => "email",
        }
    }

    /// How long a link stays valid.
    pub fn lifetime_secs(self) -> i64 {
        match self {
            Purpose::Reset => 3600,
            Purpose::Verify | Purpose::Email => 48 * 3600,
        }
    }

    /// The lifetime in words, for the email.
    /// How long a link lasts, in words of `lang` ("48 hours").
    pub fn lifetime_words(self, lang: crate::i18n::Lang) -> String {
        match self {
            Purpose::Reset => crate::t_in!(lang, "mail-lifetime-hour"),
            Purpose::Verify | Purpose::Email => crate::t_in!(lang, "mail-lifetime-hours", hours = 48),
        }
    }
}

/// A fresh token as it goes into a link: 64 hexadecimal digits (256 bits from the operating system).
pub fn fresh() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// What is stored instead of the token.
pub fn digest(token: &str) -> String {
    use sha2::{Digest, Sha256};
    hex(&Sha256::digest(token.trim().as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Stores a new link for `user_id` and returns the token to put in it. Earlier unused links of the same
/// purpose stop working: only the newest email counts.
pub async fn issue(tx: &mut Tx, user_id: i64, purpose: Purpose, email: &str, now: i64) -> Result<String, sqlx::Error> {
    let retire = "UPDATE account_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL";
    on_tx!(tx, c => sqlx::query(retire).bind(now).bind(user_id).bind(purpose.as_str()).execute(c).await.map(|_| ()))?;
    let token = fresh();
    let sql = "INSERT INTO account_tokens (user_id, purpose, token_hash, email, created_at, expires_at)
               VALUES ($1, $2, $3, $4, $5, $6)";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(user_id)
        .bind(purpose.as_str())
        .bind(digest(&token))
        .bind(email)
        .bind(now)
        .bind(now + purpose.lifetime_secs())
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(token)
}

/// A link that worked: whose it is and the address it was sent to.
#[derive(Debug, sqlx::FromRow)]
pub struct Redeemed {
    pub user_id: i64,
    pub email: String,
    pub purpose: String,
}

/// Uses the link `token` for one of `purposes`, once: a guarded update, so two clicks at once cannot both
/// succeed. Unknown, expired and used links each get a message saying what to do.
pub async fn redeem(tx: &mut Tx, token: &str, purposes: &[Purpose], now: i64) -> Result<Redeemed, AppError> {
    let hash = digest(token);
    let wanted: Vec<&str> = purposes.iter().map(|p| p.as_str()).collect();
    let (a, b) = (wanted[0], *wanted.last().unwrap_or(&wanted[0]));
    let sql = "UPDATE account_tokens SET used_at = $1
               WHERE token_hash = $2 AND purpose IN ($3, $4) AND used_at IS NULL AND expires_at > $1
               RETURNING user_id, email, purpose";
    let used = on_tx!(tx, c => sqlx::query_as::<_, Redeemed>(sql).bind(now).bind(&hash).bind(a).bind(b).fetch_optional(c).await)?;
    if let Some(done) = used {
        return Ok(done);
    }
    let why = "SELECT expires_at, used_at FROM account_tokens WHERE token_hash = $1 AND purpose IN ($2, $3)";
    let found: Option<(i64, Option<i64>)> =
        on_tx!(tx, c => sqlx::query_as(why).bind(&hash).bind(a).bind(b).fetch_optional(c).await)?;
    let message = match found {
        Some((_, Some(_))) => t!("accounts-link-used"),
        Some(_) => t!("accounts-link-expired"),
        None => t!("accounts-link-invalid"),
    };
    Err(AppError::invalid("token", message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_256_random_bits_and_only_their_digest_is_kept() {
        let (a, b) = (fresh(), fresh());
        assert_eq!(a.len(), 64);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
        assert_eq!(digest(&a), digest(&format!(" {a}\n")), "a pasted link with spaces still works");
        assert_ne!(digest(&a), a);
        assert_eq!(digest(&a).len(), 64);
    }
}
