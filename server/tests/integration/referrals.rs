//! Referrals over HTTP on both backends: a link that carries its code to the sign-up form, attribution and
//! qualification that pay through the ledger once, codes that credit nobody, the fraud controls (self-
//! referral, bursts from one address, the daily cap, spam removal), the hold, and concurrency.

use crate::common;

use common::{
    points::{assert_books_balance, balance, json},
    TestApp,
};
use reqwest::Client;
use serde_json::Value;

both_backends!(
    a_friend_who_joins_through_the_link_is_credited_once_after_a_first_post,
    unknown_malformed_and_removed_codes_credit_nobody_and_sign_up_still_works,
    self_referrals_are_refused_and_bursts_from_one_address_wait_for_an_admin,
    the_hold_delays_rewards_and_the_daily_cap_defers_the_rest_to_the_next_day,
    removing_a_referred_account_as_spam_takes_its_rewards_back,
    concurrent_sign_ups_never_pay_a_referrer_past_the_daily_cap,
);

const PASSWORD: &str = "a long enough passphrase";

async fn category(app: &TestApp, admin: &Client) {
    let form = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", ""), ("position", "1")];
    assert_eq!(app.call(admin, "forum/save_category", &form).await.status(), 200);
}

async fn post(app: &TestApp, c: &Client, title: &str) {
    let res =
        app.call(c, "forum/create_topic", &[("category", "general"), ("title", title), ("body", "Hello there")]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
}

async fn mine(app: &TestApp, c: &Client) -> Value {
    json(app.call(c, "referrals/get_my_referrals", &[]).await).await
}

/// The member's code, read from the link on their referral page.
pub async fn code_of(app: &TestApp, c: &Client) -> String {
    let link = mine(app, c).await["link"].as_str().expect("link").to_string();
    link.rsplit('/').next().expect("code").to_string()
}

/// A guest who followed `code`'s link, with the cookie it set.
pub async fn invited_guest(app: &TestApp, code: &str) -> Client {
    let guest = app.client();
    let res = guest.get(app.url(&format!("/r/{code}"))).send().await.expect("link");
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/sign-up");
    let cookie = res.headers()["set-cookie"].to_str().expect("cookie").to_string();
    assert!(cookie.starts_with(&format!("chorus_ref={code};")), "{cookie}");
    assert!(cookie.contains("Max-Age=2592000") && cookie.contains("HttpOnly"), "{cookie}");
    guest
}

async fn join(app: &TestApp, guest: &Client, email: &str) {
    let res = app.sign_up(guest, email, "Friend", PASSWORD).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
}

pub async fn settings(
    app: &TestApp,
    admin: &Client,
    qualify: &str,
    hold: &str,
    cap: &str,
    burst: &str,
) -> reqwest::Response {
    let form =
        [("form[qualify_on]", qualify), ("form[hold_days]", hold), ("form[daily_cap]", cap), ("form[ip_burst]", burst)];
    app.call(admin, "referrals/save_referral_settings", &form).await
}

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect(sql)
}

async fn a_friend_who_joins_through_the_link_is_credited_once_after_a_first_post(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    category(&app, &admin).await;
    let ada = app.member("ada@example.com", "member").await;
    let code = code_of(&app, &ada).await;
    assert_eq!(code, code_of(&app, &ada).await, "a member keeps one code");

    let guest = invited_guest(&app, &code).await;
    let again = guest.get(app.url(&format!("/r/{code}"))).send().await.expect("link");
    assert_eq!(again.status(), 303, "a second visit by a browser that carries the code is not counted");
    let invitation = json(app.call(&guest, "referrals/get_invitation", &[]).await).await;
    assert_eq!(invitation, serde_json::json!({"From": "Someone"}));
    let res = app.sign_up(&guest, "friend@example.com", "Friend", PASSWORD).await;
    assert_eq!(res.status(), 200);
    let forget = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|c| c.starts_with("chorus_ref=;") && c.contains("Max-Age=0"));
    assert!(forget, "the referral cookie is cleared after sign-up");
    assert_eq!(balance(&app, &guest).await, 50, "the welcome bonus");

    let before = mine(&app, &ada).await;
    assert_eq!(
        (before["clicks"].as_i64(), before["signed_up"].as_i64(), before["qualified"].as_i64()),
        (Some(1), Some(1), Some(0))
    );
    assert_eq!(before["people"][0]["status"], "SignedUp");
    assert_eq!(balance(&app, &ada).await, 0, "nothing until the friend's first post");

    post(&app, &guest, "Hello from a new member").await;
    post(&app, &guest, "A second topic pays the referrer nothing more").await;
    // A new programme holds the reward for a week, time to look at the new account.
    assert_eq!(mine(&app, &ada).await["people"][0]["status"], "Qualified");
    assert_eq!(balance(&app, &ada).await, 0, "held for a week by default");
    let (db, now) = (&app.state.db, app::db::now());
    assert_eq!(app::referrals::repo::settle_due(db, now + 6 * 86_400).await.unwrap(), 0, "not due yet");
    assert_eq!(app::referrals::repo::settle_due(db, now + 7 * 86_400 + 5).await.unwrap(), 1);
    let after = mine(&app, &ada).await;
    assert_eq!(after["people"][0]["status"], "Rewarded");
    assert_eq!(after["points"], 200);
    assert_eq!(balance(&app, &ada).await, 200);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM points_ledger WHERE reason = 'referral'").await, 1);
    // The referrer is told, by the friend's name.
    let told = json(app.call(&ada, "notifications/my_notifications", &[("page", "1")]).await).await;
    let told = told["items"].as_array().unwrap().iter().find(|n| n["kind"] == "Referral").cloned().expect("told");
    assert_eq!(told["actor_name"], "Friend", "{told}");
    assert_books_balance(&app).await;
}

