//! Referrals that count customers, on both backends: orders reported through the API (by the friend's email or
//! the referral code; idempotent by order reference; refused with problems naming the field), customers who
//! never joined, self-orders, the CSV upload (preview, refused lines, a re-run that records nothing twice),
//! links that land on the company's site, the friend's gift from a code pool, and the dashboard's customers
//! and revenue.

use crate::common;

use super::{
    api::make_token,
    referrals::{code_of, invited_guest},
    rewards::{create_reward, reward_form},
};
use common::{
    points::{assert_books_balance, balance, json},
    TestApp,
};
use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};

both_backends!(
    orders_reported_by_email_make_a_customer_and_pay_the_referrer_once,
    a_customer_who_never_joined_counts_by_the_code_and_an_own_order_is_rejected,
    a_csv_of_orders_previews_then_records_and_a_rerun_records_nothing_twice,
    links_land_on_the_company_site_and_friends_get_a_code_from_the_pool,
    concurrent_reports_of_one_order_record_it_once_and_pay_once,
);

const PASSWORD: &str = "a long enough passphrase";

async fn rules(app: &TestApp, admin: &Client, extra: &[(&str, &str)]) {
    let mut form = vec![
        ("form[qualify_on]", "conversion"),
        ("form[hold_days]", "0"),
        ("form[daily_cap]", "5"),
        ("form[ip_burst]", "3"),
    ];
    form.extend_from_slice(extra);
    let res = app.call(admin, "referrals/save_referral_settings", &form).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
}

