//! Eight months of demo history, so the programme dashboard has trends, a previous period to compare with
//! and a retention table worth reading: 60 more members who signed up over the last eight months and then
//! replied, submitted stories and redeemed stickers at rates that fade as they age.
//!
//! Posts and redemptions go through the portal's own repository functions (backdated), so counters, search
//! and the activity rollup stay right; points only move through the ledger (a backdated welcome gift that
//! pays for the stickers). Replies and stories earn nothing here: the demo forum's ledger was written before.

use crate::CliError;
use app::{
    accounts::{
        domain::{DisplayName, Email, Role},
        repo,
    },
    db::Tx,
    forum::{
        domain::slugify,
        repo::{posts, topics},
    },
    markdown, on_tx,
    recognition::{
        domain::Reason,
        repo::ledger::{self, Entry},
    },
    rewards::repo::redeem,
};
use rand::{rngs::StdRng, Rng, SeedableRng};

const DAY: i64 = 86_400;
const MEMBERS: usize = 60;
const HISTORY_DAYS: i64 = 240;

const FIRST: &[&str] = &[
    "Amara", "Bruno", "Chen", "Dalia", "Emeka", "Freya", "Goran", "Hana", "Ivan", "Jun", "Kavya", "Luca", "Mina",
    "Nikos", "Olu", "Paula", "Quinn", "Rosa", "Sven", "Tariq",
];
const LAST: &[&str] =
    &["Adeyemi", "Berg", "Costa", "Duarte", "Eriksen", "Fischer", "Gupta", "Hoang", "Ibrahim", "Jansen"];

const TOPICS: &[(&str, &str)] = &[
    ("Show us your dashboard setup", "Share a screenshot or describe the dashboards your team opens every morning."),
    ("Onboarding new teammates: what works?", "How do you get a new colleague productive in their first week?"),
    ("What are you automating this quarter?", "Reports, alerts, hand-offs: tell us what you are automating next."),
];

const REPLIES: &[&str] = &[
    "We pinned a weekly summary for the whole team; it replaced two status meetings.",
    "A checklist in the shared workspace plus a buddy for the first two weeks works well for us.",
    "Scheduled exports to the finance team were our first win.",
    "Alerts on threshold changes saved us a lot of manual checking.",
    "We keep one dashboard per customer segment; it makes reviews much shorter.",
    "Templates for recurring reports are underrated. Start there.",
    "Thanks for sharing! We are trying the same approach next month.",
    "Our tip: name things consistently from day one.",
];

/// How likely a member who joined `age` days ago is to take part in a given week: high at first, fading.
fn weekly_chance(age: i64) -> f64 {
    0.7 * 0.72f64.powf(age as f64 / 30.0) + 0.04
}

