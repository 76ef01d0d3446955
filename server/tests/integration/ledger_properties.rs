//! Property tests of the points ledger on a real database of each backend: random sequences of earning,
//! reversing, restoring, spending and adjusting, after which the books must balance.

use crate::common;

use app::{
    db::Db,
    recognition::{
        domain::{Reason, Rule},
        repo::ledger::{self, Appended, Earning, Entry},
    },
};
use proptest::prelude::*;

/// One thing that can happen to a member's points.
#[derive(Debug, Clone)]
enum Op {
    /// Posting under a rule about post `post` (a repeated post earns once).
    Earn { rule: Rule, post: i64 },
    /// A moderator hides post `post`.
    Hide { post: i64 },
    /// A moderator shows post `post` again.
    Show { post: i64 },
    /// Spending (or, if `amount` is positive, an admin adding) points.
    Move { amount: i64 },
}

fn op() -> impl Strategy<Value = Op> {
    let rule = prop::sample::select(vec![Rule::Topic, Rule::Reply, Rule::LikeReceived]);
    prop_oneof![
        4 => (rule, 1i64..6).prop_map(|(rule, post)| Op::Earn { rule, post }),
        1 => (1i64..6).prop_map(|post| Op::Hide { post }),
        1 => (1i64..6).prop_map(|post| Op::Show { post }),
        2 => (-40i64..40).prop_filter("not zero", |a| *a != 0).prop_map(|amount| Op::Move { amount }),
    ]
}

async fn apply(db: &Db, user: i64, ops: &[Op], case: u64) -> Vec<i64> {
    let mut balances = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        let mut tx = db.begin_write().await.expect("begin");
        let now = 1_800_000_000 + i as i64;
        // Posts are numbered per case so that cases never share a subject.
        let subject = |post: i64| case as i64 * 100 + post;
        match op {
            Op::Earn { rule, post } => {
                let key = format!("{case}:{}:{post}", rule.as_str());
                let e = Earning {
                    user_id: user,
                    rule: *rule,
                    ref_kind: "post",
                    ref_id: subject(*post),
                    actor_id: None,
                    key,
                    now,
                };
                ledger::earn(&mut tx, &e).await.expect("earn");
            }
            Op::Hide { post } => {
                ledger::reverse(&mut tx, "post", subject(*post), user, "hidden", now).await.expect("reverse");
            }
            Op::Show { post } => {
                ledger::restore(&mut tx, "post", subject(*post), user, now).await.expect("restore");
            }
            Op::Move { amount } => {
                let key = format!("{case}:move:{i}");
                let entry = Entry {
                    user_id: user,
                    amount: *amount,
                    reason: Reason::Adjustment,
                    note: "test",
                    ref_kind: None,
                    ref_id: None,
                    actor_id: None,
                    reverses_id: None,
                    key: &key,
                    now,
                };
                if ledger::append(&mut tx, &entry).await.expect("append") == Appended::Insufficient {
                    // Refused: rolled back, nothing changes.
                    drop(tx);
                    balances.push(balance(db, user).await);
                    continue;
                }
            }
        }
        tx.commit().await.expect("commit");
        balances.push(balance(db, user).await);
    }
    balances
}

async fn balance(db: &Db, user: i64) -> i64 {
    let sql = "SELECT COALESCE(MAX(balance), 0) FROM point_accounts WHERE user_id = $1";
    app::on_db!(db, p => sqlx::query_scalar::<_, i64>(sql).bind(user).fetch_one(p).await).expect("balance")
}

async fn scalar(db: &Db, sql: &str, user: i64) -> i64 {
    app::on_db!(db, p => sqlx::query_scalar::<_, i64>(sql).bind(user).fetch_one(p).await).expect(sql)
}

