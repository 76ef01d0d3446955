//! Referral links over HTTP on both backends: the first link a browser followed keeps the credit, and visits
//! are counted once per address per link per hour.

use crate::common;

use common::TestApp;
use reqwest::{Client, Response};
use serde_json::Value;

both_backends!(
    the_first_link_keeps_the_credit_when_a_browser_follows_another,
    a_cookie_naming_nobody_does_not_block_a_real_link,
    visits_are_counted_once_per_address_per_link_per_hour,
);

async fn mine(app: &TestApp, c: &Client) -> Value {
    app.call(c, "referrals/get_my_referrals", &[]).await.json().await.expect("json")
}

/// A member with a display name, and their referral code.
async fn referrer(app: &TestApp, email: &str, name: &str) -> (Client, String) {
    let c = app.client();
    assert_eq!(app.sign_up(&c, email, name, "a long enough passphrase").await.status(), 200);
    let link = mine(app, &c).await["link"].as_str().expect("link").to_string();
    let code = link.rsplit('/').next().expect("code").to_string();
    (c, code)
}

async fn follow(app: &TestApp, browser: &Client, code: &str) -> Response {
    let res = browser.get(app.url(&format!("/r/{code}"))).send().await.expect("link");
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/sign-up");
    res
}

fn referral_cookie(res: &Response) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("chorus_ref="))
        .map(str::to_string)
}

async fn the_first_link_keeps_the_credit_when_a_browser_follows_another(app: TestApp) {
    let (ada, ada_code) = referrer(&app, "ada@example.com", "Ada").await;
    let (sam, sam_code) = referrer(&app, "sam@example.com", "Sam").await;
    let guest = app.client();
    let first = follow(&app, &guest, &ada_code).await;
    assert!(referral_cookie(&first).is_some_and(|c| c.starts_with(&format!("chorus_ref={ada_code};"))));

    let second = follow(&app, &guest, &sam_code).await;
    assert_eq!(referral_cookie(&second), None, "Sam's link does not replace Ada's code");
    let invitation: Value = app.call(&guest, "referrals/get_invitation", &[]).await.json().await.expect("json");
    assert_eq!(invitation, serde_json::json!({"From": "Ada"}));

    assert_eq!(app.sign_up(&guest, "friend@example.com", "Friend", "a long enough passphrase").await.status(), 200);
    let (ada_stats, sam_stats) = (mine(&app, &ada).await, mine(&app, &sam).await);
    assert_eq!(ada_stats["signed_up"], 1, "{ada_stats}");
    assert_eq!(sam_stats["signed_up"], 0, "{sam_stats}");
    assert_eq!(
        (ada_stats["clicks"].as_i64(), sam_stats["clicks"].as_i64()),
        (Some(1), Some(1)),
        "both visits happened"
    );
}

async fn a_cookie_naming_nobody_does_not_block_a_real_link(app: TestApp) {
    let (_ada, ada_code) = referrer(&app, "ada@example.com", "Ada").await;
    let guest = app.client();
    let res = guest
        .get(app.url(&format!("/r/{ada_code}")))
        .header("cookie", "chorus_ref=zzzzzzzz")
        .send()
        .await
        .expect("link");
    assert_eq!(res.status(), 303);
    let cookie = referral_cookie(&res).expect("a cookie");
    assert!(cookie.starts_with(&format!("chorus_ref={ada_code};")), "{cookie}");
}

async fn visits_are_counted_once_per_address_per_link_per_hour(app: TestApp) {
    let (ada, ada_code) = referrer(&app, "ada@example.com", "Ada").await;
    let (sam, sam_code) = referrer(&app, "sam@example.com", "Sam").await;
    // Three fresh browsers (no cookie each time) from 127.0.0.1: one visit.
    for _ in 0..3 {
        let res = follow(&app, &app.client(), &ada_code).await;
        assert!(referral_cookie(&res).is_some(), "each browser still gets the code");
    }
    assert_eq!(mine(&app, &ada).await["clicks"], 1);
    // The limit is per link: the same address visiting Sam's link is counted for Sam.
    follow(&app, &app.client(), &sam_code).await;
    assert_eq!(mine(&app, &sam).await["clicks"], 1);
}
