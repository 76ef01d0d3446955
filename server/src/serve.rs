//! `chorus serve`: open the database, migrate, listen, and shut down gracefully.

use crate::mailer::{Mailer, MailerConfig};
use crate::{
    assets::Assets,
    cli::{Cli, ServeArgs},
    database,
    routes::{self, HttpConfig},
    security::SecurityConfig,
    sessions::Store,
    CliError,
};
use app::media::store::MediaStore;
use app::{
    accounts::passwords::Passwords,
    db::Db,
    forum::limits::PostingPolicy,
    state::{AppState, MailSettings, Settings},
};
use axum::serve::{ListenerExt, TapIo};
use leptos::config::LeptosOptions;
use std::{net::SocketAddr, path::Path, sync::Arc, time::Duration};
use tokio::net::{TcpListener, TcpStream};
use tower_sessions::ExpiredDeletion;

/// Everything `serve` needs, so tests can build the same server on port 0 with a fresh database.
pub struct ServerSetup {
    pub database_url: String,
    pub db_max_connections: u32,
    pub site_root: String,
    pub settings: Settings,
    pub http: HttpConfig,
    pub hash_concurrency: usize,
    /// The sender of this node, when an SMTP server is configured.
    pub mailer: Option<MailerConfig>,
    /// How often the courier and the webhook senders look for new work when there was none.
    pub courier_poll: Duration,
    /// Where pictures are kept: a folder, or `s3://bucket?endpoint=…`.
    pub uploads_url: String,
}

impl ServerSetup {
    pub fn from_args(cli: &Cli, args: &ServeArgs) -> Result<ServerSetup, CliError> {
        let public_origin = args.public_origin.as_deref().map(parse_public_origin).transpose()?;
        host_trust(args.addr, public_origin.as_deref())?;
        if args.addr.ip().is_loopback() && public_origin.is_some() && !args.trust_forwarded_for {
            // Behind a proxy on this machine every client arrives from 127.0.0.1: rate limits and the referral
            // burst screen would count everyone as one address.
            tracing::warn!(
                "listening on a loopback address with a public origin but without --trust-forwarded-for: if a                  proxy forwards to Chorus, every client shares one address for rate limits; set                  --trust-forwarded-for (CHORUS_TRUST_FORWARDED_FOR) behind your own proxy"
            );
        }
        // An https origin means a browser only ever reaches this server over TLS (through a proxy, say), so the
        // cookies can be Secure and HSTS sent without a second flag to forget.
        let secure = args.secure_cookies || public_origin.as_deref().is_some_and(|o| o.starts_with("https://"));
        let embed_origins = crate::routes::testimonials::parse_embed_origins(&args.embed_origins)?;
        let (mail, mailer) = mail_settings(args, public_origin.as_deref())?;
        Ok(ServerSetup {
            database_url: cli.database_url.clone(),
            db_max_connections: cli.db_max_connections,
            site_root: args.site_root.display().to_string(),
            settings: Settings {
                secure_cookies: secure,
                session_idle_secs: args.session_idle_hours * 3600,
                session_absolute_secs: args.session_max_days * 24 * 3600,
                sign_in_per_email: args.sign_in_limit,
                sign_in_per_ip: args.sign_in_ip_limit,
                sign_up_per_ip_hour: args.sign_up_limit,
                posting: PostingPolicy {
                    new_account_secs: args.new_account_hours * 3600,
                    new_account_topics: args.new_account_topics,
                    new_account_replies: args.new_account_replies,
                    new_account_reply_gap_secs: args.new_account_reply_gap,
                    new_account_links: usize::try_from(args.new_account_links).unwrap_or(usize::MAX),
                    topic_gap_secs: args.topic_gap,
                },
                posts_per_ten_minutes: args.posts_per_ten_minutes,
                public_origin: public_origin.clone(),
                embed_origins,
                mail,
                uploads_per_day: args.uploads_per_day,
                kept_html_mb: args.kept_html_mb,
                webhooks_allow_private: args.webhooks_allow_private,
                ..Settings::default()
            },
            http: HttpConfig {
                security: SecurityConfig { public_origin, secure, trust_forwarded_for: args.trust_forwarded_for },
                max_body_bytes: usize::try_from(args.max_body_bytes).unwrap_or(usize::MAX),
                session_idle_hours: args.session_idle_hours,
            },
            hash_concurrency: args.hash_concurrency as usize,
            mailer,
            courier_poll: Duration::from_secs(2),
            uploads_url: args.uploads_url.clone(),
        })
    }

