//! The command line: every setting is a flag or an environment variable.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::{net::SocketAddr, path::PathBuf};

#[derive(Debug, Parser)]
#[command(
    name = "chorus",
    version,
    about = "Chorus: a self-hosted customer-advocacy community portal",
    long_about = "Chorus runs your customer-advocacy community: forums, stories, recognition and rewards.\n\n\
                  Start with `chorus serve`. The database is SQLite by default (a file, no setup); point \
                  --database-url at postgres://… to run several stateless nodes behind a load balancer."
)]
pub struct Cli {
    /// Where the data lives: sqlite://path/to/file.db or postgres://user:pass@host/db.
    #[arg(long, global = true, env = "CHORUS_DATABASE_URL", default_value = "sqlite://data/chorus.db")]
    pub database_url: String,

    /// Most database connections this process opens.
    #[arg(long, global = true, env = "CHORUS_DB_MAX_CONNECTIONS", default_value_t = 16,
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub db_max_connections: u32,

    /// Log format: `text` for people, `json` for log collectors. Verbosity comes from RUST_LOG.
    #[arg(long, global = true, env = "CHORUS_LOG_FORMAT", default_value = "text")]
    pub log_format: LogFormat,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the portal over HTTP (applies pending migrations first).
    Serve(Box<ServeArgs>),
    /// Apply pending database migrations, then exit.
    Migrate,
    /// Fill an empty database with a small demo community (demo passwords are printed).
    Seed(SeedArgs),
    /// Create the first admin, or (with --promote-existing) make an existing account an admin. The password
    /// is read from standard input (or prompted for on a terminal), never from a flag.
    CreateAdmin(CreateAdminArgs),
    /// Write a consistent backup of the database and the uploads to FILE (a tar archive), while the portal
    /// keeps serving: SQLite by VACUUM INTO, PostgreSQL by pg_dump (which must be installed).
    Backup(BackupArgs),
    /// Restore a backup made by `chorus backup` into an empty database (the portal stopped), with its uploads
    /// into --uploads-url; pending migrations are applied after.
    Restore(BackupArgs),
    /// Import a CSV into the programme: members (with their groups), opening points balances, testimonials with
    /// their consent, or reward codes (the columns are those of the admins' /admin/import page). Every row is
    /// checked and refused lines are listed with their number and reason; rows imported before are skipped, so
    /// an import cut short is finished by running it again. Safe while the portal serves.
    Import(ImportArgs),
    /// Serve the benchmark's baseline: a bare axum handler running the topic page's queries (see
    /// server/benches/forum.sh).
    #[command(hide = true)]
    BenchBaseline {
        /// Address and port to listen on.
        #[arg(long, default_value = "127.0.0.1:3301")]
        addr: SocketAddr,
    },
    /// Measure email (see server/benches/mail.sh): queue --messages emails and send them to --smtp-url with
    /// this node's sender; or, with --digest, write the weekly digest of every member of a synthetic
    /// community.
    #[command(hide = true)]
    BenchMail(BenchMailArgs),
    /// Measure pictures (see server/benches/media.sh): time processing a 12-megapixel JPEG; with
    /// --serve-setup, store one picture for the /media/ load test.
    #[command(hide = true)]
    BenchMedia(BenchMediaArgs),
    /// Measure privacy (see server/benches/privacy.sh): time "download my data" for the member with the most
    /// posts, then the deletion of that account with its posts, in one transaction.
    #[command(hide = true)]
    BenchPrivacy(BenchPrivacyArgs),
    /// Measure the site settings read every page makes (see docs/PERFORMANCE.md): sequential latency, then
    /// reads per second from several tasks at once.
    #[command(hide = true)]
    BenchSite(BenchSiteArgs),
    /// Measure the admins' member list (see server/benches/members.sh): searches, filters and orders on a
    /// database of synthetic members, one after another.
    #[command(hide = true)]
    BenchMembers(BenchMembersArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What the file holds.
    pub kind: ImportKind,
    /// The CSV file (UTF-8, first line naming the columns).
    pub file: PathBuf,
    /// The admin the import is done as: their email. The audit log and the points history name them.
    #[arg(long = "as", value_name = "EMAIL")]
    pub admin: String,
    /// Check every row and report what would be imported, keeping nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Email each new member that their account is ready, with a link to choose a password on this origin
    /// (the portal's public address, like https://community.example.com). Members only.
    #[arg(long, value_name = "ORIGIN")]
    pub welcome_origin: Option<String>,
    /// Whether the serving nodes send email: with it, welcome emails are queued for sending; without, they are
    /// kept for /admin/mail, as the portal keeps every email when no SMTP server is set. Only its presence counts.
    #[arg(long, env = "CHORUS_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ImportKind {
    Members,
    Balances,
    Testimonials,
    Codes,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The backup file (`chorus backup` writes it; it must not exist yet).
    pub file: std::path::PathBuf,
    /// Where the uploads are: a folder or s3://bucket?endpoint=… (as for `serve`).
    #[arg(long, env = "CHORUS_UPLOADS_URL", default_value = "data/uploads")]
    pub uploads_url: String,
}

#[derive(Debug, Args)]
pub struct BenchMembersArgs {
    /// How many times each search runs (after one warm-up).
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(3..=10_000))]
    pub rounds: u32,
}

