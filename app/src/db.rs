//! The database: one of two typed pools, picked at start-up from the URL. Queries are written once with `$N`
//! placeholders and run on either through [`on_db!`](crate::on_db) and [`on_tx!`](crate::on_tx).

use sqlx::{
    postgres::{PgConnectOptions, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
    PgPool, Postgres, Sqlite, SqlitePool, Transaction,
};
use std::{path::PathBuf, str::FromStr, time::Duration};

mod fts;

/// A connection pool to whichever backend the URL named. SQLite has one writer at a time; its write gate makes
/// this process's writers queue in order (first come, first served) instead of retrying on a busy database,
/// whose sleeps and retries gave some writers seconds of waiting under load.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool, WriteGate),
    Postgres(PgPool),
}

/// The queue SQLite writers of this process wait in, in arrival order.
pub type WriteGate = std::sync::Arc<tokio::sync::Mutex<()>>;

/// An open write transaction on either backend. On SQLite it holds its place at the write gate until it ends.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>, tokio::sync::OwnedMutexGuard<()>),
    Postgres(Transaction<'static, Postgres>),
}

/// Runs `$body` with `$c` bound to the pool of whichever backend `$db` is.
#[macro_export]
macro_rules! on_db {
    ($db:expr, $c:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($c, _) => $body,
            $crate::db::Db::Postgres($c) => $body,
        }
    };
}

/// Runs `$body` with `$c` bound to the connection of the open transaction `$tx`.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, $c:ident => $body:expr) => {
        match $tx {
            $crate::db::Tx::Sqlite(t, _) => {
                let $c = &mut **t;
                $body
            }
            $crate::db::Tx::Postgres(t) => {
                let $c = &mut **t;
                $body
            }
        }
    };
}

/// Why the database could not be opened, in words an operator can act on.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database URL {0:?} is not understood: it must start with sqlite:// or postgres://")]
    UnknownScheme(String),
    #[error("the database URL {url:?} is malformed: {reason}")]
    Malformed { url: String, reason: String },
    #[error("cannot create the data folder {path}: {reason}")]
    DataFolder { path: String, reason: String },
    #[error("cannot open the database at {url}: {reason}")]
    Connect { url: String, reason: String },
    #[error("a database migration failed, so Chorus stopped before serving anything: {0}")]
    Migrate(String),
}

/// Which backend a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Backend, DbError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(DbError::UnknownScheme(redact(url)))
        }
    }
}

/// Hides the passwords in a URL before it is printed: the one in `user:password@`, and the values of query
/// parameters named `password` or ending in it (libpq's `sslpassword`).
pub fn redact(url: &str) -> String {
    let url = match (url.find("://"), url.rfind('@')) {
        // The last `@`, so a password with an unencoded `@` is hidden whole (if that `@` is in the query, the
        // host is hidden too: too much rather than too little).
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    };
    match url.split_once('?') {
        Some((head, query)) => {
            let hide = |pair: &str| match pair.split_once('=') {
                Some((key, _)) if key.to_ascii_lowercase().ends_with("password") => format!("{key}=***"),
                _ => pair.to_string(),
            };
            format!("{head}?{}", query.split('&').map(hide).collect::<Vec<_>>().join("&"))
        }
        None => url,
    }
}

