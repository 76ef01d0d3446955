//! Webhooks over HTTP on both backends, delivered to a receiver the test starts on loopback that checks each
//! signature with its own HMAC: events enqueued in their transactions and delivered signed, a 500 retried,
//! "send again", a withdrawn story's event without its text, bad endpoints refused (private addresses unless
//! the operator allowed them), and exactly-once enqueueing across two nodes on one PostgreSQL database.

use crate::common;

use common::{points::adjust, receiver::Receiver, TestApp};
use reqwest::Client;
use serde_json::{json, Value};

both_backends!(
    events_arrive_signed_and_a_500_is_retried_until_delivered,
    a_withdrawn_storys_event_carries_no_text,
    bad_endpoints_are_refused_with_the_field_named,
    private_addresses_are_refused_unless_the_operator_allows_them,
);

/// Registers an endpoint for `events` and returns its id and signing secret.
async fn endpoint(app: &TestApp, admin: &Client, url: &str, events: &[&str]) -> (i64, String) {
    let mut form: Vec<(String, String)> = vec![("id".into(), "0".into()), ("form[url]".into(), url.into())];
    for (i, e) in events.iter().enumerate() {
        form.push((format!("form[events][{i}]"), e.to_string()));
    }
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = app.call(admin, "webhook_admin/save_webhook", &pairs).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    let id = common::json(res).await.as_i64().unwrap();
    (id, log(app, admin, id).await["endpoint"]["secret"].as_str().unwrap().to_string())
}

async fn log(app: &TestApp, admin: &Client, id: i64) -> Value {
    common::json(app.call(admin, "webhook_admin/get_webhook_log", &[("id", &id.to_string()), ("page", "1")]).await)
        .await
}

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect(sql)
}

async fn events_arrive_signed_and_a_500_is_retried_until_delivered(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let receiver = Receiver::start(1).await;
    let (id, secret) = endpoint(&app, &admin, &receiver.url, &["member.joined", "points.changed"]).await;
    assert!(secret.starts_with("whsec_") && secret.len() == 70);
    receiver.expect_secret(&secret);

    app.member("ada@example.com", "member").await;
    let ada = app.user_id("ada@example.com").await;
    assert_eq!(adjust(&app, &admin, "ada@example.com", "40", "Welcome gift", "key-one-aaaa").await.status(), 200);

    // The first try of the first event got a 500: it waits for its retry, with the answer recorded.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while scalar(&app, "SELECT COUNT(*) FROM webhook_deliveries WHERE response_status = 500").await == 0 {
        assert!(std::time::Instant::now() < deadline, "the 500 was not recorded");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let waiting = "SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'queued' AND tries = 1
                   AND next_attempt_at >= last_attempt_at + 30";
    assert_eq!(scalar(&app, waiting).await, 1, "queued again after the backoff");
    // Time passes: the retry falls due.
    app::on_db!(&app.state.db, p => sqlx::query("UPDATE webhook_deliveries SET next_attempt_at = 0 WHERE status = 'queued'").execute(p).await.map(|_| ())).unwrap();
    let seen = receiver.wait_for(2).await;
    assert!(seen.iter().all(|a| a.verified), "every delivery is signed with the endpoint's secret");
    let delivered: Vec<&common::receiver::Arrived> = seen.iter().filter(|a| a.answered == 200).collect();
    let joined = delivered.iter().find(|a| a.event == "member.joined").expect("member.joined");
    assert_eq!(joined.body["type"], "member.joined");
    assert_eq!(joined.body["data"]["member"]["id"].as_i64(), Some(ada));
    assert_eq!(joined.body["data"]["member"]["email"], "ada@example.com");
    assert!(joined.body["created_at"].as_str().unwrap().ends_with('Z'));
    let points = delivered.iter().find(|a| a.event == "points.changed").expect("points.changed");
    assert_eq!(
        (points.body["data"]["member_id"].as_i64(), points.body["data"]["balance"].as_i64()),
        (Some(ada), Some(40))
    );
    assert_eq!(points.body["data"]["entry"]["note"], "Welcome gift");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'delivered'").await, 2);
    assert_eq!(scalar(&app, "SELECT MAX(tries) FROM webhook_deliveries").await, 2, "the failed one took two tries");

    // The log shows both, answered 200; "send again" sends the same delivery once more.
    let shown = log(&app, &admin, id).await;
    let rows = shown["deliveries"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|d| d["status"] == "Delivered" && d["response_status"] == 200));
    let again = rows[0]["id"].as_i64().unwrap();
    // It may be the one that was answered 500 first: count what arrived for it before sending it again.
    let before = receiver.seen().iter().filter(|a| a.delivery == again.to_string()).count();
    let res = app
        .call(
            &admin,
            "webhook_admin/redeliver_webhook",
            &[("endpoint_id", &id.to_string()), ("delivery_id", &again.to_string())],
        )
        .await;
    assert_eq!(res.status(), 200);
    let seen = receiver.wait_for(3).await;
    assert_eq!(seen.last().unwrap().delivery, again.to_string(), "the same delivery id, so a receiver can tell");
    assert_eq!(seen.iter().filter(|a| a.delivery == again.to_string()).count(), before + 1);

    // Off: new events are not enqueued for it.
    let off = [("id", id.to_string()), ("active", "false".to_string())];
    let off: Vec<(&str, &str)> = off.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(app.call(&admin, "webhook_admin/set_webhook_active", &off).await.status(), 200);
    app.member("bo@example.com", "member").await;
    assert_eq!(app.count("webhook_deliveries").await, 2);
    let audited =
        "SELECT COUNT(*) FROM audit_log WHERE action IN ('webhook_create', 'webhook_redeliver', 'webhook_off')";
    assert_eq!(scalar(&app, audited).await, 3);
}

