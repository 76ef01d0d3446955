//! `chorus seed --demo`: a small, believable community to explore. Demo only: the passwords are printed.
//! `chorus seed --synthetic` ([`synthetic`]) fills a large one for benchmarks.

pub mod batch;
pub mod demo_challenges;
pub mod demo_forum;
pub mod demo_history;
pub mod demo_nps;
pub mod demo_referrals;
pub mod demo_rewards;
pub mod demo_stories;
pub mod synthetic;
pub mod synthetic_programme;
pub mod synthetic_stories;
pub mod synthetic_text;

use crate::{
    cli::{Cli, SeedArgs},
    database, CliError,
};
use app::accounts::{
    domain::{DisplayName, Email, Role},
    passwords::Passwords,
    repo,
};

/// The demo people: email, display name, role. They all share one printed password.
pub const DEMO_PEOPLE: &[(&str, &str, Role)] = &[
    ("admin@demo.chorus.test", "Priya Raman", Role::Admin),
    ("moderator@demo.chorus.test", "Tomás Herrera", Role::Moderator),
    ("ada@demo.chorus.test", "Ada Okafor", Role::Member),
    ("lin@demo.chorus.test", "Lin Zhao", Role::Member),
    ("sam@demo.chorus.test", "Sam Whitaker", Role::Member),
    ("noor@demo.chorus.test", "Noor Haddad", Role::Member),
];

/// Known on purpose, so that people trying the demo can sign in. Never use it for a real community.
pub const DEMO_PASSWORD: &str = "chorus-demo-password";

pub async fn run(cli: &Cli, args: &SeedArgs) -> Result<(), CliError> {
    if args.synthetic {
        return synthetic::run(cli, args).await;
    }
    let db = database::open(&cli.database_url, 2).await?;
    let passwords = Passwords::new(2)?;
    let mut hashes = Vec::new();
    for _ in DEMO_PEOPLE {
        hashes.push(passwords.hash(DEMO_PASSWORD.to_string()).await.map_err(|e| e.to_string())?);
    }

    let mut tx = db.begin_write().await?;
    // Counted inside the write transaction, so a concurrent sign-up cannot slip in between check and insert.
    let existing = repo::count_users_tx(&mut tx).await?;
    if existing > 0 && args.if_empty {
        println!("The database already has {existing} account(s): demo seed skipped.");
        return Ok(());
    }
    if existing > 0 {
        return Err(format!(
            "this database already has {existing} account(s); the demo seed only fills an empty database"
        )
        .into());
    }
    let mut people = Vec::new();
    for ((email, name, role), hash) in DEMO_PEOPLE.iter().zip(&hashes) {
        let email = Email::parse(email).map_err(|e| e.message)?;
        let name = DisplayName::parse(name).map_err(|e| e.message)?;
        people.push(repo::insert_user(&mut tx, &email, &name, hash, *role, true).await?);
    }
    demo_forum::seed(&mut tx, &people).await.map_err(|e| format!("demo forum: {e}"))?;
    demo_rewards::seed(&mut tx, &people, app::db::now()).await.map_err(|e| format!("demo rewards: {e}"))?;
    demo_stories::seed(&mut tx, &people, app::db::now()).await.map_err(|e| format!("demo stories: {e}"))?;
    demo_challenges::seed(&mut tx, &people, app::db::now()).await.map_err(|e| format!("demo challenges: {e}"))?;
    demo_nps::seed(&mut tx, &people, &hashes[0], app::db::now()).await.map_err(|e| format!("demo surveys: {e}"))?;
    demo_referrals::seed(&mut tx, &people, &hashes[0], app::db::now())
        .await
        .map_err(|e| format!("demo referrals: {e}"))?;
    demo_history::seed(&mut tx, people[0], &hashes[0], app::db::now())
        .await
        .map_err(|e| format!("demo history: {e}"))?;
    // The demo's notifications are history, not news: nobody is emailed about them when the portal starts.
    app::on_tx!(&mut tx, c => sqlx::query("UPDATE notifications SET mail_state = 'done'").execute(c).await.map(|_| ()))?;
    tx.commit().await?;
    db.close().await;

    println!("Demo community created, with a forum, customer stories, challenges, points and a reward store to explore. DEMO ONLY: these accounts share a published password.");
    println!();
    println!("  {:<30} {:<16} name", "email", "role");
    for (email, name, role) in DEMO_PEOPLE {
        println!("  {:<30} {:<16} {}", email, role.label(), name);
    }
    println!();
    println!("  password for all of them: {DEMO_PASSWORD}");
    Ok(())
}
