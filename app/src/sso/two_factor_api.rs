//! The server functions of a member's second factor at `/me/security` (turn it on with a scanned secret and a
//! first code, get new recovery codes, turn it off) and the admins' requirement for staff. What a page shows
//! comes from `get_two_factor`, which also hands over, once, the recovery codes just made: so the page works
//! the same with and without JavaScript. Every change is audited and emailed to the member.

use super::domain::TwoFactorStatus;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::Role,
        guard::{self, require_role, require_user},
        repo, second_factor, tokens, two_factor,
    },
    db,
    sso::flow::{told, SignInChange},
    state::{app_state, AppState},
    t,
};

#[cfg(feature = "ssr")]
const SETUP: &str = guard::SECOND_FACTOR_SETUP;
#[cfg(feature = "ssr")]
const FRESH_CODES: &str = "2fa_fresh_codes";

/// The signed-in member's second factor, the set-up under way, and recovery codes just made (once).
#[server(endpoint = "sso/get_two_factor")]
pub async fn get_two_factor() -> Result<TwoFactorStatus, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let session = guard::session().await?;
    let enabled = repo::totp_of(&state.db, user.id).await?.is_some();
    let setup = match enabled {
        true => None,
        false => session.get::<String>(SETUP).await.map_err(guard::session_err)?.map(|secret| {
            let community = state.settings.mail.community.clone();
            let url = two_factor::otpauth_url(&community, &user.email, &secret);
            super::domain::TwoFactorSetup { secret: grouped(&secret), qr_svg: two_factor::qr_svg(&url) }
        }),
    };
    let fresh_codes = session.remove::<Vec<String>>(FRESH_CODES).await.map_err(guard::session_err)?.unwrap_or_default();
    Ok(TwoFactorStatus {
        enabled,
        recovery_left: repo::recovery_codes_left(&state.db, user.id).await?,
        required: user.second_factor_due || (user.role != Role::Member && repo::staff_two_factor(&state.db).await?),
        setup,
        fresh_codes,
    })
}

#[cfg(feature = "ssr")]
fn grouped(secret: &str) -> String {
    secret.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// Starts setting up a second factor: a new secret, kept in the session until a first code proves the
/// authenticator app has it.
#[server(endpoint = "sso/start_two_factor")]
pub async fn start_two_factor() -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    if repo::totp_of(&state.db, user.id).await?.is_some() {
        return Err(AppError::invalid("code", t!("sso-two-factor-on-already")));
    }
    guard::session().await?.insert(SETUP, two_factor::new_secret()).await.map_err(guard::session_err)?;
    Ok(())
}

/// Turns the second factor on with the first code from the app; makes the recovery codes (shown once).
#[server(endpoint = "sso/confirm_two_factor")]
pub async fn confirm_two_factor(code: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let session = guard::session().await?;
    if repo::totp_of(&state.db, user.id).await?.is_some() {
        return Err(AppError::invalid("code", t!("sso-two-factor-on-already")));
    }
    let Some(secret) = session.get::<String>(SETUP).await.map_err(guard::session_err)? else {
        return Err(AppError::invalid("code", t!("sso-two-factor-start-again")));
    };
    limit(&state, user.id).await?;
    let now = db::now();
    let Some(step) = two_factor::matching_step(&secret, &code, now.max(0) as u64, 0) else {
        return Err(AppError::invalid("code", t!("sso-two-factor-no-match")));
    };
    forgive(&state, user.id).await?;
    let codes = two_factor::recovery_codes();
    let digests: Vec<String> = codes.iter().map(|c| tokens::digest(c)).collect();
    let mut tx = state.db.begin_write().await?;
    let version = repo::enable_totp(&mut tx, user.id, &secret, step, now).await?;
    repo::replace_recovery_codes(&mut tx, user.id, &digests).await?;
    told(&state, &mut tx, user.id, SignInChange::TwoFactorOn, now).await?;
    tx.commit().await?;
    guard::renew(&session, version).await?;
    session.remove::<String>(SETUP).await.map_err(guard::session_err)?;
    session.insert(FRESH_CODES, codes).await.map_err(guard::session_err)?;
    tracing::info!(user_id = user.id, "second factor turned on");
    Ok(())
}

