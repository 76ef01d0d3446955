//! `chorus bench-members`: the admins' member list on a large community. Gives the synthetic members some
//! variety first (a few moderators, suspended and silenced members, "last seen" times; once), then times each
//! search, filter and order the list offers, one request after another (an admin searching; nobody searches at
//! hundreds a second), and prints a Markdown table of median / p95 / max in milliseconds with the number of
//! members each finds.

use crate::{
    cli::{BenchMembersArgs, Cli},
    database, CliError,
};
use app::{
    admin::filter::{MemberFilter, MembersQuery},
    on_db,
};
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
        // One member in ten in a group; one in seven answered an NPS survey.
        "INSERT INTO member_groups (slug, name, description, visibility, joining, created_at, updated_at)
         SELECT 'bench', 'Bench group', '', 'visible', 'admins', $1, $1
         WHERE NOT EXISTS (SELECT 1 FROM member_groups WHERE slug = 'bench')",
        "INSERT INTO group_members (group_id, user_id, how, added_at)
         SELECT g.id, u.id, 'admin', $1 FROM member_groups g, users u WHERE g.slug = 'bench' AND u.id % 10 = 1
         ON CONFLICT DO NOTHING",
        "INSERT INTO surveys (title, question, ask_why, period_days, starts_at, created_by, created_at, updated_at)
         SELECT 'Bench', 'How likely are you to recommend us?', 1, 90, $1, MIN(id), $1, $1 FROM users
         WHERE NOT EXISTS (SELECT 1 FROM surveys WHERE title = 'Bench')",
        "INSERT INTO survey_responses (survey_id, user_id, period_no, score, comment, created_at)
         SELECT s.id, u.id, 0, u.id % 11, '', $1 FROM surveys s, users u WHERE s.title = 'Bench' AND u.id % 7 = 0
         ON CONFLICT DO NOTHING",
    ];
    for sql in variety {
        let at = now + 30 * 86_400;
        on_db!(&db, p => if sql.contains("$1") {
            sqlx::query(sql).bind(at).execute(p).await.map(|_| ())
        } else {
            sqlx::query(sql).execute(p).await.map(|_| ())
        })?;
    }
    app::nps::repo::note_latest_scores(&db).await?;
    let group: i64 =
        on_db!(&db, p => sqlx::query_scalar("SELECT id FROM member_groups WHERE slug = 'bench'").fetch_one(p).await)?;
    let group = group.to_string();
    let levels = app::recognition::repo::reads::levels(&db).await?;
    let second_level = levels.get(1).map(|l| l.id.to_string()).unwrap_or_default();
    let cases: Vec<(&str, [&str; 7], u32)> = vec![
        ("everyone, newest first", ["", "", "", "", "", "", ""], 1),
        ("everyone, page 1,000", ["", "", "", "", "", "", ""], 1000),
        ("search an email (\"user4242@\")", ["user4242@", "", "", "", "", "", ""], 1),
        ("search a name (\"ada\")", ["ada", "", "", "", "", "", ""], 1),
        ("search a name, by name", ["ada", "", "", "", "", "", "name"], 1),
        ("search that finds nobody", ["zzzz-nobody", "", "", "", "", "", ""], 1),
        ("moderators", ["", "moderator", "", "", "", "", ""], 1),
        ("suspended", ["", "", "suspended", "", "", "", ""], 1),
        ("active, most points", ["", "", "active", "", "", "", "points"], 1),
        ("second level", ["", "", "", &second_level, "", "", ""], 1),
        ("a group (one in ten)", ["", "", "", "", &group, "", ""], 1),
        ("NPS detractors", ["", "", "", "", "", "detractor", ""], 1),
        ("NPS promoters in the group, by name", ["", "", "", "", &group, "promoter", "name"], 1),
        ("everyone, last seen", ["", "", "", "", "", "", "seen"], 1),
        ("everyone, by name", ["", "", "", "", "", "", "name"], 1),
    ];
    println!("{members} members, {} levels; {} rounds each\n", levels.len(), args.rounds);
    println!("| search | found | median ms | p95 ms | max ms |");
    println!("|---|---:|---:|---:|---:|");
    for (label, [q, role, status, level, group, nps, sort], page) in cases {
        let text = |s: &str| s.to_string();
        let query = MembersQuery {
            q: text(q),
            role: text(role),
            status: text(status),
            level: text(level),
            group: text(group),
            nps: text(nps),
            sort: text(sort),
        };
        let filter = MemberFilter::parse(&query).map_err(|e| e.message)?;
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
