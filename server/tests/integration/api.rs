//! The REST API over HTTP on both backends: tokens (shown once, stored hashed, revoked, expired, their maker
//! demoted), scopes (403 and nothing changed), points with idempotency keys (retries, a reused key,
//! concurrent retries), cursor paging, redemptions settled, stories with consent respected, per-token rate
//! limits, problem details everywhere, and the OpenAPI document matching the routes.

use crate::common;

use common::{points::assert_books_balance, TestApp};
use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};

both_backends!(
    a_token_is_shown_once_stored_hashed_and_stops_when_revoked_expired_or_its_maker_is_demoted,
    a_token_without_the_scope_gets_403_and_changes_nothing,
    points_through_the_api_apply_once_per_key_and_a_reused_key_is_refused,
    concurrent_retries_with_one_key_apply_once,
    members_page_by_cursor_with_filters_and_every_error_is_a_problem,
    redemptions_are_listed_fulfilled_and_cancelled_with_a_refund,
    stories_through_the_api_respect_consent,
    each_token_has_its_own_rate_limit,
    the_document_and_the_reference_are_served,
    people_are_invited_and_members_groups_set_through_the_api,
    webhook_endpoints_are_listed_registered_and_deleted_through_the_api,
    a_system_completes_a_challenge_for_a_member_once,
    a_crm_updates_profile_fields_and_bad_ones_change_nothing,
);

const ALL: &[&str] = &[
    "members:read",
    "members:write",
    "points:read",
    "points:write",
    "redemptions:read",
    "redemptions:write",
    "referrals:read",
    "referrals:write",
    "stories:read",
    "webhooks:manage",
];

/// Makes a token as `admin` and returns its secret, read from the list as the page shows it once.
pub async fn make_token(app: &TestApp, admin: &Client, name: &str, scopes: &[&str], rate: &str) -> String {
    let mut form: Vec<(String, String)> = vec![
        ("form[name]".into(), name.into()),
        ("form[expires_days]".into(), "".into()),
        ("form[rate_per_minute]".into(), rate.into()),
    ];
    for (i, s) in scopes.iter().enumerate() {
        form.push((format!("form[scopes][{i}]"), s.to_string()));
    }
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = app.call(admin, "api_tokens/create_api_token", &pairs).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    let page = common::json(app.call(admin, "api_tokens/get_api_tokens", &[]).await).await;
    assert_eq!(page["fresh"]["name"], name);
    page["fresh"]["secret"].as_str().expect("the new secret").to_string()
}

/// A request to the API with `token` (none when empty), as another system sends it: no cookies, no Origin.
async fn api(
    app: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    key: Option<&str>,
    body: Option<Value>,
) -> reqwest::Response {
    let mut req = Client::new().request(method, app.url(path));
    if !token.is_empty() {
        req = req.bearer_auth(token);
    }
    if let Some(key) = key {
        req = req.header("idempotency-key", key);
    }
    if let Some(body) = body {
        req = req.json(&body);
    }
    req.send().await.expect("request")
}

async fn get(app: &TestApp, path: &str, token: &str) -> (StatusCode, Value) {
    let res = api(app, Method::GET, path, token, None, None).await;
    (res.status(), res.json().await.unwrap_or(Value::Null))
}

/// Asserts `res` is a problem of `status` and returns it.
async fn problem(res: reqwest::Response, status: u16) -> Value {
    assert_eq!(res.status().as_u16(), status);
    let kind = res.headers()["content-type"].to_str().unwrap().to_string();
    assert_eq!(kind, "application/problem+json");
    let p: Value = res.json().await.unwrap();
    assert_eq!(p["status"], status, "{p}");
    assert!(p["type"].as_str().unwrap().starts_with("/api/docs#problem-"), "{p}");
    assert!(!p["detail"].as_str().unwrap().is_empty());
    p
}

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect(sql)
}

async fn award(app: &TestApp, token: &str, member: i64, key: &str, amount: i64, reason: &str) -> reqwest::Response {
    let path = format!("/api/v1/members/{member}/points");
    api(app, Method::POST, &path, token, Some(key), Some(json!({ "amount": amount, "reason": reason }))).await
}

