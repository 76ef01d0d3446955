//! The `chorus` binary from the outside: bad settings are named on the console and store nothing.

use std::{
    io::Write,
    process::{Command, Output, Stdio},
    time::Duration,
};

fn chorus(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(args)
        .env_remove("CHORUS_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chorus runs");
    if let Some(text) = stdin {
        child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("chorus finishes")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let dir = std::env::temp_dir().join(format!("chorus-cli-{}-{}", std::process::id(), rand::random::<u32>()));
        TempDir(dir)
    }
    fn url(&self) -> String {
        format!("sqlite://{}/chorus.db", self.0.display())
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_malformed_database_url_is_named() {
    let out = chorus(&["--database-url", "mysql://localhost/chorus", "migrate"], None);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("must start with sqlite:// or postgres://"), "{}", stderr(&out));
}

#[test]
fn an_unwritable_data_folder_is_named() {
    let out = chorus(&["--database-url", "sqlite:///proc/chorus-cannot-be-here/chorus.db", "migrate"], None);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("cannot create the data folder /proc/chorus-cannot-be-here"), "{}", stderr(&out));
}

#[test]
fn an_unreachable_postgres_is_named_without_its_password() {
    let out = chorus(&["--database-url", "postgres://chorus:hunter2@127.0.0.1:1/chorus", "migrate"], None);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("cannot open the database at postgres://chorus:***@127.0.0.1:1/chorus"), "{err}");
    assert!(!err.contains("hunter2"));
}

#[test]
fn a_failed_migration_stops_start_up() {
    let dir = TempDir::new();
    std::fs::create_dir_all(&dir.0).unwrap();
    // A database whose `users` table is not ours: the first migration cannot apply.
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        use sqlx::{sqlite::SqliteConnectOptions, ConnectOptions};
        let opts: SqliteConnectOptions = dir.url().parse::<SqliteConnectOptions>().unwrap().create_if_missing(true);
        let mut c = opts.connect().await.unwrap();
        sqlx::query("CREATE TABLE users (something_else TEXT)").execute(&mut c).await.unwrap();
    });
    let out = chorus(&["--database-url", &dir.url(), "serve", "--addr", "127.0.0.1:0"], None);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("a database migration failed, so Chorus stopped before serving anything"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_port_in_use_is_named() {
    let dir = TempDir::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = chorus(&["--database-url", &dir.url(), "serve", "--addr", &addr], None);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains(&format!("cannot listen on {addr}")), "{err}");
    assert!(err.contains("choose another with --addr"), "{err}");
}

#[test]
fn serving_beyond_this_machine_needs_a_public_origin() {
    let dir = TempDir::new();
    let mut child = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(["--database-url", &dir.url(), "serve", "--addr", "0.0.0.0:0"])
        .env_remove("CHORUS_PUBLIC_ORIGIN")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chorus runs");
    // A server that starts anyway would never exit: stop it and fail instead of hanging.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("chorus served on 0.0.0.0 without a public origin");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("chorus finishes");
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("0.0.0.0:0 can be reached from other machines, and no public origin is set"), "{err}");
    assert!(err.contains("set --public-origin (or CHORUS_PUBLIC_ORIGIN)"), "{err}");
    assert!(!dir.0.exists(), "refused before the database was opened");
}

#[test]
fn create_admin_reads_the_password_from_stdin_and_checks_it() {
    let dir = TempDir::new();
    let weak = chorus(&["--database-url", &dir.url(), "create-admin", "--email", "boss@example.com"], Some("short\n"));
    assert!(!weak.status.success());
    assert!(stderr(&weak).contains("password: Use at least 10 characters"), "{}", stderr(&weak));

    let bad_email =
        chorus(&["--database-url", &dir.url(), "create-admin", "--email", "boss"], Some("a fine passphrase\n"));
    assert!(stderr(&bad_email).contains("--email: Enter an email address like name@example.com."));

    let ok = chorus(
        &["--database-url", &dir.url(), "create-admin", "--email", "Boss@Example.com"],
        Some("a fine passphrase\n"),
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(stdout(&ok).contains("Admin boss@example.com created"));

    let rt = tokio::runtime::Runtime::new().unwrap();
    let role: String = rt.block_on(async {
        let db = app::db::Db::connect(&dir.url(), 1).await.unwrap();
        app::on_db!(&db, p => sqlx::query_scalar("SELECT role FROM users WHERE email = 'boss@example.com'").fetch_one(p).await).unwrap()
    });
    assert_eq!(role, "admin");
}

/// Runs one statement or query on a test's SQLite database, returning the first column of the first row.
fn text(url: &str, sql: &str) -> String {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    rt.block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::SqliteConnection::connect(url).await.expect("open");
        sqlx::query_scalar::<_, String>(sql).fetch_optional(&mut c).await.expect("query").unwrap_or_default()
    })
}

