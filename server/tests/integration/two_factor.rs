//! Two-factor sign-in over HTTP on both backends: setting it up (the QR code, a first code), the second step
//! of signing in (a code works once; recovery codes work once; a remembered device skips it), the limit on
//! guesses, staff required to set it up before any staff page, and an admin turning off a member's.
//! The codes come from the secret in the database and the real clock (the RFC 6238 vectors, on a fixed
//! clock, are the unit tests of `accounts::two_factor`).

use crate::common::{json, TestApp};
use app::accounts::two_factor::{code_at, STEP_SECS};
use reqwest::Client;

const PASSWORD: &str = "a long enough passphrase";

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

/// Waits until a time step has at least 10 s left, so codes made now are checked within the same step.
async fn early_in_a_step() {
    let into = now() % STEP_SECS;
    if into > STEP_SECS - 10 {
        tokio::time::sleep(std::time::Duration::from_secs(STEP_SECS - into + 1)).await;
    }
}

async fn secret(app: &TestApp, email: &str) -> String {
    let sql = "SELECT totp_secret FROM users WHERE email = $1";
    let s: Option<String> =
        app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).bind(email).fetch_one(p).await).unwrap();
    s.expect("a secret")
}

/// Turns the second factor on for the signed-in `client` with the code of the previous step; returns the
/// recovery codes shown.
async fn turn_on(app: &TestApp, client: &Client, email: &str) -> Vec<String> {
    assert_eq!(app.call(client, "sso/start_two_factor", &[]).await.status(), 200);
    let status = json(app.call(client, "sso/get_two_factor", &[]).await).await;
    let key = status["setup"]["secret"].as_str().unwrap().replace(' ', "");
    assert!(status["setup"]["qr_svg"].as_str().unwrap().starts_with("<svg"), "the server draws the QR code");
    let wrong = app.call(client, "sso/confirm_two_factor", &[("code", "000000")]).await;
    assert_eq!(wrong.status(), 422);
    let code = code_at(&key, now() - STEP_SECS).unwrap();
    let res = app.call(client, "sso/confirm_two_factor", &[("code", &code)]).await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    assert_eq!(secret(app, email).await, key);
    let status = json(app.call(client, "sso/get_two_factor", &[]).await).await;
    assert_eq!(status["enabled"], true);
    let codes: Vec<String> =
        status["fresh_codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_string()).collect();
    assert_eq!(codes.len(), 10);
    let again = json(app.call(client, "sso/get_two_factor", &[]).await).await;
    assert_eq!(again["fresh_codes"].as_array().unwrap().len(), 0, "recovery codes are shown once");
    assert_eq!(again["recovery_left"], 10);
    codes
}

/// Signs in with the password; the answer's redirect.
async fn password_step(app: &TestApp, client: &Client, email: &str, device: Option<&str>) -> String {
    let mut req = client
        .post(app.url("/api/accounts/sign_in"))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .form(&[("email", email), ("password", PASSWORD)]);
    if let Some(token) = device {
        req = req.header("cookie", format!("chorus_device={token}"));
    }
    let res = req.send().await.unwrap();
    assert_eq!(res.status(), 200);
    res.headers().get("location").map(|l| l.to_str().unwrap().to_string()).unwrap_or_default()
}

async fn a_second_factor_is_asked_after_the_password(app: TestApp) {
    early_in_a_step().await;
    let ada = app.member("ada@example.com", "member").await;
    let codes = turn_on(&app, &ada, "ada@example.com").await;
    let key = secret(&app, "ada@example.com").await;
    let mailed = "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'sign_in_changed' AND to_addr = $1";
    let n: i64 =
        app::on_db!(&app.state.db, p => sqlx::query_scalar(mailed).bind("ada@example.com").fetch_one(p).await).unwrap();
    assert_eq!(n, 1, "turning it on is emailed");

    // The password alone signs nobody in.
    let browser = app.client();
    assert_eq!(password_step(&app, &browser, "ada@example.com", None).await, "/sign-in/two-factor");
    assert!(app.me(&browser).await.is_null());
    assert_eq!(json(app.call(&browser, "accounts/second_factor_waiting", &[]).await).await, true);
    // The code that turned it on was spent: it does not work again.
    let spent = code_at(&key, now() - STEP_SECS).unwrap();
    assert_eq!(app.call(&browser, "accounts/verify_second_factor", &[("code", &spent)]).await.status(), 422);
    let code = code_at(&key, now()).unwrap();
    let res = app.call(&browser, "accounts/verify_second_factor", &[("code", &code), ("remember", "on")]).await;
    assert_eq!(res.status(), 200);
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("chorus_device="));
    let cookie = cookie.expect("the device is remembered");
    assert!(cookie.contains("HttpOnly") && cookie.contains("Max-Age=2592000"), "{cookie}");
    let token = cookie.trim_start_matches("chorus_device=").split(';').next().unwrap().to_string();
    assert_eq!(app.me(&browser).await["email"], "ada@example.com");

    // The same code a second time, in another browser, is refused.
    let other = app.client();
    password_step(&app, &other, "ada@example.com", None).await;
    assert_eq!(app.call(&other, "accounts/verify_second_factor", &[("code", &code)]).await.status(), 422);
    // A recovery code works once (typed in capitals without its dash).
    let typed = codes[0].replace('-', "").to_uppercase();
    assert_eq!(app.call(&other, "accounts/verify_second_factor", &[("code", &typed)]).await.status(), 200);
    assert_eq!(app.me(&other).await["email"], "ada@example.com");
    let third = app.client();
    password_step(&app, &third, "ada@example.com", None).await;
    assert_eq!(app.call(&third, "accounts/verify_second_factor", &[("code", &codes[0])]).await.status(), 422);

    // The remembered device goes straight in; a made-up token does not.
    let fourth = app.client();
    assert_eq!(password_step(&app, &fourth, "ada@example.com", Some(&token)).await, "/account");
    let fifth = app.client();
    assert_eq!(password_step(&app, &fifth, "ada@example.com", Some("made-up")).await, "/sign-in/two-factor");

    // Guesses are limited per member, whatever the browser.
    let mut last = 0;
    for _ in 0..12 {
        last = app.call(&fifth, "accounts/verify_second_factor", &[("code", "111111")]).await.status().as_u16();
    }
    assert_eq!(last, 429);

    // Turning it off takes a code and forgets remembered devices.
    let res = app.call(&ada, "sso/disable_two_factor", &[("code", &codes[1])]).await;
    assert_eq!(res.status(), 429, "the limit counts the member's guesses everywhere");
}