async fn unknown_malformed_and_removed_codes_credit_nobody_and_sign_up_still_works(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    for (path, to) in [("/r/zzzzzzzz", "/sign-up?invite=unknown"), ("/r/no%20such!", "/sign-up?invite=unknown")] {
        let res = app.client().get(app.url(path)).send().await.expect("link");
        assert_eq!(res.status(), 303, "{path}");
        assert_eq!(res.headers()["location"], to, "{path}");
        assert!(res.headers().get("set-cookie").is_none(), "{path} sets no cookie");
    }
    let guest = app.client();
    let unknown = json(app.call(&guest, "referrals/get_invitation", &[("invite", "unknown")]).await).await;
    assert_eq!(unknown, "Unknown");

    // A forged cookie: the form says so, the sign-up works, nothing is attributed.
    let forged = app.client();
    let res = forged
        .post(app.url("/api/referrals/get_invitation"))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .header("cookie", "chorus_ref=%27%3B--")
        .send()
        .await
        .expect("invitation");
    assert_eq!(json(res).await, "Unknown");

    // A referrer removed after sharing the link: "no longer here", and no credit.
    let ada = app.member("ada@example.com", "member").await;
    let code = code_of(&app, &ada).await;
    let guest = invited_guest(&app, &code).await;
    let ada_id = app.user_id("ada@example.com").await.to_string();
    assert_eq!(app.call(&admin, "admin/remove_as_spam", &[("user_id", &ada_id)]).await.status(), 200);
    assert_eq!(json(app.call(&guest, "referrals/get_invitation", &[]).await).await, "Gone");
    join(&app, &guest, "late@example.com").await;
    assert_eq!(app.count("referrals").await, 0);
    let res = app.client().get(app.url(&format!("/r/{code}"))).send().await.expect("link");
    assert_eq!(res.headers()["location"], "/sign-up?invite=gone");
    assert_eq!(app.me(&ada).await, Value::Null, "the removed member's session ended");
}