async fn a_withdrawn_storys_event_carries_no_text(app: TestApp) {
    use crate::stories::{act, decided, submit};
    let admin = app.member("admin@example.com", "admin").await;
    let author = app.member("ada@example.com", "member").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let receiver = Receiver::start(0).await;
    let (_, secret) =
        endpoint(&app, &admin, &receiver.url, &["story.approved", "story.featured", "story.withdrawn"]).await;
    receiver.expect_secret(&secret);
    let story = submit(&app, &author, "Our rollout", "named").await;
    decided(&app, &moderator, story, "approve").await;
    decided(&app, &moderator, story, "feature").await;
    assert_eq!(act(&app, &author, story, "withdraw_consent").await.status(), 200);
    let seen = receiver.wait_for(3).await;
    let events: Vec<&str> = seen.iter().map(|a| a.event.as_str()).collect();
    assert_eq!(events.iter().filter(|e| **e == "story.withdrawn").count(), 1, "{events:?}");
    let approved = seen.iter().find(|a| a.event == "story.approved").unwrap();
    assert_eq!(approved.body["data"]["story"]["path"], format!("/stories/{story}"));
    let withdrawn = seen.iter().find(|a| a.event == "story.withdrawn").unwrap();
    assert_eq!(withdrawn.body["data"], json!({ "story": { "id": story } }));
    for a in &seen {
        assert!(!a.raw.contains("one team") && !a.raw.contains("It changed how we work"), "no story text: {}", a.raw);
    }
}

async fn bad_endpoints_are_refused_with_the_field_named(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let save = |c: &Client, url: &'static str, event: Option<&'static str>| {
        let mut form = vec![("id", "0"), ("form[url]", url)];
        if let Some(e) = event {
            form.push(("form[events][0]", e));
        }
        let c = c.clone();
        let app = &app;
        async move { app.call(&c, "webhook_admin/save_webhook", &form).await }
    };
    assert_eq!(save(&member, "https://crm.example.com/h", Some("member.joined")).await.status(), 403);
    for (url, event, field) in [
        ("https://crm.example.com/h", None, "events"),
        ("https://crm.example.com/h", Some("member.left"), "events"),
        ("crm.example.com/h", Some("member.joined"), "url"),
        ("https://user:pw@crm.example.com/h", Some("member.joined"), "url"),
        ("ftp://crm.example.com/h", Some("member.joined"), "url"),
    ] {
        let res = save(&admin, url, event).await;
        assert_eq!(res.status(), 422, "{url}");
        assert_eq!(common::json(res).await["Validation"]["field"], field, "{url}");
    }
    assert_eq!(app.count("webhook_endpoints").await, 0, "nothing stored");
    let missing = app.call(&admin, "webhook_admin/get_webhook_log", &[("id", "999"), ("page", "1")]).await;
    assert_eq!(missing.status(), 404);
}

