//! Server functions for the member's address: a new confirmation link, and moving to another address.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::Email,
        guard, repo,
        tokens::{self, Purpose},
    },
    db::Tx,
    mail::{outbox, Letter},
    rate_limit,
    state::{app_state, AppState},
    t,
};
#[cfg(feature = "ssr")]
use minijinja::context;

/// Sends the signed-in member a new confirmation link.
#[server(endpoint = "accounts/resend_confirmation")]
pub async fn resend_confirmation() -> Result<(), AppError> {
    let user = guard::require_user().await?;
    if user.verified {
        return Err(AppError::Conflict { field: None, message: t!("accounts-already-confirmed") });
    }
    let state = app_state()?;
    let per_hour = state.settings.mail_requests_per_hour;
    rate_limit::hit(&state.db, &format!("confirm-send:user:{}", user.id), per_hour, 3600).await?;
    let mut tx = state.db.begin_write().await?;
    send_confirmation(&state, &mut tx, user.id, &user.email, &user.display_name, crate::db::now()).await?;
    tx.commit().await?;
    tracing::info!(user_id = user.id, "confirmation link sent again");
    Ok(())
}

/// Writes the confirmation email of a new account (or a new link for one) inside `tx`.
#[cfg(feature = "ssr")]
pub async fn send_confirmation(
    state: &AppState,
    tx: &mut Tx,
    user_id: i64,
    email: &str,
    name: &str,
    now: i64,
) -> Result<(), AppError> {
    let token = tokens::issue(tx, user_id, Purpose::Verify, email, now).await?;
    let link = format!("{}/confirm-email?token={token}", state.settings.mail.origin);
    let lang = outbox::language_of(tx, Some(user_id), crate::i18n::of_request()).await?;
    let letter = Letter {
        kind: "verify",
        to: email,
        user_id: Some(user_id),
        lang,
        subject: crate::t_in!(lang, "mail-verify-subject"),
        template: "verify",
        vars: context! { name, link, valid => Purpose::Verify.lifetime_words(lang) },
        unsubscribe: None,
    };
    outbox::post(tx, &state.settings.mail, letter, now).await?;
    Ok(())
}

/// Moves the signed-in member's account to a new address once they open the link sent there. Needs the
/// current password; the current address is told. An address that has an account gets a note instead,
/// and the answer here is the same.
#[server(endpoint = "accounts/change_email")]
pub async fn change_email(current_password: String, new_email: String) -> Result<String, AppError> {
    let user = guard::require_user().await?;
    let state = app_state()?;
    let window = state.settings.limit_window_secs;
    rate_limit::hit(&state.db, &format!("password:user:{}", user.id), state.settings.sign_in_per_email, window).await?;
    let new = Email::parse(&new_email).map_err(|e| AppError::invalid("new_email", e.message))?;
    if new.as_str() == user.email {
        return Err(AppError::invalid("new_email", t!("accounts-same-address")));
    }
    let creds = repo::credentials_by_id(&state.db, user.id).await?.ok_or(AppError::Unauthorized)?;
    if !state.passwords.verify(current_password, Some(creds.password_hash)).await? {
        return Err(AppError::invalid("current_password", t!("accounts-current-password-wrong")));
    }
    rate_limit::hit(&state.db, &format!("email-change:user:{}", user.id), state.settings.mail_requests_per_hour, 3600)
        .await?;
    let now = crate::db::now();
    let mail = &state.settings.mail;
    let mut tx = state.db.begin_write().await?;
    if let Some(owner) = repo::addressee_by_email(&mut tx, &new).await? {
        // The owner did not ask for this: their own language, else the community's.
        let lang = outbox::language_of(&mut tx, Some(owner.id), None).await?;
        let letter = Letter {
            kind: "already_registered",
            to: &owner.email,
            user_id: Some(owner.id),
            lang,
            subject: crate::t_in!(lang, "mail-already-registered-subject"),
            template: "already_registered",
            vars: context! { name => &owner.display_name },
            unsubscribe: None,
        };
        outbox::post(&mut tx, mail, letter, now).await?;
    } else {
        let token = tokens::issue(&mut tx, user.id, Purpose::Email, new.as_str(), now).await?;
        let link = format!("{}/confirm-email?token={token}", mail.origin);
        let lang = outbox::language_of(&mut tx, Some(user.id), crate::i18n::of_request()).await?;
        let confirm = Letter {
            kind: "email_change",
            to: new.as_str(),
            user_id: Some(user.id),
            lang,
            subject: crate::t_in!(lang, "mail-email-change-subject"),
            template: "email_change",
            vars: context! { name => &user.display_name, link, valid => Purpose::Email.lifetime_words(lang) },
            unsubscribe: None,
        };
        outbox::post(&mut tx, mail, confirm, now).await?;
        let notice = Letter {
            kind: "email_change_requested",
            to: &user.email,
            user_id: Some(user.id),
            lang,
            subject: crate::t_in!(lang, "mail-email-change-requested-subject"),
            template: "email_change_requested",
            vars: context! { name => &user.display_name, new_email => new.as_str() },
            unsubscribe: None,
        };
        outbox::post(&mut tx, mail, notice, now).await?;
    }
    tx.commit().await?;
    tracing::info!(user_id = user.id, "email change asked for");
    Ok(new.as_str().to_string())
}