    /// Opens and migrates the database, and builds the router.
    pub async fn build(self) -> Result<(axum::Router, AppState, Store), CliError> {
        let media = MediaStore::open(&self.uploads_url)?;
        let db = database::open(&self.database_url, self.db_max_connections).await?;
        let store = Store::new(&db);
        store.migrate().await.map_err(|e| format!("cannot create the session table: {e}"))?;
        let passwords = Passwords::new(self.hash_concurrency).map_err(|e| format!("argon2 self-test failed: {e}"))?;
        let assets = Assets::read(Path::new(&self.site_root))?;
        if !assets.hashed {
            tracing::info!(
                "no pkg/manifest.json in the site root: browser assets served by their plain names, not cached"
            );
        }
        let leptos_options = LeptosOptions::builder()
            .output_name(assets.script.as_str())
            .site_root(self.site_root.as_str())
            .site_pkg_dir("pkg")
            .build();
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let renderer = app::markdown::Renderer::new(cores);
        if let Some(config) = self.mailer {
            Mailer::new(config)?.spawn(db.clone());
        }
        spawn_courier(db.clone(), self.settings.mail.clone(), self.courier_poll);
        crate::webhooks::Sender::new(self.settings.webhooks_allow_private, self.courier_poll)?.spawn(db.clone());
        let stylesheet = assets.stylesheet_href().into();
        let state =
            AppState { db, settings: Arc::new(self.settings), passwords, renderer, media, leptos_options, stylesheet };
        let router = routes::build(state.clone(), store.clone(), self.http, assets);
        Ok((router, state, store))
    }
}

/// What emails need from the flags: with `--smtp-url`, a sender (which needs `--mail-from` and
/// `--public-origin`); without, emails are kept for /admin/mail and their links use the loopback address.
fn mail_settings(
    args: &ServeArgs,
    public_origin: Option<&str>,
) -> Result<(MailSettings, Option<MailerConfig>), String> {
    let from = args.mail_from.as_deref().map(crate::mailer::parse_from).transpose()?;
    let community = from.as_ref().map_or_else(|| "Chorus".to_string(), crate::mailer::community_name);
    let origin = public_origin.map_or_else(|| format!("http://{}", args.addr), str::to_string);
    let Some(url) = args.smtp_url.clone().filter(|u| !u.trim().is_empty()) else {
        return Ok((MailSettings { community, origin, delivers: false }, None));
    };
    if public_origin.is_none() {
        return Err("--smtp-url is set but --public-origin is not: links in emails (password resets, confirmations)                     must point at the address people use, never at whatever Host a request names; set                     --public-origin (or CHORUS_PUBLIC_ORIGIN), e.g. https://community.example.com"
            .to_string());
    }
    let Some(from) = from else {
        return Err("--smtp-url is set but --mail-from is not: set who emails come from (or CHORUS_MAIL_FROM),                     e.g. --mail-from \"Acme Community <community@example.com>\""
            .to_string());
    };
    let config = MailerConfig::new(url, from);
    crate::mailer::transport_check(&config)?;
    Ok((MailSettings { community, origin, delivers: true }, Some(config)))
}

/// Checks `--public-origin`: `http://` or `https://`, then a host ([`app::state::is_authority`]: a name, an IPv4
/// address or a bracketed IPv6 address, with an optional port) and nothing else but an optional trailing `/`.
/// Returns it without that slash.
pub fn parse_public_origin(raw: &str) -> Result<String, String> {
    let origin = raw.strip_suffix('/').unwrap_or(raw);
    let authority = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"));
    match authority {
        Some(authority) if app::state::is_authority(authority) => Ok(origin.to_string()),
        _ => Err(format!(
            "--public-origin {raw:?} must be http:// or https:// and a host with an optional port, and no path, \
             like https://community.example.com"
        )),
    }
}