async fn turning_it_off_forgets_devices_and_codes(app: TestApp) {
    early_in_a_step().await;
    let bo = app.member("bo@example.com", "member").await;
    let codes = turn_on(&app, &bo, "bo@example.com").await;
    assert_eq!(app.call(&bo, "sso/disable_two_factor", &[("code", "nonsense")]).await.status(), 422);
    assert_eq!(app.call(&bo, "sso/disable_two_factor", &[("code", &codes[2])]).await.status(), 200);
    let status = json(app.call(&bo, "sso/get_two_factor", &[]).await).await;
    assert_eq!((status["enabled"].as_bool(), status["recovery_left"].as_i64()), (Some(false), Some(0)));
    assert_eq!(password_step(&app, &app.client(), "bo@example.com", None).await, "/account");
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action IN ('two_factor_on', 'two_factor_off')";
    assert_eq!(app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, i64>(audited).fetch_one(p).await).unwrap(), 2);
}

async fn staff_set_up_a_second_factor_before_staff_pages(app: TestApp) {
    early_in_a_step().await;
    let admin = app.member("admin@example.com", "admin").await;
    let res = app.call(&admin, "sso/set_staff_two_factor", &[("required", "on")]).await;
    assert_eq!(res.status(), 422, "the admin sets up their own first");
    turn_on(&app, &admin, "admin@example.com").await;
    assert_eq!(app.call(&admin, "sso/set_staff_two_factor", &[("required", "on")]).await.status(), 200);

    let moderator = app.member("mod@example.com", "moderator").await;
    assert_eq!(app.me(&moderator).await["second_factor_due"], true);
    let res = app.call(&moderator, "forum/flag_queue", &[]).await;
    assert_eq!(res.status(), 403, "no staff server function before the second factor");
    let page = moderator.get(app.url("/mod/flags")).header("accept", "text/html").send().await.unwrap();
    let to = page.headers().get("location").map(|l| l.to_str().unwrap().to_string());
    assert_eq!(to.as_deref(), Some("/me/security?setup=1"), "the staff page sends them to set it up");
    // Members are not asked.
    let member = app.member("m@example.com", "member").await;
    assert_eq!(app.me(&member).await["second_factor_due"], false);

    turn_on(&app, &moderator, "mod@example.com").await;
    assert_eq!(app.me(&moderator).await["second_factor_due"], false);
    assert_eq!(app.call(&moderator, "forum/flag_queue", &[]).await.status(), 200);
    let res = app.call(&moderator, "sso/disable_two_factor", &[("code", "anything")]).await;
    assert_eq!(res.status(), 422, "staff cannot turn it off while it is required");

    // An admin turns off a member's second factor (a lost phone); the member is emailed.
    let ada = app.member("ada@example.com", "member").await;
    turn_on(&app, &ada, "ada@example.com").await;
    assert_eq!(app.call(&member, "sso/reset_two_factor", &[("email", "ada@example.com")]).await.status(), 403);
    assert_eq!(app.call(&admin, "sso/reset_two_factor", &[("email", "ada@example.com")]).await.status(), 200);
    assert_eq!(password_step(&app, &app.client(), "ada@example.com", None).await, "/account");
    let res = app.call(&admin, "sso/reset_two_factor", &[("email", "nobody@example.com")]).await;
    assert_eq!(res.status(), 422);
}

