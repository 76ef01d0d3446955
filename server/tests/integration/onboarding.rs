//! The "ways to earn" page over HTTP on both backends: generated from the live earning rules, running
//! challenges and badges, so a change to any of them shows at once.

use crate::common::{json, points::assert_books_balance, TestApp};
use serde_json::Value;

both_backends!(
    ways_to_earn_follow_the_programmes_live_settings,
    a_welcome_bonus_for_every_new_member_is_off_until_an_admin_turns_it_on,
    the_welcome_checklist_is_ticked_by_real_events_and_pays_each_step_once,
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

async fn checklist(app: &TestApp, c: &reqwest::Client) -> Value {
    json(app.call(c, "welcome/get_checklist", &[]).await).await
}

fn ticked(list: &Value) -> Vec<(String, bool)> {
    list["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["step"].as_str().unwrap().to_string(), s["done"].as_bool().unwrap()))
        .collect()
}

async fn the_welcome_checklist_is_ticked_by_real_events_and_pays_each_step_once(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    assert_eq!(checklist(&app, &app.client()).await, Value::Null, "a guest has none");
    let first = checklist(&app, &ada).await;
    let none = |steps: &[&str]| steps.iter().map(|s| (s.to_string(), false)).collect::<Vec<_>>();
    assert_eq!(
        ticked(&first),
        none(&["Profile", "Introduce", "Reply"]),
        "no guidelines step before they are published"
    );
    assert_eq!(first["points_per_step"], 0, "the rule is off by default");
    assert_eq!(first["on_home"], true);
    let home = ada.get(app.url("/")).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Getting started") && home.contains("0 of 3 done."), "the home page shows it");

    let on = [("rule", "checklist"), ("amount", "15"), ("daily_cap", ""), ("enabled", "on")];
    assert_eq!(app.call(&admin, "recognition/save_rule", &on).await.status(), 200);
    let guidelines = [("body", "Be kind."), ("changes", "")];
    assert_eq!(app.call(&admin, "settings/publish_guidelines", &guidelines).await.status(), 200);
    assert_eq!(ticked(&checklist(&app, &ada).await).len(), 4);

    // Each step by the real thing: reading the guidelines, a topic of her own, a reply in someone else's,
    // a picture and a bio.
    assert_eq!(app.call(&ada, "settings/get_legal", &[("kind", "guidelines")]).await.status(), 200);
    let cat = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "All"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &cat).await.status(), 200);
    let mine = app
        .call(&ada, "forum/create_topic", &[("category", "general"), ("title", "Hi, I am Ada"), ("body", "Hello")])
        .await;
    assert_eq!(mine.status(), 200);
    let mine_id = json(mine).await["topic_id"].as_i64().unwrap().to_string();
    let own_reply = app.call(&ada, "forum/reply_to_topic", &[("topic_id", &mine_id), ("body", "Also this")]).await;
    assert_eq!(own_reply.status(), 200);
    let list = checklist(&app, &ada).await;
    assert_eq!(
        ticked(&list),
        vec![
            ("Profile".into(), false),
            ("Introduce".into(), true),
            ("Guidelines".into(), true),
            ("Reply".into(), false)
        ],
        "a reply in her own topic is not a first reply to someone"
    );
    let theirs = app
        .call(&admin, "forum/create_topic", &[("category", "general"), ("title", "Questions"), ("body", "Ask")])
        .await;
    let theirs_id = json(theirs).await["topic_id"].as_i64().unwrap().to_string();
    assert_eq!(
        app.call(&ada, "forum/reply_to_topic", &[("topic_id", &theirs_id), ("body", "Thanks!")]).await.status(),
        200
    );
    let details = [
        ("bio", "I run support."),
        ("company", ""),
        ("job_title", ""),
        ("location", ""),
        ("website", ""),
        ("linkedin", ""),
    ];
    assert_eq!(app.call(&ada, "profiles/save_details", &details).await.status(), 200);
    assert!(!ticked(&checklist(&app, &ada).await)[0].1, "a bio without a picture is not a complete profile");
    let avatar = crate::media::upload(&app.base, &ada, "avatar", "me.jpg", app::media::samples::photo(100, 100)).await;
    assert_eq!(avatar.status(), 200);

    // Read twice at once: every step paid once.
    let (a, b) = tokio::join!(checklist(&app, &ada), checklist(&app, &ada));
    assert_eq!(a["steps"], b["steps"]);
    assert!(ticked(&a).iter().all(|(_, done)| *done), "{a}");
    assert_eq!(a["points_per_step"], 15);
    let id = app.user_id("ada@example.com").await;
    let sql = "SELECT idem_key FROM points_ledger WHERE user_id = $1 AND idem_key LIKE 'checklist:%' ORDER BY idem_key";
    let keys: Vec<String> =
        app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).bind(id).fetch_all(p).await).unwrap();
    let expected: Vec<String> =
        ["guidelines", "introduce", "profile", "reply"].iter().map(|s| format!("checklist:{s}:{id}")).collect();
    assert_eq!(keys, expected);
    checklist(&app, &ada).await;
    let sum = "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM points_ledger WHERE user_id = $1 AND idem_key LIKE 'checklist:%'";
    let paid: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(sum).bind(id).fetch_one(p).await).unwrap();
    assert_eq!(paid, 60, "four steps, fifteen each, once");
    assert_books_balance(&app).await;
    let home = ada.get(app.url("/")).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(!home.contains("Getting started"), "a complete checklist leaves the home page");
    let page = ada.get(app.url("/welcome")).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(page.contains("4 of 4 done.") && page.contains("All done"), "/welcome keeps it");
}