async fn a_token_is_shown_once_stored_hashed_and_stops_when_revoked_expired_or_its_maker_is_demoted(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let secret = make_token(&app, &admin, "CRM sync", &["members:read"], "").await;
    assert!(secret.starts_with("chorus_") && secret.len() == 71, "{secret}");
    let again = common::json(app.call(&admin, "api_tokens/get_api_tokens", &[]).await).await;
    assert_eq!(again["fresh"], Value::Null, "the secret is shown once");
    let row = &again["tokens"][0];
    assert_eq!((row["name"].as_str(), row["status"].as_str()), (Some("CRM sync"), Some("Active")));
    assert_eq!(row["prefix"].as_str(), Some(&secret[..12]));
    let stored = format!("SELECT COUNT(*) FROM api_tokens WHERE secret_hash = '{secret}' OR prefix = '{secret}'");
    assert_eq!(scalar(&app, &stored).await, 0, "only a digest is stored");

    // Members may not make or list tokens; a bad form is refused with its field named and nothing stored.
    assert_eq!(app.call(&member, "api_tokens/get_api_tokens", &[]).await.status(), 403);
    let bad = app.call(&admin, "api_tokens/create_api_token", &[("form[name]", "No scopes")]).await;
    assert_eq!(bad.status(), 422);
    assert_eq!(common::json(bad).await["Validation"]["field"], "scopes");
    let bad = [("form[name]", "Odd"), ("form[scopes][0]", "points:delete")];
    assert_eq!(app.call(&admin, "api_tokens/create_api_token", &bad).await.status(), 422);
    assert_eq!(app.count("api_tokens").await, 1);

    let (status, body) = get(&app, "/api/v1/members", &secret).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM api_tokens WHERE last_used_at IS NOT NULL").await, 1);

    // No token, a malformed one, an unknown one: 401 with a challenge.
    for token in ["", "not-a-token", &format!("chorus_{}", "0".repeat(64))] {
        let res = api(&app, Method::GET, "/api/v1/members", token, None, None).await;
        assert!(res.headers().contains_key("www-authenticate"));
        problem(res, 401).await;
    }

    // Expired: refused.
    app::on_db!(&app.state.db, p => sqlx::query("UPDATE api_tokens SET expires_at = 1").execute(p).await.map(|_| ()))
        .unwrap();
    problem(api(&app, Method::GET, "/api/v1/members", &secret, None, None).await, 401).await;
    app::on_db!(&app.state.db, p => sqlx::query("UPDATE api_tokens SET expires_at = NULL").execute(p).await.map(|_| ())).unwrap();
    assert_eq!(get(&app, "/api/v1/members", &secret).await.0, 200);

    // Its maker no longer an admin: refused; an admin again: it works again.
    app.set_role("admin@example.com", "moderator").await;
    problem(api(&app, Method::GET, "/api/v1/members", &secret, None, None).await, 401).await;
    app.set_role("admin@example.com", "admin").await;
    assert_eq!(get(&app, "/api/v1/members", &secret).await.0, 200);

    // Revoked: refused at once, for good; the list says so and the audit log has both.
    let id = again["tokens"][0]["id"].as_i64().unwrap().to_string();
    let res = app.call(&admin, "api_tokens/revoke_api_token", &[("id", &id)]).await;
    assert_eq!(res.status(), 200);
    problem(api(&app, Method::GET, "/api/v1/members", &secret, None, None).await, 401).await;
    assert_eq!(app.call(&admin, "api_tokens/revoke_api_token", &[("id", &id)]).await.status(), 404);
    let list = common::json(app.call(&admin, "api_tokens/get_api_tokens", &[]).await).await;
    assert_eq!(list["tokens"][0]["status"], "Revoked");
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action IN ('api_token_create', 'api_token_revoke')";
    assert_eq!(scalar(&app, audited).await, 2);
}

async fn a_token_without_the_scope_gets_403_and_changes_nothing(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    app.member("ada@example.com", "member").await;
    let ada = app.user_id("ada@example.com").await;
    let reader = make_token(&app, &admin, "Reader", &["members:read"], "").await;
    let rows = app.count("points_ledger").await;
    let p = problem(award(&app, &reader, ada, "k-1", 50, "Bought the annual plan").await, 403).await;
    assert!(p["detail"].as_str().unwrap().contains("points:write"), "{p}");
    assert_eq!(app.count("points_ledger").await, rows, "nothing was written");
    assert_eq!(app.count("api_requests").await, 0, "the key was not taken either");
    for path in [format!("/api/v1/members/{ada}/points"), "/api/v1/redemptions".into(), "/api/v1/stories".into()] {
        problem(api(&app, Method::GET, &path, &reader, None, None).await, 403).await;
    }
    let fulfil = api(&app, Method::POST, "/api/v1/redemptions/1/fulfil", &reader, None, None).await;
    problem(fulfil, 403).await;
    assert_eq!(get(&app, &format!("/api/v1/members/{ada}"), &reader).await.0, 200);
}