async fn report(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    Client::new()
        .request(Method::POST, app.url("/api/v1/referrals/conversions"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .expect("request")
}

async fn problem(res: reqwest::Response, status: u16) -> Value {
    assert_eq!(res.status().as_u16(), status);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    res.json().await.unwrap()
}

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect(sql)
}

async fn mine(app: &TestApp, c: &Client) -> Value {
    json(app.call(c, "referrals/get_my_referrals", &[]).await).await
}

async fn orders_reported_by_email_make_a_customer_and_pay_the_referrer_once(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    rules(&app, &admin, &[]).await;
    let ada = app.member("ada@example.com", "member").await;
    let guest = invited_guest(&app, &code_of(&app, &ada).await).await;
    assert_eq!(app.sign_up(&guest, "friend@example.com", "Friend", PASSWORD).await.status(), 200);
    assert_eq!(balance(&app, &ada).await, 0, "a sign-up does not qualify a programme that waits for orders");
    let token = make_token(&app, &admin, "Shop", &["referrals:write", "referrals:read"], "600").await;
    let reader = make_token(&app, &admin, "Reader", &["referrals:read"], "600").await;

    // A token without referrals:write is refused and nothing is recorded.
    let order = json!({ "email": "Friend@Example.com", "order_ref": "A-1", "amount": "49.90" });
    problem(report(&app, &reader, order.clone()).await, 403).await;
    assert_eq!(app.count("referral_conversions").await, 0);

    let res = report(&app, &token, order.clone()).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let first: Value = res.json().await.unwrap();
    assert_eq!(
        (first["referral_status"].as_str(), first["referrer_points"].as_i64()),
        (Some("rewarded"), Some(200)),
        "{first}"
    );
    assert_eq!((first["amount_minor"].as_i64(), first["amount_text"].as_str()), (Some(4990), Some("49.90 USD")));
    assert_eq!(first["referee_id"].as_i64(), Some(app.user_id("friend@example.com").await));
    assert_eq!(balance(&app, &ada).await, 200, "paid at once: no hold");

    // The same report again answers as the first time; other details for the order are a conflict.
    let again = report(&app, &token, order).await;
    assert_eq!(again.status(), StatusCode::OK);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    let again: Value = again.json().await.unwrap();
    assert_eq!((again["id"].clone(), again["referrer_points"].clone()), (first["id"].clone(), Value::Null));
    let changed = json!({ "email": "friend@example.com", "order_ref": "A-1", "amount": 10 });
    let p = problem(report(&app, &token, changed).await, 409).await;
    assert_eq!(p["field"], "order_ref", "{p}");

    // A second order counts as revenue; the referrer is paid once.
    let second = report(&app, &token, json!({ "email": "friend@example.com", "order_ref": "A-2", "amount": 10 })).await;
    assert_eq!(second.status(), StatusCode::CREATED);
    assert_eq!(balance(&app, &ada).await, 200);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM points_ledger WHERE reason = 'referral'").await, 1);

    // Bad reports name their field; none is stored.
    for (body, field) in [
        (json!({ "email": "stranger@example.com", "order_ref": "X-1" }), "email"),
        (json!({ "code": "nosuchcode", "order_ref": "X-2" }), "code"),
        (json!({ "email": "friend@example.com", "order_ref": " " }), "order_ref"),
        (json!({ "email": "friend@example.com", "order_ref": "X-3", "amount": "1,000" }), "amount"),
        (json!({ "email": "friend@example.com", "order_ref": "X-4", "currency": "EUR" }), "currency"),
    ] {
        let p = problem(report(&app, &token, body.clone()).await, 422).await;
        assert_eq!(p["field"], field, "{body}: {p}");
    }
    problem(report(&app, &token, json!({ "email": "friend@example.com" })).await, 422).await;
    assert_eq!(app.count("referral_conversions").await, 2);

    // The referrer sees the stage; the list pages by cursor, newest first.
    let page = mine(&app, &ada).await;
    assert_eq!((page["customers"].as_i64(), page["people"][0]["status"].as_str()), (Some(1), Some("Rewarded")));
    assert!(page["people"][0]["converted_at"].is_i64(), "{page}");
    let list = |q: &'static str| {
        let (app, reader) = (&app, reader.clone());
        async move {
            let res = Client::new().get(app.url(&format!("/api/v1/referrals/conversions{q}"))).bearer_auth(reader);
            res.send().await.unwrap().json::<Value>().await.unwrap()
        }
    };
    let one = list("?limit=1").await;
    assert_eq!(one["data"][0]["order_ref"], "A-2");
    let cursor = one["next_cursor"].as_str().expect("a next page").to_string();
    let rest = Client::new()
        .get(app.url(&format!("/api/v1/referrals/conversions?limit=1&cursor={cursor}")))
        .bearer_auth(&reader)
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!((rest["data"][0]["order_ref"].as_str(), rest["next_cursor"].as_str()), (Some("A-1"), None));
    assert_eq!(list("").await["data"].as_array().unwrap().len(), 2);

    // The dashboard counts the customer and the revenue; the audit names the token.
    let board =
        json(app.call(&admin, "analytics/get_dashboard", &[("days", "30"), ("from", ""), ("to", "")]).await).await;
    assert_eq!((board["current"]["customers"].as_i64(), board["current"]["revenue"].as_i64()), (Some(1), Some(5990)));
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'referral_conversion' AND via_token = 'Shop'")
            .await,
        2
    );
    assert_books_balance(&app).await;
}

