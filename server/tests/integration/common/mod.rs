//! A real server on port 0 with a fresh database of either backend, driven over HTTP.
#![allow(dead_code)]

pub mod nodes;
pub mod oidc;
pub mod points;
pub mod receiver;
pub mod s3;
pub mod smtp;

use app::state::Settings;
use server::{routes::HttpConfig, security::SecurityConfig, serve, serve::ServerSetup};
use std::net::SocketAddr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub addr: SocketAddr,
    pub base: String,
    pub state: app::state::AppState,
    /// The database URL the app runs on.
    pub database_url: String,
    /// The SMTP server this app sends to, for apps spawned with [`spawn_app_with_mail`].
    pub smtp: Option<smtp::SmtpServer>,
    _db: TestDb,
    _uploads: Option<TestFolder>,
}

/// A folder that exists for one test (its upload store) and is removed afterwards.
pub struct TestFolder(pub std::path::PathBuf);

impl TestFolder {
    pub fn new() -> TestFolder {
        TestFolder(std::env::temp_dir().join(format!("{}_uploads", unique_name())))
    }
}

impl Drop for TestFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A database that exists for one test and is removed afterwards.
pub enum TestDb {
    Sqlite(std::path::PathBuf),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match self {
            TestDb::Sqlite(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            TestDb::Postgres { admin_url, name } => {
                let (admin_url, name) = (admin_url.clone(), name.clone());
                // Drop runs outside async: use a throwaway runtime on its own thread.
                let _ = std::thread::spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
                    rt.block_on(async {
                        use sqlx::Connection;
                        if let Ok(mut c) = sqlx::PgConnection::connect(&admin_url).await {
                            let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                            let _ = sqlx::query(&sql).execute(&mut c).await;
                        }
                    });
                })
                .join();
            }
        }
    }
}

fn unique_name() -> String {
    use rand::Rng;
    format!("chorus_test_{}_{:08x}", std::process::id(), rand::thread_rng().gen::<u32>())
}

pub async fn fresh_database(backend: Backend) -> (String, TestDb) {
    match backend {
        Backend::Sqlite => {
            let dir = std::env::temp_dir().join(unique_name());
            let url = format!("sqlite://{}/chorus.db", dir.display());
            (url, TestDb::Sqlite(dir))
        }
        Backend::Postgres => {
            let admin_url = std::env::var("CHORUS_TEST_PG_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string());
            use sqlx::Connection;
            let mut c = sqlx::PgConnection::connect(&admin_url).await.unwrap_or_else(|e| {
                panic!("PostgreSQL tests need a server at {admin_url} (set CHORUS_TEST_PG_URL): {e}")
            });
            let name = unique_name();
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut c).await.expect("create test database");
            let base = admin_url.rsplit_once('/').map(|(b, _)| b.to_string()).expect("database URL has a path");
            (format!("{base}/{name}"), TestDb::Postgres { admin_url, name })
        }
    }
}

/// Test settings: production defaults, except that accounts are not "new" for the forum's anti-spam limits
/// (tests that check those limits ask for `Settings::default()`).
pub fn test_settings() -> Settings {
    let mut settings = Settings::default();
    settings.posting.new_account_secs = 0;
    settings.posting.topic_gap_secs = 0;
    // Tests sign up many members from one address.
    settings.sign_up_per_ip_hour = 1000;
    // Webhook receivers in tests listen on loopback.
    settings.webhooks_allow_private = true;
    settings
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, test_settings()).await
}

pub async fn spawn_app_with(backend: Backend, settings: Settings) -> TestApp {
    spawn(backend, settings, None, None).await
}

/// An app whose upload store is `uploads_url` (an S3 bucket, say) instead of a folder of its own.
pub async fn spawn_app_with_uploads(backend: Backend, settings: Settings, uploads_url: String) -> TestApp {
    spawn(backend, settings, None, Some(uploads_url)).await
}

/// An app that sends its email to a real SMTP server of its own (aiosmtpd on loopback).
pub async fn spawn_app_with_mail(backend: Backend, settings: Settings) -> TestApp {
    let smtp = smtp::SmtpServer::start().await;
    let from = server::mailer::parse_from("Chorus Test <community@example.com>").expect("from");
    let mut mailer = server::mailer::MailerConfig::new(smtp.url(), from);
    mailer.idle_poll = std::time::Duration::from_millis(20);
    spawn(backend, settings, Some((smtp, mailer)), None).await
}