/// A link from the inbox (a password reset) is one factor: a member with a second factor is still asked for it.
async fn a_password_reset_still_asks_for_the_second_factor(app: TestApp) {
    early_in_a_step().await;
    let cy = app.member("cy@example.com", "member").await;
    turn_on(&app, &cy, "cy@example.com").await;
    let after = crate::common::last_mail_id(&app.state.db).await;
    let guest = app.client();
    let res = app.call(&guest, "recovery/request_password_reset", &[("email", "cy@example.com")]).await;
    assert_eq!(res.status(), 200);
    let token =
        crate::common::token_in_mail(&app.state.db, "cy@example.com", "reset", after).await.expect("a reset link");
    let res =
        app.call(&guest, "recovery/reset_password", &[("token", &token), ("password", "a brand new passphrase")]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    assert!(app.me(&guest).await.is_null(), "the link alone signs nobody in");
    assert_eq!(json(app.call(&guest, "accounts/second_factor_waiting", &[]).await).await, true);
    let code = code_at(&secret(&app, "cy@example.com").await, now()).unwrap();
    assert_eq!(app.call(&guest, "accounts/verify_second_factor", &[("code", &code)]).await.status(), 200);
    assert_eq!(app.me(&guest).await["email"], "cy@example.com");
}

both_backends!(
    a_password_reset_still_asks_for_the_second_factor,
    a_second_factor_is_asked_after_the_password,
    turning_it_off_forgets_devices_and_codes,
    staff_set_up_a_second_factor_before_staff_pages,
);

/// Two `chorus serve` processes on one PostgreSQL database: the password on one node, the code on the other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_password_on_one_node_and_the_code_on_another() {
    let (_guard, db, a, b) = crate::common::nodes::two_nodes().await;
    let hash = app::accounts::passwords::Passwords::new(1).unwrap().hash(PASSWORD.to_string()).await.unwrap();
    let key = app::accounts::two_factor::new_secret();
    let sql = "INSERT INTO users (email, display_name, handle, password_hash, role, created_at, updated_at,
                                  email_verified_at, totp_secret, totp_enabled_at)
               VALUES ('kai@example.com', 'Kai', 'kai', $1, 'member', 0, 0, 0, $2, 0)";
    app::on_db!(&db, p => sqlx::query(sql).bind(&hash).bind(&key).execute(p).await.map(|_| ())).unwrap();
    early_in_a_step().await;
    let browser = Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let form = [("email", "kai@example.com"), ("password", PASSWORD)];
    let res = crate::common::call_at(&a.1, &browser, "accounts/sign_in", &form).await;
    assert_eq!(res.headers()["location"], "/sign-in/two-factor");
    let code = code_at(&key, now()).unwrap();
    let res = crate::common::call_at(&b.1, &browser, "accounts/verify_second_factor", &[("code", &code)]).await;
    assert_eq!(res.status(), 200, "node B finishes node A's sign-in");
    let me = json(crate::common::call_at(&a.1, &browser, "accounts/get_me", &[]).await).await;
    assert_eq!(me["email"], "kai@example.com");
    // The code is spent on every node.
    let other = Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    crate::common::call_at(&b.1, &other, "accounts/sign_in", &form).await;
    let res = crate::common::call_at(&a.1, &other, "accounts/verify_second_factor", &[("code", &code)]).await;
    assert_eq!(res.status(), 422);
}
