//! The programme's side of the synthetic community (`chorus seed --synthetic`): the points every post earned,
//! referrals with their link visits, bonuses and rewards, an NPS survey answered every quarter for two years,
//! and a reward catalogue with its redemptions. The dashboard benchmark reads these tables, so they get a real
//! programme's proportions; every balance is the sum of its ledger rows, as the portal keeps it.

use crate::{
    progress::Progress,
    seed::batch::{insert_batches, joined_at},
    CliError,
};
use app::{
    db::{Db, Tx},
    on_db, on_tx,
};
use rand::{rngs::StdRng, Rng, SeedableRng};
use std::collections::BTreeMap;

const BATCH: usize = 1000;
const DAY: i64 = 86_400;
/// The survey asks every member once a quarter.
const SURVEY_PERIOD_DAYS: i64 = 90;
/// The rules' default amounts (migrations 0008 and 0015).
const REFERRAL: i64 = 200;
const WELCOME: i64 = 50;
const SURVEY: i64 = 20;
const REWARDS: [(&str, &str, i64); 6] = [
    ("20% off your next renewal", "discount_code", 200),
    ("Chorus hoodie", "physical", 800),
    ("Early access to the beta", "early_access", 100),
    ("Coffee with the product team", "experience", 500),
    ("Sticker pack", "physical", 50),
    ("Conference ticket", "experience", 3000),
];

/// What the programme tables hold afterwards.
pub struct Summary {
    pub referrals: usize,
    pub answers: usize,
    pub redemptions: usize,
}

/// One ledger row to write: member, amount, counts towards lifetime, reason, what it is about, key, when.
struct Entry {
    user: i64,
    amount: i64,
    lifetime: bool,
    reason: &'static str,
    ref_kind: &'static str,
    ref_id: i64,
    key: String,
    at: i64,
}

struct Referral {
    referrer: i64,
    referee: i64,
    status: &'static str,
    flag: &'static str,
    note: &'static str,
    at: i64,
    qualified_at: Option<i64>,
}

struct Answer {
    user: i64,
    period: i64,
    score: Option<i64>,
    at: i64,
}

struct Redemption {
    user: i64,
    reward: usize,
    status: &'static str,
    at: i64,
}