impl Db {
    /// Opens the pool named by `url`, creating the SQLite file and its folder if needed.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, DbError> {
        let shown = redact(url);
        let connect_err = |e: sqlx::Error| DbError::Connect { url: shown.clone(), reason: e.to_string() };
        match Backend::from_url(url)? {
            Backend::Sqlite => {
                let options = SqliteConnectOptions::from_str(url)
                    .map_err(|e| DbError::Malformed { url: shown.clone(), reason: e.to_string() })?;
                ensure_parent_folder(options.get_filename().to_path_buf())?;
                let options = options
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    // Points and stock are money: a commit is on disk before the answer goes out (in WAL mode
                    // NORMAL could lose the last commits on power loss). Measured in docs/PERFORMANCE.md.
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10));
                let pool = SqlitePoolOptions::new()
                    .max_connections(max_connections)
                    .acquire_timeout(Duration::from_secs(10))
                    // The database is a file in this process: there is no connection to lose, so the ping
                    // before lending a connection (a round trip to the connection's thread) buys nothing. (sqlx
                    // still pings one when it comes back.)
                    .test_before_acquire(false)
                    // Search ranks its candidates with FTS5's own counts (db::fts).
                    .after_connect(|conn, _| Box::pin(fts::register(conn)))
                    .connect_with(options)
                    .await
                    .map_err(connect_err)?;
                Ok(Db::Sqlite(pool, WriteGate::default()))
            }
            Backend::Postgres => {
                let options = PgConnectOptions::from_str(url)
                    .map_err(|e| DbError::Malformed { url: shown.clone(), reason: e.to_string() })?;
                let pool = PgPoolOptions::new()
                    .max_connections(max_connections)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await
                    .map_err(connect_err)?;
                Ok(Db::Postgres(pool))
            }
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(..) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies every pending migration of this backend; any failure is returned, never skipped.
    pub async fn migrate(&self) -> Result<(), DbError> {
        let result = match self {
            Db::Sqlite(p, _) => sqlx::migrate!("../migrations/sqlite").run(p).await,
            Db::Postgres(p) => sqlx::migrate!("../migrations/postgres").run(p).await,
        };
        result.map_err(|e| DbError::Migrate(e.to_string()))
    }

    /// Starts a transaction that will write. On SQLite it takes the write lock up front (`BEGIN IMMEDIATE`),
    /// so concurrent writers queue instead of failing with SQLITE_BUSY half-way.
    pub async fn begin_write(&self) -> Result<Tx, sqlx::Error> {
        match self {
            Db::Sqlite(p, gate) => {
                let turn = gate.clone().lock_owned().await;
                Ok(Tx::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?, turn))
            }
            Db::Postgres(p) => Ok(Tx::Postgres(p.begin().await?)),
        }
    }

    /// Whether the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        on_db!(self, p => sqlx::query("SELECT 1").execute(p).await.is_ok())
    }

    pub async fn close(&self) {
        on_db!(self, p => p.close().await)
    }
}

impl Tx {
    /// What a subquery that picks rows to claim ends with, so that senders on several nodes never pick the
    /// same row: `FOR UPDATE SKIP LOCKED` on PostgreSQL; nothing on SQLite, whose write transaction already
    /// excludes every other writer.
    pub fn skip_locked(&self) -> &'static str {
        match self {
            Tx::Sqlite(..) => "",
            Tx::Postgres(_) => " FOR UPDATE SKIP LOCKED",
        }
    }

    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(t, _turn) => t.commit().await,
            Tx::Postgres(t) => t.commit().await,
        }
    }
}

fn ensure_parent_folder(file: PathBuf) -> Result<(), DbError> {
    let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) else {
        return Ok(());
    };
    let fail = |reason: String| DbError::DataFolder { path: parent.display().to_string(), reason };
    std::fs::create_dir_all(parent).map_err(|e| fail(e.to_string()))?;
    // Opening would fail later with a vaguer message; check that we can write here now.
    let probe = parent.join(".chorus-write-check");
    std::fs::write(&probe, b"ok").map_err(|e| fail(format!("{e} (is the folder writable?)")))?;
    let _ = std::fs::remove_file(probe);
    Ok(())
}

/// A unique constraint or index, described the way each backend names it in a violation: PostgreSQL by its
/// name, SQLite by the table and columns it covers ("UNIQUE constraint failed: users.email"), or by its name
/// for an index on expressions ("UNIQUE constraint failed: index 'users_lower_email'").
#[derive(Debug, Clone, Copy)]
pub struct Unique {
    pub name: &'static str,
    pub table: &'static str,
    /// In the index's order, which is the order SQLite lists them in.
    pub columns: &'static [&'static str],
}

impl Unique {
    /// Whether SQLite's message for a unique violation is about this constraint.
    fn is_named_by_sqlite(&self, message: &str) -> bool {
        let Some(failed) = message.strip_prefix("UNIQUE constraint failed: ") else {
            return false;
        };
        if let Some(index) = failed.strip_prefix("index '").and_then(|rest| rest.strip_suffix('\'')) {
            return index == self.name;
        }
        let named = failed.split(", ").map(|column| column.split_once('.'));
        named.eq(self.columns.iter().map(|column| Some((self.table, *column))))
    }
}

/// Whether an error is a violation of this unique constraint (and not of another one on the same table).
pub fn is_unique_violation(err: &sqlx::Error, unique: &Unique) -> bool {
    match err {
        sqlx::Error::Database(db) if db.is_unique_violation() => {
            if db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                unique.is_named_by_sqlite(db.message())
            } else {
                db.constraint() == Some(unique.name)
            }
        }
        _ => false,
    }
}

