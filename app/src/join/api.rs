//! Joining: create an account, send its confirmation link, and note the member whose invitation brought the
//! newcomer (who counts once the address is confirmed).

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

/// Creates an account and emails its confirmation link; the link signs the member in.
#[server(endpoint = "join/sign_up")]
pub async fn sign_up(
    email: String,
    display_name: String,
    password: String,
    accept_terms: Option<String>,
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

    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    // Checked before the address, so a registered one is answered the same way as a new one.
    let terms = crate::site::legal_repo::terms_at_sign_up(&mut tx, accept_terms.as_deref()).await?;
    let id = match repo::insert_user(&mut tx, &email, &name, &hash, Role::Member, false).await {
        Ok(id) => id,
        // A registered address gets the answer a new one gets (after the same hashing work), so the form
        // cannot be used to learn who has an account. Its owner is told by email (once an hour at most).
        Err(repo::InsertUserError::EmailTaken) => {
            drop(tx);
            tell_owner(&state, &email, now).await?;
            tracing::info!("sign-up for an address that is already registered; answered as for a new one");
            crate::referrals::api::forget_cookie();
            crate::common::redirect::to("/check-email");
            return Ok(());
        }
        Err(repo::InsertUserError::Db(e)) => return Err(e.into()),
    };
    if let Some(version) = terms {
        crate::site::legal_repo::record_acceptance(&mut tx, id, version, now).await?;
    }
    if let Some((referrer, code)) = &referrer {
        let done = referrals::repo::attribute(&mut tx, referrer, id, email.as_str(), code, &ip, now).await?;
        tracing::info!(user_id = id, referral_id = done.id, status = done.status.as_str(), "referral attributed");
    }
    crate::accounts::email_api::send_confirmation(&state, &mut tx, id, email.as_str(), name.as_str(), now).await?;
    tx.commit().await?;
    tracing::info!(user_id = id, "account created; confirmation link sent");
    crate::referrals::api::forget_cookie();
    // Nobody is signed in yet: the link in the email does that, so a new address and a registered one look
    // the same from here.
    crate::common::redirect::to("/check-email");
    Ok(())
}

/// Tells the owner of `email` that someone tried to join with it, at most once an hour.
#[cfg(feature = "ssr")]
async fn tell_owner(state: &crate::state::AppState, email: &Email, now: i64) -> Result<(), AppError> {
    let bucket = format!("sign-up:taken:{}", rate_limit::private_key(email.as_str()));
    if rate_limit::hit(&state.db, &bucket, 1, 3600).await.is_err() {
        return Ok(());
    }
    let mut tx = state.db.begin_write().await?;
    if let Some(owner) = repo::addressee_by_email(&mut tx, email).await? {
        let letter = crate::mail::Letter {
            kind: "already_registered",
            to: &owner.email,
            user_id: Some(owner.id),
            subject: "Someone tried to join with your address",
            template: "already_registered",
            vars: minijinja::context! { name => &owner.display_name },
            unsubscribe: None,
        };
        crate::mail::outbox::post(&mut tx, &state.settings.mail, letter, now).await?;
    }
    tx.commit().await?;
    Ok(())
}