/// New recovery codes (the old ones stop working), with a current code.
#[server(endpoint = "sso/new_recovery_codes")]
pub async fn new_recovery_codes(code: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    limit(&state, user.id).await?;
    if !second_factor::spend(&state, user.id, &code).await? {
        return Err(AppError::invalid("code", t!("sso-two-factor-wrong-code")));
    }
    forgive(&state, user.id).await?;
    let codes = two_factor::recovery_codes();
    let digests: Vec<String> = codes.iter().map(|c| tokens::digest(c)).collect();
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    repo::replace_recovery_codes(&mut tx, user.id, &digests).await?;
    told(&state, &mut tx, user.id, SignInChange::NewRecoveryCodes, now).await?;
    tx.commit().await?;
    guard::session().await?.insert(FRESH_CODES, codes).await.map_err(guard::session_err)?;
    Ok(())
}

/// Turns the second factor off, with a current code or a recovery code; remembered devices are forgotten.
/// Staff the admins require it of cannot.
#[server(endpoint = "sso/disable_two_factor")]
pub async fn disable_two_factor(code: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    if user.role != Role::Member && repo::staff_two_factor(&state.db).await? {
        return Err(AppError::invalid("code", t!("sso-two-factor-required")));
    }
    limit(&state, user.id).await?;
    if !second_factor::spend(&state, user.id, &code).await? {
        return Err(AppError::invalid("code", t!("sso-two-factor-wrong-code")));
    }
    forgive(&state, user.id).await?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    repo::disable_totp(&mut tx, user.id, now).await?;
    told(&state, &mut tx, user.id, SignInChange::TwoFactorOff, now).await?;
    tx.commit().await?;
    tracing::info!(user_id = user.id, "second factor turned off");
    Ok(())
}

/// Requires (or not) a second factor of moderators and admins (admins only). The admin turning it on must have
/// one already.
#[server(endpoint = "sso/set_staff_two_factor")]
pub async fn set_staff_two_factor(required: Option<String>) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let required = required.is_some();
    if required && repo::totp_of(&state.db, admin.id).await?.is_none() {
        return Err(AppError::invalid("required", t!("sso-two-factor-yourself-first")));
    }
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    super::repo::set_staff_two_factor(&mut tx, required, now).await?;
    let detail = if required { "required of staff" } else { "not required" }.to_string();
    crate::audit::record(&mut tx, &admin, "staff_two_factor", "site", 1, detail).await?;
    tx.commit().await?;
    Ok(())
}

/// Turns off a member's second factor, for one who lost their phone and their recovery codes (admins only).
/// The member is emailed; the audit log names the admin.
#[server(endpoint = "sso/reset_two_factor")]
pub async fn reset_two_factor(email: String) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let email = crate::accounts::domain::Email::parse(&email)?;
    let state = app_state()?;
    let Some(found) = repo::credentials_by_email(&state.db, &email).await? else {
        return Err(AppError::invalid("email", t!("sso-no-such-account")));
    };
    if repo::totp_of(&state.db, found.id).await?.is_none() {
        return Err(AppError::invalid("email", t!("sso-no-second-factor")));
    }
    let (member, _, _) =
        repo::user_by_id(&state.db, found.id).await?.ok_or(AppError::NotFound(crate::t!("error-that-member")))?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    repo::disable_totp(&mut tx, member.id, now).await?;
    crate::audit::record(&mut tx, &admin, "two_factor_reset", "user", member.id, email.as_str().to_string()).await?;
    told(&state, &mut tx, member.id, SignInChange::TwoFactorReset, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Counts an attempt at a code against the member (the same limit as sign-in's second step).
#[cfg(feature = "ssr")]
async fn limit(state: &AppState, user_id: i64) -> Result<(), AppError> {
    let settings = &state.settings;
    let bucket = format!("2fa:user:{user_id}");
    crate::rate_limit::hit(&state.db, &bucket, settings.sign_in_per_email, settings.limit_window_secs).await
}

#[cfg(feature = "ssr")]
async fn forgive(state: &AppState, user_id: i64) -> Result<(), AppError> {
    crate::rate_limit::forgive(&state.db, &format!("2fa:user:{user_id}"), state.settings.limit_window_secs).await
}
