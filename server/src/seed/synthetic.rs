//! `chorus seed --synthetic`: a large, deterministic community for benchmarks (100,000 members, 50,000 topics
//! and a million posts by default). Rows go in with explicit ids in multi-row inserts, with every counter
//! computed up front, so the result is what the portal itself would have written, only much faster.

use crate::{
    cli::{Cli, SeedArgs},
    database,
    progress::Progress,
    seed::batch::{insert_batches, joined_at, YEAR},
    seed::synthetic_text::{body, title, Words},
    CliError,
};
use app::{
    accounts::{passwords::Passwords, repo},
    db::{Backend, Db, Tx},
    on_db, on_tx,
};
use rand::{rngs::StdRng, Rng, SeedableRng};

/// Every synthetic member can sign in with this (benchmarks of signed-in pages need it). Never for real use.
pub const SYNTHETIC_PASSWORD: &str = "chorus-synthetic-password";
const BATCH: usize = 1000;

struct TopicPlan {
    category: u32,
    author: u32,
    created_at: i64,
    posts: u32,
    last_at: i64,
    last_poster: u32,
}

struct PostPlan {
    topic: u32,
    author: u32,
    at: i64,
    number: u32,
}

pub async fn run(cli: &Cli, args: &SeedArgs) -> Result<(), CliError> {
    if args.posts < args.topics {
        return Err("--posts must be at least --topics: every topic starts with an opening post".into());
    }
    let db = database::open(&cli.database_url, 4).await?;
    let existing = repo::count_users(&db).await?;
    if existing > 0 {
        let msg =
            format!("this database already has {existing} account(s); the synthetic seed only fills an empty one");
        return Err(msg.into());
    }
    let started = std::time::Instant::now();
    let hash = Passwords::new(1)?.hash(SYNTHETIC_PASSWORD.to_string()).await.map_err(|e| e.to_string())?;
    let mut rng = StdRng::seed_from_u64(args.random_seed);
    let now = app::db::now();
    let (users, topics, categories) = (args.users as u32, args.topics as u32, args.categories as u32);
    let (mut plan, posts) = plan(&mut rng, users, topics, categories, args.posts, now);
    let words = Words::new();

    insert_users(&db, users, &hash, now).await?;
    insert_categories(&db, categories, &plan, now).await?;
    insert_topics(&db, &mut plan, &words, args.random_seed).await?;
    insert_posts(&db, &posts, &words, args.random_seed).await?;
    super::synthetic_stories::insert(&db, args.stories, users, &words, args.random_seed, now).await?;
    let programme = super::synthetic_programme::insert(&db, users, args.random_seed, now).await?;
    finish(&db).await?;
    db.close().await;
    println!(
        "Synthetic community created in {:.0} s: {users} members, {categories} categories, {topics} topics, {} posts, {} stories, {} referrals, {} survey answers, {} redemptions.",
        started.elapsed().as_secs_f64(),
        args.posts,
        args.stories,
        programme.referrals,
        programme.answers,
        programme.redemptions,
    );
    println!("Members are user1@synthetic.chorus.test … user{users}@synthetic.chorus.test, password {SYNTHETIC_PASSWORD} (benchmarks only).");
    Ok(())
}

/// Decides who wrote what, where and when. Replies go to topics with preferential attachment (a busy topic
/// attracts more), which gives the long tail real forums have; numbers follow time within each topic.
fn plan(
    rng: &mut StdRng,
    users: u32,
    topics: u32,
    categories: u32,
    posts: u64,
    now: i64,
) -> (Vec<TopicPlan>, Vec<PostPlan>) {
    let start = now - YEAR;
    let mut plan: Vec<TopicPlan> = (0..topics)
        .map(|i| {
            let created_at = start + i64::from(i) * (YEAR - 3600) / i64::from(topics.max(1)) + rng.gen_range(0..60);
            let author = author_at(rng, users, created_at, now);
            TopicPlan {
                category: rng.gen_range(1..=categories),
                author,
                created_at,
                posts: 1,
                last_at: created_at,
                last_poster: author,
            }
        })
        .collect();
    let replies = posts - u64::from(topics);
    let mut chosen: Vec<u32> = Vec::with_capacity(replies as usize);
    let mut all: Vec<PostPlan> = Vec::with_capacity(posts as usize);
    for (i, t) in plan.iter().enumerate() {
        all.push(PostPlan { topic: i as u32, author: t.author, at: t.created_at, number: 1 });
    }
    for _ in 0..replies {
        let topic = if !chosen.is_empty() && rng.gen_bool(0.6) {
            chosen[rng.gen_range(0..chosen.len())]
        } else {
            rng.gen_range(0..topics)
        };
        chosen.push(topic);
        let opened = plan[topic as usize].created_at;
        let at = (opened + rng.gen_range(60..=30 * 24 * 3600)).min(now - 1).max(opened + 1);
        all.push(PostPlan { topic, author: author_at(rng, users, at, now), at, number: 0 });
    }
    all.sort_by_key(|p| (p.at, p.number == 0));
    for p in &mut all {
        if p.number == 0 {
            let t = &mut plan[p.topic as usize];
            t.posts += 1;
            p.number = t.posts;
            if p.at >= t.last_at {
                t.last_at = p.at;
                t.last_poster = p.author;
            }
        }
    }
    (plan, all)
}

/// A member who had joined by `at`, more likely a recent one (activity fades as members age), so that
/// nobody posts before signing up and the retention table decays as real ones do.
fn author_at(rng: &mut StdRng, users: u32, at: i64, now: i64) -> u32 {
    let joined = ((at - (now - 2 * YEAR)) as f64 / (2 * YEAR - 86_400) as f64 * f64::from(users)) as u32;
    let newest = joined.clamp(1, users);
    // Too early for anyone but the first member: keep them (the generator's topics start a year back).
    let r: f64 = rng.gen();
    newest - ((r * r * f64::from(newest)) as u32).min(newest - 1)
}