/// Without a public origin, absolute links (feeds, share and referral links, embeds) and the cross-site check
/// are built from the request's Host header, which any client chooses. That is fine on a loopback address,
/// where only this machine connects (a warning says so); on any other address start-up is refused.
fn host_trust(addr: SocketAddr, public_origin: Option<&str>) -> Result<(), String> {
    if public_origin.is_some() {
        return Ok(());
    }
    if !addr.ip().is_loopback() {
        return Err(format!(
            "{addr} can be reached from other machines, and no public origin is set, so links and feeds would \
             be built from whatever Host header a client sends: set --public-origin (or CHORUS_PUBLIC_ORIGIN) to \
             the address people use, e.g. --public-origin https://community.example.com"
        ));
    }
    tracing::warn!(
        %addr,
        "no public origin is set: links and feeds use the request's Host header; fine on this machine, but set \
         --public-origin (or CHORUS_PUBLIC_ORIGIN) before exposing Chorus"
    );
    Ok(())
}

pub async fn run(cli: &Cli, args: &ServeArgs) -> Result<(), CliError> {
    let pkg = Path::new(&args.site_root).join("pkg");
    if !pkg.join("manifest.json").exists() && !pkg.join("chorus.js").exists() {
        tracing::warn!(site_root = %args.site_root.display(), "browser assets not found: pages will work without JavaScript only (run `make build`)");
    }
    let setup = ServerSetup::from_args(cli, args)?;
    let (router, state, store) = setup.build().await?;
    warn_about_demo_accounts(&state.db).await;
    let listener = no_delay(TcpListener::bind(args.addr).await.map_err(|e| {
        format!("cannot listen on {}: {e} (is another server using that port? choose another with --addr)", args.addr)
    })?);
    spawn_housekeeping(state.clone(), store);
    spawn_referral_payer(state.clone());
    spawn_group_sync(state.clone());
    spawn_digest(state.clone());
    tracing::info!(addr = %args.addr, backend = ?state.db.backend(), "Chorus is listening on http://{}", args.addr);
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| format!("server error: {e}"))?;
    state.db.close().await;
    tracing::info!("stopped cleanly");
    Ok(())
}

/// The demo seed's email domain: its accounts share [`crate::seed::DEMO_PASSWORD`], which is published.
const DEMO_EMAIL_DOMAIN: &str = "demo.chorus.test";

/// Says loudly at start-up when demo accounts exist: anyone who has read the README can sign in as them, the
/// demo admin included.
async fn warn_about_demo_accounts(db: &Db) {
    match app::admin::repo::active_accounts_at(db, DEMO_EMAIL_DOMAIN).await {
        Ok(0) => {}
        Ok(accounts) => tracing::warn!(
            accounts,
            "DEMO ACCOUNTS PRESENT: {accounts} account(s) @{DEMO_EMAIL_DOMAIN} sign in with the public demo password \
             {:?}; remove them (give admins another role first) before real people use this portal",
            crate::seed::DEMO_PASSWORD
        ),
        Err(e) => tracing::warn!(error = %e, "could not check for demo accounts"),
    }
}

/// Turns new notifications into emails on this node (every node runs one; they share the work).
pub fn spawn_courier(db: Db, mail: MailSettings, poll: Duration) {
    tokio::spawn(async move {
        loop {
            let handled = match app::notifications::courier::run_once(&db, &mail, 200, app::db::now()).await {
                Ok(n) => n,
                Err(e) => {
                    tracing::warn!(error = %e, "could not turn notifications into emails");
                    0
                }
            };
            if handled < 200 {
                tokio::time::sleep(poll).await;
            }
        }
    });
}

/// Writes the daily and weekly digests that are due, every ten minutes. Safe on several nodes: each member
/// is claimed by a guarded update in the transaction that writes their digest.
pub fn spawn_digest(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(600));
        tick.tick().await;
        loop {
            tick.tick().await;
            let started = std::time::Instant::now();
            match app::digest::run(&state.db, &state.settings.mail, app::db::now(), 500).await {
                Ok(run) if run.sent > 0 => {
                    tracing::info!(
                        sent = run.sent,
                        considered = run.considered,
                        secs = started.elapsed().as_secs(),
                        "digests written"
                    )
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not write the digests"),
            }
        }
    });
}

