//! `chorus bench-mail` (server/benches/mail.sh): emails per second from the outbox into an SMTP server with
//! the sender every node runs; and the weekly digest of a whole synthetic community, with its time and the
//! process's peak memory (the digest streams members, so memory stays flat however many there are).

use crate::{
    cli::{BenchMailArgs, Cli},
    database,
    mailer::{self, Mailer, MailerConfig},
    CliError,
};
use app::{
    db::Db,
    mail::{outbox, Letter},
    on_db,
    state::MailSettings,
};
use std::time::Instant;

pub async fn run(cli: &Cli, args: &BenchMailArgs) -> Result<(), CliError> {
    let db = database::open(&cli.database_url, cli.db_max_connections).await?;
    let settings = MailSettings { delivers: true, ..MailSettings::default() };
    if args.digest {
        digest(&db, &settings).await
    } else {
        throughput(&db, &settings, args).await
    }
}

async fn throughput(db: &Db, settings: &MailSettings, args: &BenchMailArgs) -> Result<(), CliError> {
    let queued = Instant::now();
    let now = app::db::now();
    let mut left = args.messages;
    while left > 0 {
        let mut tx = db.begin_write().await?;
        for _ in 0..left.min(500) {
            let subject = format!("Benchmark message {left}");
            let letter = Letter {
                kind: "test",
                to: "bench@example.com",
                user_id: None,
                lang: app::i18n::Lang::En,
                subject: subject.clone(),
                template: "test",
                vars: minijinja::context! { sender => "the benchmark" },
                unsubscribe: None,
            };
            outbox::post(&mut tx, settings, letter, now).await?;
            left -= 1;
        }
        tx.commit().await?;
    }
    println!("queued {} emails in {:.2} s", args.messages, queued.elapsed().as_secs_f64());
    let from = mailer::parse_from("Chorus Bench <bench@example.com>")?;
    let node = Mailer::new(MailerConfig::new(args.smtp_url.clone(), from))?;
    let started = Instant::now();
    loop {
        if node.run_once(db).await? == 0 {
            break;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let sent: i64 = on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM mail_outbox WHERE status = 'sent'").fetch_one(p).await)?;
    let failed: i64 = on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'sent'").fetch_one(p).await)?;
    println!(
        "sent {sent} emails in {secs:.2} s: {:.0} emails/s from one node ({failed} not sent)",
        sent as f64 / secs.max(0.001)
    );
    Ok(())
}

async fn digest(db: &Db, settings: &MailSettings) -> Result<(), CliError> {
    let prepared = Instant::now();
    // Every member gets one unread reply notification waiting for the digest, from the member after them,
    // on the newest topic; and every account is old enough for its first weekly digest.
    let topic: i64 = on_db!(db, p => sqlx::query_scalar("SELECT MAX(id) FROM topics").fetch_one(p).await)?;
    let now = app::db::now();
    let notify = "INSERT INTO notifications (user_id, kind, actor_id, topic_id, created_at, mail_state)
                  SELECT u.id, 'reply', COALESCE((SELECT MIN(id) FROM users v WHERE v.id > u.id), 1), $1, $2, 'digest'
                  FROM users u WHERE u.removed_at IS NULL";
    let added = on_db!(db, p => sqlx::query(notify).bind(topic).bind(now).execute(p).await.map(|r| r.rows_affected()))?;
    let age = "UPDATE users SET created_at = created_at - 8 * 86400, digest_sent_at = NULL,
                              email_verified_at = COALESCE(email_verified_at, created_at)";
    on_db!(db, p => sqlx::query(age).execute(p).await.map(|_| ()))?;
    println!("prepared {added} members' notifications in {:.1} s", prepared.elapsed().as_secs_f64());
    let started = Instant::now();
    let run = app::digest::run(db, settings, now, 500).await?;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "weekly digest: {} members considered, {} digests written in {secs:.1} s ({:.0} members/s); peak memory {}",
        run.considered,
        run.sent,
        run.considered as f64 / secs.max(0.001),
        peak_memory()
    );
    Ok(())
}

/// The process's peak resident memory, from /proc (Linux).
fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l["VmHWM:".len()..].trim().to_string()))
        .unwrap_or_else(|| "unknown".to_string())
}
