//! `chorus bench-site`: what the site settings read costs. Every page request reads the settings row (and the
//! newest legal versions) before rendering, with no cache, so that every node shows a change at once; this
//! times that read one after another (median, 99th percentile) and then from several tasks at once (reads per
//! second), on whichever database `--database-url` names.

use crate::{
    cli::{BenchSiteArgs, Cli},
    database, CliError,
};
use std::time::Instant;

pub async fn run(cli: &Cli, args: &BenchSiteArgs) -> Result<(), CliError> {
    let db = database::open(&cli.database_url, cli.db_max_connections).await?;
    let site = app::site::repo::load(&db).await?;
    println!("site \"{}\", terms version {}", site.name, site.terms_version);

    let mut times = Vec::with_capacity(args.rounds as usize);
    for _ in 0..args.rounds {
        let started = Instant::now();
        app::site::repo::load(&db).await?;
        times.push(started.elapsed().as_secs_f64() * 1_000_000.0);
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q) as usize];
    println!(
        "one after another: median {:.0} µs, p99 {:.0} µs, worst {:.0} µs over {} reads",
        at(0.5),
        at(0.99),
        times[times.len() - 1],
        times.len()
    );

    let per_task = (args.rounds / args.tasks).max(1);
    let started = Instant::now();
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..args.tasks {
        let db = db.clone();
        set.spawn(async move {
            for _ in 0..per_task {
                app::site::repo::load(&db).await?;
            }
            Ok::<_, sqlx::Error>(())
        });
    }
    while let Some(done) = set.join_next().await {
        done.map_err(|e| format!("a reading task failed: {e}"))??;
    }
    let total = f64::from(per_task * args.tasks);
    let secs = started.elapsed().as_secs_f64();
    println!("{} tasks at once: {:.0} reads/s ({} reads in {:.2} s)", args.tasks, total / secs, total, secs);
    Ok(())
}