/// Seconds since the Unix epoch: every timestamp in the schema is stored this way on both backends.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_in_urls_are_hidden() {
        assert_eq!(redact("postgres://chorus:hunter2@db:5432/chorus"), "postgres://chorus:***@db:5432/chorus");
        assert_eq!(redact("sqlite://data/chorus.db"), "sqlite://data/chorus.db");
    }

    #[test]
    fn passwords_in_the_query_are_hidden_too() {
        assert_eq!(
            redact("postgres://db/chorus?user=chorus&password=hunter2&sslmode=require"),
            "postgres://db/chorus?user=chorus&password=***&sslmode=require"
        );
        assert_eq!(redact("postgres://db/chorus?password=hunter2"), "postgres://db/chorus?password=***");
        assert_eq!(
            redact("postgres://u@db/chorus?sslmode=verify-full&sslpassword=s3cret&PASSWORD=x"),
            "postgres://u@db/chorus?sslmode=verify-full&sslpassword=***&PASSWORD=***"
        );
        assert_eq!(redact("postgres://u@db/c?password=a@b"), "postgres://u@db/c?password=***");
        assert_eq!(redact("postgres://u:p@db/c?password=q"), "postgres://u:***@db/c?password=***");
        let odd = redact("postgres://db:5432/c?password=x@y");
        assert!(!odd.contains("x@") && !odd.contains("password=x"), "{odd}");
        assert_eq!(redact("sqlite://data/chorus.db?mode=rwc"), "sqlite://data/chorus.db?mode=rwc");
    }

    const EMAIL: Unique = Unique { name: "users_email_key", table: "users", columns: &["email"] };
    const CODE: Unique =
        Unique { name: "reward_codes_code_key", table: "reward_codes", columns: &["reward_id", "code"] };

    #[test]
    fn sqlite_names_a_unique_constraint_by_its_table_and_columns() {
        assert!(EMAIL.is_named_by_sqlite("UNIQUE constraint failed: users.email"));
        assert!(CODE.is_named_by_sqlite("UNIQUE constraint failed: reward_codes.reward_id, reward_codes.code"));
        assert!(!EMAIL.is_named_by_sqlite("UNIQUE constraint failed: users.handle"), "another column");
        assert!(!EMAIL.is_named_by_sqlite("UNIQUE constraint failed: admins.email"), "another table");
        assert!(!EMAIL.is_named_by_sqlite("UNIQUE constraint failed: users.email, users.role"), "more columns");
        assert!(!CODE.is_named_by_sqlite("UNIQUE constraint failed: reward_codes.reward_id"), "fewer columns");
        assert!(!CODE.is_named_by_sqlite("UNIQUE constraint failed: reward_codes.code, reward_codes.reward_id"));
        assert!(!EMAIL.is_named_by_sqlite("users.email"), "not a unique violation message");
    }

    #[test]
    fn sqlite_names_an_index_on_expressions_by_its_name() {
        let lower = Unique { name: "users_lower_email", table: "users", columns: &[] };
        assert!(lower.is_named_by_sqlite("UNIQUE constraint failed: index 'users_lower_email'"));
        assert!(!EMAIL.is_named_by_sqlite("UNIQUE constraint failed: index 'users_lower_email'"));
    }

    #[tokio::test]
    async fn a_violation_on_sqlite_is_told_apart_from_another_on_the_same_table() {
        use sqlx::Connection;
        let mut c = sqlx::SqliteConnection::connect("sqlite::memory:").await.unwrap();
        let schema = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, handle TEXT);
                      CREATE UNIQUE INDEX users_email_key ON users (email);
                      CREATE UNIQUE INDEX users_handle_key ON users (handle);
                      INSERT INTO users (email, handle) VALUES ('a@example.com', 'a')";
        sqlx::raw_sql(schema).execute(&mut c).await.unwrap();
        let sql = "INSERT INTO users (email, handle) VALUES ($1, $2)";
        let email_taken = sqlx::query(sql).bind("a@example.com").bind("b").execute(&mut c).await.unwrap_err();
        let handle_taken = sqlx::query(sql).bind("b@example.com").bind("a").execute(&mut c).await.unwrap_err();
        let handle = Unique { name: "users_handle_key", table: "users", columns: &["handle"] };
        assert!(is_unique_violation(&email_taken, &EMAIL));
        assert!(!is_unique_violation(&email_taken, &handle));
        assert!(is_unique_violation(&handle_taken, &handle));
        assert!(!is_unique_violation(&handle_taken, &EMAIL));
    }

    #[test]
    fn the_backend_comes_from_the_scheme() {
        assert_eq!(Backend::from_url("sqlite://x.db").unwrap(), Backend::Sqlite);
        assert_eq!(Backend::from_url("postgresql://h/db").unwrap(), Backend::Postgres);
        assert!(Backend::from_url("mysql://h/db").unwrap_err().to_string().contains("sqlite:// or postgres://"));
    }
}