async fn a_customer_who_never_joined_counts_by_the_code_and_an_own_order_is_rejected(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    rules(&app, &admin, &[]).await;
    let ada = app.member("ada@example.com", "member").await;
    let code = code_of(&app, &ada).await;
    let token = make_token(&app, &admin, "Shop", &["referrals:write"], "600").await;

    let body = json!({ "code": code.to_uppercase(), "email": "Buyer@Shop.test", "order_ref": "B-1", "amount": 100 });
    let res = report(&app, &token, body).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let first: Value = res.json().await.unwrap();
    assert_eq!((first["referee_id"].clone(), first["referral_status"].as_str()), (Value::Null, Some("rewarded")));
    assert_eq!(balance(&app, &ada).await, 200);
    // The buyer's next order (by email only) belongs to the same referral.
    let next = report(&app, &token, json!({ "email": "buyer@shop.test", "order_ref": "B-2" })).await;
    assert_eq!(next.json::<Value>().await.unwrap()["referral_id"], first["referral_id"]);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM referrals").await, 1);
    let page = mine(&app, &ada).await;
    assert_eq!((page["signed_up"].as_i64(), page["customers"].as_i64()), (Some(0), Some(1)));
    assert_eq!(page["people"][0]["member"], false);
    // The referrer is told without naming anyone.
    let told = json(app.call(&ada, "notifications/my_notifications", &[("page", "1")]).await).await;
    let told = told["items"].as_array().unwrap().iter().find(|n| n["kind"] == "Referral").cloned().expect("told");
    assert_eq!(told["detail"], "customer", "{told}");

    // Someone confirming a look-alike address (the same once dots and tags are dropped) takes nothing.
    assert_eq!(app.sign_up(&app.client(), "buyer+x@shop.test", "Other", PASSWORD).await.status(), 200);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM referrals WHERE referee_id IS NOT NULL").await, 0);
    // The buyer joins later without the link: once their address is confirmed, the customer is that member.
    assert_eq!(app.sign_up(&app.client(), "buyer@shop.test", "Buyer", PASSWORD).await.status(), 200);
    let buyer = app.user_id("buyer@shop.test").await;
    let linked = format!("SELECT COUNT(*) FROM referrals WHERE referee_id = {buyer} AND converted_at IS NOT NULL");
    assert_eq!(scalar(&app, &linked).await, 1);
    let page = mine(&app, &ada).await;
    assert_eq!((page["signed_up"].as_i64(), page["customers"].as_i64()), (Some(1), Some(1)));
    assert_eq!(page["people"][0]["member"], true);

    // Ada buying with her own code is recorded, rejected, and pays nothing.
    let own = report(&app, &token, json!({ "code": code, "email": "ADA@example.com", "order_ref": "B-3" })).await;
    assert_eq!(own.json::<Value>().await.unwrap()["referral_status"], "rejected");
    assert_eq!(balance(&app, &ada).await, 200);
    let admin_view =
        json(app.call(&admin, "referrals/get_referrals_admin", &[("tab", "customers"), ("page", "1")]).await).await;
    assert_eq!(admin_view["rows"].as_array().unwrap().len(), 2, "{admin_view}");
    assert_books_balance(&app).await;
}

