//! The demo community's points and rewards: the demo forum's posts and likes earn under the default rules,
//! a few admin adjustments, a catalogue with limited stock and a code pool, and some redemptions. Written
//! through the same repository functions the portal uses, so every balance matches its ledger.

use app::{
    db::Tx,
    recognition::{
        domain::{Reason, Rule},
        repo::ledger::{self, Earning, Entry},
    },
    rewards::{
        domain::{RewardDraft, RewardKind},
        repo::{catalogue, redeem},
    },
};

/// (person, points, reason): manual recognition by the admin (person 0).
const ADJUSTMENTS: &[(usize, i64, &str)] = &[
    (2, 400, "Spoke at the customer summit"),
    (3, 150, "Joined the dashboards beta feedback session"),
    (4, 60, "Welcome gift"),
];

struct DemoReward {
    title: &'static str,
    description: &'static str,
    kind: RewardKind,
    cost: i64,
    stock: Option<i64>,
    per_user_limit: Option<i64>,
    min_level: Option<&'static str>,
}

const REWARDS: &[DemoReward] = &[
    DemoReward {
        title: "Sticker pack",
        description: "Five laptop stickers, shipped anywhere.",
        kind: RewardKind::Physical,
        cost: 50,
        stock: None,
        per_user_limit: Some(2),
        min_level: None,
    },
    DemoReward {
        title: "Early access: AI dashboards beta",
        description: "Try the new dashboards before anyone else and tell the product team what you think.",
        kind: RewardKind::EarlyAccess,
        cost: 150,
        stock: None,
        per_user_limit: Some(1),
        min_level: Some("Advocate"),
    },
    DemoReward {
        title: "20% off your next renewal",
        description: "A one-time discount code for your next annual renewal.",
        kind: RewardKind::DiscountCode,
        cost: 300,
        stock: None,
        per_user_limit: Some(1),
        min_level: None,
    },
    DemoReward {
        title: "Chorus hoodie",
        description: "Heavyweight, embroidered, in navy. Limited run.",
        kind: RewardKind::Physical,
        cost: 500,
        stock: Some(3),
        per_user_limit: Some(1),
        min_level: None,
    },
    DemoReward {
        title: "Coffee with our CEO",
        description: "Thirty minutes, your questions, on video or in person at the summit.",
        kind: RewardKind::Experience,
        cost: 1000,
        stock: Some(1),
        per_user_limit: Some(1),
        min_level: Some("Champion"),
    },
];

const CODES: &[&str] = &["RENEW-7KQ2-ADA", "RENEW-P9X4-LIN", "RENEW-M3T8-SAM", "RENEW-V6H1-NOO", "RENEW-C2J5-PRI"];

/// Writes the demo points and rewards inside `tx`; `people` are the demo accounts' ids.
pub async fn seed(tx: &mut Tx, people: &[i64], now: i64) -> Result<(), crate::CliError> {
    earn_for_forum(tx).await?;
    for (i, (person, amount, reason)) in ADJUSTMENTS.iter().enumerate() {
        let key = format!("demo-adjust-{i}");
        let entry = Entry {
            user_id: people[*person],
            amount: *amount,
            reason: Reason::Adjustment,
            note: reason,
            ref_kind: None,
            ref_id: None,
            actor_id: Some(people[0]),
            reverses_id: None,
            key: &key,
            now: now - 86_400 * 3,
        };
        ledger::append(tx, &entry).await?;
    }
    let mut ids = Vec::new();
    for r in REWARDS {
        let min_level_id = match r.min_level {
            None => None,
            Some(name) => Some(level_id(tx, name).await?),
        };
        let draft = RewardDraft {
            title: r.title.into(),
            description: r.description.into(),
            kind: r.kind,
            cost: r.cost,
            stock: r.stock,
            per_user_limit: r.per_user_limit,
            min_level_id,
            starts_at: None,
            ends_at: None,
            active: true,
            group: None,
        };
        ids.push(catalogue::insert(tx, &draft, None, now - 86_400 * 7).await?);
    }
    let codes: Vec<String> = CODES.iter().map(|c| c.to_string()).collect();
    catalogue::add_codes(tx, ids[2], &codes, now - 86_400 * 7).await?;
    // Lin's stickers arrived; Ada's renewal discount waits for an admin.
    let stickers = redeemed(tx, people[3], ids[0], "demo-lin-stickers", now - 86_400 * 2).await?;
    redeem::fulfil(tx, stickers, people[0], "Posted on Tuesday; tracking LP0042-UK.", now - 86_400).await?;
    redeemed(tx, people[2], ids[2], "demo-ada-renewal", now - 3_600).await?;
    Ok(())
}

async fn redeemed(tx: &mut Tx, user: i64, reward: i64, key: &str, at: i64) -> Result<i64, crate::CliError> {
    match redeem::redeem(tx, user, reward, &redeem::stored_key(user, key), at).await? {
        redeem::Outcome::Done(id) => Ok(id),
        other => Err(format!("demo redemption refused: {other:?}").into()),
    }
}

/// Awards what the default rules give for every demo post and like, as if they were posted live.
async fn earn_for_forum(tx: &mut Tx) -> Result<(), crate::CliError> {
    let posts = "SELECT id, author_id, number, created_at FROM posts ORDER BY id";
    let rows: Vec<(i64, i64, i64, i64)> = app::on_tx!(tx, c => sqlx::query_as(posts).fetch_all(c).await)?;
    for (post_id, author, number, at) in rows {
        let rule = if number == 1 { Rule::Topic } else { Rule::Reply };
        let key = format!("post:{post_id}");
        let earning =
            Earning { user_id: author, rule, ref_kind: "post", ref_id: post_id, actor_id: None, key, now: at };
        ledger::earn(tx, &earning).await?;
    }
    let likes =
        "SELECT l.post_id, l.user_id, p.author_id, l.created_at FROM post_likes l JOIN posts p ON p.id = l.post_id";
    let rows: Vec<(i64, i64, i64, i64)> = app::on_tx!(tx, c => sqlx::query_as(likes).fetch_all(c).await)?;
    for (post_id, liker, author, at) in rows {
        let earning = Earning {
            user_id: author,
            rule: Rule::LikeReceived,
            ref_kind: "post",
            ref_id: post_id,
            actor_id: Some(liker),
            key: format!("like:{post_id}:{liker}"),
            now: at,
        };
        ledger::earn(tx, &earning).await?;
    }
    Ok(())
}

async fn level_id(tx: &mut Tx, name: &str) -> Result<i64, sqlx::Error> {
    app::on_tx!(tx, c => sqlx::query_scalar("SELECT id FROM levels WHERE name = $1").bind(name).fetch_one(c).await)
}