async fn points_through_the_api_apply_once_per_key_and_a_reused_key_is_refused(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    app.member("ada@example.com", "member").await;
    let ada = app.user_id("ada@example.com").await;
    let admin_id = app.user_id("admin@example.com").await;
    let token = make_token(&app, &admin, "Shop", &["points:read", "points:write"], "").await;

    let first = award(&app, &token, ada, "order-1042", 150, "Bought the annual plan").await;
    assert_eq!(first.status(), 201);
    assert!(!first.headers().contains_key("idempotent-replayed"));
    let first: Value = first.json().await.unwrap();
    assert_eq!((first["balance"].as_i64(), first["entry"]["amount"].as_i64()), (Some(150), Some(150)));
    assert!(first["entry"]["created_at"].as_str().unwrap().ends_with('Z'), "ISO 8601 in UTC");

    let retry = award(&app, &token, ada, "order-1042", 150, "Bought the annual plan").await;
    assert_eq!(retry.status(), 201);
    assert_eq!(retry.headers()["idempotent-replayed"], "true");
    assert_eq!(retry.json::<Value>().await.unwrap(), first, "a retry gets the first answer");
    let p = problem(award(&app, &token, ada, "order-1042", 999, "Bought the annual plan").await, 422).await;
    assert_eq!(
        (p["type"].as_str(), p["field"].as_str()),
        (Some("/api/docs#problem-idempotency-key-reused"), Some("Idempotency-Key"))
    );

    // Bad input: named, and nothing stored.
    let rows = app.count("points_ledger").await;
    let no_key = api(
        &app,
        Method::POST,
        &format!("/api/v1/members/{ada}/points"),
        &token,
        None,
        Some(json!({"amount": 5, "reason": "x"})),
    )
    .await;
    assert_eq!(problem(no_key, 400).await["field"], "Idempotency-Key");
    assert_eq!(problem(award(&app, &token, ada, "k-zero", 0, "Nothing").await, 422).await["field"], "amount");
    assert_eq!(problem(award(&app, &token, ada, "k-blank", 5, "  ").await, 422).await["field"], "reason");
    assert_eq!(problem(award(&app, &token, ada, "k-below", -151, "Too much").await, 422).await["field"], "amount");
    problem(award(&app, &token, 999_999, "k-nobody", 5, "Who?").await, 404).await;
    assert_eq!(problem(award(&app, &token, admin_id, "k-self", 5, "Me").await, 422).await["field"], "member");
    let garbled = Client::new()
        .post(app.url(&format!("/api/v1/members/{ada}/points")))
        .bearer_auth(&token)
        .header("idempotency-key", "k-json")
        .header("content-type", "application/json")
        .body("{\"amount\": 5,")
        .send()
        .await
        .unwrap();
    problem(garbled, 400).await;
    let unknown = award(&app, &token, ada, "k-unknown", 5, "x").await;
    assert_eq!(unknown.status(), 201);
    let extra = api(
        &app,
        Method::POST,
        &format!("/api/v1/members/{ada}/points"),
        &token,
        Some("k-extra"),
        Some(json!({"amount": 5, "reason": "x", "bonus": 1})),
    )
    .await;
    problem(extra, 422).await;
    assert_eq!(app.count("points_ledger").await, rows + 1, "only the valid change was written");
    // A failed change leaves its key free: the same key with a valid body goes through.
    assert_eq!(award(&app, &token, ada, "k-below", -100, "Returned the plan").await.status(), 201);

    // The member's ledger, newest first, by cursor.
    let (status, page) = get(&app, &format!("/api/v1/members/{ada}/points?limit=2"), &token).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(page["balance"].as_i64(), Some(55));
    let newest: Vec<i64> =
        page["ledger"]["data"].as_array().unwrap().iter().map(|e| e["amount"].as_i64().unwrap()).collect();
    assert_eq!(newest, vec![-100, 5]);
    let cursor = page["ledger"]["next_cursor"].as_str().unwrap().to_string();
    let (_, rest) = get(&app, &format!("/api/v1/members/{ada}/points?limit=2&cursor={cursor}"), &token).await;
    let older: Vec<i64> =
        rest["ledger"]["data"].as_array().unwrap().iter().map(|e| e["amount"].as_i64().unwrap()).collect();
    assert_eq!(older[0], 150);
    assert_eq!(rest["ledger"]["next_cursor"], Value::Null);

    // Audited with the token's name, by its maker.
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action = 'points_adjust' AND via_token = 'Shop'";
    assert_eq!(scalar(&app, audited).await, 3);
    let log = common::json(app.call(&admin, "audit/audit_log", &[("page", "1")]).await).await;
    assert!(log.to_string().contains("API token “Shop”"), "{log}");
    assert_books_balance(&app).await;
}

async fn concurrent_retries_with_one_key_apply_once(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    app.member("ada@example.com", "member").await;
    let ada = app.user_id("ada@example.com").await;
    let token = make_token(&app, &admin, "Shop", &["points:write"], "").await;
    let url = app.url(&format!("/api/v1/members/{ada}/points"));
    let send = |key: String, amount: i64| {
        let (url, token) = (url.clone(), token.clone());
        tokio::spawn(async move {
            let body = json!({ "amount": amount, "reason": "An order" });
            let res =
                Client::new().post(url).bearer_auth(token).header("idempotency-key", key).json(&body).send().await;
            let res = res.expect("request");
            (res.status(), res.json::<Value>().await.expect("json"))
        })
    };
    let same: Vec<_> = (0..12).map(|_| send("order-7".into(), 40)).collect();
    let distinct: Vec<_> = (0..12).map(|i| send(format!("order-x{i}"), 10)).collect();
    let mut rows = Vec::new();
    for task in same {
        let (status, body) = task.await.unwrap();
        assert_eq!(status, 201, "{body}");
        rows.push(body["entry"]["id"].as_i64().unwrap());
    }
    rows.dedup();
    assert_eq!(rows.len(), 1, "every retry answered with the one row");
    for task in distinct {
        assert_eq!(task.await.unwrap().0, 201);
    }
    let count = format!("SELECT COUNT(*) FROM points_ledger WHERE user_id = {ada} AND reason = 'adjustment'");
    assert_eq!(scalar(&app, &count).await, 13);
    let balance = format!("SELECT balance FROM point_accounts WHERE user_id = {ada}");
    assert_eq!(scalar(&app, &balance).await, 40 + 12 * 10);
    assert_books_balance(&app).await;
}