async fn a_csv_of_orders_previews_then_records_and_a_rerun_records_nothing_twice(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    rules(&app, &admin, &[("form[currency]", "eur")]).await;
    let ada = app.member("ada@example.com", "member").await;
    let code = code_of(&app, &ada).await;
    let csv = format!(
        "order_ref,email,code,amount\r\nC-1,one@shop.test,{code},20\r\nC-2,,nosuchcode,5\r\nC-3,two@shop.test,{code},7.5\r\nC-4,stranger@shop.test,,1\r\n"
    );
    let upload = |mode: &'static str| {
        let (app, admin, csv) = (&app, admin.clone(), csv.clone());
        async move {
            let res =
                common::post_multipart(app, &admin, "/admin/referrals/conversions", &[("mode", mode)], &csv).await;
            assert_eq!(res.status(), 303);
            let page = app.call(&admin, "referrals/get_referrals_admin", &[("tab", "customers"), ("page", "1")]).await;
            json(page).await
        }
    };
    let member = app.member("bea@example.com", "member").await;
    let refused = common::post_multipart(&app, &member, "/admin/referrals/conversions", &[], &csv).await;
    assert_eq!(refused.status(), 403);

    let preview = upload("preview").await;
    let r = &preview["upload"];
    assert_eq!(
        (r["dry_run"].as_bool(), r["read"].as_u64(), r["recorded"].as_u64()),
        (Some(true), Some(4), Some(2)),
        "{r}"
    );
    let lines: Vec<u64> = r["refused"].as_array().unwrap().iter().map(|l| l["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, vec![3, 5]);
    assert_eq!(r["preview"][1]["amount"], "7.50 EUR");
    assert_eq!(app.count("referral_conversions").await, 0, "a preview records nothing");
    assert_eq!(balance(&app, &ada).await, 0);

    let done = upload("record").await;
    assert_eq!((done["upload"]["recorded"].as_u64(), done["upload"]["rewarded"].as_u64()), (Some(2), Some(2)));
    assert_eq!(app.count("referral_conversions").await, 2);
    assert_eq!(balance(&app, &ada).await, 400);
    let shown_once =
        json(app.call(&admin, "referrals/get_referrals_admin", &[("tab", "customers"), ("page", "1")]).await).await;
    assert_eq!(shown_once["upload"], Value::Null, "the report is shown once");

    let rerun = upload("record").await;
    assert_eq!((rerun["upload"]["recorded"].as_u64(), rerun["upload"]["already"].as_u64()), (Some(0), Some(2)));
    assert_eq!(app.count("referral_conversions").await, 2);
    assert_eq!(balance(&app, &ada).await, 400);

    let broken =
        common::post_multipart(&app, &admin, "/admin/referrals/conversions", &[], "just,some\nwords,here\n").await;
    assert_eq!(broken.status(), 303);
    let page =
        json(app.call(&admin, "referrals/get_referrals_admin", &[("tab", "customers"), ("page", "1")]).await).await;
    assert!(page["upload"]["refused"][0]["reason"].as_str().unwrap().contains("name the columns"), "{page}");
    assert_books_balance(&app).await;
}

async fn links_land_on_the_company_site_and_friends_get_a_code_from_the_pool(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let coupon =
        create_reward(&app, &admin, &reward_form("Friends' 20% off", "10", "", &[("form[kind]", "discount_code")]))
            .await;
    let codes = [("reward_id", coupon.to_string()), ("codes", "FRIEND-1\nFRIEND-2".to_string())];
    let codes: Vec<(&str, &str)> = codes.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(app.call(&admin, "rewards/add_reward_codes", &codes).await.status(), 200);
    let bad = app
        .call(
            &admin,
            "referrals/save_referral_settings",
            &[
                ("form[qualify_on]", "sign_up"),
                ("form[hold_days]", "0"),
                ("form[daily_cap]", "5"),
                ("form[ip_burst]", "3"),
                ("form[landing_url]", "shop.example.com"),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let gift = coupon.to_string();
    let landing =
        [("form[landing_url]", "https://shop.example.com/welcome?utm=chorus"), ("form[friend_reward]", gift.as_str())];
    let mut form = vec![
        ("form[qualify_on]", "sign_up"),
        ("form[hold_days]", "0"),
        ("form[daily_cap]", "5"),
        ("form[ip_burst]", "3"),
    ];
    form.extend_from_slice(&landing);
    assert_eq!(app.call(&admin, "referrals/save_referral_settings", &form).await.status(), 200);

    let ada = app.member("ada@example.com", "member").await;
    let code = code_of(&app, &ada).await;
    let guest = app.client();
    let res = guest.get(app.url(&format!("/r/{code}"))).send().await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], format!("https://shop.example.com/welcome?utm=chorus&ref={code}"));
    assert!(res.headers()["set-cookie"].to_str().unwrap().starts_with(&format!("chorus_ref={code};")));
    let unknown = app.client().get(app.url("/r/zzzzzzzz")).send().await.unwrap();
    assert_eq!(unknown.headers()["location"], "https://shop.example.com/welcome?utm=chorus");

    // The friend signs up (the cookie carries the code) and gets one code, once, by email and on their page.
    assert_eq!(app.sign_up(&guest, "friend@example.com", "Friend", PASSWORD).await.status(), 200);
    let page = mine(&app, &guest).await;
    assert_eq!(page["gift"], json!({ "title": "Friends' 20% off", "code": "FRIEND-1" }), "{page}");
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'friend_gift' AND to_addr = 'friend@example.com'")
            .await,
        1
    );
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM reward_codes WHERE referral_id IS NOT NULL").await, 1);
    // The gift's code is not sold to members: the catalogue counts one code left.
    let admin_page =
        json(app.call(&admin, "referrals/get_referrals_admin", &[("tab", "held"), ("page", "1")]).await).await;
    assert_eq!(admin_page["codes_left"], 1);
    assert_books_balance(&app).await;
}