pub async fn insert(db: &Db, users: u32, seed: u64, now: i64) -> Result<Summary, CliError> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x9a0d_7e11);
    let started = now - 2 * 365 * DAY;
    let joined = |id: i64| joined_at(id as u32, users, now);

    // Every post earned its rule's points when it was written (10 for a topic, 5 for a reply).
    eprintln!("points for posts…");
    let posts = "INSERT INTO points_ledger (user_id, amount, lifetime, reason, ref_kind, ref_id, idem_key, created_at)
                 SELECT author_id, CASE WHEN number = 1 THEN 10 ELSE 5 END, 1,
                        CASE WHEN number = 1 THEN 'topic' ELSE 'reply' END, 'post', id, 'post:' || id, created_at
                 FROM posts";
    on_db!(db, p => sqlx::query(posts).execute(p).await.map(|_| ()))?;
    let earned =
        "SELECT author_id, CAST(SUM(CASE WHEN number = 1 THEN 10 ELSE 5 END) AS BIGINT) FROM posts GROUP BY author_id";
    let earned: Vec<(i64, i64)> = on_db!(db, p => sqlx::query_as(earned).fetch_all(p).await)?;
    let mut budget: BTreeMap<i64, i64> = earned.into_iter().collect();
    let mut ledger: Vec<Entry> = Vec::new();

    // About one member in twelve joined through a friend's link, most of them rewarded.
    let mut referrals: Vec<Referral> = Vec::new();
    for referee in 2..=i64::from(users) {
        if !rng.gen_bool(1.0 / 12.0) {
            continue;
        }
        let referrer = rng.gen_range(1..referee);
        let at = joined(referee);
        let roll: f64 = rng.gen();
        let (status, flag, note) = match roll {
            r if r < 0.70 => ("rewarded", "", ""),
            r if r < 0.93 => ("signed_up", "", ""),
            r if r < 0.96 => {
                ("held", "ip_burst", "Sign-up 3 through a referral link from this address within an hour.")
            }
            _ => ("rejected", "self", "The new member's email is the referrer's own once dots and +tags are removed."),
        };
        let qualified_at = (status == "rewarded").then(|| (at + rng.gen_range(DAY..30 * DAY)).min(now - 1));
        referrals.push(Referral { referrer, referee, status, flag, note, at, qualified_at });
    }
    for (i, r) in referrals.iter().enumerate() {
        let id = i as i64 + 1;
        if matches!(r.status, "rewarded" | "signed_up") {
            ledger.push(Entry::earn(r.referee, WELCOME, "welcome", "referral", id, format!("welcome:{id}"), r.at));
            *budget.entry(r.referee).or_default() += WELCOME;
        }
        if let Some(paid) = r.qualified_at {
            ledger.push(Entry::earn(r.referrer, REFERRAL, "referral", "referral", id, format!("referral:{id}"), paid));
            *budget.entry(r.referrer).or_default() += REFERRAL;
        }
    }
    // Each sign-up came after a few visits of the link, and links are visited by people who never join.
    let mut clicks: BTreeMap<(i64, i64), i64> = BTreeMap::new();
    for r in &referrals {
        *clicks.entry((r.referrer, r.at.div_euclid(DAY))).or_default() += rng.gen_range(1..=4);
        let stray = (r.at + rng.gen_range(0..60 * DAY)).min(now - 1);
        *clicks.entry((r.referrer, stray.div_euclid(DAY))).or_default() += rng.gen_range(1..=3);
    }

    // The pulse survey: members answer in about a third of the quarters after they joined, a few put it off.
    let periods = (now - started) / (SURVEY_PERIOD_DAYS * DAY) + 1;
    let mut answers: Vec<Answer> = Vec::new();
    for user in 1..=i64::from(users) {
        let first = (joined(user) - started) / (SURVEY_PERIOD_DAYS * DAY);
        for period in first..periods {
            let roll: f64 = rng.gen();
            if roll >= 0.38 {
                continue;
            }
            let opens = (started + period * SURVEY_PERIOD_DAYS * DAY).max(joined(user));
            let closes = (started + (period + 1) * SURVEY_PERIOD_DAYS * DAY).min(now);
            if closes <= opens {
                continue;
            }
            let at = rng.gen_range(opens..closes);
            let score = (roll >= 0.04).then(|| match rng.gen_range(0..100) {
                0..=44 => rng.gen_range(9..=10),
                45..=79 => rng.gen_range(7..=8),
                _ => rng.gen_range(0..=6),
            });
            answers.push(Answer { user, period, score, at });
        }
    }
    for (i, a) in answers.iter().enumerate() {
        if a.score.is_some() {
            let id = i as i64 + 1;
            ledger.push(Entry::earn(a.user, SURVEY, "survey", "survey_response", id, format!("survey:{id}"), a.at));
            *budget.entry(a.user).or_default() += SURVEY;
        }
    }

    // Half the members spend some of what they earned, never more than they had.
    let mut redemptions: Vec<Redemption> = Vec::new();
    for (&user, left) in budget.iter_mut() {
        if !rng.gen_bool(0.5) {
            continue;
        }
        for _ in 0..rng.gen_range(1..=3) {
            let reward = rng.gen_range(0..REWARDS.len());
            let cost = REWARDS[reward].2;
            if *left < cost {
                break;
            }
            *left -= cost;
            let at = rng.gen_range(joined(user).max(now - 365 * DAY)..now);
            let status = if now - at > 14 * DAY || rng.gen_bool(0.5) { "fulfilled" } else { "pending" };
            redemptions.push(Redemption { user, reward, status, at });
        }
    }
    for (i, r) in redemptions.iter().enumerate() {
        let id = i as i64 + 1;
        let cost = REWARDS[r.reward].2;
        let entry = Entry {
            user: r.user,
            amount: -cost,
            lifetime: false,
            reason: "redemption",
            ref_kind: "redemption",
            ref_id: id,
            key: format!("redeem:{id}"),
            at: r.at,
        };
        ledger.push(entry);
    }

    write(db, &referrals, &clicks, &answers, &redemptions, &ledger, started, now).await?;
    Ok(Summary { referrals: referrals.len(), answers: answers.len(), redemptions: redemptions.len() })
}

impl Entry {
    fn earn(user: i64, amount: i64, reason: &'static str, kind: &'static str, id: i64, key: String, at: i64) -> Entry {
        Entry { user, amount, lifetime: true, reason, ref_kind: kind, ref_id: id, key, at }
    }
}

