//! Accounts over HTTP against a real server, once on SQLite and once on PostgreSQL.

use crate::common;

use common::{session_cookie, TestApp};
use serde_json::Value;

const PW: &str = "a long enough passphrase";

both_backends!(
    signing_up_sends_a_link_that_confirms_and_signs_in,
    the_session_cookie_is_http_only_and_same_site_lax,
    a_registered_email_is_answered_as_a_new_one_and_nothing_changes,
    invalid_fields_are_named_and_nothing_is_stored,
    unknown_email_and_wrong_password_get_the_same_answer,
    signing_in_cycles_the_session_id,
    signing_out_destroys_the_session_on_the_server,
    guests_are_sent_to_sign_in_from_the_account_page,
    a_guest_cannot_call_member_functions,
    a_cross_site_post_is_refused_and_changes_nothing,
    a_form_post_without_javascript_redirects_back_with_the_error,
    a_form_post_without_javascript_shows_its_answer_once,
    repeated_wrong_passwords_hit_the_rate_limit,
    someone_else_failing_cannot_lock_the_owner_out,
    guesses_sent_at_once_cannot_slip_under_the_limit,
    changing_the_password_signs_out_other_sessions,
    a_member_can_change_their_display_name,
    health_answers_when_the_database_does,
    pages_carry_a_nonce_csp_that_matches_their_scripts,
    an_oversized_body_is_refused,
    an_unknown_page_is_a_real_404,
    people_with_one_name_can_sign_up_at_the_same_moment,
);

/// Signing up signs nobody in: the link in the confirmation email does, and confirms the address.
async fn signing_up_sends_a_link_that_confirms_and_signs_in(app: TestApp) {
    let c = app.client();
    let res = app.sign_up_only(&c, "Ada@Example.com", "Ada Lovelace", PW).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    assert_eq!(app.me(&c).await, Value::Null, "not signed in before the link is opened");
    let token =
        common::token_in_mail(&app.state.db, "ada@example.com", "verify", 0).await.expect("a confirmation email");
    let browser = app.client();
    let res = app.call(&browser, "recovery/confirm_email", &[("token", &token)]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    let me = app.me(&browser).await;
    assert_eq!(me["email"], "ada@example.com");
    assert_eq!(me["display_name"], "Ada Lovelace");
    assert_eq!(me["role"], "Member");
    assert_eq!(me["verified"], true);
}

async fn the_session_cookie_is_http_only_and_same_site_lax(app: TestApp) {
    app.sign_up(&app.client(), "ada@example.com", "Ada", PW).await;
    let res = app.sign_in(&app.client(), "ada@example.com", PW).await;
    let cookie = session_cookie(&res).expect("a session cookie is set");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
}

/// Signing up with a registered address (whatever its case) looks like signing up with a new one: same
/// status, same body, same redirect; but nothing is stored and nobody is signed in.
async fn a_registered_email_is_answered_as_a_new_one_and_nothing_changes(app: TestApp) {
    let c = app.client();
    let first = app.sign_up(&c, "ada@example.com", "Ada", PW).await;
    let (status, location) = (first.status(), first.headers().get("serverfnredirect").is_some());
    let first_body = first.text().await.unwrap();
    let again = app.client();
    let res = app.sign_up(&again, "ADA@example.COM", "Another Ada", PW).await;
    assert_eq!(res.status(), status);
    assert_eq!(res.headers().get("serverfnredirect").is_some(), location);
    assert!(session_cookie(&res).is_none(), "nobody is signed in");
    assert_eq!(res.text().await.unwrap(), first_body);
    assert_eq!(app.count("users").await, 1);
    assert_eq!(app.me(&again).await, Value::Null);
    // The form without JavaScript: the same redirect as for a new address.
    let form = [("email", "ada@example.com"), ("display_name", "Ada"), ("password", PW), ("next", "/forum")];
    let plain = |email: &'static str| {
        let mut f = form;
        f[0].1 = email;
        let url = app.url("/api/join/sign_up");
        let origin = app.base.clone();
        let c = app.client();
        async move { c.post(url).header("origin", origin).header("accept", "text/html").form(&f).send().await.unwrap() }
    };
    let taken = plain("ada@example.com").await;
    let new = plain("bea@example.com").await;
    assert_eq!(taken.status(), new.status());
    assert_eq!(taken.headers().get("location"), new.headers().get("location"));
    assert_eq!(taken.headers().get("location").unwrap(), "/check-email");
}