#[derive(Debug, Args)]
pub struct BenchSiteArgs {
    /// How many reads, one after another and then in total across the tasks.
    #[arg(long, default_value_t = 20_000, value_parser = clap::value_parser!(u32).range(100..=10_000_000))]
    pub rounds: u32,
    /// How many tasks read at once in the second part.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=256))]
    pub tasks: u32,
}

#[derive(Debug, Args)]
pub struct BenchPrivacyArgs {
    /// How many times to build the download.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub rounds: u32,
}

#[derive(Debug, Args)]
pub struct BenchMediaArgs {
    /// How many times to process the photo.
    #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub rounds: u32,
    /// Also store the processed picture (in --uploads-url and the database) and copy it into this site root.
    #[arg(long)]
    pub serve_setup: Option<std::path::PathBuf>,
    /// The upload store the picture goes to (as `serve --uploads-url`).
    #[arg(long, default_value = "data/uploads")]
    pub uploads_url: String,
}

#[derive(Debug, Args)]
pub struct BenchMailArgs {
    /// The SMTP server to send to (a local one: aiosmtpd).
    #[arg(long, default_value = "smtp://127.0.0.1:2527")]
    pub smtp_url: String,
    /// Emails to queue and send.
    #[arg(long, default_value_t = 5000, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub messages: u64,
    /// Instead: give every member one unread notification for the digest and time the weekly digest run.
    #[arg(long)]
    pub digest: bool,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "CHORUS_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Folder with the built browser assets (pkg/manifest.json and the content-named files it lists).
    #[arg(long, env = "CHORUS_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,

    /// The public origin people use, e.g. https://community.example.com: links, feeds and cross-site checks
    /// use it. When unset they use the request's Host, which is allowed only on a loopback --addr. An https://
    /// origin also turns on --secure-cookies.
    #[arg(long, env = "CHORUS_PUBLIC_ORIGIN")]
    pub public_origin: Option<String>,

    /// The SMTP server emails go through: smtp://host:25, smtp://user:pass@host:587?tls=required (STARTTLS)
    /// or smtps://user:pass@host:465. Without it emails are kept, not sent, and admins read them at
    /// /admin/mail. Needs --public-origin (links in emails) and --mail-from.
    #[arg(long, env = "CHORUS_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// Who emails come from, with the community's name shown: "Acme Community <community@example.com>".
    /// The name also starts every subject.
    #[arg(long, env = "CHORUS_MAIL_FROM")]
    pub mail_from: Option<String>,

    /// Sites allowed to show the testimonial embed in a frame: `*` for any, or a comma-separated list of
    /// origins such as https://www.example.com.
    #[arg(long, env = "CHORUS_EMBED_ORIGINS", default_value = "*")]
    pub embed_origins: String,

    /// Allow webhook endpoints on loopback and private addresses (a receiver on this machine or your own
    /// network). Off by default: an admin's endpoint cannot make the server reach its own network.
    #[arg(long, env = "CHORUS_WEBHOOKS_ALLOW_PRIVATE", default_value_t = false)]
    pub webhooks_allow_private: bool,

    /// Megabytes kept for visitors' pages (rendered HTML and the rows beside it), per kind of page (whole topic
    /// and category pages, their lists of posts and topics, the stories wall): reused only while the site
    /// settings and the rows a page reads stay the same. 0 keeps none.
    #[arg(long, env = "CHORUS_KEPT_HTML_MB", default_value_t = 16, value_parser = clap::value_parser!(u32).range(0..=4096))]
    pub kept_html_mb: u32,

    /// Mark cookies Secure and send HSTS (on by itself when --public-origin starts with https://).
    #[arg(long, env = "CHORUS_SECURE_COOKIES", default_value_t = false)]
    pub secure_cookies: bool,

    /// Take the client address from the last X-Forwarded-For entry (only behind a proxy you run).
    #[arg(long, env = "CHORUS_TRUST_FORWARDED_FOR", default_value_t = false)]
    pub trust_forwarded_for: bool,

    /// Where uploaded pictures are kept: a folder (made if missing), or an S3-compatible bucket shared by
    /// every node, as s3://bucket?endpoint=https://s3.example.com&region=eu-west-1 (keys from
    /// AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).
    #[arg(long, env = "CHORUS_UPLOADS_URL", default_value = "data/uploads")]
    pub uploads_url: String,

    /// Pictures a member may upload in a day (admins are not limited).
    #[arg(long, env = "CHORUS_UPLOADS_PER_DAY", default_value_t = 50,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub uploads_per_day: u32,