async fn self_referrals_are_refused_and_bursts_from_one_address_wait_for_an_admin(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    category(&app, &admin).await;
    // No hold: this test follows the fraud screens, not the waiting.
    assert_eq!(settings(&app, &admin, "first_post", "0", "5", "3").await.status(), 200);
    let ada = app.client();
    assert_eq!(app.sign_up(&ada, "ada.lovelace@example.com", "Ada", PASSWORD).await.status(), 200);
    let code = code_of(&app, &ada).await;

    // Ada's own mailbox under a +tag and without the dot: recorded, refused, no bonus.
    let alt = invited_guest(&app, &code).await;
    join(&app, &alt, "adalovelace+again@example.com").await;
    assert_eq!(balance(&app, &alt).await, 0);
    // Second referred sign-up from 127.0.0.1 this hour: accepted. Third: held.
    let first = invited_guest(&app, &code).await;
    join(&app, &first, "first@example.com").await;
    let second = invited_guest(&app, &code).await;
    join(&app, &second, "second@example.com").await;
    assert_eq!(balance(&app, &second).await, 0, "a held referral's bonus waits for the decision");

    let flagged =
        json(app.call(&admin, "referrals/get_referrals_admin", &[("tab", "flagged"), ("page", "1")]).await).await;
    let flags: Vec<&str> = flagged["rows"].as_array().unwrap().iter().map(|r| r["flag"].as_str().unwrap()).collect();
    assert_eq!(flags, ["IpBurst", "SelfReferral"]);
    assert!(flagged["rows"][1]["note"].as_str().unwrap().contains("dots and +tags"));
    let held = json(app.call(&admin, "referrals/get_referrals_admin", &[("tab", "held"), ("page", "1")]).await).await;
    assert_eq!(held["held"], 1);
    let held_id = held["rows"][0]["id"].as_i64().unwrap().to_string();
    assert_eq!(held["rows"][0]["ip"], "127.0.0.1");
    assert_eq!(app.call(&ada, "referrals/get_referrals_admin", &[("tab", "held"), ("page", "1")]).await.status(), 403);
    assert_eq!(
        app.call(&ada, "referrals/decide_referral", &[("id", &held_id), ("decision", "approve"), ("note", "")])
            .await
            .status(),
        403
    );

    post(&app, &first, "First").await;
    post(&app, &second, "Second, while held").await;
    assert_eq!(balance(&app, &ada).await, 200, "only the accepted referral paid");

    let reject = [("id", held_id.as_str()), ("decision", "reject"), ("note", "")];
    let res = app.call(&admin, "referrals/decide_referral", &reject).await;
    assert_eq!(res.status(), 422, "a rejection needs a reason");
    let approve = [("id", held_id.as_str()), ("decision", "approve"), ("note", "Same office, checked")];
    let res = app.call(&admin, "referrals/decide_referral", &approve).await;
    assert_eq!(res.status(), 200);
    assert_eq!(json(res).await, 200, "it had qualified while held, so it pays at once");
    assert_eq!(balance(&app, &ada).await, 400);
    assert_eq!(balance(&app, &second).await, 50 + 10, "the welcome bonus and the topic");
    assert_eq!(app.call(&admin, "referrals/decide_referral", &approve).await.status(), 409);
    assert_books_balance(&app).await;
}

async fn the_hold_delays_rewards_and_the_daily_cap_defers_the_rest_to_the_next_day(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let res = settings(&app, &admin, "sign_up", "91", "1", "100").await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("hold_days"));
    let member = app.member("m@example.com", "member").await;
    assert_eq!(settings(&app, &member, "sign_up", "2", "1", "100").await.status(), 403);
    assert_eq!(settings(&app, &admin, "sign_up", "2", "1", "100").await.status(), 200);

    let ada = app.member("ada@example.com", "member").await;
    let code = code_of(&app, &ada).await;
    for email in ["one@example.com", "two@example.com"] {
        let guest = invited_guest(&app, &code).await;
        join(&app, &guest, email).await;
    }
    let waiting = mine(&app, &ada).await;
    assert_eq!(waiting["qualified"], 2);
    assert_eq!(balance(&app, &ada).await, 0, "on hold for two days");

    let db = &app.state.db;
    let now = app::db::now();
    assert_eq!(app::referrals::repo::settle_due(db, now + 86_400).await.unwrap(), 0, "not due yet");
    // Two payers at once (two nodes) pay the due referral once; the cap defers the other to the next day.
    let later = now + 2 * 86_400 + 5;
    let (a, b) = tokio::join!(app::referrals::repo::settle_due(db, later), app::referrals::repo::settle_due(db, later));
    assert_eq!(a.unwrap() + b.unwrap(), 1);
    assert_eq!(balance(&app, &ada).await, 200);
    let deferred =
        scalar(&app, "SELECT COUNT(*) FROM referrals WHERE status = 'qualified' AND flag = 'daily_cap'").await;
    assert_eq!(deferred, 1);
    let next_day = app::common::dates::next_day(later) + 1;
    assert_eq!(app::referrals::repo::settle_due(db, next_day).await.unwrap(), 1);
    assert_eq!(balance(&app, &ada).await, 400);
    assert_eq!(mine(&app, &ada).await["points"], 400);
    assert_books_balance(&app).await;
}

