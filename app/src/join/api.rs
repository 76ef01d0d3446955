//! Joining: create an account, sign it in, and credit the member whose invitation brought the newcomer.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{DisplayName, Email, NewPassword, Role},
        guard::{self},
        repo,
    },
    rate_limit, referrals,
    state::app_state,
};

/// Creates an account and signs it in.
#[server(endpoint = "join/sign_up")]
pub async fn sign_up(
    email: String,
    display_name: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    sign_up_inner(email, display_name, password, next).await
}

#[cfg(feature = "ssr")]
async fn sign_up_inner(
    email: String,
    display_name: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    let state = app_state()?;
    let ip = guard::client_ip().await;
    rate_limit::hit(&state.db, &format!("sign-up:ip:{ip}"), state.settings.sign_up_per_ip_hour, 3600).await?;
    let email = Email::parse(&email)?;
    let name = DisplayName::parse(&display_name)?;
    let password = NewPassword::parse(&password, "password", &[email.as_str(), name.as_str()])?;
    let hash = state.passwords.hash(password.expose().to_string()).await?;
    // A malformed code, or one of nobody or of a removed member, credits nobody; sign-up goes on.
    let referrer = match crate::referrals::api::cookie_code().await.and_then(|c| referrals::domain::parse_code(&c)) {
        Some(code) => {
            referrals::repo::referrer_by_code(&state.db, &code).await?.filter(|r| !r.removed).map(|r| (r, code))
        }
        None => None,
    };

    let mut tx = state.db.begin_write().await?;
    let id = match repo::insert_user(&mut tx, &email, &name, &hash, Role::Member).await {
        Ok(id) => id,
        // A registered address gets the answer a new one gets (after the same hashing work), so the form
        // cannot be used to learn who has an account; nothing is stored and nobody is signed in.
        Err(repo::InsertUserError::EmailTaken) => {
            tracing::info!("sign-up for an address that is already registered; answered as for a new one");
            crate::referrals::api::forget_cookie();
            crate::common::redirect::to(&crate::common::next::safe_next(next.as_deref(), "/account"));
            return Ok(());
        }
        Err(repo::InsertUserError::Db(e)) => return Err(e.into()),
    };
    if let Some((referrer, code)) = &referrer {
        let done =
            referrals::repo::attribute(&mut tx, referrer, id, email.as_str(), code, &ip, crate::db::now()).await?;
        tracing::info!(user_id = id, referral_id = done.id, status = done.status.as_str(), "referral attributed");
    }
    tx.commit().await?;
    tracing::info!(user_id = id, "account created");
    crate::referrals::api::forget_cookie();

    guard::start(&guard::session().await?, id, 1).await?;
    crate::common::redirect::to(&crate::common::next::safe_next(next.as_deref(), "/account"));
    Ok(())
}