async fn members_page_by_cursor_with_filters_and_every_error_is_a_problem(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    for i in 0..6 {
        app.member(&format!("m{i}@example.com"), "member").await;
    }
    let token = make_token(&app, &admin, "CRM", ALL, "").await;
    let mut seen = Vec::new();
    let mut path = "/api/v1/members?limit=3".to_string();
    loop {
        let (status, page) = get(&app, &path, &token).await;
        assert_eq!(status, 200, "{page}");
        seen.extend(page["data"].as_array().unwrap().iter().map(|m| m["id"].as_i64().unwrap()));
        match page["next_cursor"].as_str() {
            Some(c) => path = format!("/api/v1/members?limit=3&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(seen.len(), 7, "every member once");
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "in id order");

    let (_, found) = get(&app, "/api/v1/members?q=m3%40example&role=member", &token).await;
    let found = found["data"].as_array().unwrap().clone();
    assert_eq!(found.len(), 1);
    let m3 = &found[0];
    assert_eq!(
        (m3["email"].as_str(), m3["role"].as_str(), m3["status"].as_str()),
        (Some("m3@example.com"), Some("member"), Some("active"))
    );
    assert!(m3["joined_at"].as_str().unwrap().contains('T'));
    let (status, one) = get(&app, &format!("/api/v1/members/{}", m3["id"]), &token).await;
    assert_eq!((status, one["handle"].clone()), (StatusCode::OK, m3["handle"].clone()));

    // Every error in one shape, the framework's own included.
    let bad = |path: &'static str| api(&app, Method::GET, path, &token, None, None);
    assert_eq!(problem(bad("/api/v1/members?role=owner").await, 422).await["field"], "role");
    assert_eq!(problem(bad("/api/v1/members?limit=0").await, 422).await["field"], "limit");
    assert_eq!(problem(bad("/api/v1/members?cursor=abc").await, 422).await["field"], "cursor");
    problem(bad("/api/v1/members/999999").await, 404).await;
    problem(bad("/api/v1/members/abc").await, 400).await;
    problem(bad("/api/v1/nothing-here").await, 404).await;
    problem(api(&app, Method::DELETE, "/api/v1/members", &token, None, None).await, 405).await;
}

async fn redemptions_are_listed_fulfilled_and_cancelled_with_a_refund(app: TestApp) {
    use crate::rewards::{create_reward, redeem, reward_form};
    let admin = app.member("admin@example.com", "admin").await;
    let ada_client = app.member("ada@example.com", "member").await;
    let ada = app.user_id("ada@example.com").await;
    let token = make_token(&app, &admin, "Fulfilment", ALL, "").await;
    assert_eq!(award(&app, &token, ada, "grant", 500, "Welcome gift").await.status(), 201);
    let reward = create_reward(&app, &admin, &reward_form("Mug", "100", "5", &[])).await;
    for key in ["redeem-one-aaaa", "redeem-two-bbbb"] {
        assert_eq!(redeem(&app, &ada_client, reward, key).await.status(), 200);
    }
    let (status, pending) = get(&app, "/api/v1/redemptions?status=pending&limit=1", &token).await;
    assert_eq!(status, 200, "{pending}");
    let first = &pending["data"][0];
    assert_eq!(
        (first["member_id"].as_i64(), first["reward_id"].as_i64(), first["cost"].as_i64()),
        (Some(ada), Some(reward), Some(100))
    );
    let first_id = first["id"].as_i64().unwrap();
    let cursor = pending["next_cursor"].as_str().unwrap();
    let (_, next) = get(&app, &format!("/api/v1/redemptions?status=pending&limit=1&cursor={cursor}"), &token).await;
    let second_id = next["data"][0]["id"].as_i64().unwrap();
    assert_eq!(next["next_cursor"], Value::Null);
    problem(api(&app, Method::GET, "/api/v1/redemptions?status=lost", &token, None, None).await, 422).await;

    let fulfil = format!("/api/v1/redemptions/{first_id}/fulfil");
    let res = api(&app, Method::POST, &fulfil, &token, Some("ship-1"), Some(json!({"note": "Tracking 1Z999"}))).await;
    assert_eq!(res.status(), 200);
    let done: Value = res.json().await.unwrap();
    assert_eq!((done["status"].as_str(), done["note"].as_str()), (Some("fulfilled"), Some("Tracking 1Z999")));
    let replay =
        api(&app, Method::POST, &fulfil, &token, Some("ship-1"), Some(json!({"note": "Tracking 1Z999"}))).await;
    assert_eq!((replay.status(), replay.headers()["idempotent-replayed"].to_str().unwrap()), (StatusCode::OK, "true"));
    problem(api(&app, Method::POST, &fulfil, &token, None, None).await, 409).await;

    let cancel = format!("/api/v1/redemptions/{second_id}/cancel");
    assert_eq!(problem(api(&app, Method::POST, &cancel, &token, None, None).await, 422).await["field"], "note");
    let res = api(&app, Method::POST, &cancel, &token, None, Some(json!({"note": "Out of blue mugs"}))).await;
    assert_eq!(res.status(), 200);
    let (_, points) = get(&app, &format!("/api/v1/members/{ada}/points"), &token).await;
    assert_eq!(points["balance"].as_i64(), Some(400), "the cancelled one was refunded");
    problem(
        api(&app, Method::POST, "/api/v1/redemptions/999999/cancel", &token, None, Some(json!({"note": "x"}))).await,
        404,
    )
    .await;
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action = 'redemption' AND via_token = 'Fulfilment'";
    assert_eq!(scalar(&app, audited).await, 2);
    assert_books_balance(&app).await;
}

async fn stories_through_the_api_respect_consent(app: TestApp) {
    use crate::stories::{act, decided, submit};
    let admin = app.member("admin@example.com", "admin").await;
    let author = app.member("ada@example.com", "member").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let named = submit(&app, &author, "Named story", "named").await;
    let anonymous = submit(&app, &author, "Anonymous story", "anonymous").await;
    let withdrawn = submit(&app, &author, "Withdrawn story", "named").await;
    let internal = submit(&app, &author, "Internal story", "internal").await;
    for id in [named, anonymous, withdrawn, internal] {
        decided(&app, &moderator, id, "approve").await;
    }
    assert_eq!(act(&app, &author, withdrawn, "withdraw_consent").await.status(), 200);
    let token = make_token(&app, &admin, "Website", &["stories:read"], "").await;

    let (status, list) = get(&app, "/api/v1/stories", &token).await;
    assert_eq!(status, 200, "{list}");
    let titles: Vec<&str> = list["data"].as_array().unwrap().iter().map(|s| s["title"].as_str().unwrap()).collect();
    assert_eq!(titles, vec!["Anonymous story", "Named story"], "newest first, public ones only");
    let (_, one) = get(&app, &format!("/api/v1/stories/{named}"), &token).await;
    assert_eq!((one["author"].as_str(), one["company"].as_str()), (Some("Someone"), Some("Acme Widgets")));
    assert!(one["body_html"].as_str().unwrap().contains("<strong>one team</strong>"));
    let (_, anon) = get(&app, &format!("/api/v1/stories/{anonymous}"), &token).await;
    assert_eq!(
        (anon["author"].clone(), anon["company"].clone(), anon["role"].clone()),
        (Value::Null, Value::Null, Value::Null)
    );
    let gone =
        problem(api(&app, Method::GET, &format!("/api/v1/stories/{withdrawn}"), &token, None, None).await, 410).await;
    assert!(!gone.to_string().contains("one team"), "a withdrawn story's text is not sent");
    problem(api(&app, Method::GET, &format!("/api/v1/stories/{internal}"), &token, None, None).await, 404).await;
}

async fn each_token_has_its_own_rate_limit(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let slow = make_token(&app, &admin, "Slow", &["members:read"], "3").await;
    let other = make_token(&app, &admin, "Other", &["members:read"], "").await;
    for _ in 0..3 {
        assert_eq!(get(&app, "/api/v1/members", &slow).await.0, 200);
    }
    let res = api(&app, Method::GET, "/api/v1/members", &slow, None, None).await;
    let wait: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait));
    assert_eq!(problem(res, 429).await["retry_after"].as_u64(), Some(wait));
    assert_eq!(get(&app, "/api/v1/members", &other).await.0, 200, "another token counts apart");
}