async fn spawn(
    backend: Backend,
    mut settings: Settings,
    mail: Option<(smtp::SmtpServer, server::mailer::MailerConfig)>,
    uploads_url: Option<String>,
) -> TestApp {
    let folder = uploads_url.is_none().then(TestFolder::new);
    let uploads_url =
        uploads_url.unwrap_or_else(|| folder.as_ref().map(|f| f.0.display().to_string()).unwrap_or_default());
    let (url, guard) = fresh_database(backend).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
    let addr = listener.local_addr().expect("local addr");
    let base = format!("http://{addr}");
    // Links in emails start with the configured origin: here, the test server's own address.
    settings.mail.origin = base.clone();
    let (smtp, mailer) = match mail {
        Some((smtp, config)) => {
            settings.mail.delivers = true;
            settings.mail.community = server::mailer::community_name(&config.from);
            (Some(smtp), Some(config))
        }
        None => (None, None),
    };
    let database_url = url.clone();
    let setup = ServerSetup {
        database_url: url,
        db_max_connections: 8,
        site_root: std::env::temp_dir().display().to_string(),
        settings,
        http: HttpConfig {
            security: SecurityConfig { public_origin: None, secure: false, trust_forwarded_for: false },
            max_body_bytes: 1024 * 1024,
            session_idle_hours: 24,
        },
        hash_concurrency: 2,
        mailer,
        courier_poll: std::time::Duration::from_millis(20),
        uploads_url,
    };
    let (router, state, _store) = setup.build().await.expect("server builds");
    tokio::spawn(async move {
        let service = router.into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(serve::no_delay(listener), service).await.expect("serve");
    });
    TestApp { addr, base, state, database_url, smtp, _db: guard, _uploads: folder }
}

/// The id of the newest email in the outbox (0 when it is empty).
pub async fn last_mail_id(db: &app::db::Db) -> i64 {
    let sql = "SELECT COALESCE(MAX(id), 0) FROM mail_outbox";
    app::on_db!(db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect("last mail id")
}

/// The token in the newest email of `kind` to `email` written after `after_id`, read from the outbox (the
/// email itself, as the member would get it), if there is one.
pub async fn token_in_mail(db: &app::db::Db, email: &str, kind: &str, after_id: i64) -> Option<String> {
    let found = app::mail::outbox::latest_to(db, &email.to_lowercase(), kind).await.expect("outbox");
    let (id, text) = found?;
    (id > after_id).then(|| token_of(&text))
}

/// The `token=` value of the first link in an email's text.
pub fn token_of(text: &str) -> String {
    let at = text.find("token=").unwrap_or_else(|| panic!("no link with a token in:\n{text}")) + "token=".len();
    text[at..].chars().take_while(char::is_ascii_hexdigit).collect()
}

/// Signs up at `base` and opens the confirmation link the way the member would, so `client` ends signed in
/// with a confirmed address. Returns the sign-up's response.
pub async fn sign_up_at(
    db: &app::db::Db,
    base: &str,
    client: &reqwest::Client,
    email: &str,
    name: &str,
    password: &str,
) -> reqwest::Response {
    let before = last_mail_id(db).await;
    let form = [("email", email), ("display_name", name), ("password", password)];
    let res = call_at(base, client, "join/sign_up", &form).await;
    if res.status() == 200 {
        if let Some(token) = token_in_mail(db, email, "verify", before).await {
            let confirmed = call_at(base, client, "recovery/confirm_email", &[("token", &token)]).await;
            assert_eq!(confirmed.status(), 200, "confirming {email}: {}", confirmed.text().await.unwrap_or_default());
        }
    }
    res
}

impl TestApp {
    /// A browser-like client: keeps cookies, does not follow redirects (tests look at them).
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            // A stuck request fails its test with the request named, instead of waiting for the test limit.
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .expect("client")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Calls a server function the way the hydrated page does (form-encoded in, JSON out).
    pub async fn call(&self, client: &reqwest::Client, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        call_at(&self.base, client, endpoint, form).await
    }

    /// Signs up and confirms the address from the confirmation email, so `client` is signed in (what a
    /// member does in two steps). Returns the sign-up's response.
    pub async fn sign_up(
        &self,
        client: &reqwest::Client,
        email: &str,
        name: &str,
        password: &str,
    ) -> reqwest::Response {
        sign_up_at(&self.state.db, &self.base, client, email, name, password).await
    }

    /// Only the sign-up call: no confirmation, nobody signed in.
    pub async fn sign_up_only(
        &self,
        client: &reqwest::Client,
        email: &str,
        name: &str,
        password: &str,
    ) -> reqwest::Response {
        self.call(client, "join/sign_up", &[("email", email), ("display_name", name), ("password", password)]).await
    }

    pub async fn sign_in(&self, client: &reqwest::Client, email: &str, password: &str) -> reqwest::Response {
        self.call(client, "accounts/sign_in", &[("email", email), ("password", password)]).await
    }

    /// The signed-in user as the server sees it (JSON), or `null`.
    pub async fn me(&self, client: &reqwest::Client) -> serde_json::Value {
        self.call(client, "accounts/get_me", &[]).await.json().await.expect("json")
    }

    pub async fn count(&self, table: &str) -> i64 {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        app::on_db!(&self.state.db, p => sqlx::query_scalar::<_, i64>(&sql).fetch_one(p).await).expect("count")
    }
}

/// Calls a server function of the server at `base` (such as a `chorus serve` process a test started).
pub async fn call_at(base: &str, client: &reqwest::Client, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client
        .post(format!("{base}/api/{endpoint}"))
        .header("origin", base)
        .header("accept", "application/json")
        .form(form)
        .send()
        .await
        .expect("request")
}

/// Runs each named test once per backend: `both_backends!(a, b);` makes `sqlite::a`, `postgres::a`, ….
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
               async fn $name() {
                   let app = $crate::common::spawn_app($crate::common::Backend::Sqlite).await;
                   $crate::common::within_limit(stringify!($name), super::$name(app)).await
               } )*
        }
        mod postgres {
            $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
               async fn $name() {
                   let app = $crate::common::spawn_app($crate::common::Backend::Postgres).await;
                   $crate::common::within_limit(stringify!($name), super::$name(app)).await
               } )*
        }
    };
}

