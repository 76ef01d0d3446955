//! Password hashing with argon2id at the OWASP parameters (19 MiB, 2 passes, 1 lane: the crate's defaults),
//! always off the async runtime and bounded, so a burst of sign-ins cannot starve other requests.

use crate::error::AppError;
use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};
use std::sync::Arc;
use tokio::sync::Semaphore;

#[derive(Clone)]
pub struct Passwords {
    permits: Arc<Semaphore>,
    /// Verified against when the email is unknown, so both failures take the same time.
    dummy_hash: Arc<str>,
}

impl Passwords {
    /// `parallel` bounds how many hashes run at once (each takes ~19 MiB and one core for ~30 ms).
    pub fn new(parallel: usize) -> Result<Passwords, argon2::password_hash::Error> {
        let dummy = hash_now("not a real password: timing equaliser")?;
        Ok(Passwords { permits: Arc::new(Semaphore::new(parallel.max(1))), dummy_hash: dummy.into() })
    }

    pub async fn hash(&self, password: String) -> Result<String, AppError> {
        let _permit = self.permits.acquire().await.map_err(|_| AppError::Internal)?;
        tokio::task::spawn_blocking(move || hash_now(&password))
            .await
            .map_err(|e| internal("hashing task failed", e))?
            .map_err(|e| internal("hashing failed", e))
    }

    /// Checks `password` against `stored`, or against a dummy hash when there is no account, so that the
    /// answer and its timing do not reveal whether an email is registered.
    pub async fn verify(&self, password: String, stored: Option<String>) -> Result<bool, AppError> {
        let _permit = self.permits.acquire().await.map_err(|_| AppError::Internal)?;
        // An account without a password yet (an imported member's) is checked against the dummy too: its
        // answer takes as long as a wrong password's.
        let stored = stored.filter(|h| h.starts_with("$argon2"));
        let real = stored.is_some();
        let hash = stored.unwrap_or_else(|| self.dummy_hash.to_string());
        let ok = tokio::task::spawn_blocking(move || {
            PasswordHash::new(&hash)
                .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
                .unwrap_or(false)
        })
        .await
        .map_err(|e| internal("verify task failed", e))?;
        Ok(ok && real)
    }
}

fn hash_now(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default().hash_password(password.as_bytes(), &salt)?.to_string())
}

fn internal(what: &str, e: impl std::fmt::Display) -> AppError {
    tracing::error!(error = %e, "{what}");
    AppError::Internal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_password() {
        let p = Passwords::new(2).unwrap();
        let h = p.hash("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "OWASP parameters, got {h}");
        assert!(p.verify("correct horse battery".into(), Some(h.clone())).await.unwrap());
        assert!(!p.verify("wrong horse battery".into(), Some(h)).await.unwrap());
    }

    #[tokio::test]
    async fn an_unknown_account_never_verifies() {
        let p = Passwords::new(1).unwrap();
        assert!(!p.verify("not a real password: timing equaliser".into(), None).await.unwrap());
        let no_password = Some("!imported".to_string());
        assert!(!p.verify("not a real password: timing equaliser".into(), no_password).await.unwrap());
    }
}