async fn check(db: &Db, user: i64, ops: &[Op], case: u64) -> Result<(), TestCaseError> {
    let balances = apply(db, user, ops, case).await;
    prop_assert!(balances.iter().all(|b| *b >= 0), "a balance went below zero: {balances:?}");
    let sum = "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM points_ledger WHERE user_id = $1";
    prop_assert_eq!(balance(db, user).await, scalar(db, sum, user).await, "balance = sum of the ledger");
    let lifetime =
        "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM points_ledger WHERE user_id = $1 AND lifetime = 1";
    let cached = "SELECT COALESCE(MAX(lifetime), 0) FROM point_accounts WHERE user_id = $1";
    prop_assert_eq!(scalar(db, cached, user).await, scalar(db, lifetime, user).await, "lifetime = its rows");
    // A reversal never takes more than its award, and an award is reversed at most once.
    let over = "SELECT COUNT(*) FROM points_ledger r JOIN points_ledger o ON o.id = r.reverses_id
                WHERE r.user_id = $1 AND r.reason = 'reversal' AND -r.amount > o.amount";
    prop_assert_eq!(scalar(db, over, user).await, 0);
    // Caps: no rule awards more than its daily cap of new points in a day (all ops fall in one day); giving
    // back what a reversal took is not new earning and is not capped.
    for (rule, cap) in [("topic", 50), ("reply", 50), ("like_received", 40)] {
        let sql = format!(
            "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM points_ledger
             WHERE user_id = $1 AND reason = '{rule}' AND idem_key NOT LIKE 'restore:%'"
        );
        prop_assert!(scalar(db, &sql, user).await <= cap, "{rule} passed its cap");
    }
    // When the balance always covered them, reversals net every hidden award to zero.
    let standing = "SELECT CAST(COALESCE(SUM(e.amount), 0) AS BIGINT) FROM points_ledger e
                    WHERE e.user_id = $1 AND e.lifetime = 1 AND e.amount > 0 AND e.reason <> 'adjustment'
                      AND NOT EXISTS (SELECT 1 FROM points_ledger r WHERE r.reverses_id = e.id)";
    let reversals = "SELECT CAST(COALESCE(SUM(-r.amount), 0) AS BIGINT) FROM points_ledger r WHERE r.user_id = $1 AND r.reason = 'reversal'";
    let earned = "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM points_ledger
                  WHERE user_id = $1 AND lifetime = 1 AND amount > 0 AND reason <> 'adjustment'";
    let spent_nothing = ops.iter().all(|o| !matches!(o, Op::Move { amount } if *amount < 0));
    if spent_nothing {
        prop_assert_eq!(
            scalar(db, earned, user).await - scalar(db, reversals, user).await,
            scalar(db, standing, user).await,
            "what stands = what was earned − what was reversed"
        );
    }
    Ok(())
}

fn run(backend: common::Backend) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let (url, _guard) = rt.block_on(common::fresh_database(backend));
    let db = rt.block_on(async {
        let db = Db::connect(&url, 4).await.expect("connect");
        db.migrate().await.expect("migrate");
        let sql = "INSERT INTO users (email, display_name, password_hash, created_at, updated_at)
                   VALUES ('p@example.com', 'P', 'x', 0, 0)";
        app::on_db!(&db, p => sqlx::query(sql).execute(p).await.map(|_| ())).expect("user");
        db
    });
    let user: i64 = rt.block_on(async {
        app::on_db!(&db, p => sqlx::query_scalar("SELECT id FROM users").fetch_one(p).await).expect("id")
    });
    let case = std::sync::atomic::AtomicU64::new(0);
    let config = ProptestConfig { cases: 100, failure_persistence: None, ..ProptestConfig::default() };
    proptest!(config, |(ops in prop::collection::vec(op(), 1..30))| {
        // Each case has its own member, so cases never see each other's rows.
        let n = case.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        let member = rt.block_on(async {
            let sql = "INSERT INTO users (email, display_name, password_hash, created_at, updated_at)
                       VALUES ($1, 'P', 'x', 0, 0) RETURNING id";
            let email = format!("case{n}-{user}@example.com");
            app::on_db!(&db, p => sqlx::query_scalar::<_, i64>(sql).bind(&email).fetch_one(p).await).expect("member")
        });
        rt.block_on(check(&db, member, &ops, n))?;
    });
    rt.block_on(db.close());
}

#[test]
fn the_books_balance_whatever_happens_on_sqlite() {
    run(common::Backend::Sqlite);
}

#[test]
fn the_books_balance_whatever_happens_on_postgres() {
    run(common::Backend::Postgres);
}
