//! What every request handler and server function can reach: the pool, the settings, the password hasher.
//! Built by the server at start-up (or by a test with a fresh database) and handed to Leptos as context.

use crate::{accounts::passwords::Passwords, db::Db, forum::limits::PostingPolicy};
use leptos::config::LeptosOptions;
use std::{net::IpAddr, sync::Arc};

/// Tunable behaviour, with defaults a small community can run as is.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Mark the session cookie `Secure` (serve over HTTPS).
    pub secure_cookies: bool,
    /// A session ends after this long without a request.
    pub session_idle_secs: i64,
    /// A session ends this long after sign-in, however active.
    pub session_absolute_secs: i64,
    /// Sign-in attempts allowed per email address in `limit_window_secs`.
    pub sign_in_per_email: u32,
    /// Sign-in attempts allowed per client address in `limit_window_secs`.
    pub sign_in_per_ip: u32,
    /// Sign-ups allowed per client address in an hour.
    pub sign_up_per_ip_hour: u32,
    /// Length of the sign-in rate-limit window.
    pub limit_window_secs: i64,
    /// Anti-spam limits on forum posting.
    pub posting: PostingPolicy,
    /// Posts (topics and replies) anyone may send in ten minutes.
    pub posts_per_ten_minutes: u32,
    /// `https://community.example.com`: the origin of absolute links (share links, Open Graph, embeds). When
    /// `None`, the request's Host is used.
    pub public_origin: Option<String>,
    /// The sites allowed to frame the testimonial embed (`frame-ancestors` sources); `*` for any.
    pub embed_origins: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            secure_cookies: false,
            session_idle_secs: 7 * 24 * 3600,
            session_absolute_secs: 30 * 24 * 3600,
            sign_in_per_email: 10,
            sign_in_per_ip: 50,
            sign_up_per_ip_hour: 10,
            limit_window_secs: 15 * 60,
            posting: PostingPolicy::default(),
            posts_per_ten_minutes: 30,
            public_origin: None,
            embed_origins: vec!["*".to_string()],
        }
    }
}

/// Shared by every request; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub passwords: Passwords,
    pub leptos_options: LeptosOptions,
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The client's address as the server decided it (the socket peer, or the proxy's `X-Forwarded-For` when
/// the operator said to trust it). Put in request extensions by the server.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

/// The state from Leptos context, inside a server function or a server-rendered page.
pub fn app_state() -> Result<AppState, crate::error::AppError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        crate::error::AppError::Internal
    })
}

/// The site's origin for absolute links: the configured public origin, else the scheme and Host of the
/// request being served.
pub fn site_origin(settings: &Settings) -> String {
    if let Some(origin) = &settings.public_origin {
        return origin.trim_end_matches('/').to_string();
    }
    let host = leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|p| p.headers.get(http::header::HOST).and_then(|h| h.to_str().ok()).map(str::to_string))
        .unwrap_or_else(|| "localhost".to_string());
    let scheme = if settings.secure_cookies { "https" } else { "http" };
    format!("{scheme}://{host}")
}