async fn insert_users(db: &Db, users: u32, hash: &str, now: i64) -> Result<(), CliError> {
    let mut progress = Progress::new("members", u64::from(users));
    let ids: Vec<u32> = (1..=users).collect();
    let names = super::synthetic_text::NAMES;
    insert_batches!(
        db,
        progress,
        "users",
        "id, email, display_name, password_hash, role, created_at, updated_at, handle, email_verified_at",
        &ids,
        |q, id| {
            let name = format!(
                "{} {}",
                names[*id as usize % names.len()],
                names[(*id as usize / names.len() + 7) % names.len()]
            );
            let joined = joined_at(*id, users, now);
            q.bind(i64::from(*id))
                .bind(format!("user{id}@synthetic.chorus.test"))
                .bind(name)
                .bind(hash)
                .bind("member")
                .bind(joined)
                .bind(joined)
                .bind(format!("user{id}"))
                .bind(joined)
        }
    );
    progress.finish();
    Ok(())
}

async fn insert_categories(db: &Db, categories: u32, plan: &[TopicPlan], now: i64) -> Result<(), CliError> {
    let mut progress = Progress::new("categories", u64::from(categories));
    let mut counts = vec![(0i64, 0i64, None::<i64>); categories as usize + 1];
    for t in plan {
        let c = &mut counts[t.category as usize];
        c.0 += 1;
        c.1 += i64::from(t.posts);
        c.2 = Some(c.2.map_or(t.last_at, |v: i64| v.max(t.last_at)));
    }
    let ids: Vec<u32> = (1..=categories).collect();
    let names = super::synthetic_text::CATEGORIES;
    insert_batches!(
        db,
        progress,
        "categories",
        "id, slug, name, description, position, topic_count, post_count, last_post_at, created_at, updated_at",
        &ids,
        |q, id| {
            let base = names[(*id as usize - 1) % names.len()];
            let round = (*id as usize - 1) / names.len();
            let (slug, name) = if round == 0 {
                (base.0.to_string(), base.1.to_string())
            } else {
                (format!("{}-{round}", base.0), format!("{} {round}", base.1))
            };
            let (topics, posts, last) = counts[*id as usize];
            q.bind(i64::from(*id))
                .bind(slug)
                .bind(name)
                .bind(base.2)
                .bind(i64::from(*id))
                .bind(topics)
                .bind(posts)
                .bind(last)
                .bind(now - YEAR)
                .bind(now - YEAR)
        }
    );
    progress.finish();
    Ok(())
}

async fn insert_topics(db: &Db, plan: &mut [TopicPlan], words: &Words, seed: u64) -> Result<(), CliError> {
    let mut progress = Progress::new("topics", plan.len() as u64);
    let rows: Vec<(usize, &TopicPlan)> = plan.iter().enumerate().collect();
    insert_batches!(
        db,
        progress,
        "topics",
        "id, category_id, author_id, title, slug, post_count, last_post_at, last_poster_id, created_at",
        &rows,
        |q, row| {
            let (i, t) = *row;
            let title = title(words, seed ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let slug = app::forum::domain::slugify(&title);
            q.bind(i as i64 + 1)
                .bind(i64::from(t.category))
                .bind(i64::from(t.author))
                .bind(title)
                .bind(slug)
                .bind(i64::from(t.posts))
                .bind(t.last_at)
                .bind(i64::from(t.last_poster))
                .bind(t.created_at)
        }
    );
    progress.finish();
    Ok(())
}

async fn insert_posts(db: &Db, posts: &[PostPlan], words: &Words, seed: u64) -> Result<(), CliError> {
    let mut progress = Progress::new("posts", posts.len() as u64);
    let rows: Vec<(usize, &PostPlan)> = posts.iter().enumerate().collect();
    insert_batches!(
        db,
        progress,
        "posts",
        "id, topic_id, number, author_id, body_md, body_html, created_at",
        &rows,
        |q, row| {
            let (i, p) = *row;
            let (md, html) = body(words, seed.wrapping_add(i as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
            q.bind(i as i64 + 1)
                .bind(i64::from(p.topic) + 1)
                .bind(i64::from(p.number))
                .bind(i64::from(p.author))
                .bind(md)
                .bind(html)
                .bind(p.at)
        }
    );
    progress.finish();
    Ok(())
}

/// Authors follow their topics; PostgreSQL's sequences move past the explicit ids; statistics are fresh.
async fn finish(db: &Db) -> Result<(), CliError> {
    let mut tx: Tx = db.begin_write().await?;
    let follow =
        "INSERT INTO topic_follows (topic_id, user_id, created_at) SELECT id, author_id, created_at FROM topics";
    on_tx!(&mut tx, c => sqlx::query(follow).execute(c).await.map(|_| ()))?;
    if db.backend() == Backend::Postgres {
        let tables = [
            "users",
            "categories",
            "topics",
            "posts",
            "stories",
            "referrals",
            "surveys",
            "survey_responses",
            "rewards",
            "redemptions",
        ];
        for table in tables {
            let sql = format!("SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))");
            on_tx!(&mut tx, c => sqlx::query(&sql).execute(c).await.map(|_| ()))?;
        }
    }
    // The dashboard's activity rollup, as the portal would have kept it.
    app::analytics::repo::rebuild_activity(&mut tx).await?;
    tx.commit().await?;
    eprintln!("analysing tables…");
    on_db!(db, p => sqlx::query("ANALYZE").execute(p).await.map(|_| ()))?;
    Ok(())
}