async fn private_addresses_are_refused_unless_the_operator_allows_them(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    // This app allows them (its receivers are on loopback); a node with the production default does not.
    let strict = common::spawn_app_with(app.backend(), {
        let mut s = common::test_settings();
        s.webhooks_allow_private = false;
        s
    })
    .await;
    let strict_admin = strict.member("admin@example.com", "admin").await;
    for url in [
        "http://127.0.0.1:9/h",
        "http://10.0.0.8/h",
        "http://[::1]/h",
        "http://169.254.169.254/latest",
        "http://localhost:8080/h",
    ] {
        let form = [("id", "0"), ("form[url]", url), ("form[events][0]", "member.joined")];
        let res = strict.call(&strict_admin, "webhook_admin/save_webhook", &form).await;
        assert_eq!(res.status(), 422, "{url}");
        let body = common::json(res).await;
        assert_eq!(body["Validation"]["field"], "url");
        assert!(body.to_string().contains("--webhooks-allow-private"), "{body}");
    }
    // An endpoint that was saved while allowed is not delivered to once the operator no longer allows it.
    let now = app::db::now();
    let sql = "INSERT INTO webhook_endpoints (url, events, secret, created_by, created_at, updated_at)
               VALUES ('http://127.0.0.1:9/h', 'member.joined', 'whsec_x', 1, $1, $1)";
    app::on_db!(&strict.state.db, p => sqlx::query(sql).bind(now).execute(p).await.map(|_| ())).unwrap();
    strict.member("ada@example.com", "member").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let error: Option<String> = app::on_db!(&strict.state.db, p => sqlx::query_scalar("SELECT last_error FROM webhook_deliveries").fetch_optional(p).await).unwrap().flatten();
        if let Some(error) = error {
            assert!(error.contains("loopback, private or reserved"), "{error}");
            break;
        }
        assert!(std::time::Instant::now() < deadline, "no try was recorded");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // The permissive app takes a loopback receiver.
    let receiver = Receiver::start(0).await;
    endpoint(&app, &admin, &receiver.url, &["member.joined"]).await;
}

/// Two nodes on one PostgreSQL database, both sending: every event is enqueued once and delivered once, even
/// when the same points change is sent to both nodes at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_enqueue_each_event_once_and_deliver_it_once() {
    let (db, url) = {
        let (url, db) = common::fresh_database(common::Backend::Postgres).await;
        (db, url)
    };
    let migrated = app::db::Db::connect(&url, 2).await.unwrap();
    migrated.migrate().await.unwrap();
    let a = common::nodes::start_node_with(&url, &["--webhooks-allow-private"]);
    let b = common::nodes::start_node_with(&url, &["--webhooks-allow-private"]);
    common::nodes::wait_ready(&a).await;
    common::nodes::wait_ready(&b).await;
    let _keep = db;
    common::within_limit("two_nodes_enqueue_each_event_once_and_deliver_it_once", async {
        let admin = Client::builder().cookie_store(true).build().unwrap();
        let pass = "a long enough passphrase";
        assert_eq!(common::sign_up_at(&migrated, &a.1, &admin, "admin@example.com", "Admin", pass).await.status(), 200);
        app::on_db!(&migrated, p => sqlx::query("UPDATE users SET role = 'admin'").execute(p).await.map(|_| ())).unwrap();
        let receiver = Receiver::start(0).await;
        let form = [("id", "0"), ("form[url]", receiver.url.as_str()), ("form[events][0]", "points.changed"), ("form[events][1]", "member.joined")];
        let saved = common::call_at(&a.1, &admin, "webhook_admin/save_webhook", &form).await;
        assert_eq!(saved.status(), 200);
        let id = common::json(saved).await.as_i64().unwrap().to_string();
        let log = common::json(common::call_at(&b.1, &admin, "webhook_admin/get_webhook_log", &[("id", &id), ("page", "1")]).await).await;
        receiver.expect_secret(log["endpoint"]["secret"].as_str().unwrap());

        // Ten members join, alternately on each node; each is given points twice with one key, on both nodes at once.
        for i in 0..10 {
            let node = if i % 2 == 0 { &a.1 } else { &b.1 };
            let c = Client::builder().cookie_store(true).build().unwrap();
            let email = format!("m{i}@example.com");
            assert_eq!(common::sign_up_at(&migrated, node, &c, &email, "Member", pass).await.status(), 200);
            let form = [("member", email.as_str()), ("amount", "10"), ("reason", "Thanks"), ("key", &format!("gift-key-{i:04}"))];
            let (x, y) = tokio::join!(
                common::call_at(&a.1, &admin, "recognition/adjust_points", &form),
                common::call_at(&b.1, &admin, "recognition/adjust_points", &form)
            );
            assert_eq!((x.status().as_u16(), y.status().as_u16()), (200, 200));
        }
        // Ten joins (the admin joined before the endpoint existed) and ten points changes.
        let seen = receiver.wait_for(20).await;
        tokio::time::sleep(std::time::Duration::from_secs(3)).await;
        let seen_after = receiver.seen();
        assert_eq!(seen_after.len(), seen.len(), "nothing more arrives");
        assert_eq!(seen_after.len(), 20, "each event once");
        assert!(seen_after.iter().all(|a| a.verified));
        let mut ids: Vec<String> = seen_after.iter().map(|a| a.delivery.clone()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 20, "each delivery sent by one node only");
        let rows: i64 = app::on_db!(&migrated, p => sqlx::query_scalar("SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'delivered'").fetch_one(p).await).unwrap();
        assert_eq!(rows, 20);
    })
    .await;
}