async fn the_document_and_the_reference_are_served(app: TestApp) {
    let (status, doc) = get(&app, "/api/v1/openapi.json", "").await;
    assert_eq!(status, 200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let served: std::collections::BTreeSet<String> =
        server::api::routes().into_iter().map(|(_, p, _)| p.to_string()).collect();
    let listed: std::collections::BTreeSet<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    assert_eq!(listed, served);
    let res = Client::new().get(app.url("/api/docs")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let csp = res.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("default-src 'none'") && !csp.contains("unsafe"), "{csp}");
    let html = res.text().await.unwrap();
    assert!(html.contains("POST /api/v1/members/{id}/points") && !html.contains("<script"));
    // The public testimonials route answers its errors in the same shape.
    problem(api(&app, Method::GET, "/api/v1/testimonials?limit=500", "", None, None).await, 400).await;
}

/// Two nodes on one PostgreSQL database: the same key sent to both at once is applied once, and a token
/// revoked on one is refused by the other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_apply_one_key_once_and_share_revocation() {
    let (_db, migrated, a, b) = common::nodes::two_nodes().await;
    common::within_limit("two_nodes_apply_one_key_once_and_share_revocation", async {
        let client = || Client::builder().cookie_store(true).build().unwrap();
        let (admin, member) = (client(), client());
        let pass = "a long enough passphrase";
        assert_eq!(common::sign_up_at(&migrated, &a.1, &admin, "admin@example.com", "Admin", pass).await.status(), 200);
        assert_eq!(common::sign_up_at(&migrated, &a.1, &member, "ada@example.com", "Ada", pass).await.status(), 200);
        app::on_db!(&migrated, p => sqlx::query("UPDATE users SET role = 'admin' WHERE email = 'admin@example.com'").execute(p).await.map(|_| ())).unwrap();
        let form = [("form[name]", "Shop"), ("form[scopes][0]", "points:write")];
        assert_eq!(common::call_at(&a.1, &admin, "api_tokens/create_api_token", &form).await.status(), 200);
        let page = common::json(common::call_at(&a.1, &admin, "api_tokens/get_api_tokens", &[]).await).await;
        let secret = page["fresh"]["secret"].as_str().unwrap().to_string();
        let ada: i64 = app::on_db!(&migrated, p => sqlx::query_scalar("SELECT id FROM users WHERE email = 'ada@example.com'").fetch_one(p).await).unwrap();
        let send = |base: String| {
            let secret = secret.clone();
            async move {
                Client::new()
                    .post(format!("{base}/api/v1/members/{ada}/points"))
                    .bearer_auth(secret)
                    .header("idempotency-key", "order-77")
                    .json(&json!({"amount": 25, "reason": "Order 77"}))
                    .send()
                    .await
                    .unwrap()
            }
        };
        let (x, y, z, w) = tokio::join!(send(a.1.clone()), send(b.1.clone()), send(a.1.clone()), send(b.1.clone()));
        for res in [x, y, z, w] {
            assert_eq!(res.status(), 201);
        }
        let sql = "SELECT COUNT(*) FROM points_ledger WHERE reason = 'adjustment'";
        let rows: i64 = app::on_db!(&migrated, p => sqlx::query_scalar(sql).fetch_one(p).await).unwrap();
        assert_eq!(rows, 1, "one key, one row, across nodes");

        let id = page["tokens"][0]["id"].as_i64().unwrap().to_string();
        assert_eq!(common::call_at(&b.1, &admin, "api_tokens/revoke_api_token", &[("id", &id)]).await.status(), 200);
        assert_eq!(send(a.1.clone()).await.status(), 401, "the other node refuses it at once");
    })
    .await;
}