#[allow(clippy::too_many_arguments)]
async fn write(
    db: &Db,
    referrals: &[Referral],
    clicks: &BTreeMap<(i64, i64), i64>,
    answers: &[Answer],
    redemptions: &[Redemption],
    ledger: &[Entry],
    started: i64,
    now: i64,
) -> Result<(), CliError> {
    let codes: std::collections::BTreeSet<i64> = referrals.iter().map(|r| r.referrer).collect();
    let code = |user: i64| format!("u{user:07}");
    let mut progress = Progress::new("referral codes", codes.len() as u64);
    let rows: Vec<i64> = codes.into_iter().collect();
    insert_batches!(db, progress, "referral_codes", "user_id, code, created_at", &rows, |q, user| {
        q.bind(*user).bind(code(*user)).bind(started)
    });
    progress.finish();

    let mut progress = Progress::new("referrals", referrals.len() as u64);
    let rows: Vec<(usize, &Referral)> = referrals.iter().enumerate().collect();
    insert_batches!(
        db,
        progress,
        "referrals",
        "id, referrer_id, referee_id, code, status, flag, note, ip, created_at, qualified_at, due_at, rewarded_at",
        &rows,
        |q, row| {
            let (i, r) = *row;
            q.bind(i as i64 + 1)
                .bind(r.referrer)
                .bind(r.referee)
                .bind(code(r.referrer))
                .bind(r.status)
                .bind(r.flag)
                .bind(r.note)
                .bind(format!("10.{}.{}.{}", i % 251, (i / 251) % 251, i % 7))
                .bind(r.at)
                .bind(r.qualified_at)
                .bind(r.qualified_at)
                .bind(r.qualified_at)
        }
    );
    progress.finish();

    let mut progress = Progress::new("link visits", clicks.len() as u64);
    let rows: Vec<(&(i64, i64), &i64)> = clicks.iter().collect();
    insert_batches!(db, progress, "referral_clicks", "user_id, day, clicks", &rows, |q, row| {
        let ((user, day), n) = *row;
        q.bind(*user).bind(*day).bind(*n)
    });
    progress.finish();

    let survey = "INSERT INTO surveys (id, title, question, ask_why, period_days, starts_at, created_by, created_at, updated_at)
                  VALUES (1, 'Quarterly pulse', 'How likely are you to recommend Chorus to a friend or colleague?', 1, $1, $2, 1, $2, $2)";
    on_db!(db, p => sqlx::query(survey).bind(SURVEY_PERIOD_DAYS).bind(started).execute(p).await.map(|_| ()))?;
    let mut progress = Progress::new("survey answers", answers.len() as u64);
    let rows: Vec<(usize, &Answer)> = answers.iter().enumerate().collect();
    insert_batches!(
        db,
        progress,
        "survey_responses",
        "id, survey_id, user_id, period_no, score, comment, created_at",
        &rows,
        |q, row| {
            let (i, a) = *row;
            let comment = match a.score {
                Some(s) if i % 4 == 0 && s >= 9 => "The community answers faster than support.",
                Some(s) if i % 4 == 0 && s <= 6 => "Hard to find older threads.",
                _ => "",
            };
            q.bind(i as i64 + 1).bind(1i64).bind(a.user).bind(a.period).bind(a.score).bind(comment).bind(a.at)
        }
    );
    progress.finish();
    app::nps::repo::note_latest_scores(db).await?;

    let mut progress = Progress::new("rewards", REWARDS.len() as u64);
    let rows: Vec<(usize, &(&str, &str, i64))> = REWARDS.iter().enumerate().collect();
    insert_batches!(
        db,
        progress,
        "rewards",
        "id, title, kind, cost, active, created_at, updated_at",
        &rows,
        |q, row| {
            let (i, (title, kind, cost)) = *row;
            q.bind(i as i64 + 1).bind(*title).bind(*kind).bind(*cost).bind(1i64).bind(started).bind(started)
        }
    );
    progress.finish();
    let mut progress = Progress::new("redemptions", redemptions.len() as u64);
    let rows: Vec<(usize, &Redemption)> = redemptions.iter().enumerate().collect();
    insert_batches!(
        db,
        progress,
        "redemptions",
        "id, user_id, reward_id, cost, status, idem_key, created_at, decided_at",
        &rows,
        |q, row| {
            let (i, r) = *row;
            q.bind(i as i64 + 1)
                .bind(r.user)
                .bind(r.reward as i64 + 1)
                .bind(REWARDS[r.reward].2)
                .bind(r.status)
                .bind(format!("synthetic-{}", i + 1))
                .bind(r.at)
                .bind((r.status == "fulfilled").then(|| (r.at + 2 * DAY).min(now)))
        }
    );
    progress.finish();

    let mut progress = Progress::new("ledger rows", ledger.len() as u64);
    insert_batches!(
        db,
        progress,
        "points_ledger",
        "user_id, amount, lifetime, reason, ref_kind, ref_id, idem_key, created_at",
        ledger,
        |q, e| {
            q.bind(e.user)
                .bind(e.amount)
                .bind(i64::from(e.lifetime))
                .bind(e.reason)
                .bind(e.ref_kind)
                .bind(e.ref_id)
                .bind(&e.key)
                .bind(e.at)
        }
    );
    progress.finish();

    // Balances and lifetime points are the sums of the ledger; the catalogue counts its redemptions.
    let mut tx: Tx = db.begin_write().await?;
    let accounts = "INSERT INTO point_accounts (user_id, balance, lifetime)
                    SELECT user_id, CAST(SUM(amount) AS BIGINT),
                           CAST(SUM(CASE WHEN lifetime = 1 THEN amount ELSE 0 END) AS BIGINT)
                    FROM points_ledger GROUP BY user_id";
    let counted =
        "UPDATE rewards SET redeemed_count = (SELECT COUNT(*) FROM redemptions r WHERE r.reward_id = rewards.id)";
    for sql in [accounts, counted] {
        on_tx!(&mut tx, c => sqlx::query(sql).execute(c).await.map(|_| ()))?;
    }
    tx.commit().await?;
    Ok(())
}
