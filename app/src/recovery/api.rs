//! Server functions for forgotten passwords and confirmation links. Each answers the same whether or not an
//! address has an account, writes its email in the same transaction as its change, and is rate limited.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{Email, NewPassword},
        guard, repo,
        tokens::{self, Purpose},
    },
    db::Tx,
    mail::{outbox, Letter},
    rate_limit, referrals,
    state::{app_state, AppState},
    t,
};
#[cfg(feature = "ssr")]
use minijinja::context;

/// Asks for a password-reset link. The answer is the same whether or not the address has an account.
#[server(endpoint = "recovery/request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let state = app_state()?;
    let ip = guard::client_ip().await;
    let per_hour = state.settings.mail_requests_per_hour;
    rate_limit::hit(&state.db, &format!("reset:ip:{ip}"), per_hour * 4, 3600).await?;
    let email = Email::parse(&email)?;
    rate_limit::hit(&state.db, &format!("reset:email:{}", rate_limit::private_key(email.as_str())), per_hour, 3600)
        .await?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    if let Some(member) = repo::addressee_by_email(&mut tx, &email).await? {
        let token = tokens::issue(&mut tx, member.id, Purpose::Reset, &member.email, now).await?;
        let link = format!("{}/reset-password?token={token}", state.settings.mail.origin);
        let lang = outbox::language_of(&mut tx, Some(member.id), crate::i18n::of_request()).await?;
        let letter = Letter {
            kind: "reset",
            to: &member.email,
            user_id: Some(member.id),
            lang,
            subject: crate::t_in!(lang, "mail-reset-subject"),
            template: "reset",
            vars: context! { name => &member.display_name, link },
            unsubscribe: None,
        };
        outbox::post(&mut tx, &state.settings.mail, letter, now).await?;
        tracing::info!(user_id = member.id, "password reset link sent");
    } else {
        tracing::info!("password reset asked for an address without an account; answered the same");
    }
    tx.commit().await?;
    crate::common::redirect::to("/forgot-password?sent=1");
    Ok(())
}

/// Sets a new password with a reset link: every session of the account ends, this browser is signed in,
/// and the owner is told by email.
#[server(endpoint = "recovery/reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    let state = app_state()?;
    let ip = guard::client_ip().await;
    rate_limit::hit(&state.db, &format!("reset-use:ip:{ip}"), state.settings.sign_in_per_ip, 3600).await?;
    NewPassword::parse(&password, "password", &[])?;
    let hash = state.passwords.hash(password.clone()).await?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let link = tokens::redeem(&mut tx, &token, &[Purpose::Reset], now).await?;
    let member = repo::addressee_by_id(&mut tx, link.user_id)
        .await?
        .ok_or_else(|| AppError::invalid("token", t!("recovery-account-removed")))?;
    // The same rules as at sign-up; refusing here rolls back, so the link still works for a better password.
    NewPassword::parse(&password, "password", &[&member.email, &member.display_name])?;
    let version = repo::reset_password(&mut tx, member.id, &hash, now).await?;
    // The link went to the address: opening it proves the member reads it (and a referral that brought them
    // counts from now, as with the confirmation link).
    if repo::mark_verified(&mut tx, member.id, &link.email, now).await? {
        referrals::repo::confirmed(&mut tx, &state.settings.mail, member.id, crate::i18n::of_request(), now).await?;
    }
    let lang = outbox::language_of(&mut tx, Some(member.id), crate::i18n::of_request()).await?;
    let letter = Letter {
        kind: "password_changed",
        to: &member.email,
        user_id: Some(member.id),
        lang,
        subject: crate::t_in!(lang, "mail-password-changed-subject"),
        template: "password_changed",
        vars: context! { name => &member.display_name },
        unsubscribe: None,
    };
    outbox::post(&mut tx, &state.settings.mail, letter, now).await?;
    tx.commit().await?;
    // A link to the address is one factor: a member with a second factor is asked for it still.
    let to = sign_in(&state, member.id, version, "/account?reset=1").await?;
    tracing::info!(user_id = member.id, "password reset by email link; every other session ended");
    crate::common::redirect::to(&to);
    Ok(())
}

/// Opens a confirmation link: the sign-up address is confirmed (and a referral that brought the member
/// counts from now), or the account moves to the new address it was sent to. This browser is signed in.
#[server(endpoint = "recovery/confirm_email")]
pub async fn confirm_email(token: String) -> Result<(), AppError> {
    let state = app_state()?;
    let ip = guard::client_ip().await;
    rate_limit::hit(&state.db, &format!("confirm:ip:{ip}"), state.settings.sign_in_per_ip, 3600).await?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let link = tokens::redeem(&mut tx, &token, &[Purpose::Verify, Purpose::Email], now).await?;
    let member = repo::addressee_by_id(&mut tx, link.user_id)
        .await?
        .ok_or_else(|| AppError::invalid("token", t!("recovery-account-removed")))?;
    if link.purpose == Purpose::Email.as_str() {
        move_address(&state, &mut tx, &member, &link.email, now).await?;
    } else if link.email == member.email {
        if repo::mark_verified(&mut tx, member.id, &member.email, now).await? {
            crate::recognition::repo::ledger::welcome_new_member(&mut tx, member.id, now).await?;
            if let Some(status) =
                referrals::repo::confirmed(&mut tx, &state.settings.mail, member.id, crate::i18n::of_request(), now)
                    .await?
            {
                tracing::info!(user_id = member.id, status = status.as_str(), "referral counts from confirmation");
            }
        }
    } else {
        return Err(AppError::invalid("token", t!("recovery-old-address")));
    }
    let version = repo::credentials_by_id_tx(&mut tx, member.id).await?.map_or(1, |c| c.auth_version);
    tx.commit().await?;
    let to = sign_in(&state, member.id, version, "/account?confirmed=1").await?;
    tracing::info!(user_id = member.id, purpose = link.purpose, "email address confirmed");
    crate::common::redirect::to(&to);
    Ok(())
}

/// Signs this browser in after a link from the member's inbox, through the second factor when they have one.
#[cfg(feature = "ssr")]
async fn sign_in(state: &AppState, user_id: i64, version: i64, next: &str) -> Result<String, AppError> {
    let device = leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|req| crate::accounts::second_factor::device_token(&req.headers));
    let session = guard::session().await?;
    crate::accounts::second_factor::sign_in_or_ask(
        state,
        &session,
        user_id,
        version,
        next.to_string(),
        device.as_deref(),
        None,
    )
    .await
}

#[cfg(feature = "ssr")]
async fn move_address(
    state: &AppState,
    tx: &mut Tx,
    member: &repo::Addressee,
    new_email: &str,
    now: i64,
) -> Result<(), AppError> {
    match repo::change_email(tx, member.id, new_email, now).await {
        Ok(()) => {}
        Err(repo::InsertUserError::EmailTaken) => return Err(AppError::invalid("token", t!("recovery-address-taken"))),
        Err(repo::InsertUserError::Db(e)) => return Err(e.into()),
    }
    let lang = outbox::language_of(tx, Some(member.id), crate::i18n::of_request()).await?;
    let letter = Letter {
        kind: "email_changed",
        to: &member.email,
        user_id: Some(member.id),
        lang,
        subject: crate::t_in!(lang, "mail-email-changed-subject"),
        template: "email_changed",
        vars: context! { name => &member.display_name, new_email },
        unsubscribe: None,
    };
    outbox::post(tx, &state.settings.mail, letter, now).await?;
    Ok(())
}