/// Reports of one order arriving at once (a shop's retries) record it once and pay the referrer once; the
/// others answer as the first.
async fn concurrent_reports_of_one_order_record_it_once_and_pay_once(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    rules(&app, &admin, &[]).await;
    let ada = app.member("ada@example.com", "member").await;
    let code = code_of(&app, &ada).await;
    let token = make_token(&app, &admin, "Shop", &["referrals:write"], "").await;
    let send = |order: String| {
        let (url, token, code) = (app.url("/api/v1/referrals/conversions"), token.clone(), code.clone());
        tokio::spawn(async move {
            let body = json!({ "code": code, "email": format!("{order}@shop.test"), "order_ref": order, "amount": 5 });
            let res = Client::new().post(url).bearer_auth(token).json(&body).send().await.expect("request");
            (res.status(), res.json::<Value>().await.expect("json"))
        })
    };
    let same: Vec<_> = (0..10).map(|_| send("D-1".into())).collect();
    let others: Vec<_> = (0..6).map(|i| send(format!("D-{}", i + 2))).collect();
    let (mut created, mut ids) = (0, Vec::new());
    for task in same {
        let (status, body) = task.await.unwrap();
        assert!(status == StatusCode::CREATED || status == StatusCode::OK, "{status}: {body}");
        created += usize::from(status == StatusCode::CREATED);
        ids.push(body["id"].as_i64().unwrap());
    }
    ids.dedup();
    assert_eq!((created, ids.len()), (1, 1), "one order, one conversion, one 201");
    for task in others {
        assert_eq!(task.await.unwrap().0, StatusCode::CREATED);
    }
    assert_eq!(app.count("referral_conversions").await, 7);
    // Seven customers, but the referrer is paid for at most five referrals a day: two wait for tomorrow.
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM points_ledger WHERE reason = 'referral'").await, 5);
    assert_eq!(balance(&app, &ada).await, 5 * 200);
    assert_books_balance(&app).await;
}

/// Two server processes on one PostgreSQL database: one order reported to both at once is recorded once, and
/// the referrer paid once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_record_one_order_once() {
    let (_db, migrated, a, b) = common::nodes::two_nodes().await;
    common::within_limit("two_nodes_record_one_order_once", async {
        let client = || Client::builder().cookie_store(true).build().unwrap();
        let (admin, ada) = (client(), client());
        let pass = "a long enough passphrase";
        assert_eq!(common::sign_up_at(&migrated, &a.1, &admin, "admin@example.com", "Admin", pass).await.status(), 200);
        assert_eq!(common::sign_up_at(&migrated, &b.1, &ada, "ada@example.com", "Ada", pass).await.status(), 200);
        app::on_db!(&migrated, p => sqlx::query("UPDATE users SET role = 'admin' WHERE email = 'admin@example.com'").execute(p).await.map(|_| ())).unwrap();
        let form = [("form[qualify_on]", "conversion"), ("form[hold_days]", "0"), ("form[daily_cap]", "5"), ("form[ip_burst]", "3")];
        assert_eq!(common::call_at(&a.1, &admin, "referrals/save_referral_settings", &form).await.status(), 200);
        let form = [("form[name]", "Shop"), ("form[scopes][0]", "referrals:write")];
        assert_eq!(common::call_at(&a.1, &admin, "api_tokens/create_api_token", &form).await.status(), 200);
        let page = common::json(common::call_at(&a.1, &admin, "api_tokens/get_api_tokens", &[]).await).await;
        let secret = page["fresh"]["secret"].as_str().unwrap().to_string();
        let mine = common::json(common::call_at(&b.1, &ada, "referrals/get_my_referrals", &[]).await).await;
        let code = mine["link"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
        let send = |base: String| {
            let (secret, code) = (secret.clone(), code.clone());
            async move {
                let body = json!({ "code": code, "email": "buyer@shop.test", "order_ref": "N-1", "amount": "19.99" });
                let url = format!("{base}/api/v1/referrals/conversions");
                Client::new().post(url).bearer_auth(secret).json(&body).send().await.unwrap().status()
            }
        };
        let (x, y, z, w) = tokio::join!(send(a.1.clone()), send(b.1.clone()), send(a.1.clone()), send(b.1.clone()));
        let mut statuses = vec![x.as_u16(), y.as_u16(), z.as_u16(), w.as_u16()];
        statuses.sort_unstable();
        assert_eq!(statuses, vec![200, 200, 200, 201]);
        let count = |sql: &'static str| {
            let db = migrated.clone();
            async move { app::on_db!(&db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).unwrap() }
        };
        assert_eq!(count("SELECT COUNT(*) FROM referral_conversions").await, 1);
        assert_eq!(count("SELECT COUNT(*) FROM referrals").await, 1);
        assert_eq!(count("SELECT COUNT(*) FROM points_ledger WHERE reason = 'referral'").await, 1);
    })
    .await;
}
