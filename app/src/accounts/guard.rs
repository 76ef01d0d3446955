//! Who is calling: the session, the signed-in user, and the role checks every server function starts with.

use crate::{
    accounts::{
        domain::{CurrentUser, RestrictionKind, Role},
        repo,
    },
    db,
    error::AppError,
    state::{app_state, ClientIp},
    t,
};
use tower_sessions::Session;

const USER_ID: &str = "uid";
const AUTH_AT: &str = "auth_at";
const AUTH_VERSION: &str = "av";
const SIGNED_IN_WITH: &str = "sso";
/// A sign-in through a provider under way (see `sso::flow`).
pub const SSO_FLOW: &str = "sso_flow";
/// A provider's identity waiting for the password of the account holding its address (see `sso::flow`).
pub const SSO_PENDING: &str = "sso_pending";
/// A sign-in waiting for its second factor (see `second_factor`).
pub const SECOND_FACTOR_WAITING: &str = "2fa_waiting";
/// A second factor being set up (see `sso::two_factor_api`).
pub const SECOND_FACTOR_SETUP: &str = "2fa_setup";
/// What a sign-in leaves behind for the one who started it; a new sign-in on this browser drops it all, so
/// nothing begun by one person finishes for another.
const LEFT_BEHIND: [&str; 6] = [
    SIGNED_IN_WITH,
    SSO_FLOW,
    SSO_PENDING,
    SECOND_FACTOR_WAITING,
    SECOND_FACTOR_SETUP,
    crate::common::answered::SESSION_KEY,
];
/// How stale the member's "last seen" may get before a request writes it again.
const SEEN_EVERY_SECS: i64 = 300;

/// The request's session.
pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|e| {
        tracing::error!(error = %e, "no session layer on this request");
        AppError::Internal
    })
}

/// The client's address, for rate limits.
pub async fn client_ip() -> String {
    leptos_axum::extract::<axum::Extension<ClientIp>>()
        .await
        .map(|ip| crate::common::net::network_key(ip.0 .0))
        .unwrap_or_else(|_| "unknown".to_string())
}

/// Signs `user_id` in: a new session id (so a planted id is worthless), then the identity.
pub async fn start(session: &Session, user_id: i64, auth_version: i64) -> Result<(), AppError> {
    session.cycle_id().await.map_err(session_err)?;
    for key in LEFT_BEHIND {
        session.remove_value(key).await.map_err(session_err)?;
    }
    session.insert(USER_ID, user_id).await.map_err(session_err)?;
    session.insert(AUTH_AT, db::now()).await.map_err(session_err)?;
    session.insert(AUTH_VERSION, auth_version).await.map_err(session_err)?;
    Ok(())
}

/// Notes that this session came through the provider `slug`, and where its session ends (RP-initiated
/// logout), for sign-out.
pub async fn remember_provider(session: &Session, slug: &str, end_session: Option<String>) -> Result<(), AppError> {
    session.insert(SIGNED_IN_WITH, (slug.to_string(), end_session)).await.map_err(session_err)
}

/// The provider this session came through, and where its session ends, if it came through one.
pub async fn signed_in_with(session: &Session) -> Result<Option<(String, Option<String>)>, AppError> {
    session.get(SIGNED_IN_WITH).await.map_err(session_err)
}

/// Records a new auth version on this session after a password change, so it stays signed in while
/// every other session of the account ends.
pub async fn renew(session: &Session, auth_version: i64) -> Result<(), AppError> {
    session.cycle_id().await.map_err(session_err)?;
    session.insert(AUTH_VERSION, auth_version).await.map_err(session_err)
}

/// Ends the session and deletes it from the store.
pub async fn end(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(session_err)
}

/// The signed-in user, or `None` for a guest. An expired or outdated session is ended on the way.
/// Whether `session` names a member (without checking that the sign-in is still good: that is for
/// [`user_of`]). Reads no database for a visitor without a session.
pub async fn names_a_member(session: &Session) -> bool {
    member_named(session).await.is_some()
}

/// The member `session` names, unchecked as in [`names_a_member`].
pub async fn member_named(session: &Session) -> Option<i64> {
    session.get::<i64>(USER_ID).await.ok().flatten()
}

pub async fn current_user() -> Result<Option<CurrentUser>, AppError> {
    user_of(&session().await?, &app_state()?).await
}

/// The signed-in user of `session`, for handlers outside Leptos (the CSV export). An expired or outdated
/// session (a suspended, removed or re-passworded account) is emptied on the way: emptied, not flushed,
/// because a page's resources can still run while its HTML streams, after the session layer has looked at
/// the session; a flush then would take its id away under the layer (a 500 with "missing session id").
pub async fn user_of(session: &Session, state: &crate::state::AppState) -> Result<Option<CurrentUser>, AppError> {
    let Some(user_id) = session.get::<i64>(USER_ID).await.map_err(session_err)? else {
        return Ok(None);
    };
    let auth_at = session.get::<i64>(AUTH_AT).await.map_err(session_err)?.unwrap_or(0);
    if db::now() - auth_at > state.settings.session_absolute_secs {
        session.clear().await;
        return Ok(None);
    }
    let found = repo::user_by_id(&state.db, user_id).await?;
    let version = session.get::<i64>(AUTH_VERSION).await.map_err(session_err)?;
    match found {
        Some((user, current_version, last_seen)) if Some(current_version) == version => {
            // Written at most every five minutes a member, so reading pages stays read-only almost always.
            let now = db::now();
            if last_seen.is_none_or(|at| now - at >= SEEN_EVERY_SECS) {
                repo::seen(&state.db, user.id, now).await?;
            }
            Ok(Some(user))
        }
        _ => {
            session.clear().await;
            Ok(None)
        }
    }
}

/// The signed-in user, or `Unauthorized`.
pub async fn require_user() -> Result<CurrentUser, AppError> {
    current_user().await?.ok_or(AppError::Unauthorized)
}

/// The signed-in user with a confirmed address: what posting, stories, redeeming and surveys need.
pub async fn require_confirmed() -> Result<CurrentUser, AppError> {
    let user = require_user().await?;
    if user.verified {
        Ok(user)
    } else {
        Err(AppError::Unconfirmed)
    }
}

/// The signed-in user with a confirmed address who is not silenced: what writing a post or a story needs.
pub async fn require_voice() -> Result<CurrentUser, AppError> {
    let user = require_confirmed().await?;
    let state = app_state()?;
    match repo::restriction(&state.db, user.id, RestrictionKind::Silence, db::now()).await? {
        Some(silence) => Err(AppError::Restricted { message: silence.message(RestrictionKind::Silence) }),
        None => Ok(user),
    }
}

/// The signed-in user if their role allows `needed`; `Unauthorized` for guests, `Forbidden` otherwise.
pub async fn require_role(needed: Role) -> Result<CurrentUser, AppError> {
    let user = require_user().await?;
    if user.second_factor_due && needed != Role::Member {
        return Err(AppError::Restricted { message: t!("accounts-second-factor-due") });
    }
    if user.role.allows(needed) {
        Ok(user)
    } else {
        tracing::warn!(user_id = user.id, needed = needed.as_str(), "role check refused");
        Err(AppError::Forbidden)
    }
}

pub fn session_err(e: tower_sessions::session::Error) -> AppError {
    tracing::error!(error = %e, "session store failed");
    AppError::Internal
}
