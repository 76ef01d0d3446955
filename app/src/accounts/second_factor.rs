//! The second step of signing in, for members with a second factor: after the password (or a provider), the
//! session holds only "waiting for the code" until a TOTP code or a recovery code arrives, unless this device
//! was remembered. Every way in goes through `sign_in_or_ask`.

use crate::{
    accounts::{domain::Role, guard, repo, tokens, two_factor},
    db,
    error::AppError,
    rate_limit,
    state::AppState,
    t,
};
use http::HeaderMap;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// The session key of a sign-in waiting for its second factor.
const WAITING: &str = guard::SECOND_FACTOR_WAITING;
/// How long the code may take.
const WAITING_SECS: i64 = 600;
/// The page that asks for the code.
pub const PAGE: &str = "/sign-in/two-factor";

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Waiting {
    user_id: i64,
    version: i64,
    next: String,
    at: i64,
    /// The provider the first factor came through, and its end-session address (see `guard::remember_provider`).
    provider: Option<(String, Option<String>)>,
}

/// The remembered-device token in a request's cookies, if any.
pub fn device_token(headers: &HeaderMap) -> Option<String> {
    crate::common::cookies::value(headers, two_factor::DEVICE_COOKIE)
}

/// Signs the member in when they have no second factor (or this device is remembered) and returns `next`;
/// otherwise keeps the sign-in waiting for the code and returns the page that asks for it.
pub async fn sign_in_or_ask(
    state: &AppState,
    session: &Session,
    user_id: i64,
    version: i64,
    next: String,
    device: Option<&str>,
    provider: Option<(String, Option<String>)>,
) -> Result<String, AppError> {
    // Not through a provider (a password, a link from the inbox, an invitation): the admins' password policy.
    if provider.is_none() {
        let policy = repo::password_sign_in(&state.db).await?;
        let role = repo::stored_role(&state.db, user_id).await?.unwrap_or(Role::Member);
        if !policy.allows(role) {
            tracing::info!(user_id, "a sign-in without a provider refused by the password policy");
            return Err(AppError::Restricted { message: policy.refusal() });
        }
    }
    if repo::totp_of(&state.db, user_id).await?.is_some() {
        let remembered = match device {
            Some(token) => repo::device_remembered(&state.db, user_id, &tokens::digest(token), db::now()).await?,
            None => false,
        };
        if !remembered {
            // A new id for the half-signed-in session too: whoever planted the old one learns nothing.
            session.cycle_id().await.map_err(guard::session_err)?;
            let waiting = Waiting { user_id, version, next, at: db::now(), provider };
            session.insert(WAITING, waiting).await.map_err(guard::session_err)?;
            return Ok(PAGE.to_string());
        }
    }
    guard::start(session, user_id, version).await?;
    if let Some((slug, end_session)) = provider {
        guard::remember_provider(session, &slug, end_session).await?;
    }
    Ok(next)
}

/// Whether this session is waiting for a second factor.
pub async fn waiting(session: &Session) -> Result<bool, AppError> {
    let w: Option<Waiting> = session.get(WAITING).await.map_err(guard::session_err)?;
    Ok(w.is_some_and(|w| db::now() - w.at <= WAITING_SECS))
}

/// Checks `code` (a TOTP code, or one of the member's recovery codes) for the waiting sign-in and signs in.
/// Returns where to go and, when the member asked to remember this device, the cookie's new token.
/// Attempts are counted per member, so a guesser is stopped after a few tries whatever their address.
pub async fn verify(
    state: &AppState,
    session: &Session,
    code: &str,
    remember: bool,
) -> Result<(String, Option<String>), AppError> {
    let w: Option<Waiting> = session.get(WAITING).await.map_err(guard::session_err)?;
    let Some(w) = w.filter(|w| db::now() - w.at <= WAITING_SECS) else {
        return Err(AppError::invalid("code", t!("accounts-second-factor-expired")));
    };
    let settings = &state.settings;
    let bucket = format!("2fa:user:{}", w.user_id);
    rate_limit::hit(&state.db, &bucket, settings.sign_in_per_email, settings.limit_window_secs).await?;
    if !spend(state, w.user_id, code).await? {
        tracing::info!(user_id = w.user_id, "second factor refused");
        return Err(AppError::invalid("code", t!("accounts-second-factor-wrong")));
    }
    rate_limit::forgive(&state.db, &bucket, settings.limit_window_secs).await?;
    let device = if remember {
        let token = tokens::fresh();
        let now = db::now();
        let mut tx = state.db.begin_write().await?;
        repo::remember_device(&mut tx, w.user_id, &tokens::digest(&token), now, now + two_factor::DEVICE_SECS).await?;
        tx.commit().await?;
        Some(token)
    } else {
        None
    };
    session.remove::<Waiting>(WAITING).await.map_err(guard::session_err)?;
    guard::start(session, w.user_id, w.version).await?;
    if let Some((slug, end_session)) = w.provider {
        guard::remember_provider(session, &slug, end_session).await?;
    }
    tracing::info!(user_id = w.user_id, remembered = device.is_some(), "signed in with a second factor");
    Ok((w.next, device))
}

/// Spends `code` for the member: the TOTP code of a step not used before, or an unused recovery code.
pub async fn spend(state: &AppState, user_id: i64, code: &str) -> Result<bool, AppError> {
    let Some((secret, last_step)) = repo::totp_of(&state.db, user_id).await? else { return Ok(false) };
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let spent = match two_factor::matching_step(&secret, code, now.max(0) as u64, last_step) {
        Some(step) => repo::use_step(&mut tx, user_id, step).await?,
        None => {
            let digest = tokens::digest(&two_factor::normal_recovery_code(code));
            repo::use_recovery_code(&mut tx, user_id, &digest, now).await?
        }
    };
    tx.commit().await?;
    Ok(spent)
}

/// The `Set-Cookie` value that remembers this device for 30 days.
pub fn device_cookie(token: &str, secure: bool) -> String {
    format!(
        "{}={token}; Path=/; Max-Age={}; HttpOnly; SameSite=Lax{}",
        two_factor::DEVICE_COOKIE,
        two_factor::DEVICE_SECS,
        if secure { "; Secure" } else { "" }
    )
}