/// The document is usable, not just present: a client generated from it by openapi-python-client (installed
/// from PyPI by `make tools`) lists members, awards points with an idempotency key and reads the balance.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_generated_from_the_document_calls_three_routes() {
    let app = common::spawn_app(common::Backend::Sqlite).await;
    common::within_limit("a_client_generated_from_the_document_calls_three_routes", async {
        let venv = std::env::var("CHORUS_TEST_OPENAPI_VENV").unwrap_or_else(|_| {
            format!("{}/.cache/chorus/tools/openapi-venv", std::env::var("HOME").unwrap_or_else(|_| "/root".into()))
        });
        let generator = std::path::Path::new(&venv).join("bin/openapi-python-client");
        assert!(
            generator.exists(),
            "openapi-python-client is missing at {} (run `make tools`, or set CHORUS_TEST_OPENAPI_VENV)",
            generator.display()
        );
        let admin = app.member("admin@example.com", "admin").await;
        for i in 0..3 {
            app.member(&format!("m{i}@example.com"), "member").await;
        }
        let member = app.user_id("m1@example.com").await;
        let token = make_token(&app, &admin, "Generated client", ALL, "").await;
        let folder = common::TestFolder::new();
        std::fs::create_dir_all(&folder.0).unwrap();
        let doc = Client::new().get(app.url("/api/v1/openapi.json")).send().await.unwrap().bytes().await.unwrap();
        std::fs::write(folder.0.join("openapi.json"), &doc).unwrap();
        let generated = std::process::Command::new(&generator)
            .args(["generate", "--path", "openapi.json", "--output-path", "chorus_api_client", "--meta", "none"])
            .current_dir(&folder.0)
            .output()
            .expect("the generator runs");
        assert!(
            generated.status.success(),
            "{}{}",
            String::from_utf8_lossy(&generated.stdout),
            String::from_utf8_lossy(&generated.stderr)
        );
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/integration/openapi_client.py");
        let out = std::process::Command::new(std::path::Path::new(&venv).join("bin/python"))
            .arg(script)
            .args([&app.base, &token, &member.to_string()])
            .env("PYTHONPATH", &folder.0)
            .output()
            .expect("python runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let said: Value = serde_json::from_slice(&out.stdout).expect("one JSON line");
        assert_eq!(said["members"].as_array().unwrap().len(), 2);
        assert!(said["next_cursor"].is_string());
        assert_eq!((said["changed_balance"].as_i64(), said["balance"].as_i64()), (Some(25), Some(25)));
        assert_eq!(said["latest_note"], "From the generated client");
        assert_eq!(scalar(&app, &format!("SELECT balance FROM point_accounts WHERE user_id = {member}")).await, 25);
    })
    .await;
}