async fn invalid_fields_are_named_and_nothing_is_stored(app: TestApp) {
    let cases = [
        ("", "Ada", PW, "email", "Enter your email address."),
        ("not-an-email", "Ada", PW, "email", "Enter an email address like name@example.com."),
        ("ada@example.com", "   ", PW, "display_name", "Enter a display name."),
        ("ada@example.com", &"x".repeat(51), PW, "display_name", "A display name can be at most 50 characters."),
        ("ada@example.com", "Ada", "short", "password", "Use at least 10 characters (you have 5)."),
        ("ada@example.com", "Ada", "1234567890", "password", "That password is one of the most common ones."),
    ];
    for (email, name, pw, field, message) in cases {
        let res = app.sign_up(&app.client(), email, name, pw).await;
        assert_eq!(res.status(), 422, "{email} / {name} / {pw}");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["Validation"]["field"], field);
        assert!(body["Validation"]["message"].as_str().unwrap().starts_with(message), "{body}");
    }
    assert_eq!(app.count("users").await, 0);
}

async fn unknown_email_and_wrong_password_get_the_same_answer(app: TestApp) {
    app.sign_up(&app.client(), "ada@example.com", "Ada", PW).await;
    let wrong = app.sign_in(&app.client(), "ada@example.com", "not the password").await;
    let unknown = app.sign_in(&app.client(), "nobody@example.com", "not the password").await;
    assert_eq!(wrong.status(), unknown.status());
    assert_eq!(wrong.status(), 422);
    assert_eq!(wrong.text().await.unwrap(), unknown.text().await.unwrap());
}

async fn signing_in_cycles_the_session_id(app: TestApp) {
    app.sign_up(&app.client(), "ada@example.com", "Ada", PW).await;
    let c = app.client();
    // A guest session first (as an attacker might plant), then sign in.
    let guest = c.get(app.url("/sign-in")).send().await.unwrap();
    let before = session_cookie(&guest);
    let res = app.sign_in(&c, "ada@example.com", PW).await;
    assert_eq!(res.status(), 200);
    let after = session_cookie(&res).expect("sign-in sets a session cookie");
    assert_ne!(Some(after.clone()), before);
    assert_eq!(app.me(&c).await["email"], "ada@example.com");
}

