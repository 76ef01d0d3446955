//! The reward store over HTTP on both backends: the catalogue, redemption and its refusals, codes,
//! fulfilment, cancellation with refunds, the CSV export, and redemptions under concurrency.

use crate::common;

use common::{
    points::{self, adjust, assert_books_balance, balance, json},
    TestApp,
};
use reqwest::Client;
use serde_json::Value;

both_backends!(
    a_member_redeems_once_per_key_and_points_and_stock_move,
    each_refusal_names_its_reason_and_changes_nothing,
    admins_build_the_catalogue_with_checked_fields_and_members_cannot,
    codes_go_to_one_redemption_each_and_show_once_fulfilled,
    cancelling_refunds_the_points_and_returns_the_stock,
    the_csv_export_is_for_admins_only,
    concurrent_redemptions_never_oversell_or_overspend,
);

/// The fields of the reward form, with sensible defaults to override.
pub fn reward_form<'a>(
    title: &'a str,
    cost: &'a str,
    stock: &'a str,
    extra: &[(&'a str, &'a str)],
) -> Vec<(String, String)> {
    let mut form: Vec<(String, String)> = [
        ("id", "0"),
        ("form[title]", title),
        ("form[description]", "Something nice"),
        ("form[kind]", "physical"),
        ("form[cost]", cost),
        ("form[stock]", stock),
        ("form[per_user_limit]", ""),
        ("form[min_level_id]", ""),
        ("form[starts_at]", ""),
        ("form[ends_at]", ""),
        ("form[active]", "on"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for (k, v) in extra {
        match form.iter_mut().find(|(key, _)| key == k) {
            Some(slot) => slot.1 = v.to_string(),
            None => form.push((k.to_string(), v.to_string())),
        }
    }
    form.retain(|(k, v)| !(k == "form[active]" && v.is_empty()));
    form
}

pub async fn create_reward(app: &TestApp, admin: &Client, form: &[(String, String)]) -> i64 {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = app.call(admin, "rewards/save_reward", &pairs).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    json(res).await.as_i64().expect("reward id")
}

pub async fn redeem(app: &TestApp, c: &Client, reward: i64, key: &str) -> reqwest::Response {
    app.call(c, "rewards/redeem_reward", &[("reward_id", &reward.to_string()), ("key", key)]).await
}

async fn catalogue(app: &TestApp, c: &Client) -> Value {
    json(app.call(c, "rewards/get_catalogue", &[]).await).await
}

async fn card(app: &TestApp, c: &Client, reward: i64) -> Value {
    catalogue(app, c).await["rewards"].as_array().unwrap().iter().find(|r| r["id"] == reward).cloned().expect("card")
}

async fn mine(app: &TestApp, c: &Client) -> Value {
    json(app.call(c, "rewards/my_redemptions", &[("page", "1")]).await).await
}

async fn decide(app: &TestApp, admin: &Client, id: i64, decision: &str, note: &str) -> reqwest::Response {
    app.call(admin, "rewards/decide_redemption", &[("id", &id.to_string()), ("decision", decision), ("note", note)])
        .await
}

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect(sql)
}

async fn a_member_redeems_once_per_key_and_points_and_stock_move(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let mug = create_reward(&app, &admin, &reward_form("Mug", "100", "3", &[])).await;
    adjust(&app, &admin, "ada@example.com", "250", "Welcome", "key-gift-00001").await;
    let offer = card(&app, &ada, mug).await;
    assert!(offer["locked"].is_null(), "{offer}");
    let key = offer["next_key"].as_str().unwrap().to_string();
    assert_eq!(card(&app, &ada, mug).await["next_key"], key.as_str(), "a second tab gets the same key");

    let first = redeem(&app, &ada, mug, &key).await;
    assert_eq!(first.status(), 200);
    let first = json(first).await;
    assert_eq!(first["replay"], false);
    let again = json(redeem(&app, &ada, mug, &key).await).await;
    assert_eq!((again["replay"].as_bool(), &again["redemption_id"]), (Some(true), &first["redemption_id"]));
    assert_eq!(balance(&app, &ada).await, 150, "a double click spends once");
    let offer = card(&app, &ada, mug).await;
    assert_eq!(offer["stock"], 2);
    assert_ne!(offer["next_key"], key.as_str(), "the next redemption gets a new key");
    let listed = mine(&app, &ada).await;
    assert_eq!(listed["items"][0]["status"], "Pending");
    assert_eq!(listed["items"][0]["reward_title"], "Mug");

    let guest = catalogue(&app, &app.client()).await;
    assert_eq!(guest["rewards"][0]["locked"], "Sign in to redeem.");
    assert!(guest["standing"].is_null());
    let page = ada.get(app.url("/rewards")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Spend 100 points on Mug?") && page.contains("2 left"), "{page}");
    assert_books_balance(&app).await;
}

async fn each_refusal_names_its_reason_and_changes_nothing(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    adjust(&app, &admin, "ada@example.com", "200", "Welcome", "key-gift-00002").await;
    let settings = json(app.call(&admin, "recognition/get_points_settings", &[]).await).await;
    let champion =
        settings["levels"].as_array().unwrap().iter().find(|l| l["name"] == "Champion").unwrap()["id"].to_string();
    let pricey = create_reward(&app, &admin, &reward_form("Trip", "500", "", &[])).await;
    let gone = create_reward(&app, &admin, &reward_form("Sold out", "10", "0", &[])).await;
    let once = create_reward(&app, &admin, &reward_form("Once", "10", "", &[("form[per_user_limit]", "1")])).await;
    let elite =
        create_reward(&app, &admin, &reward_form("Elite", "10", "", &[("form[min_level_id]", &champion)])).await;
    let later =
        create_reward(&app, &admin, &reward_form("Later", "10", "", &[("form[starts_at]", "2099-01-01")])).await;
    let off = create_reward(&app, &admin, &reward_form("Off", "10", "", &[("form[active]", "")])).await;
    assert_eq!(redeem(&app, &ada, once, "key-once-0001").await.status(), 200);
    let before = (balance(&app, &ada).await, app.count("redemptions").await, app.count("points_ledger").await);

    let cases = [
        (pricey, "You need 310 more points."),
        (gone, "Out of stock."),
        (once, "You have redeemed this reward as often as one member may (1)."),
        (elite, "Reach the Champion level to unlock this reward."),
        (later, "This reward is not available yet."),
        (off, "This reward is not available any more."),
    ];
    for (reward, message) in cases {
        let res = redeem(&app, &ada, reward, &format!("key-refused-{reward}")).await;
        assert_eq!(res.status(), 409, "{message}");
        assert_eq!(json(res).await["Conflict"]["message"], message);
    }
    assert_eq!(redeem(&app, &ada, 9999, "key-missing-01").await.status(), 404);
    assert_eq!(redeem(&app, &ada, pricey, "bad").await.status(), 422);
    assert_eq!(redeem(&app, &app.client(), pricey, "key-guest-0001").await.status(), 401);
    let reused = redeem(&app, &ada, pricey, "key-once-0001").await;
    assert_eq!(reused.status(), 409, "a key belongs to one reward");
    let after = (balance(&app, &ada).await, app.count("redemptions").await, app.count("points_ledger").await);
    assert_eq!(before, after, "refusals change nothing");
    assert_eq!(card(&app, &ada, pricey).await["locked"], "You need 310 more points.");
    assert_eq!(card(&app, &ada, elite).await["locked"], "Reach the Champion level to unlock this reward.");
    assert!(catalogue(&app, &ada).await["rewards"].as_array().unwrap().iter().all(|r| r["id"] != off));
    assert_books_balance(&app).await;
}

async fn admins_build_the_catalogue_with_checked_fields_and_members_cannot(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let bad = [
        (vec![("form[cost]", "0")], "cost"),
        (vec![("form[cost]", "-10")], "cost"),
        (vec![("form[title]", "   ")], "title"),
        (vec![("form[kind]", "cash")], "kind"),
        (vec![("form[stock]", "-1")], "stock"),
        (vec![("form[per_user_limit]", "0")], "per_user_limit"),
        (vec![("form[min_level_id]", "999")], "min_level_id"),
        (vec![("form[starts_at]", "2026-12-10"), ("form[ends_at]", "2026-12-01")], "ends_at"),
    ];
    for (extra, field) in bad {
        let form = reward_form("Hat", "100", "5", &extra);
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let res = app.call(&admin, "rewards/save_reward", &pairs).await;
        assert_eq!(res.status(), 422, "{field}");
        assert_eq!(json(res).await["Validation"]["field"], field);
    }
    assert_eq!(app.count("rewards").await, 0, "nothing partial is stored");
    let form = reward_form("Hat", "100", "5", &[]);
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(app.call(&ada, "rewards/save_reward", &pairs).await.status(), 403);
    assert_eq!(app.call(&ada, "rewards/get_rewards_admin", &[]).await.status(), 403);
    assert_eq!(app.call(&ada, "rewards/all_redemptions", &[("status", "pending"), ("page", "1")]).await.status(), 403);
    assert_eq!(decide(&app, &ada, 1, "fulfil", "").await.status(), 403);

    let hat = create_reward(&app, &admin, &reward_form("Hat", "100", "5", &[])).await;
    let mut edit = reward_form("Blue hat", "120", "4", &[("seen_stock", "5")]);
    edit[0].1 = hat.to_string();
    assert_eq!(create_reward(&app, &admin, &edit).await, hat);
    // A form opened before a redemption would undo it: refused, naming the stock now.
    adjust(&app, &admin, "ada@example.com", "500", "Gift", "key-gift-hat-01").await;
    assert_eq!(redeem(&app, &ada, hat, "key-hat-000001").await.status(), 200);
    let mut stale = reward_form("Red hat", "120", "10", &[("seen_stock", "4")]);
    stale[0].1 = hat.to_string();
    let pairs: Vec<(&str, &str)> = stale.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = app.call(&admin, "rewards/save_reward", &pairs).await;
    assert_eq!(res.status(), 409);
    assert!(json(res).await["Conflict"]["message"].as_str().unwrap().contains("the stock is now 3"));
    let codes = app.call(&admin, "rewards/add_reward_codes", &[("reward_id", &hat.to_string()), ("codes", "X1")]).await;
    assert_eq!(json(codes).await["Validation"]["field"], "codes", "codes only go into discount-code rewards");
    let listed = json(app.call(&admin, "rewards/get_rewards_admin", &[]).await).await;
    assert_eq!(listed["rewards"][0]["title"], "Blue hat");
    assert_eq!(listed["rewards"][0]["cost"], 120);
    let page = admin.get(app.url("/admin/rewards")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Blue hat"));
    let denied = ada.get(app.url("/admin/rewards")).header("accept", "text/html").send().await.unwrap();
    assert_ne!(denied.status(), 200);
}

async fn codes_go_to_one_redemption_each_and_show_once_fulfilled(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    let coupon =
        create_reward(&app, &admin, &reward_form("20% off", "50", "", &[("form[kind]", "discount_code")])).await;
    let res = app
        .call(
            &admin,
            "rewards/add_reward_codes",
            &[("reward_id", &coupon.to_string()), ("codes", "SAVE-1\nSAVE-2\n\nSAVE-1")],
        )
        .await;
    assert_eq!(res.status(), 422, "a repeated code is refused");
    let res = app
        .call(&admin, "rewards/add_reward_codes", &[("reward_id", &coupon.to_string()), ("codes", "SAVE-1\nSAVE-2\n")])
        .await;
    assert_eq!(json(res).await, 2);
    assert_eq!(card(&app, &ada, coupon).await["stock"], 2, "each code is one in stock");
    for (i, who) in ["ada@example.com", "bob@example.com"].into_iter().enumerate() {
        assert_eq!(adjust(&app, &admin, who, "200", "Gift", &format!("key-gift-{i:04}")).await.status(), 200);
    }
    let a = json(redeem(&app, &ada, coupon, "key-coupon-ada1").await).await["redemption_id"].as_i64().unwrap();
    let b = json(redeem(&app, &bob, coupon, "key-coupon-bob1").await).await["redemption_id"].as_i64().unwrap();
    let res = redeem(&app, &ada, coupon, "key-coupon-ada2").await;
    assert_eq!(json(res).await["Conflict"]["message"], "Out of stock.");
    assert!(mine(&app, &ada).await["items"][0]["code"].is_null(), "the code shows once fulfilled");

    assert_eq!(decide(&app, &admin, a, "fulfil", "Enjoy!").await.status(), 200);
    assert_eq!(decide(&app, &admin, a, "fulfil", "again").await.status(), 409);
    let ada_code = mine(&app, &ada).await["items"][0].clone();
    assert_eq!(ada_code["status"], "Fulfilled");
    assert_eq!(ada_code["note"], "Enjoy!");
    decide(&app, &admin, b, "fulfil", "").await;
    let bob_code = mine(&app, &bob).await["items"][0]["code"].clone();
    assert!(ada_code["code"].is_string() && bob_code.is_string());
    assert_ne!(ada_code["code"], bob_code, "never the same code twice");
    let unread = json(app.call(&ada, "notifications/my_notifications", &[("page", "1")]).await).await;
    assert!(unread.to_string().contains("RedemptionFulfilled"), "{unread}");
    let page =
        ada.get(app.url("/notifications")).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Your reward “20% off” is fulfilled"), "{page}");
}

async fn cancelling_refunds_the_points_and_returns_the_stock(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let tee = create_reward(&app, &admin, &reward_form("T-shirt", "80", "1", &[])).await;
    adjust(&app, &admin, "ada@example.com", "100", "Gift", "key-gift-00003").await;
    let id = json(redeem(&app, &ada, tee, "key-tee-00001").await).await["redemption_id"].as_i64().unwrap();
    assert_eq!(balance(&app, &ada).await, 20);
    let res = decide(&app, &admin, id, "cancel", " ").await;
    assert_eq!(json(res).await["Validation"]["field"], "note", "a cancellation needs a reason");
    assert_eq!(decide(&app, &admin, id, "cancel", "Out of your size").await.status(), 200);
    assert_eq!(decide(&app, &admin, id, "cancel", "twice").await.status(), 409, "and happens once");
    assert_eq!(balance(&app, &ada).await, 100);
    let history = points::points(&app, &ada).await;
    assert_eq!(history["entries"][0]["reason"], "Refund");
    assert_eq!(history["standing"]["lifetime"], 100, "a refund is not new earning");
    assert_eq!(card(&app, &ada, tee).await["stock"], 1);
    let item = mine(&app, &ada).await["items"][0].clone();
    assert_eq!((item["status"].as_str(), item["note"].as_str()), (Some("Cancelled"), Some("Out of your size")));
    let queue =
        json(app.call(&admin, "rewards/all_redemptions", &[("status", "cancelled"), ("page", "1")]).await).await;
    assert_eq!(queue["items"].as_array().unwrap().len(), 1);
    assert_eq!(app.call(&admin, "rewards/all_redemptions", &[("status", "lost"), ("page", "1")]).await.status(), 422);
    let audit = json(app.call(&admin, "audit/audit_log", &[("page", "1")]).await).await;
    assert!(audit.to_string().contains("cancelled: Out of your size"), "{audit}");
    assert_books_balance(&app).await;
}

async fn the_csv_export_is_for_admins_only(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let tee = create_reward(&app, &admin, &reward_form("=cmd|' /C calc'!A0", "10", "", &[])).await;
    adjust(&app, &admin, "ada@example.com", "100", "Gift", "key-gift-00004").await;
    redeem(&app, &ada, tee, "key-csv-000001").await;
    assert_eq!(app.client().get(app.url("/admin/redemptions.csv")).send().await.unwrap().status(), 401);
    assert_eq!(ada.get(app.url("/admin/redemptions.csv")).send().await.unwrap().status(), 403);
    let res = admin.get(app.url("/admin/redemptions.csv")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = res.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(lines[0].starts_with("id,created_at_utc,member,email,reward"));
    assert!(lines[1].contains("ada@example.com") && lines[1].contains(",'=cmd|"), "formulas are defused: {csv}");
}

/// Many members, each with points for two redemptions, fire at a reward with five in stock and at an
/// unlimited one, every tenth request reusing a key. Afterwards nothing is oversold or overspent.
async fn concurrent_redemptions_never_oversell_or_overspend(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let scarce = create_reward(&app, &admin, &reward_form("Scarce", "100", "5", &[])).await;
    let plenty = create_reward(&app, &admin, &reward_form("Plenty", "100", "", &[])).await;
    let mut members = Vec::new();
    for i in 0..12 {
        let email = format!("m{i}@example.com");
        members.push(app.member(&email, "member").await);
        adjust(&app, &admin, &email, "250", "Launch", &format!("key-launch-{i:04}")).await;
    }
    let app = std::sync::Arc::new(app);
    let mut tasks = Vec::new();
    for (m, client) in members.iter().enumerate() {
        for n in 0..10 {
            let (app, client) = (app.clone(), client.clone());
            // Every tenth request repeats the member's first key, as a retry would.
            let key = if n == 9 { format!("key-redeem-{m}-0") } else { format!("key-redeem-{m}-{n}") };
            let reward = if n % 2 == 0 || n == 9 { scarce } else { plenty };
            tasks.push(tokio::spawn(async move { redeem(&app, &client, reward, &key).await.status().as_u16() }));
        }
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.expect("task"));
    }
    assert!(statuses.iter().all(|s| *s == 200 || *s == 409), "{statuses:?}");
    let app = std::sync::Arc::try_unwrap(app).ok().expect("one owner");
    let scarce_sold = scalar(&app, &format!("SELECT COUNT(*) FROM redemptions WHERE reward_id = {scarce}")).await;
    assert_eq!(scarce_sold, 5, "demand was higher than stock, and stock is never oversold");
    assert_eq!(scalar(&app, &format!("SELECT stock FROM rewards WHERE id = {scarce}")).await, 0);
    let per_member = "SELECT COUNT(*) FROM (SELECT user_id FROM redemptions GROUP BY user_id HAVING COUNT(*) > 2) x";
    assert_eq!(scalar(&app, per_member).await, 0, "250 points buy two rewards at most");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM redemptions").await, 24, "and every member bought two");
    let spends = "SELECT COUNT(*) FROM points_ledger WHERE reason = 'redemption'";
    assert_eq!(scalar(&app, spends).await, 24, "one ledger row per redemption");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM point_accounts WHERE balance < 0").await, 0);
    assert!(statuses.iter().filter(|s| **s == 200).count() >= 24, "every sale answered 200");
    assert_books_balance(&app).await;
}

/// Two `chorus serve` processes on one PostgreSQL database, as behind a load balancer: requests alternate
/// between them, and the stock and balances hold exactly as with one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_server_processes_on_one_postgres_database_never_oversell() {
    common::within_limit("two_server_processes", two_processes()).await
}

async fn two_processes() {
    let (url, _guard) = common::fresh_database(common::Backend::Postgres).await;
    let db = app::db::Db::connect(&url, 4).await.expect("connect");
    db.migrate().await.expect("migrate");
    let (a, b) = (common::nodes::start_node(&url), common::nodes::start_node(&url));
    common::nodes::wait_ready(&a).await;
    common::nodes::wait_ready(&b).await;
    let bases = [a.1.clone(), b.1.clone()];
    let client = || reqwest::Client::builder().cookie_store(true).build().expect("client");

    let admin = client();
    let res =
        common::sign_up_at(&db, &bases[0], &admin, "admin@example.com", "Admin", "a long enough passphrase").await;
    assert_eq!(res.status(), 200);
    app::on_db!(&db, p => sqlx::query("UPDATE users SET role = 'admin'").execute(p).await.map(|_| ())).expect("admin");
    let form = reward_form("Scarce", "100", "5", &[]);
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let scarce =
        json(common::call_at(&bases[1], &admin, "rewards/save_reward", &pairs).await).await.as_i64().expect("reward");

    let mut members = Vec::new();
    for i in 0..10 {
        let c = client();
        let email = format!("m{i}@example.com");
        let res = common::sign_up_at(&db, &bases[i % 2], &c, &email, "Member", "a long enough passphrase").await;
        assert_eq!(res.status(), 200);
        let key = format!("key-launch-{i:04}");
        let adjust = [("member", email.as_str()), ("amount", "250"), ("reason", "Launch"), ("key", key.as_str())];
        assert_eq!(
            common::call_at(&bases[(i + 1) % 2], &admin, "recognition/adjust_points", &adjust).await.status(),
            200
        );
        members.push(c);
    }
    let mut tasks = Vec::new();
    for (m, c) in members.iter().enumerate() {
        for n in 0..10 {
            let (c, base) = (c.clone(), bases[(m + n) % 2].clone());
            let key = if n == 9 { format!("key-redeem-{m}-0") } else { format!("key-redeem-{m}-{n}") };
            tasks.push(tokio::spawn(async move {
                let form = [("reward_id", scarce.to_string()), ("key", key)];
                let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                common::call_at(&base, &c, "rewards/redeem_reward", &form).await.status().as_u16()
            }));
        }
    }
    for t in tasks {
        let status = t.await.expect("task");
        assert!(status == 200 || status == 409, "status {status}");
    }
    let one = |sql: &'static str| {
        let db = db.clone();
        async move { app::on_db!(&db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect(sql) }
    };
    assert_eq!(one("SELECT COUNT(*) FROM redemptions").await, 5, "five in stock, five sold");
    assert_eq!(one("SELECT stock FROM rewards").await, 0);
    assert_eq!(one("SELECT COUNT(*) FROM points_ledger WHERE reason = 'redemption'").await, 5);
    assert_eq!(one("SELECT COUNT(*) FROM point_accounts WHERE balance < 0").await, 0);
    let off = "SELECT COUNT(*) FROM point_accounts a
               WHERE a.balance <> (SELECT COALESCE(SUM(amount), 0) FROM points_ledger l WHERE l.user_id = a.user_id)";
    assert_eq!(one(off).await, 0, "every balance equals its ledger");
    db.close().await;
}
