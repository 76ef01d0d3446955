//! What every request handler and server function can reach: the pool, the settings, the password hasher.
//! Built by the server at start-up (or by a test with a fresh database) and handed to Leptos as context.

use crate::{
    accounts::passwords::Passwords, db::Db, forum::limits::PostingPolicy, markdown::Renderer, media::store::MediaStore,
};
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
    /// Failed sign-ins allowed per email and client address in `limit_window_secs`.
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
    /// Markdown previews a member may ask for in a minute.
    pub previews_per_minute: u32,
    /// `https://community.example.com`: the origin of absolute links (share links, Open Graph, embeds). When
    /// `None`, the request's Host is used.
    pub public_origin: Option<String>,
    /// The sites allowed to frame the testimonial embed (`frame-ancestors` sources); `*` for any.
    pub embed_origins: Vec<String>,
    /// What emails say about the community and whether they are sent.
    pub mail: MailSettings,
    /// Password-reset and confirmation emails one address (and one client address) may ask for in an hour.
    pub mail_requests_per_hour: u32,
    /// Pictures a member (not an admin) may upload in a day.
    pub uploads_per_day: u32,
    /// Webhook endpoints may be on loopback or private addresses (`--webhooks-allow-private`).
    pub webhooks_allow_private: bool,
    /// Megabytes of rendered HTML kept for visitors' pages, per kind of page (`--kept-html-mb`; see
    /// `common::rendered`); 0 keeps none.
    pub kept_html_mb: u32,
}

/// What every email needs: the community's name, the origin its links start with, and whether a sender
/// delivers it.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// Shown in the From display name and every subject.
    pub community: String,
    /// `https://community.example.com`: links in emails start with it. It comes from `--public-origin` (or the
    /// loopback address the server listens on), never from a request's Host header.
    pub origin: String,
    /// An SMTP server is configured: emails are queued for it. Otherwise they are kept for /admin/mail.
    pub delivers: bool,
}

impl Default for MailSettings {
    fn default() -> Self {
        MailSettings { community: "Chorus".to_string(), origin: "http://127.0.0.1:3000".to_string(), delivers: false }
    }
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
            previews_per_minute: 20,
            public_origin: None,
            embed_origins: vec!["*".to_string()],
            mail: MailSettings::default(),
            mail_requests_per_hour: 5,
            uploads_per_day: 50,
            webhooks_allow_private: false,
            kept_html_mb: 16,
        }
    }
}

/// Shared by every request; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub passwords: Passwords,
    /// Markdown rendering, off the runtime and bounded.
    pub renderer: Renderer,
    /// Where pictures are kept: a folder, or a bucket shared by every node.
    pub media: MediaStore,
    pub leptos_options: LeptosOptions,
    /// The style sheet's address (`/pkg/chorus-<hash>.css`), named after its content by the build.
    pub stylesheet: Arc<str>,
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
/// request being served (see [`origin_for`]).
pub fn site_origin(settings: &Settings) -> String {
    let origin = |host: Option<&str>| origin_for(settings.public_origin.as_deref(), settings.secure_cookies, host);
    leptos::prelude::with_context(|p: &http::request::Parts| {
        origin(p.headers.get(http::header::HOST).and_then(|h| h.to_str().ok()))
    })
    .unwrap_or_else(|| origin(None))
}

/// The origin absolute links are built on (feeds, share, referral and API links): `public_origin` when one is
/// configured, else `http(s)://` and the request's `Host`. The Host is whatever the client sent, so it is
/// used only when it is a plain authority ([`is_authority`]); anything else (quotes, angle brackets, a path,
/// user info) gives `http(s)://localhost` rather than reaching a page, a feed or a link.
pub fn origin_for(public_origin: Option<&str>, https: bool, host: Option<&str>) -> String {
    if let Some(origin) = public_origin {
        return origin.trim_end_matches('/').to_string();
    }
    let scheme = if https { "https" } else { "http" };
    let host = host.filter(|h| is_authority(h)).unwrap_or("localhost");
    format!("{scheme}://{host}")
}

/// Whether `text` is a host with an optional port and nothing else: a DNS name (letters, digits and hyphens
/// in dot-separated labels), an IPv4 address, or an IPv6 address in brackets; then `:` and a port number.
pub fn is_authority(text: &str) -> bool {
    let (name, port) = match text.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((v6, after)) if v6.parse::<std::net::Ipv6Addr>().is_ok() => (None, after),
            _ => return false,
        },
        None => {
            let (name, port) = text.find(':').map_or((text, ""), |at| text.split_at(at));
            (Some(name), port)
        }
    };
    let is_port =
        |d: &str| !d.is_empty() && d.len() <= 5 && d.bytes().all(|b| b.is_ascii_digit()) && d.parse::<u16>().is_ok();
    let port_ok = port.is_empty() || port.strip_prefix(':').is_some_and(is_port);
    port_ok && name.is_none_or(is_host_name)
}

fn is_host_name(host: &str) -> bool {
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    !host.is_empty() && host.len() <= 253 && host.split('.').all(label_ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_host_and_port_is_an_authority() {
        for ok in
            ["localhost", "localhost:3000", "community.example.com", "127.0.0.1:8080", "[::1]", "[::1]:3000", "a-b.c1"]
        {
            assert!(is_authority(ok), "{ok}");
        }
    }

    #[test]
    fn anything_else_in_a_host_is_refused() {
        for bad in [
            "",
            "evil.example\"><script>",
            "evil.example/path",
            "user@evil.example",
            "evil.example:",
            "evil.example:99999",
            "evil.example:+80",
            "evil.example:80:80",
            "-evil.example",
            "evil..example",
            "[::1",
            "[not-v6]:80",
            "[::1]x",
            "évil.example",
            "evil example",
        ] {
            assert!(!is_authority(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_forged_host_never_reaches_a_link() {
        assert_eq!(origin_for(None, false, Some("127.0.0.1:3000")), "http://127.0.0.1:3000");
        assert_eq!(origin_for(None, true, Some("evil.example\"><script>")), "https://localhost");
        assert_eq!(origin_for(None, false, None), "http://localhost");
        assert_eq!(origin_for(Some("https://c.example.com/"), false, Some("evil\"")), "https://c.example.com");
    }
}