#[test]
fn create_admin_promotes_an_existing_account_only_when_asked() {
    let dir = TempDir::new();
    let url = dir.url();
    let args = ["--database-url", url.as_str(), "create-admin", "--email", "ada@example.com"];
    let first = chorus(&args, Some("the first passphrase\n"));
    assert!(first.status.success(), "{}", stderr(&first));
    text(&url, "UPDATE users SET role = 'member' RETURNING role");
    let hash = text(&url, "SELECT password_hash FROM users WHERE email = 'ada@example.com'");

    let refused = chorus(&args, Some("another passphrase\n"));
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains(
            "ada@example.com already has an account; run again with --promote-existing to make it an admin \
             (its password stays unchanged)"
        ),
        "{}",
        stderr(&refused)
    );
    assert_eq!(text(&url, "SELECT role FROM users WHERE email = 'ada@example.com'"), "member");

    let promoted = chorus(&[&args[..], &["--promote-existing"]].concat(), Some("another passphrase\n"));
    assert!(promoted.status.success(), "{}", stderr(&promoted));
    assert!(
        stdout(&promoted)
            .contains("ada@example.com already had an account and is now an admin; its password is unchanged"),
        "{}",
        stdout(&promoted)
    );
    assert_eq!(text(&url, "SELECT role FROM users WHERE email = 'ada@example.com'"), "admin");
    assert_eq!(text(&url, "SELECT password_hash FROM users WHERE email = 'ada@example.com'"), hash);
}

/// Break-glass: with password sign-in off (the provider broken, say), creating or promoting an admin on the
/// command line turns it back on for everyone, and says so.
#[test]
fn create_admin_turns_password_sign_in_back_on() {
    let dir = TempDir::new();
    let url = dir.url();
    let args = ["--database-url", url.as_str(), "create-admin", "--email", "ada@example.com"];
    assert!(chorus(&args, Some("the first passphrase\n")).status.success());
    text(&url, "UPDATE site_settings SET password_sign_in = 'nobody' RETURNING password_sign_in");
    let again = chorus(
        &["--database-url", url.as_str(), "create-admin", "--email", "bo@example.com"],
        Some("a second passphrase\n"),
    );
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(stdout(&again).contains("Password sign-in was off; it is on again for everyone"), "{}", stdout(&again));
    assert_eq!(text(&url, "SELECT password_sign_in FROM site_settings WHERE id = 1"), "everyone");
    text(&url, "UPDATE site_settings SET password_sign_in = 'members' RETURNING password_sign_in");
    let promoted = chorus(&[&args[..], &["--promote-existing"]].concat(), None);
    assert!(promoted.status.success(), "{}", stderr(&promoted));
    assert_eq!(text(&url, "SELECT password_sign_in FROM site_settings WHERE id = 1"), "everyone");
}

#[test]
fn the_demo_seed_refuses_a_database_that_has_people() {
    let dir = TempDir::new();
    let first = chorus(&["--database-url", &dir.url(), "seed", "--demo"], None);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).contains("DEMO ONLY"));
    assert!(stdout(&first).contains("chorus-demo-password"));

    let again = chorus(&["--database-url", &dir.url(), "seed", "--demo"], None);
    assert!(!again.status.success());
    let refusal = stderr(&again);
    assert!(
        refusal.contains("already has") && refusal.contains("the demo seed only fills an empty database"),
        "{refusal}"
    );

    let polite = chorus(&["--database-url", &dir.url(), "seed", "--demo", "--if-empty"], None);
    assert!(polite.status.success());
    assert!(stdout(&polite).contains("demo seed skipped"));
}

#[test]
fn every_command_explains_itself() {
    for cmd in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["migrate", "--help"],
        vec!["seed", "--help"],
        vec!["create-admin", "--help"],
    ] {
        let out = chorus(&cmd, None);
        assert!(out.status.success());
        assert!(stdout(&out).contains("Usage: chorus"), "{cmd:?}");
    }
    let serve = stdout(&chorus(&["serve", "--help"], None));
    for env in ["CHORUS_ADDR", "CHORUS_DATABASE_URL", "CHORUS_SECURE_COOKIES", "CHORUS_PUBLIC_ORIGIN"] {
        assert!(serve.contains(env), "serve --help documents {env}");
    }
}

#[test]
fn a_bad_flag_value_is_named() {
    let out = chorus(&["serve", "--addr", "not-an-address"], None);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("invalid value 'not-an-address' for '--addr <ADDR>'"), "{}", stderr(&out));
}

#[test]
fn sigterm_lets_the_server_stop_cleanly() {
    let dir = TempDir::new();
    assert!(serve_briefly(&dir.url()).contains("stopped cleanly"));
}