    /// Largest request body accepted, in bytes (picture uploads may be up to 15 MB whatever this says).
    #[arg(long, env = "CHORUS_MAX_BODY_BYTES", default_value_t = 1_048_576,
          value_parser = clap::value_parser!(u64).range(1024..=104_857_600))]
    pub max_body_bytes: u64,

    /// A session ends after this many hours without a request.
    #[arg(long, env = "CHORUS_SESSION_IDLE_HOURS", default_value_t = 168,
          value_parser = clap::value_parser!(i64).range(1..=8760))]
    pub session_idle_hours: i64,

    /// A session ends this many days after sign-in, however active.
    #[arg(long, env = "CHORUS_SESSION_MAX_DAYS", default_value_t = 30,
          value_parser = clap::value_parser!(i64).range(1..=365))]
    pub session_max_days: i64,

    /// Failed sign-ins allowed per email address and client address per 15 minutes (someone else failing
    /// never locks the owner out).
    #[arg(long, env = "CHORUS_SIGN_IN_LIMIT", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub sign_in_limit: u32,

    /// Sign-in attempts allowed per client address per 15 minutes (an IPv6 client counts as its /64).
    #[arg(long, env = "CHORUS_SIGN_IN_IP_LIMIT", default_value_t = 50,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub sign_in_ip_limit: u32,

    /// Sign-ups allowed per client address per hour.
    #[arg(long, env = "CHORUS_SIGN_UP_LIMIT", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub sign_up_limit: u32,

    /// Hours an account counts as new for the forum's anti-spam limits.
    #[arg(long, env = "CHORUS_NEW_ACCOUNT_HOURS", default_value_t = 24,
          value_parser = clap::value_parser!(i64).range(0..=8760))]
    pub new_account_hours: i64,

    /// Topics a new account may start.
    #[arg(long, env = "CHORUS_NEW_ACCOUNT_TOPICS", default_value_t = 3,
          value_parser = clap::value_parser!(i64).range(0..=100_000))]
    pub new_account_topics: i64,

    /// Replies a new account may post.
    #[arg(long, env = "CHORUS_NEW_ACCOUNT_REPLIES", default_value_t = 10,
          value_parser = clap::value_parser!(i64).range(0..=100_000))]
    pub new_account_replies: i64,

    /// Seconds a new account waits between replies.
    #[arg(long, env = "CHORUS_NEW_ACCOUNT_REPLY_GAP", default_value_t = 30,
          value_parser = clap::value_parser!(i64).range(0..=86_400))]
    pub new_account_reply_gap: i64,

    /// Links allowed in one post by a new account.
    #[arg(long, env = "CHORUS_NEW_ACCOUNT_LINKS", default_value_t = 2,
          value_parser = clap::value_parser!(u64).range(0..=1000))]
    pub new_account_links: u64,

    /// Seconds anyone waits between starting topics.
    #[arg(long, env = "CHORUS_TOPIC_GAP", default_value_t = 15,
          value_parser = clap::value_parser!(i64).range(0..=86_400))]
    pub topic_gap: i64,

    /// Topics and replies anyone may post per ten minutes.
    #[arg(long, env = "CHORUS_POSTS_PER_TEN_MINUTES", default_value_t = 30,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub posts_per_ten_minutes: u32,

    /// Password hashes computed at once (each uses ~19 MiB and a core for ~30 ms).
    #[arg(long, env = "CHORUS_HASH_CONCURRENCY", default_value_t = 4,
          value_parser = clap::value_parser!(u32).range(1..=256))]
    pub hash_concurrency: u32,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("kind").required(true).args(["demo", "synthetic"])))]
pub struct SeedArgs {
    /// Create the demo community: an admin, a moderator, a few advocates and a small forum. Refuses a
    /// database with users.
    #[arg(long)]
    pub demo: bool,

    /// Do nothing (and succeed) when the database already has accounts, instead of refusing.
    #[arg(long)]
    pub if_empty: bool,

    /// Generate a large synthetic community for benchmarks (--users, --topics, --posts, --stories), with the
    /// programme around it: points, referrals, NPS answers and redemptions. Refuses a database with users.
    #[arg(long)]
    pub synthetic: bool,

    /// Synthetic members to create.
    #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
    pub users: u64,

    /// Synthetic topics to create.
    #[arg(long, default_value_t = 50_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
    pub topics: u64,

    /// Synthetic posts to create, opening posts included (so at least --topics).
    #[arg(long, default_value_t = 1_000_000, value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
    pub posts: u64,

    /// Customer stories to create (every status and consent; for the stories benchmark).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=10_000_000))]
    pub stories: u64,

    /// Forum categories for the synthetic topics.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=200))]
    pub categories: u64,

    /// Random seed, so two runs make the same data.
    #[arg(long, default_value_t = 42)]
    pub random_seed: u64,
}

#[derive(Debug, Args)]
pub struct CreateAdminArgs {
    /// The admin's email address.
    #[arg(long, env = "CHORUS_ADMIN_EMAIL")]
    pub email: String,

    /// The admin's display name (for a new account).
    #[arg(long, default_value = "Administrator")]
    pub display_name: String,

    /// When the email already has an account, make that account an admin (its password stays unchanged).
    /// Without this flag an existing email is refused, so a typo cannot hand admin rights to someone else.
    #[arg(long)]
    pub promote_existing: bool,
}