async fn people_are_invited_and_members_groups_set_through_the_api(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    app.member("ada@example.com", "member").await;
    let ada = app.user_id("ada@example.com").await;
    super::groups::group(&app, &admin, "advisory-board", "visible", "admins").await;
    super::groups::group(&app, &admin, "beta", "hidden", "admins").await;
    let reader = make_token(&app, &admin, "Reader", &["members:read"], "").await;
    let crm = make_token(&app, &admin, "CRM", &["members:read", "members:write"], "").await;

    let body = json!({ "email": "New.Person@Example.com", "name": "New Person", "group": "beta" });
    problem(api(&app, Method::POST, "/api/v1/members/invitations", &reader, None, Some(body.clone())).await, 403).await;
    assert_eq!(app.count("invitations").await, 0);
    let res = api(&app, Method::POST, "/api/v1/members/invitations", &crm, None, Some(body.clone())).await;
    assert_eq!(res.status(), 201);
    let sent: Value = res.json().await.unwrap();
    assert_eq!(
        (sent["email"].as_str(), sent["role"].as_str(), sent["group"].as_str()),
        (Some("new.person@example.com"), Some("member"), Some("beta"))
    );
    let mail = "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'invitation' AND to_addr = 'new.person@example.com'";
    assert_eq!(scalar(&app, mail).await, 1, "the invitation email is written");
    problem(api(&app, Method::POST, "/api/v1/members/invitations", &crm, None, Some(body)).await, 409).await;
    let taken = json!({ "email": "ada@example.com" });
    let p = problem(api(&app, Method::POST, "/api/v1/members/invitations", &crm, None, Some(taken)).await, 422).await;
    assert_eq!(p["field"], "email");
    let bad = json!({ "email": "x@example.com", "role": "owner" });
    problem(api(&app, Method::POST, "/api/v1/members/invitations", &crm, None, Some(bad)).await, 422).await;

    let path = format!("/api/v1/members/{ada}/groups");
    let res = api(&app, Method::PUT, &path, &crm, None, Some(json!({ "groups": ["advisory-board", "beta"] }))).await;
    assert_eq!(res.status(), 200);
    let mut groups: Vec<String> = serde_json::from_value(res.json::<Value>().await.unwrap()["groups"].clone()).unwrap();
    groups.sort();
    assert_eq!(groups, vec!["advisory-board".to_string(), "beta".to_string()]);
    let res = api(&app, Method::PUT, &path, &crm, None, Some(json!({ "groups": ["beta"] }))).await;
    assert_eq!(res.json::<Value>().await.unwrap()["groups"], json!(["beta"]));
    let p = problem(api(&app, Method::PUT, &path, &crm, None, Some(json!({ "groups": ["nope"] }))).await, 422).await;
    assert_eq!(p["field"], "groups");
    assert_eq!(
        get(&app, &format!("/api/v1/members/{ada}"), &crm).await.1["groups"],
        json!(["beta"]),
        "nothing changed"
    );
    problem(
        api(&app, Method::PUT, "/api/v1/members/999999/groups", &crm, None, Some(json!({ "groups": [] }))).await,
        404,
    )
    .await;
    let audited = "SELECT COUNT(*) FROM audit_log WHERE via_token = 'CRM'";
    assert_eq!(scalar(&app, audited).await, 3);
}

async fn webhook_endpoints_are_listed_registered_and_deleted_through_the_api(app: TestApp) {
    // A node with the production default: private addresses refused.
    let app = common::spawn_app_with(app.backend(), {
        let mut s = common::test_settings();
        s.webhooks_allow_private = false;
        s
    })
    .await;
    let admin = app.member("admin@example.com", "admin").await;
    let ops = make_token(&app, &admin, "Deploy", &["webhooks:manage"], "").await;
    let reader = make_token(&app, &admin, "Reader", &["members:read"], "").await;
    let body = json!({ "url": "https://93.184.216.34/hooks", "events": ["member.joined", "referral.converted"] });
    problem(api(&app, Method::POST, "/api/v1/webhooks", &reader, None, Some(body.clone())).await, 403).await;
    let private = json!({ "url": "http://127.0.0.1:9/hooks", "events": ["member.joined"] });
    let p = problem(api(&app, Method::POST, "/api/v1/webhooks", &ops, None, Some(private)).await, 422).await;
    assert!(p["detail"].as_str().unwrap().contains("own network"), "{p}");
    let unknown = json!({ "url": "https://93.184.216.34/hooks", "events": ["member.left"] });
    assert_eq!(
        problem(api(&app, Method::POST, "/api/v1/webhooks", &ops, None, Some(unknown)).await, 422).await["field"],
        "events"
    );
    assert_eq!(app.count("webhook_endpoints").await, 0);

    let res = api(&app, Method::POST, "/api/v1/webhooks", &ops, None, Some(body)).await;
    assert_eq!(res.status(), 201);
    let made: Value = res.json().await.unwrap();
    assert!(made["secret"].as_str().unwrap().starts_with("whsec_"), "{made}");
    assert_eq!(made["events"], json!(["member.joined", "referral.converted"]));
    let (status, list) = get(&app, "/api/v1/webhooks", &ops).await;
    assert_eq!((status, list[0]["id"].clone()), (StatusCode::OK, made["id"].clone()));
    assert!(list[0].get("secret").is_none(), "the secret is shown once");

    let path = format!("/api/v1/webhooks/{}", made["id"]);
    assert_eq!(api(&app, Method::DELETE, &path, &ops, None, None).await.status(), 204);
    problem(api(&app, Method::DELETE, &path, &ops, None, None).await, 404).await;
    assert_eq!(app.count("webhook_endpoints").await, 0);
}