/// Pays referrals whose hold has passed (or that the daily cap deferred) every minute. Safe on several nodes:
/// each payment is a guarded update with a ledger key.
pub fn spawn_referral_payer(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            match app::referrals::repo::settle_due(&state.db, app::db::now()).await {
                Ok(0) => {}
                Ok(paid) => tracing::info!(paid, "referral rewards paid"),
                Err(e) => tracing::warn!(error = %e, "could not pay due referrals"),
            }
        }
    });
}

/// Applies the groups' rules (email domains, levels) every minute. Safe on several nodes: the statements are
/// set-based and idempotent.
pub fn spawn_group_sync(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            match app::groups::repo::sync_rules(&state.db, app::db::now()).await {
                Ok((0, 0)) => {}
                Ok((added, removed)) => tracing::info!(added, removed, "group rules applied"),
                Err(e) => tracing::warn!(error = %e, "could not apply the group rules"),
            }
        }
    });
}

/// Deletes expired sessions, old rate-limit windows, week-old API answers and month-old sent emails and
/// webhook deliveries every hour.
pub fn spawn_housekeeping(state: AppState, store: Store) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(error = %e, "could not delete expired sessions");
            }
            if let Err(e) = app::rate_limit::prune(&state.db).await {
                tracing::warn!(error = %e, "could not prune rate limits");
            }
            if let Err(e) = app::api_tokens::repo::prune(&state.db, app::db::now()).await {
                tracing::warn!(error = %e, "could not prune kept API answers");
            }
            // Settled webhook deliveries stay in the endpoints' logs for a month.
            if let Err(e) = app::webhooks::repo::prune(&state.db, app::db::now() - 30 * 24 * 3600).await {
                tracing::warn!(error = %e, "could not prune the webhook log");
            }
            // Sent emails are kept a month for /admin/mail; their links have long expired by then.
            match app::media::sweep::sweep(&state, 500).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(removed = n, "removed pictures nothing uses"),
                Err(e) => tracing::warn!(error = %e, "could not sweep unused pictures"),
            }
            if let Err(e) = app::mail::outbox::prune_sent(&state.db, app::db::now() - 30 * 24 * 3600).await {
                tracing::warn!(error = %e, "could not prune sent emails");
            }
        }
    });
}

/// What `chorus serve` (and the baseline, and the tests' servers) accept connections on: every accepted
/// connection sends what it is given at once (`TCP_NODELAY`). A page streamed in order goes out in pieces; with
/// Nagle's algorithm on, the pieces after the first waited, together, for the client to acknowledge the first,
/// which its TCP stack delays (40 ms or more on Linux, up to 200 ms on Windows).
pub type NoDelayListener = TapIo<TcpListener, fn(&mut TcpStream)>;

/// `listener`, with [`TCP_NODELAY`](NoDelayListener) on each connection it accepts.
pub fn no_delay(listener: TcpListener) -> NoDelayListener {
    fn set(tcp: &mut TcpStream) {
        // A socket that refuses the option is served all the same.
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "could not set TCP_NODELAY on a connection");
        }
    }
    listener.tap_io(set as fn(&mut TcpStream))
}