pub async fn seed(tx: &mut Tx, admin: i64, password_hash: &str, now: i64) -> Result<(), CliError> {
    let mut rng = StdRng::seed_from_u64(0xC40_5EED);
    let start = now - HISTORY_DAYS * DAY;
    let category: i64 = on_tx!(tx, c => sqlx::query_scalar("SELECT id FROM categories ORDER BY position, id LIMIT 1")
        .fetch_one(c)
        .await)?;
    let mut topic_ids = Vec::new();
    for (title, body) in TOPICS {
        let slug = slugify(title);
        let html = markdown::render(body).html;
        let new = topics::NewTopic {
            category_id: category,
            author_id: admin,
            title,
            slug: &slug,
            body_md: body,
            body_html: &html,
            now: start - DAY,
        };
        topic_ids.push(topics::insert(tx, &new).await?.ok_or("demo category is archived")?);
    }
    let stickers: i64 = on_tx!(tx, c => sqlx::query_scalar("SELECT id FROM rewards WHERE title = 'Sticker pack'")
        .fetch_one(c)
        .await)?;

    // Who joined when, and everything they did, in the order it happened (topics must grow in time order).
    let mut events: Vec<(i64, usize, u8)> = Vec::new();
    let mut members = Vec::new();
    for i in 0..MEMBERS {
        let joined = start + (i as i64 * (HISTORY_DAYS - 3) * DAY) / MEMBERS as i64 + rng.gen_range(0..DAY);
        let name = format!("{} {}", FIRST[i % FIRST.len()], LAST[(i / FIRST.len() + i) % LAST.len()]);
        let email = format!("member{:02}@demo.chorus.test", i + 1);
        let id = repo::insert_user(
            tx,
            &Email::parse(&email).map_err(|e| e.message)?,
            &DisplayName::parse(&name).map_err(|e| e.message)?,
            password_hash,
            Role::Member,
            true,
        )
        .await
        .map_err(|e| format!("demo history member: {e:?}"))?;
        on_tx!(tx, c => sqlx::query("UPDATE users SET created_at = $1, updated_at = $1 WHERE id = $2")
            .bind(joined)
            .bind(id)
            .execute(c)
            .await
            .map(|_| ()))?;
        members.push((id, joined));
        let mut week = joined + rng.gen_range(3600..DAY);
        while week < now - 3600 {
            let chance = weekly_chance((week - joined) / DAY);
            for kind in 0..3u8 {
                // a reply, a story, a redemption: each rarer than the one before
                let odds = chance * [1.0, 0.06, 0.05][kind as usize];
                if rng.gen_bool(odds.min(1.0)) {
                    events.push(((week + rng.gen_range(0..6 * DAY)).min(now - 60), i, kind));
                }
            }
            week += 7 * DAY;
        }
    }
    events.sort();
    let mut stories = 0;
    for (n, (at, i, kind)) in events.into_iter().enumerate() {
        let (user, _) = members[i];
        match kind {
            0 => {
                let body = REPLIES[n % REPLIES.len()];
                let html = markdown::render(body).html;
                let topic = topic_ids[n % topic_ids.len()];
                posts::reply(tx, topic, user, body, &html, at).await?.map_err(|e| format!("demo reply: {e:?}"))?;
            }
            1 if stories < 10 => {
                stories += 1;
                story(tx, user, at, stories, now).await?;
            }
            2 => redeem_stickers(tx, user, stickers, at, n).await?,
            _ => {}
        }
    }
    // Backdated replies moved the category's "last post" back in time; put it on the newest again.
    let fix = "UPDATE categories SET last_post_at = (SELECT MAX(last_post_at) FROM topics WHERE topics.category_id = categories.id)
               WHERE id = $1";
    on_tx!(tx, c => sqlx::query(fix).bind(category).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// A story submitted at `at`; most are approved two days later, the third one featured.
async fn story(tx: &mut Tx, author: i64, at: i64, n: usize, now: i64) -> Result<(), CliError> {
    let approved = (!n.is_multiple_of(4)).then_some((at + 2 * DAY).min(now - 60));
    let featured = approved.filter(|_| n == 3);
    let status = if approved.is_some() { "approved" } else { "submitted" };
    let title = format!("How our team saves a day a month with shared dashboards ({n})");
    let body = "We replaced a spreadsheet ritual with shared dashboards and weekly summaries. The whole team now \
                sees the same numbers, and month-end reporting takes an afternoon instead of a day.";
    let sql = "INSERT INTO stories (author_id, title, slug, body, body_html, excerpt, product, product_slug, rating,
                                    consent, status, featured_at, created_at, updated_at, submitted_at, approved_at,
                                    published_at)
               VALUES ($1, $2, $3, $4, $5, $6, 'Dashboards', 'dashboards', 5, 'named', $7, $8, $9, $10, $9, $11, $11)";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(author)
        .bind(&title)
        .bind(slugify(&title))
        .bind(body)
        .bind(markdown::render(body).html)
        .bind(markdown::plain_text(body, 240))
        .bind(status)
        .bind(featured)
        .bind(at)
        .bind(approved.unwrap_or(at))
        .bind(approved)
        .execute(c)
        .await
        .map(|_| ()))?;
    app::activity::record(tx, author, at).await?;
    Ok(())
}

/// A welcome gift through the ledger, then a sticker pack bought with it (within the reward's limit of two).
async fn redeem_stickers(tx: &mut Tx, user: i64, reward: i64, at: i64, n: usize) -> Result<(), CliError> {
    let key = format!("demo-history-gift-{n}");
    let gift = Entry {
        user_id: user,
        amount: 50,
        reason: Reason::Adjustment,
        note: "Thanks for joining the community",
        ref_kind: None,
        ref_id: None,
        actor_id: None,
        reverses_id: None,
        key: &key,
        now: at - 60,
    };
    ledger::append(tx, &gift).await?;
    let key = redeem::stored_key(user, &format!("demo-history-stickers-{n}"));
    match redeem::redeem(tx, user, reward, &key, at).await? {
        redeem::Outcome::Done(_) | redeem::Outcome::Refused(_) => Ok(()),
        other => Err(format!("demo history redemption: {other:?}").into()),
    }
}