/// Runs a test, failing it (rather than hanging the whole suite) if it takes more than three minutes.
pub async fn within_limit(name: &str, test: impl std::future::Future<Output = ()>) {
    if tokio::time::timeout(std::time::Duration::from_secs(180), test).await.is_err() {
        panic!("{name} did not finish within 180 s: something is stuck (a lock, a pool, a request)");
    }
}

/// The value of the session cookie in a response, if it sets one.
pub fn session_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("chorus_session="))
        .map(str::to_string)
}

impl TestApp {
    /// Gives an existing account a role directly in the database (what `chorus create-admin` does).
    pub async fn set_role(&self, email: &str, role: &str) {
        let sql = "UPDATE users SET role = $1 WHERE email = $2";
        app::on_db!(&self.state.db, p => sqlx::query(sql).bind(role).bind(email).execute(p).await.map(|_| ()))
            .expect("set role");
    }

    /// A signed-in client for a new account with the given role.
    pub async fn member(&self, email: &str, role: &str) -> reqwest::Client {
        let c = self.client();
        let res = self.sign_up(&c, email, "Someone", "a long enough passphrase").await;
        assert_eq!(res.status(), 200);
        if role != "member" {
            self.set_role(email, role).await;
        }
        c
    }

    /// The SMTP server of an app made by `spawn_app_with_mail`.
    pub fn mailbox(&self) -> &smtp::SmtpServer {
        self.smtp.as_ref().expect("an app with mail")
    }

    /// The database this app runs on.
    pub fn backend(&self) -> Backend {
        match self.state.db {
            app::db::Db::Sqlite(..) => Backend::Sqlite,
            app::db::Db::Postgres(_) => Backend::Postgres,
        }
    }

    pub async fn user_id(&self, email: &str) -> i64 {
        let sql = "SELECT id FROM users WHERE email = $1";
        app::on_db!(&self.state.db, p => sqlx::query_scalar::<_, i64>(sql).bind(email).fetch_one(p).await)
            .expect("user id")
    }
}

/// Like [`both_backends!`], with a real SMTP server (aiosmtpd) beside each app: `app.smtp` reads what arrived.
macro_rules! with_mail {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
               async fn $name() {
                   let app = $crate::common::spawn_app_with_mail($crate::common::Backend::Sqlite, $crate::common::test_settings()).await;
                   $crate::common::within_limit(stringify!($name), super::$name(app)).await
               } )*
        }
        mod postgres {
            $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
               async fn $name() {
                   let app = $crate::common::spawn_app_with_mail($crate::common::Backend::Postgres, $crate::common::test_settings()).await;
                   $crate::common::within_limit(stringify!($name), super::$name(app)).await
               } )*
        }
    };
}

/// A server function's JSON answer; a body that is not JSON fails the test with its status and text.
/// Posts a multipart form to `path` as a browser does: text `fields`, then a CSV `file` field.
pub async fn post_multipart(
    app: &TestApp,
    c: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
    file: &str,
) -> reqwest::Response {
    let b = "chorus-test-boundary";
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!("--{b}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"));
    }
    body.push_str(&format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rows.csv\"\r\nContent-Type: text/csv\r\n\r\n{file}\r\n--{b}--\r\n"
    ));
    c.post(app.url(path))
        .header("origin", &app.base)
        .header("content-type", format!("multipart/form-data; boundary={b}"))
        .body(body)
        .send()
        .await
        .unwrap()
}

pub async fn json(res: reqwest::Response) -> serde_json::Value {
    let status = res.status();
    let text = res.text().await.expect("body");
    serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON ({status}): {text}"))
}