/// Resolves on Ctrl-C or SIGTERM; in-flight requests then finish before the process exits.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    /// Streamed pages waited ~40 ms each with Nagle's algorithm on (docs/PERFORMANCE.md, "A streamed page's
    /// pieces…").
    #[tokio::test]
    async fn every_accepted_connection_sends_without_waiting() {
        use axum::serve::Listener as _;
        let mut listener = no_delay(TcpListener::bind("127.0.0.1:0").await.expect("bind"));
        let addr = listener.local_addr().expect("address");
        let client = tokio::spawn(TcpStream::connect(addr));
        let (accepted, _) = listener.accept().await;
        let _client = client.await.expect("join").expect("connect");
        assert!(accepted.nodelay().expect("read TCP_NODELAY"), "an accepted connection waits to fill segments");
    }

    #[test]
    fn a_public_origin_is_a_scheme_and_a_host_with_nothing_else() {
        for (raw, kept) in [
            ("https://community.example.com", "https://community.example.com"),
            ("https://community.example.com/", "https://community.example.com"),
            ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
            ("http://[::1]:8080/", "http://[::1]:8080"),
        ] {
            assert_eq!(parse_public_origin(raw).as_deref(), Ok(kept), "{raw}");
        }
        // The old check sliced `origin[8..]`: it panicked on "http://" and on a multi-byte character there.
        for bad in [
            "http://",
            "https://",
            "http://é.example",
            "http://:80",
            "ftp://example.com",
            "example.com",
            "https://example.com/forum",
            "https://example.com//",
            "https://user@example.com",
            "https://example.com:99999",
            "https://example.com?x=1",
            "https://exa mple.com",
            "https://example.com\"><x",
        ] {
            let refusal = parse_public_origin(bad).expect_err(bad);
            assert!(refusal.contains("like https://community.example.com"), "{refusal}");
        }
    }

    fn serve(args: &[&str]) -> ServerSetup {
        let cli = Cli::try_parse_from([&["chorus", "serve"], args].concat()).expect("flags parse");
        let crate::cli::Command::Serve(serve) = &cli.command else { unreachable!("serve") };
        ServerSetup::from_args(&cli, serve).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn an_https_public_origin_turns_on_secure_cookies_and_hsts() {
        let https = serve(&["--public-origin", "https://community.example.com/"]);
        assert!(https.settings.secure_cookies && https.http.security.secure);
        assert_eq!(https.settings.public_origin.as_deref(), Some("https://community.example.com"));
        let http = serve(&["--public-origin", "http://127.0.0.1:3000"]);
        assert!(!http.settings.secure_cookies && !http.http.security.secure);
        let asked = serve(&["--public-origin", "http://127.0.0.1:3000", "--secure-cookies"]);
        assert!(asked.settings.secure_cookies && asked.http.security.secure);
    }

    #[test]
    fn email_is_kept_without_smtp_and_sending_needs_an_origin_and_a_sender() {
        let kept = serve(&[]);
        assert!(!kept.settings.mail.delivers && kept.mailer.is_none());
        assert_eq!(kept.settings.mail.origin, "http://127.0.0.1:3000");
        assert_eq!(kept.settings.mail.community, "Chorus");
        let sending = serve(&[
            "--smtp-url",
            "smtp://127.0.0.1:2525",
            "--mail-from",
            "Acme Community <community@example.com>",
            "--public-origin",
            "https://community.example.com",
        ]);
        assert!(sending.settings.mail.delivers && sending.mailer.is_some());
        assert_eq!(sending.settings.mail.origin, "https://community.example.com");
        assert_eq!(sending.settings.mail.community, "Acme Community");
        let refused = |args: &[&str]| {
            let cli = Cli::try_parse_from([&["chorus", "serve"], args].concat()).expect("flags parse");
            let crate::cli::Command::Serve(serve) = &cli.command else { unreachable!("serve") };
            ServerSetup::from_args(&cli, serve).err().expect("refused").to_string()
        };
        let no_origin = refused(&["--smtp-url", "smtp://127.0.0.1:2525", "--mail-from", "a@example.com"]);
        assert!(no_origin.contains("--public-origin"), "{no_origin}");
        let no_from = refused(&["--smtp-url", "smtp://127.0.0.1:2525", "--public-origin", "https://c.example.com"]);
        assert!(no_from.contains("--mail-from"), "{no_from}");
        let bad_url = refused(&[
            "--smtp-url",
            "mail.example.com",
            "--mail-from",
            "a@example.com",
            "--public-origin",
            "https://c.example.com",
        ]);
        assert!(bad_url.contains("smtp://"), "{bad_url}");
    }

    #[test]
    fn without_a_public_origin_only_a_loopback_address_may_serve() {
        let at = |a: &str| a.parse::<SocketAddr>().unwrap();
        assert!(host_trust(at("127.0.0.1:3000"), None).is_ok());
        assert!(host_trust(at("[::1]:3000"), None).is_ok());
        for open in ["0.0.0.0:3000", "192.168.1.5:3000", "[::]:3000"] {
            let refusal = host_trust(at(open), None).unwrap_err();
            assert!(refusal.contains("--public-origin (or CHORUS_PUBLIC_ORIGIN)"), "{refusal}");
            assert!(host_trust(at(open), Some("https://community.example.com")).is_ok());
        }
    }
}
