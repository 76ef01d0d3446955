//! Helpers for points and rewards tests: reading balances and checking that the books balance.

use super::TestApp;
use reqwest::Client;
use serde_json::Value;

pub use super::json;

/// Every balance equals the sum of its ledger rows, lifetime points the sum of the rows that count towards
/// them, and nothing is below zero.
pub async fn assert_books_balance(app: &TestApp) {
    let sql = "SELECT COUNT(*) FROM point_accounts a WHERE a.balance < 0
                  OR a.balance <> (SELECT COALESCE(SUM(amount), 0) FROM points_ledger l WHERE l.user_id = a.user_id)
                  OR a.lifetime <> (SELECT COALESCE(SUM(amount), 0) FROM points_ledger l
                                    WHERE l.user_id = a.user_id AND l.lifetime = 1)";
    let off: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).fetch_one(p).await).expect("books");
    assert_eq!(off, 0, "a balance differs from its ledger");
    let orphans = "SELECT COUNT(*) FROM points_ledger l WHERE NOT EXISTS (SELECT 1 FROM point_accounts a WHERE a.user_id = l.user_id)";
    let n: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(orphans).fetch_one(p).await).expect("orphans");
    assert_eq!(n, 0);
}

pub async fn points(app: &TestApp, c: &Client) -> Value {
    json(app.call(c, "recognition/my_points", &[("page", "1")]).await).await
}

pub async fn balance(app: &TestApp, c: &Client) -> i64 {
    points(app, c).await["standing"]["balance"].as_i64().expect("balance")
}

pub async fn adjust(
    app: &TestApp,
    admin: &Client,
    member: &str,
    amount: &str,
    reason: &str,
    key: &str,
) -> reqwest::Response {
    app.call(
        admin,
        "recognition/adjust_points",
        &[("member", member), ("amount", amount), ("reason", reason), ("key", key)],
    )
    .await
}