async fn a_system_completes_a_challenge_for_a_member_once(app: TestApp) {
    use super::challenges::{challenge, publish};
    let admin = app.member("admin@example.com", "admin").await;
    app.member("ada@example.com", "member").await;
    app.member("bea@example.com", "member").await;
    let (ada, bea) = (app.user_id("ada@example.com").await, app.user_id("bea@example.com").await);
    // A review challenge: the API vouches, so it is approved at once; one place only.
    let webinar =
        publish(&app, &admin, &challenge("Attend the webinar", "review", &[("form[max_completions]", "1")])).await;
    let events = make_token(&app, &admin, "Events", &["challenges:write"], "").await;
    let reader = make_token(&app, &admin, "Reader", &["members:read"], "").await;
    let path = format!("/api/v1/challenges/{webinar}/completions");
    let body = json!({ "member_id": ada, "note": "Attended on 2 December" });
    problem(api(&app, Method::POST, &path, &reader, None, Some(body.clone())).await, 403).await;
    assert_eq!(app.count("challenge_completions").await, 0);

    let first = api(&app, Method::POST, &path, &events, Some("webinar-ada"), Some(body.clone())).await;
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    assert_eq!((first["status"].as_str(), first["points"].as_i64()), (Some("approved"), Some(40)), "{first}");
    let again = api(&app, Method::POST, &path, &events, Some("webinar-ada"), Some(body.clone())).await;
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.json::<Value>().await.unwrap()["id"], first["id"]);
    // Without the key, a second completion is refused by the challenge's own rule (once per member).
    problem(api(&app, Method::POST, &path, &events, None, Some(body)).await, 409).await;
    let full = json!({ "member_id": bea });
    let p = problem(api(&app, Method::POST, &path, &events, None, Some(full)).await, 409).await;
    assert_eq!(p["detail"], "Every place in this challenge is taken.");
    problem(
        api(
            &app,
            Method::POST,
            "/api/v1/challenges/999999/completions",
            &events,
            None,
            Some(json!({ "member_id": bea })),
        )
        .await,
        404,
    )
    .await;
    problem(api(&app, Method::POST, &path, &events, None, Some(json!({ "member_id": 999999 }))).await, 404).await;

    let (status, points) =
        get(&app, &format!("/api/v1/members/{ada}/points"), &make_token(&app, &admin, "P", &["points:read"], "").await)
            .await;
    assert_eq!((status, points["balance"].as_i64()), (StatusCode::OK, Some(40)));
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM points_ledger WHERE reason = 'challenge'").await, 1);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM audit_log WHERE via_token = 'Events'").await, 1);
    assert_books_balance(&app).await;
}

async fn a_crm_updates_profile_fields_and_bad_ones_change_nothing(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada_client = app.member("ada@example.com", "member").await;
    let ada = app.user_id("ada@example.com").await;
    let form = [
        ("bio", "I *love* support work."),
        ("company", "Old Co"),
        ("job_title", ""),
        ("location", "Lagos"),
        ("website", ""),
        ("linkedin", ""),
    ];
    assert_eq!(app.call(&ada_client, "profiles/save_details", &form).await.status(), 200);
    let crm = make_token(&app, &admin, "CRM", &["members:write"], "").await;
    let path = format!("/api/v1/members/{ada}/profile");
    let res =
        api(&app, Method::PATCH, &path, &crm, None, Some(json!({ "company": "Acme", "job_title": "Head of Support" })))
            .await;
    assert_eq!(res.status(), 200);
    let p: Value = res.json().await.unwrap();
    assert_eq!((p["company"].as_str(), p["job_title"].as_str()), (Some("Acme"), Some("Head of Support")));
    assert_eq!(
        (p["location"].as_str(), p["bio"].as_str()),
        (Some("Lagos"), Some("I *love* support work.")),
        "fields left out keep their value"
    );
    let bad = json!({ "company": "Acme 2", "website": "javascript:alert(1)" });
    let problem_body = problem(api(&app, Method::PATCH, &path, &crm, None, Some(bad)).await, 422).await;
    assert_eq!(problem_body["field"], "website");
    let page = app
        .client()
        .get(app.url(&format!("/u/{}", p["handle"].as_str().unwrap())))
        .header("accept", "text/html")
        .send()
        .await
        .unwrap();
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Head of Support") && html.contains("Acme") && !html.contains("Acme 2"),
        "the public page shows the change"
    );
    problem(api(&app, Method::PATCH, "/api/v1/members/999999/profile", &crm, None, Some(json!({}))).await, 404).await;
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'member_profile' AND via_token = 'CRM'").await,
        1
    );
}