async fn removing_a_referred_account_as_spam_takes_its_rewards_back(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    assert_eq!(settings(&app, &admin, "sign_up", "0", "5", "100").await.status(), 200);
    let ada = app.member("ada@example.com", "member").await;
    let code = code_of(&app, &ada).await;
    let spammer = invited_guest(&app, &code).await;
    join(&app, &spammer, "spam@example.com").await;
    assert_eq!(balance(&app, &ada).await, 200, "paid on sign-up");
    assert_eq!(balance(&app, &spammer).await, 50);
    category(&app, &admin).await;
    post(&app, &spammer, "Cheap watches").await;
    post(&app, &ada, "How do you onboard?").await;
    let at = &app;
    let topics = |c: Client| async move {
        let page = json(at.call(&c, "forum/fetch_category", &[("slug", "general"), ("page", "1")]).await).await;
        page["topics"].as_array().expect("topics").iter().map(|t| t["title"].to_string()).collect::<Vec<_>>()
    };
    assert_eq!(topics(ada.clone()).await.len(), 2);
    let spam_post =
        scalar(&app, "SELECT p.id FROM posts p JOIN users u ON u.id = p.author_id WHERE u.email = 'spam@example.com'")
            .await;
    let flag = [("post_id", spam_post.to_string()), ("reason", "spam".to_string()), ("note", String::new())];
    let flag: Vec<(&str, &str)> = flag.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(app.call(&ada, "forum/flag_post", &flag).await.status(), 200);
    let spammer_points = balance(&app, &spammer).await;
    assert!(spammer_points > 50, "the topic earned points: {spammer_points}");
    let handle =
        scalar(&app, "SELECT COUNT(*) FROM users WHERE email = 'spam@example.com' AND handle = 'friend'").await;
    assert_eq!(handle, 1);
    assert_eq!(app.call(&ada, "profiles/get_profile", &[("handle", "friend")]).await.status(), 200);

    let id = app.user_id("spam@example.com").await.to_string();
    assert_eq!(app.call(&ada, "admin/remove_as_spam", &[("user_id", &id)]).await.status(), 403);
    let admin_id = app.user_id("admin@example.com").await.to_string();
    assert_eq!(app.call(&admin, "admin/remove_as_spam", &[("user_id", &admin_id)]).await.status(), 422);
    let res = app.call(&admin, "admin/remove_as_spam", &[("user_id", &id)]).await;
    assert_eq!(res.status(), 200);
    let done = json(res).await;
    assert_eq!(done["referral_points"], 250, "the referrer's reward and the welcome bonus");
    assert_eq!(done["posts_hidden"], 1);
    assert_eq!(app.call(&admin, "admin/remove_as_spam", &[("user_id", &id)]).await.status(), 409);

    // Everything the account posted is out of sight, its flag is settled and its points are taken back.
    assert_eq!(topics(ada.clone()).await, vec!["\"How do you onboard?\"".to_string()]);
    let hidden = "SELECT COUNT(*) FROM posts WHERE hidden_reason = 'Removed as spam' AND hidden_at IS NOT NULL";
    assert_eq!(scalar(&app, hidden).await, 1);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM flags WHERE resolution = 'hidden'").await, 1);
    let spammer_id: i64 = id.parse().unwrap();
    let left = format!("SELECT balance FROM point_accounts WHERE user_id = {spammer_id}");
    assert_eq!(scalar(&app, &left).await, 0, "the welcome bonus and the topic's points");
    let off_board = format!("SELECT leaderboard_hidden FROM point_accounts WHERE user_id = {spammer_id}");
    assert_eq!(scalar(&app, &off_board).await, 1);
    assert_eq!(app.call(&ada, "profiles/get_profile", &[("handle", "friend")]).await.status(), 404);

    assert_eq!(balance(&app, &ada).await, 10, "her own topic's points; the referral reward is taken back");
    assert_eq!(mine(&app, &ada).await["people"][0]["status"], "Reversed");
    assert_eq!(app.me(&spammer).await, Value::Null, "the spammer's session ended");
    assert_eq!(app.sign_in(&app.client(), "spam@example.com", PASSWORD).await.status(), 422);
    let flagged =
        json(app.call(&admin, "referrals/get_referrals_admin", &[("tab", "flagged"), ("page", "1")]).await).await;
    assert_eq!(flagged["rows"][0]["flag"], "Spam");
    assert_books_balance(&app).await;
}

async fn concurrent_sign_ups_never_pay_a_referrer_past_the_daily_cap(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    assert_eq!(settings(&app, &admin, "sign_up", "0", "3", "1000").await.status(), 200);
    let ada = app.member("ada@example.com", "member").await;
    let code = code_of(&app, &ada).await;
    let mut guests = Vec::new();
    for _ in 0..8 {
        guests.push(invited_guest(&app, &code).await);
    }
    let mut tasks = Vec::new();
    for (i, g) in guests.into_iter().enumerate() {
        let (base, db) = (app.base.clone(), app.state.db.clone());
        tasks.push(tokio::spawn(async move {
            // Signing up and confirming: a referral is paid when the newcomer confirms their address.
            let email = format!("friend{i}@example.com");
            common::sign_up_at(&db, &base, &g, &email, "Friend", PASSWORD).await.status().as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(balance(&app, &ada).await, 600, "three rewards: the cap");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM referrals WHERE status = 'rewarded'").await, 3);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM referrals WHERE status = 'qualified' AND flag = 'daily_cap'").await,
        5
    );
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM points_ledger WHERE reason = 'welcome'").await, 8);
    assert_books_balance(&app).await;
}