async fn signing_out_destroys_the_session_on_the_server(app: TestApp) {
    app.sign_up(&app.client(), "ada@example.com", "Ada", PW).await;
    let c = app.client();
    let res = app.sign_in(&c, "ada@example.com", PW).await;
    let cookie = session_cookie(&res).unwrap();
    let value = cookie.split(';').next().unwrap().to_string();
    assert_eq!(app.call(&c, "accounts/sign_out", &[]).await.status(), 200);
    assert_eq!(app.me(&c).await, Value::Null);
    // Replaying the old cookie from another client gets a guest, not the member.
    let replay = reqwest::Client::new()
        .post(app.url("/api/accounts/get_me"))
        .header("cookie", value)
        .header("accept", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(replay.json::<Value>().await.unwrap(), Value::Null);
}

async fn guests_are_sent_to_sign_in_from_the_account_page(app: TestApp) {
    let res = app.client().get(app.url("/account")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(res.status(), 302);
    assert_eq!(res.headers()["location"], "/sign-in?next=/account");
}

async fn a_guest_cannot_call_member_functions(app: TestApp) {
    let res = app.call(&app.client(), "accounts/update_display_name", &[("display_name", "Mallory")]).await;
    assert_eq!(res.status(), 401);
    assert_eq!(res.json::<Value>().await.unwrap(), Value::String("Unauthorized".into()));
}

async fn a_cross_site_post_is_refused_and_changes_nothing(app: TestApp) {
    let form = [("email", "ada@example.com"), ("display_name", "Ada"), ("password", PW)];
    let by_origin = app
        .client()
        .post(app.url("/api/join/sign_up"))
        .header("origin", "http://evil.example")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(by_origin.status(), 403);
    let by_fetch_meta = app
        .client()
        .post(app.url("/api/join/sign_up"))
        .header("sec-fetch-site", "cross-site")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(by_fetch_meta.status(), 403);
    assert!(by_fetch_meta.text().await.unwrap().contains("Cross-site request refused"));
    assert_eq!(app.count("users").await, 0);
}

async fn a_form_post_without_javascript_redirects_back_with_the_error(app: TestApp) {
    let res = app
        .client()
        .post(app.url("/api/join/sign_up"))
        .header("origin", &app.base)
        .header("accept", "text/html")
        .header("referer", app.url("/sign-up"))
        .form(&[("email", "nope"), ("display_name", "Ada"), ("password", PW)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 302);
    let location = res.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with(&app.url("/sign-up?__path=")), "{location}");
    assert!(location.contains("__err="));
    // The page renders the message from the URL, with no JavaScript involved.
    let page = app.client().get(&location).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Enter an email address like name@example.com."), "{page}");
}

/// A member's form without JavaScript: the page it returns to shows the server's answer, as a hydrated page
/// does after the call, and only that page; a refusal is carried in the address, never kept; a visitor's post
/// makes no session for it.
async fn a_form_post_without_javascript_shows_its_answer_once(app: TestApp) {
    let ada = app.member("ada@example.com", "member").await;
    let plain = |client: &reqwest::Client, endpoint: &str, form: &[(&str, &str)]| {
        client
            .post(app.url(&format!("/api/{endpoint}")))
            .header("origin", &app.base)
            .header("accept", "text/html,application/xhtml+xml")
            .header("referer", app.url("/account"))
            .form(form)
            .send()
    };
    let page = |client: &reqwest::Client| {
        let request = client.get(app.url("/account")).header("accept", "text/html").send();
        async move { request.await.unwrap().text().await.unwrap() }
    };
    let saved = "Saved. You now appear as Ada Renamed.";
    let res = plain(&ada, "accounts/update_display_name", &[("display_name", "Ada Renamed")]).await.unwrap();
    assert_eq!(res.status(), 302);
    // Back to the form (the framework leaves an empty query on the address).
    assert_eq!(res.headers()["location"].to_str().unwrap().trim_end_matches('?'), app.url("/account"));
    // A request that is not a page (a picture, a script) leaves the answer where it is.
    let other = ada.get(app.url("/favicon.ico")).header("accept", "image/avif,image/*").send().await.unwrap();
    assert!(!other.text().await.unwrap().contains(saved));
    assert!(page(&ada).await.contains(saved), "the page the form returns to says what was done");
    assert!(!page(&ada).await.contains(saved), "and only that page");
    // A call with JavaScript reads its answer itself: nothing is kept for the next page.
    let called = app.call(&ada, "accounts/update_display_name", &[("display_name", "Ada Again")]).await;
    assert_eq!(called.status(), 200);
    assert!(!page(&ada).await.contains("You now appear as"));

    let refused = plain(&ada, "accounts/update_display_name", &[("display_name", " ")]).await.unwrap();
    let location = refused.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.contains("__err="), "{location}");
    assert!(!page(&ada).await.contains("You now appear as"), "a refusal is shown from its address only");
    assert_eq!(app.me(&ada).await["display_name"], "Ada Again");

    // Without a `Referer` the framework cannot tell the form where to go back: nothing is kept.
    let blind = ada
        .post(app.url("/api/accounts/update_display_name"))
        .header("origin", &app.base)
        .header("accept", "text/html")
        .form(&[("display_name", "Ada Blind")])
        .send()
        .await
        .unwrap();
    assert!(blind.status().is_redirection());
    assert!(!page(&ada).await.contains("You now appear as"));

    let visitor = app.client();
    let res = plain(&visitor, "recovery/request_password_reset", &[("email", "ada@example.com")]).await.unwrap();
    assert!(res.status().is_redirection());
    assert!(session_cookie(&res).is_none(), "a visitor's plain post makes no session to carry an answer");
}

async fn repeated_wrong_passwords_hit_the_rate_limit(app: TestApp) {
    app.sign_up(&app.client(), "ada@example.com", "Ada", PW).await;
    let limit = app.state.settings.sign_in_per_email;
    for _ in 0..limit {
        assert_eq!(app.sign_in(&app.client(), "ada@example.com", "wrong password!").await.status(), 422);
    }
    let res = app.sign_in(&app.client(), "ada@example.com", PW).await;
    assert_eq!(res.status(), 429, "even the right password waits once the limit is hit");
    let body: Value = res.json().await.unwrap();
    assert!(body["RateLimited"]["retry_after_secs"].as_u64().unwrap() > 0);
}

/// Failures are counted per email and client address: an attacker's wrong guesses slow the attacker, and
/// the owner, signing in from an address that has not been failing, gets in.
async fn someone_else_failing_cannot_lock_the_owner_out(app: TestApp) {
    app.sign_up(&app.client(), "ada@example.com", "Ada", PW).await;
    let attacker = || {
        reqwest::Client::builder()
            .local_address(std::net::IpAddr::from([127, 0, 0, 2]))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    };
    let limit = app.state.settings.sign_in_per_email;
    for _ in 0..limit {
        assert_eq!(app.sign_in(&attacker(), "ada@example.com", "wrong password!").await.status(), 422);
    }
    assert_eq!(app.sign_in(&attacker(), "ada@example.com", "wrong password!").await.status(), 429);
    assert_eq!(app.sign_in(&attacker(), "ada@example.com", PW).await.status(), 429, "the guesser stays slowed");
    let owner = app.client();
    assert_eq!(app.sign_in(&owner, "ada@example.com", PW).await.status(), 200, "the owner is not locked out");
    assert_eq!(app.me(&owner).await["email"], "ada@example.com");
    // Counting failures only: the owner's successful sign-ins never use up their allowance.
    for _ in 0..limit + 2 {
        assert_eq!(app.sign_in(&app.client(), "ada@example.com", PW).await.status(), 200);
    }
}

/// Wrong guesses sent together are each counted before the password is checked, so no more than the
/// limit are ever checked.
async fn guesses_sent_at_once_cannot_slip_under_the_limit(app: TestApp) {
    app.sign_up(&app.client(), "ada@example.com", "Ada", PW).await;
    let limit = app.state.settings.sign_in_per_email as usize;
    let mut tasks = Vec::new();
    for _ in 0..limit * 2 {
        let (base, c) = (app.base.clone(), app.client());
        tasks.push(tokio::spawn(async move {
            let form = [("email", "ada@example.com"), ("password", "wrong password!")];
            common::call_at(&base, &c, "accounts/sign_in", &form).await.status().as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    let checked = statuses.iter().filter(|s| **s == 422).count();
    assert!(checked <= limit, "{checked} guesses were checked: {statuses:?}");
    assert!(statuses.iter().all(|s| *s == 422 || *s == 429), "{statuses:?}");
}

async fn changing_the_password_signs_out_other_sessions(app: TestApp) {
    let laptop = app.client();
    app.sign_up(&laptop, "ada@example.com", "Ada", PW).await;
    let phone = app.client();
    assert_eq!(app.sign_in(&phone, "ada@example.com", PW).await.status(), 200);
    let wrong = app
        .call(
            &laptop,
            "accounts/change_password",
            &[("current_password", "not it at all"), ("new_password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let res = app
        .call(
            &laptop,
            "accounts/change_password",
            &[("current_password", PW), ("new_password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    assert_eq!(app.me(&laptop).await["email"], "ada@example.com", "the device that changed it stays in");
    assert_eq!(app.me(&phone).await, Value::Null, "other devices are signed out");
    assert_eq!(app.sign_in(&app.client(), "ada@example.com", PW).await.status(), 422);
    assert_eq!(app.sign_in(&app.client(), "ada@example.com", "a brand new passphrase").await.status(), 200);
}

async fn a_member_can_change_their_display_name(app: TestApp) {
    let c = app.client();
    app.sign_up(&c, "ada@example.com", "Ada", PW).await;
    let res = app.call(&c, "accounts/update_display_name", &[("display_name", "  Ada   King ")]).await;
    assert_eq!(res.json::<Value>().await.unwrap(), "Ada King");
    assert_eq!(app.me(&c).await["display_name"], "Ada King");
    let bad = app.call(&c, "accounts/update_display_name", &[("display_name", "")]).await;
    assert_eq!(bad.status(), 422);
    assert_eq!(app.me(&c).await["display_name"], "Ada King");
}

async fn health_answers_when_the_database_does(app: TestApp) {
    let res = app.client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    app.state.db.close().await;
    let res = app.client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 503);
}

async fn pages_carry_a_nonce_csp_that_matches_their_scripts(app: TestApp) {
    let res = app.client().get(app.url("/")).send().await.unwrap();
    let csp = res.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert_eq!(res.headers()["referrer-policy"], "strict-origin-when-cross-origin");
    assert!(csp.contains("frame-ancestors 'none'"));
    let nonce = csp.split("'nonce-").nth(1).and_then(|s| s.split('\'').next()).expect("a nonce").to_string();
    let html = res.text().await.unwrap();
    assert!(html.contains(&format!("nonce=\"{nonce}\"")), "the hydration script carries the nonce");
    let again = app.client().get(app.url("/")).send().await.unwrap();
    assert!(!again.headers()["content-security-policy"].to_str().unwrap().contains(&nonce), "a new nonce per response");
}

async fn an_oversized_body_is_refused(app: TestApp) {
    let huge = "x".repeat(1100 * 1024);
    let res = app
        .call(&app.client(), "join/sign_up", &[("email", "a@example.com"), ("display_name", &huge), ("password", PW)])
        .await;
    assert_eq!(res.status(), 413);
    assert_eq!(app.count("users").await, 0);
}

async fn an_unknown_page_is_a_real_404(app: TestApp) {
    let res = app.client().get(app.url("/no/such/page")).send().await.unwrap();
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("Page not found"));
}

/// Found by the referral concurrency test: two "Friend"s at once both found the handle `friend` free, and the
/// second sign-up failed on the unique index. Here the second account is stored while the first one's
/// transaction is still open, and must wait for it and take `friend<id>`.
async fn people_with_one_name_can_sign_up_at_the_same_moment(app: TestApp) {
    use app::accounts::{
        domain::{DisplayName, Email, Role},
        repo::insert_user,
    };
    let name = DisplayName::parse("Friend").unwrap();
    let db = app.state.db.clone();
    let mut first = db.begin_write().await.unwrap();
    let first_id = insert_user(&mut first, &Email::parse("one@example.com").unwrap(), &name, "x", Role::Member, true)
        .await
        .unwrap();
    let second = async {
        let mut tx = db.begin_write().await?;
        let email = Email::parse("two@example.com").unwrap();
        let id = insert_user(&mut tx, &email, &name, "x", Role::Member, true).await.map_err(|e| e.to_string());
        tx.commit().await?;
        Ok::<_, sqlx::Error>(id)
    };
    // The second sign-up runs until it is certainly blocked by the first one's open transaction (finishing
    // before is a failure), and only then does the first commit: the race happens on every run.
    let refs_before = gate_refs(&db);
    let mut second = std::pin::pin!(second);
    tokio::select! {
        early = &mut second => panic!("the second sign-up finished while the first was still open: {early:?}"),
        () = blocked_by_another_writer(&db, refs_before) => {}
    }
    first.commit().await.unwrap();
    let second_id = second.await.unwrap().expect("the second account is stored");

    let handle = |id: i64| {
        let db = db.clone();
        async move {
            let sql = "SELECT handle FROM users WHERE id = $1";
            app::on_db!(&db, p => sqlx::query_scalar::<_, String>(sql).bind(id).fetch_one(p).await).unwrap()
        }
    };
    assert_eq!(handle(first_id).await, "friend");
    assert_eq!(handle(second_id).await, format!("friend{second_id}"));
}

/// How many handles SQLite's write gate has (0 on PostgreSQL, which has none).
fn gate_refs(db: &app::db::Db) -> usize {
    match db {
        app::db::Db::Sqlite(_, gate) => std::sync::Arc::strong_count(gate),
        app::db::Db::Postgres(_) => 0,
    }
}

/// Returns once another writer is waiting for the open write transaction. On PostgreSQL a lock of this
/// database is then not granted (the handle lock with today's code, the unique index with the old one). On
/// SQLite writers queue at the process's write gate, and one waiting there holds one more handle to it than
/// the `refs_before` counted before it started.
async fn blocked_by_another_writer(db: &app::db::Db, refs_before: usize) {
    let sql = "SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                              WHERE NOT l.granted AND a.datname = current_database())";
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let waiting = match db {
            app::db::Db::Sqlite(..) => gate_refs(db) > refs_before,
            app::db::Db::Postgres(pool) => sqlx::query_scalar::<_, bool>(sql).fetch_one(pool).await.unwrap(),
        };
        if waiting {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "the second sign-up never waited for the first");
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
}