/// Starts `chorus serve` on `url`, waits until it listens, stops it, and returns what it logged.
fn serve_briefly(url: &str) -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let child = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(["--database-url", url, "serve", "--addr", &addr])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(&addr).is_err() {
        assert!(std::time::Instant::now() < deadline, "server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap().success());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stderr(&out)
}

#[test]
fn serve_warns_while_the_demo_accounts_exist() {
    let dir = TempDir::new();
    let quiet = serve_briefly(&dir.url());
    assert!(!quiet.contains("DEMO ACCOUNTS"), "{quiet}");
    assert!(quiet.contains("no public origin is set"), "the loopback warning: {quiet}");

    let seeded = chorus(&["--database-url", &dir.url(), "seed", "--demo"], None);
    assert!(seeded.status.success(), "{}", stderr(&seeded));
    let demo = scalar(&dir.url(), "SELECT COUNT(*) FROM users WHERE email LIKE '%@demo.chorus.test'");
    let log = serve_briefly(&dir.url());
    let said = format!("DEMO ACCOUNTS PRESENT: {demo} account(s) @demo.chorus.test sign in with the public demo password \"chorus-demo-password\"");
    assert!(log.contains(&said), "{log}");
}

/// Reads one number from a SQLite database with the sqlx the tests already link.
fn scalar(url: &str, sql: &str) -> i64 {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    rt.block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::SqliteConnection::connect(url).await.expect("open");
        sqlx::query_scalar::<_, i64>(sql).fetch_one(&mut c).await.expect("query")
    })
}

#[test]
fn the_synthetic_seed_writes_a_consistent_forum_and_refuses_to_run_twice() {
    let dir = TempDir::new();
    let url = dir.url();
    let args = ["--database-url", &url, "seed", "--synthetic", "--users", "300", "--topics", "120", "--posts", "2500"];
    let out = chorus(&args, None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("120 topics, 2500 posts"), "{}", stdout(&out));
    assert!(stderr(&out).contains("posts done: 2500"), "the progress bar reports: {}", stderr(&out));
    assert_eq!(scalar(&url, "SELECT COUNT(*) FROM posts"), 2500);
    assert_eq!(scalar(&url, "SELECT SUM(post_count) FROM topics"), 2500);
    assert_eq!(scalar(&url, "SELECT SUM(post_count) FROM categories"), 2500);
    assert_eq!(scalar(&url, "SELECT SUM(topic_count) FROM categories"), 120);
    // Post numbers run 1..=post_count in every topic, in time order.
    let gaps =
        "SELECT COUNT(*) FROM topics t WHERE t.post_count <> (SELECT MAX(number) FROM posts WHERE topic_id = t.id)";
    assert_eq!(scalar(&url, gaps), 0);
    let disorder = "SELECT COUNT(*) FROM posts a JOIN posts b ON a.topic_id = b.topic_id AND b.number = a.number + 1 WHERE b.created_at < a.created_at";
    assert_eq!(scalar(&url, disorder), 0);
    assert!(scalar(&url, "SELECT COUNT(*) FROM post_search WHERE post_search MATCH 'dashboard'") > 0);
    // The programme: every post's points, referrals, survey answers and redemptions, with books that balance.
    assert_eq!(scalar(&url, "SELECT COUNT(*) FROM points_ledger WHERE ref_kind = 'post'"), 2500);
    assert!(scalar(&url, "SELECT COUNT(*) FROM referrals WHERE status = 'rewarded'") > 0);
    assert!(scalar(&url, "SELECT COUNT(*) FROM referral_clicks") > 0);
    assert!(scalar(&url, "SELECT COUNT(*) FROM survey_responses WHERE score IS NOT NULL") > 0);
    assert!(scalar(&url, "SELECT COUNT(*) FROM redemptions") > 0);
    let off = "SELECT COUNT(*) FROM point_accounts a WHERE a.balance < 0
                 OR a.balance <> (SELECT SUM(amount) FROM points_ledger l WHERE l.user_id = a.user_id)
                 OR a.lifetime <> (SELECT SUM(amount) FROM points_ledger l WHERE l.user_id = a.user_id AND l.lifetime = 1)";
    assert_eq!(scalar(&url, off), 0, "every balance is the sum of its ledger rows");
    assert_eq!(scalar(&url, "SELECT COUNT(*) FROM points_ledger l LEFT JOIN point_accounts a ON a.user_id = l.user_id WHERE a.user_id IS NULL"), 0);
    assert_eq!(
        scalar(&url, "SELECT SUM(redeemed_count) FROM rewards"),
        scalar(&url, "SELECT COUNT(*) FROM redemptions")
    );
    let early =
        "SELECT COUNT(*) FROM referrals r JOIN users u ON u.id = r.referee_id WHERE r.referrer_id >= r.referee_id";
    assert_eq!(scalar(&url, early), 0, "referrers joined before the friends they brought");

    let again = chorus(&args, None);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("already has 300 account(s)"), "{}", stderr(&again));
}

#[test]
fn the_synthetic_seed_needs_a_post_per_topic() {
    let dir = TempDir::new();
    let out = chorus(&["--database-url", &dir.url(), "seed", "--synthetic", "--topics", "10", "--posts", "5"], None);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--posts must be at least --topics"), "{}", stderr(&out));
}
