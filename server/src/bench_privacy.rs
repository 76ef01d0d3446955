//! `chorus bench-privacy` (server/benches/privacy.sh): on a synthetic community, how long "download my data"
//! takes for the member with the most posts (median of --rounds, and the file's size), then how long deleting
//! that account with its posts takes: one write transaction, during which SQLite takes no other writes.

use crate::{
    cli::{BenchPrivacyArgs, Cli},
    database, CliError,
};
use app::privacy::{
    erase::{erase, Erasure, Posts},
    export::collect,
};
use std::time::Instant;

pub async fn run(cli: &Cli, args: &BenchPrivacyArgs) -> Result<(), CliError> {
    let db = database::open(&cli.database_url, cli.db_max_connections).await?;
    let sql = "SELECT author_id, COUNT(*) FROM posts GROUP BY author_id ORDER BY 2 DESC, 1 LIMIT 1";
    let heaviest: Option<(i64, i64)> = app::on_db!(&db, p => sqlx::query_as(sql).fetch_optional(p).await)?;
    let (member, posts) = heaviest.ok_or("the database has no posts: seed a synthetic community first")?;
    let count = |sql: &'static str| {
        let db = db.clone();
        async move { app::on_db!(&db, p => sqlx::query_scalar::<_, i64>(sql).bind(member).fetch_one(p).await) }
    };
    let ledger = count("SELECT COUNT(*) FROM points_ledger WHERE user_id = $1").await?;
    let likes = count("SELECT COUNT(*) FROM post_likes WHERE user_id = $1").await?;
    println!("member {member}: {posts} posts, {ledger} ledger rows, {likes} likes given");

    let mut times = Vec::new();
    let mut bytes = 0;
    for _ in 0..args.rounds {
        let started = Instant::now();
        let doc = collect(&db, member, app::db::now()).await?;
        bytes = serde_json::to_string_pretty(&doc)?.len();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "download my data: median {:.0} ms, best {:.0} ms, worst {:.0} ms over {} rounds; {} KB of JSON",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        times.len(),
        bytes / 1024
    );

    let started = Instant::now();
    let mut tx = db.begin_write().await?;
    let done = erase(&mut tx, member, member, Posts::Remove, app::db::now()).await?;
    tx.commit().await?;
    let took = started.elapsed().as_secs_f64() * 1000.0;
    match done {
        Erasure::Done { posts_removed, stories, forfeited, .. } => println!(
            "delete the account, posts removed: {took:.0} ms in one transaction ({posts_removed} posts erased, {stories} stories, {forfeited} points forfeited)"
        ),
        other => return Err(format!("the deletion did not run: {other:?}").into()),
    }
    Ok(())
}
