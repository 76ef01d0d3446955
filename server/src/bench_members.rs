//! `chorus bench-members`: the admins' member list on a large community. Gives the synthetic members some
//! variety first (a few moderators, suspended and silenced members, "last seen" times; once), then times each
//! search, filter and order the list offers, one request after another (an admin searching; nobody searches at
//! hundreds a second), and prints a Markdown table of median / p95 / max in milliseconds with the number of
//! members each finds.

use crate::{
    cli::{BenchMembersArgs, Cli},
    database, CliError,
};
use app::{admin::filter::MemberFilter, on_db};
use std::time::Instant;

pub async fn run(cli: &Cli, args: &BenchMembersArgs) -> Result<(), CliError> {
    let db = database::open(&cli.database_url, cli.db_max_connections).await?;
    let members = app::accounts::repo::count_users(&db).await?;
    if members < 1000 {
        return Err(format!(
            "this database has {members} members; seed a large community first (server/benches/members.sh does)"
        )
        .into());
    }
    let now = app::db::now();
    // Deterministic variety, written once (members already seen are left alone).
    let variety = [
        "UPDATE users SET last_seen_at = created_at + (id * 7919) % 2592000 WHERE last_seen_at IS NULL AND id % 3 <> 0",
        "UPDATE users SET role = 'moderator' WHERE id % 500 = 7 AND role = 'member'",
        "UPDATE users SET suspended_until = $1, suspended_reason = 'Benchmark' WHERE id % 997 = 3",
        "UPDATE users SET silenced_until = $1, silenced_reason = 'Benchmark' WHERE id % 613 = 5",
    ];
    for sql in variety {
        on_db!(&db, p => sqlx::query(sql).bind(now + 30 * 86_400).execute(p).await.map(|_| ()))?;
    }
    let levels = app::recognition::repo::reads::levels(&db).await?;
    let second_level = levels.get(1).map(|l| l.id.to_string()).unwrap_or_default();
    let cases: Vec<(&str, [&str; 5], u32)> = vec![
        ("everyone, newest first", ["", "", "", "", ""], 1),
        ("everyone, page 1,000", ["", "", "", "", ""], 1000),
        ("search an email (\"user4242@\")", ["user4242@", "", "", "", ""], 1),
        ("search a name (\"ada\")", ["ada", "", "", "", ""], 1),
        ("search a name, by name", ["ada", "", "", "", "name"], 1),
        ("search that finds nobody", ["zzzz-nobody", "", "", "", ""], 1),
        ("moderators", ["", "moderator", "", "", ""], 1),
        ("suspended", ["", "", "suspended", "", ""], 1),
        ("active, most points", ["", "", "active", "", "points"], 1),
        ("second level", ["", "", "", &second_level, ""], 1),
        ("everyone, last seen", ["", "", "", "", "seen"], 1),
        ("everyone, by name", ["", "", "", "", "name"], 1),
    ];
    println!("{members} members, {} levels; {} rounds each\n", levels.len(), args.rounds);
    println!("| search | found | median ms | p95 ms | max ms |");
    println!("|---|---:|---:|---:|---:|");
    for (label, [q, role, status, level, sort], page) in cases {
        let filter = MemberFilter::parse(q, role, status, level, sort).map_err(|e| e.message)?;
        let once = || app::admin::repo::list_members(&db, &filter, &levels, Some((page, 50)), now);
        let (_, found) = once().await?;
        let mut times = Vec::with_capacity(args.rounds as usize);
        for _ in 0..args.rounds {
            let started = Instant::now();
            once().await?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
        println!("| {label} | {found} | {:.1} | {:.1} | {:.1} |", at(0.5), at(0.95), times[times.len() - 1]);
    }
    Ok(())
}
