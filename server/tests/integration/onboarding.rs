//! The "ways to earn" page over HTTP on both backends: generated from the live earning rules, running
//! challenges and badges, so a change to any of them shows at once.

use crate::common::{json, points::assert_books_balance, TestApp};
use serde_json::Value;

both_backends!(
    ways_to_earn_follow_the_programmes_live_settings,
    a_welcome_bonus_for_every_new_member_is_off_until_an_admin_turns_it_on,
);

async fn ways(app: &TestApp) -> Value {
    json(app.call(&app.client(), "onboarding/get_ways_to_earn", &[]).await).await
}

fn rule<'a>(ways: &'a Value, action: &str) -> Option<&'a Value> {
    ways["rules"].as_array().unwrap().iter().find(|r| r["action"] == action)
}

async fn ways_to_earn_follow_the_programmes_live_settings(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let before = ways(&app).await;
    let topic = rule(&before, "Start a topic in the forum").expect("the topic rule is on by default");
    assert_eq!(topic["reward"], "10 points, up to 50 a day");
    assert!(rule(&before, "Reply in a topic").is_some());
    let amounts: Vec<i64> = before["rules"].as_array().unwrap().iter().map(|r| r["amount"].as_i64().unwrap()).collect();
    assert!(amounts.windows(2).all(|w| w[0] >= w[1]), "biggest first: {amounts:?}");
    assert!(before["challenges"].as_array().unwrap().is_empty());
    assert!(before["badges"].as_array().unwrap().iter().any(|b| b["how"].as_str().unwrap().starts_with("Write ")));

    // The reply rule off, the topic rule richer, a challenge started: the page says so at once.
    let off = [("rule", "reply"), ("amount", "4"), ("daily_cap", "10")];
    assert_eq!(app.call(&admin, "recognition/save_rule", &off).await.status(), 200);
    let richer = [("rule", "topic"), ("amount", "25"), ("daily_cap", ""), ("enabled", "on")];
    assert_eq!(app.call(&admin, "recognition/save_rule", &richer).await.status(), 200);
    let challenge = [
        ("id", "0"),
        ("form[title]", "Write a how-to"),
        ("form[description]", "Share one thing you learned."),
        ("form[points]", "40"),
        ("form[starts_at]", ""),
        ("form[ends_at]", ""),
        ("form[max_completions]", ""),
        ("form[mode]", "review"),
        ("form[link_url]", ""),
        ("form[answer]", ""),
        ("form[active]", "on"),
    ];
    assert_eq!(app.call(&admin, "challenges/save_challenge", &challenge).await.status(), 200);
    let after = ways(&app).await;
    assert!(rule(&after, "Reply in a topic").is_none(), "a rule that is off is not offered");
    assert_eq!(rule(&after, "Start a topic in the forum").unwrap()["reward"], "25 points");
    assert_eq!(after["challenges"][0]["title"], "Write a how-to");
    assert_eq!(after["challenges"][0]["points"], 40);

    let page = app.client().get(app.url("/earn")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    for shown in ["Ways to earn", "Start a topic in the forum", "25 points", "Write a how-to", "— 40 points"] {
        assert!(html.contains(shown), "/earn shows {shown}");
    }
    assert!(!html.contains("Reply in a topic"));
}

async fn welcome_rows(app: &TestApp, email: &str) -> Vec<(i64, String)> {
    let id = app.user_id(email).await;
    let sql = "SELECT amount, idem_key FROM points_ledger WHERE user_id = $1 AND reason = 'welcome' ORDER BY id";
    app::on_db!(&app.state.db, p => sqlx::query_as(sql).bind(id).fetch_all(p).await).unwrap()
}

async fn a_welcome_bonus_for_every_new_member_is_off_until_an_admin_turns_it_on(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let _ada = app.member("ada@example.com", "member").await;
    assert!(welcome_rows(&app, "ada@example.com").await.is_empty(), "off by default");
    const JOIN: &str = "Join the community (once, when you confirm your email address)";
    assert!(rule(&ways(&app).await, JOIN).is_none());

    let on = [("rule", "joined"), ("amount", "25"), ("daily_cap", ""), ("enabled", "on")];
    let res = app.call(&admin, "recognition/save_rule", &on).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    assert_eq!(rule(&ways(&app).await, JOIN).expect("offered once on")["reward"], "25 points");

    let _bob = app.member("bob@example.com", "member").await;
    let bob_id = app.user_id("bob@example.com").await;
    assert_eq!(welcome_rows(&app, "bob@example.com").await, vec![(25, format!("joined:{bob_id}"))]);
    assert!(welcome_rows(&app, "ada@example.com").await.is_empty(), "members who joined before are not paid");
    assert_books_balance(&app).await;
}
