//! Profiles and privacy over HTTP on both backends: profile details and their checks, handle changes that keep
//! redirecting, "download my data", and deleting an account (by its member or an admin) until nothing
//! personal is left in any table while the ledger still balances.

use crate::common::{self, json, points::assert_books_balance, TestApp};
use crate::media::upload;
use crate::rewards::{create_reward, redeem, reward_form};
use app::media::samples::photo;
use reqwest::Client;
use serde_json::Value;

both_backends!(
    profile_details_are_checked_sanitised_and_shown,
    a_changed_handle_redirects_for_a_year_and_nobody_else_takes_it,
    download_my_data_holds_everything_of_the_member_only_and_is_rate_limited,
    deleting_an_account_leaves_nothing_personal_in_any_table_and_the_books_balance,
    deleting_needs_the_password_and_kept_posts_show_a_deleted_member,
    admins_delete_a_member_with_a_reason_and_never_an_admin,
);

const PASSWORD: &str = "a long enough passphrase";

/// A signed-in, confirmed member with this email and display name.
async fn member(app: &TestApp, email: &str, name: &str) -> Client {
    let c = app.client();
    assert_eq!(app.sign_up(&c, email, name, PASSWORD).await.status(), 200);
    c
}

fn details<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("bio", "I run **support** at Acme. <script>alert(1)</script>"),
        ("company", "Acme"),
        ("job_title", "Head of Support"),
        ("location", "Lisbon"),
        ("website", "acme.example/team"),
        ("linkedin", "https://www.linkedin.com/in/ada"),
    ];
    for (k, v) in extra {
        if let Some(slot) = form.iter_mut().find(|(key, _)| key == k) {
            slot.1 = v;
        }
    }
    form
}

async fn profile(app: &TestApp, handle: &str) -> Value {
    json(app.call(&app.client(), "profiles/get_profile", &[("handle", handle)]).await).await
}

async fn handle_of(app: &TestApp, c: &Client) -> String {
    json(app.call(c, "profiles/get_my_details", &[]).await).await["handle"].as_str().expect("handle").to_string()
}

fn field_of(v: &Value) -> (String, String) {
    let e = v.as_object().and_then(|o| o.values().next()).cloned().unwrap_or_default();
    (e["field"].as_str().unwrap_or_default().to_string(), e["message"].as_str().unwrap_or_default().to_string())
}

async fn profile_details_are_checked_sanitised_and_shown(app: TestApp) {
    let ada = member(&app, "ada@example.com", "Ada Okafor").await;
    let guest = app.client();
    assert_eq!(app.call(&guest, "profiles/save_details", &details(&[])).await.status(), 401);

    let refusals = [
        ("website", "javascript:alert(1)", "“javascript:” link is not allowed"),
        ("website", "https://user:pw@evil.example", "user name or password"),
        ("linkedin", "https://example.com/in/ada", "linkedin.com/in/your-name"),
        ("job_title", &"x".repeat(81), "at most 80 characters"),
    ];
    let long_bio = "b".repeat(1001);
    for (field, value, words) in refusals.iter().copied().chain([("bio", long_bio.as_str(), "at most 1000 characters")])
    {
        let res = app.call(&ada, "profiles/save_details", &details(&[(field, value)])).await;
        assert_eq!(res.status(), 422, "{field}={value}");
        let (f, message) = field_of(&json(res).await);
        assert_eq!(f, field);
        assert!(message.contains(words), "{message}");
    }
    let handle = handle_of(&app, &ada).await;
    let before = profile(&app, &handle).await;
    assert_eq!(before["details"]["company"], "", "nothing was stored by a refused form");

    let res = app.call(&ada, "profiles/save_details", &details(&[])).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    let p = profile(&app, &handle).await;
    assert_eq!(p["details"]["website"], "https://acme.example/team");
    assert_eq!(p["details"]["job_title"], "Head of Support");
    let bio = p["bio_html"].as_str().unwrap();
    assert!(bio.contains("<strong>support</strong>"), "{bio}");
    assert!(!bio.contains("<script"), "the bio is sanitised: {bio}");
    let page = guest.get(app.url(&format!("/u/{handle}"))).send().await.unwrap().text().await.unwrap();
    for shown in ["Head of Support at Acme", "Based in Lisbon", "href=\"https://acme.example/team\"", "LinkedIn"] {
        assert!(page.contains(shown), "the profile page shows {shown}");
    }
    // Beside her posts, readers see who she is at work.
    let admin = app.member("admin@example.com", "admin").await;
    let cat = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "All"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &cat).await.status(), 200);
    let topic = json(
        app.call(&ada, "forum/create_topic", &[("category", "general"), ("title", "Hello"), ("body", "Hi all")]).await,
    )
    .await;
    let id = topic["topic_id"].to_string();
    let shown = json(app.call(&guest, "forum/fetch_topic", &[("id", &id), ("page", "1")]).await).await;
    assert_eq!(shown["posts"][0]["author_role"], "Head of Support at Acme");
}

async fn a_changed_handle_redirects_for_a_year_and_nobody_else_takes_it(app: TestApp) {
    let ada = member(&app, "ada@example.com", "Ada Okafor").await;
    let bob = member(&app, "bob@example.com", "Bob Stone").await;
    let old = handle_of(&app, &ada).await;
    let bobs = handle_of(&app, &bob).await;
    let change = |c: &Client, h: &str| {
        let (c, h) = (c.clone(), h.to_string());
        let app = &app;
        async move { app.call(&c, "profiles/change_handle", &[("handle", h.as_str())]).await }
    };
    for (wanted, message) in [
        ("admin", "@admin is reserved; choose another handle."),
        ("a", "A handle has 2 to 30 characters; this one has 1."),
        ("ada okafor", "A handle can use only letters a–z, digits and underscores."),
    ] {
        let res = change(&ada, wanted).await;
        assert_eq!(res.status(), 422, "{wanted}");
        assert_eq!(field_of(&json(res).await), ("handle".into(), message.into()));
    }
    let res = change(&ada, &bobs).await;
    assert_eq!(res.status(), 409);
    assert_eq!(field_of(&json(res).await).1, format!("@{bobs} is taken; choose another handle."));

    assert_eq!(change(&ada, "@Ada_New").await.status(), 200);
    assert_eq!(handle_of(&app, &ada).await, "ada_new");
    assert_eq!(profile(&app, &old).await["handle"], "ada_new", "the old handle finds her");
    let res = app.client().get(app.url(&format!("/u/{old}"))).header("accept", "text/html").send().await.unwrap();
    assert!(res.status().is_redirection(), "{}", res.status());
    assert_eq!(res.headers()["location"], "/u/ada_new");

    let res = change(&bob, &old).await;
    assert_eq!(res.status(), 409, "nobody else takes a handle that still redirects");
    let audit: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'profile.handle'").fetch_one(p).await).unwrap();
    assert_eq!(audit, 1);

    // A year later the old handle is free for anyone.
    let lapse = "UPDATE handle_redirects SET expires_at = 1 WHERE handle = $1";
    app::on_db!(&app.state.db, p => sqlx::query(lapse).bind(&old).execute(p).await.map(|_| ())).unwrap();
    assert_eq!(profile(&app, &old).await["NotFound"], "That member");
    assert_eq!(change(&bob, &old).await.status(), 200);
    assert_eq!(handle_of(&app, &bob).await, old);
    assert_eq!(change(&ada, &bobs).await.status(), 409, "bob's old handle redirects to bob: taken");
    // Her own old handle she can always take back.
    assert_eq!(change(&ada, "ada_third").await.status(), 200);
    assert_eq!(change(&ada, "ada_new").await.status(), 200);
    assert_eq!(profile(&app, "ada_third").await["handle"], "ada_new");
}

async fn export(app: &TestApp, c: &Client) -> reqwest::Response {
    c.post(app.url("/me/data/download")).header("origin", &app.base).send().await.expect("export")
}

async fn download_my_data_holds_everything_of_the_member_only_and_is_rate_limited(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = member(&app, "ada@example.com", "Ada Okafor").await;
    let bob = member(&app, "bob@example.com", "Bob Stone").await;
    assert_eq!(app.call(&ada, "profiles/save_details", &details(&[])).await.status(), 200);
    assert_eq!(app.call(&ada, "profiles/change_handle", &[("handle", "ada_new")]).await.status(), 200);
    let cat = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "All"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &cat).await.status(), 200);
    let topic = app
        .call(&ada, "forum/create_topic", &[("category", "general"), ("title", "Ada asks"), ("body", "First words")])
        .await;
    assert_eq!(topic.status(), 200);
    let bobs = app
        .call(&bob, "forum/create_topic", &[("category", "general"), ("title", "Bob asks"), ("body", "Bob's words")])
        .await;
    assert_eq!(bobs.status(), 200);
    let coupon =
        create_reward(&app, &admin, &reward_form("20% off", "10", "", &[("form[kind]", "discount_code")])).await;
    let codes = [("reward_id", coupon.to_string()), ("codes", "SAVE-ADA".to_string())];
    let codes: Vec<(&str, &str)> = codes.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(app.call(&admin, "rewards/add_reward_codes", &codes).await.status(), 200);
    assert_eq!(redeem(&app, &ada, coupon, "key-ada-coupon-1").await.status(), 200);
    assert_eq!(upload(&app.base, &ada, "avatar", "me.jpg", photo(300, 300)).await.status(), 200);

    assert_eq!(export(&app, &app.client()).await.status(), 401, "a guest has no data to download");
    let res = export(&app, &ada).await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment; filename=\"chorus-data-"));
    assert_eq!(res.headers()["cache-control"], "no-store");
    let text = res.text().await.unwrap();
    let doc: Value = serde_json::from_str(&text).expect("the file is JSON");
    assert_eq!(doc["format"], "chorus-member-export/1");
    assert_eq!(doc["account"]["email"], "ada@example.com");
    assert_eq!(doc["account"]["handle"], "ada_new");
    assert_eq!(doc["account"]["company"], "Acme");
    assert!(doc["account"].get("password_hash").is_none());
    assert!(!text.contains("$argon2"), "no password hash anywhere");
    assert_eq!(doc["previous_handles"][0]["handle"], "adaokafor");
    assert_eq!(doc["posts"].as_array().unwrap().len(), 1);
    assert_eq!(doc["posts"][0]["markdown"], "First words");
    assert_eq!(doc["topics_started"][0]["title"], "Ada asks");
    assert_eq!(doc["redemptions"][0]["code"], "SAVE-ADA", "a discount code is included");
    assert!(doc["ledger"].as_array().unwrap().iter().any(|r| r["reason"] == "redemption"));
    assert!(doc["uploads"][0]["url"].as_str().unwrap().starts_with("/media/"));
    assert!(doc["emails"].as_array().unwrap().iter().any(|m| m["kind"] == "verify"));
    for section in
        ["stories", "story_history", "survey_answers", "notifications", "referrals_made", "badges", "challenges"]
    {
        assert!(doc[section].is_array(), "{section} is listed even when empty");
    }
    assert!(!text.contains("Bob's words") && !text.contains("bob@example.com"), "nothing of another member");

    for _ in 1..5 {
        assert_eq!(export(&app, &ada).await.status(), 200);
    }
    let limited = export(&app, &ada).await;
    assert_eq!(limited.status(), 429, "five downloads an hour");
    assert!(limited.text().await.unwrap().contains("Too many attempts"));
    assert_eq!(export(&app, &bob).await.status(), 200, "the limit is per member");
    let forged = ada.post(app.url("/me/data/download")).header("origin", "https://evil.example").send().await.unwrap();
    assert_eq!(forged.status(), 403, "another site cannot make a member's browser download it");
}

/// Every text value in every table that contains `marker` (case-insensitive): `table.column = value`.
async fn traces(app: &TestApp, marker: &str) -> Vec<String> {
    let marker = marker.to_lowercase();
    let mut found = Vec::new();
    match &app.state.db {
        app::db::Db::Sqlite(p, _) => {
            use sqlx::{Column, Row};
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_data' AND name NOT LIKE '%_idx'",
            )
            .fetch_all(p)
            .await
            .unwrap();
            for table in tables {
                let rows = sqlx::query(&format!("SELECT * FROM \"{table}\"")).fetch_all(p).await.unwrap();
                for row in rows {
                    for (i, col) in row.columns().iter().enumerate() {
                        if let Ok(Some(v)) = row.try_get::<Option<String>, _>(i) {
                            if v.to_lowercase().contains(&marker) {
                                found.push(format!("{table}.{} = {v}", col.name()));
                            }
                        }
                    }
                }
            }
        }
        app::db::Db::Postgres(p) => {
            let columns: Vec<(String, String)> = sqlx::query_as(
                "SELECT table_name::text, column_name::text FROM information_schema.columns
                 WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'tsvector', 'jsonb', 'json')",
            )
            .fetch_all(p)
            .await
            .unwrap();
            for (table, column) in columns {
                let sql = format!("SELECT \"{column}\"::text FROM \"{table}\" WHERE \"{column}\"::text ILIKE $1");
                let hits: Vec<String> =
                    sqlx::query_scalar(&sql).bind(format!("%{marker}%")).fetch_all(p).await.unwrap();
                found.extend(hits.into_iter().map(|v| format!("{table}.{column} = {v}")));
            }
        }
    }
    found
}

async fn scalar(app: &TestApp, sql: &str, id: i64) -> i64 {
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, i64>(sql).bind(id).fetch_one(p).await).expect(sql)
}

async fn deleting_an_account_leaves_nothing_personal_in_any_table_and_the_books_balance(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = member(&app, "zqxv.ada@example.com", "Ada Zqxv").await;
    let bob = member(&app, "bob@example.com", "Bob Stone").await;
    let ada_id = app.user_id("zqxv.ada@example.com").await;
    let form = details(&[
        ("bio", "zqxv bio"),
        ("company", "Zqxv Corp"),
        ("website", "zqxv.example"),
        ("location", "Zqxvtown"),
    ]);
    assert_eq!(app.call(&ada, "profiles/save_details", &form).await.status(), 200);
    assert_eq!(app.call(&ada, "profiles/change_handle", &[("handle", "zqxvada")]).await.status(), 200);
    assert_eq!(app.call(&ada, "profiles/change_handle", &[("handle", "zqxvada2")]).await.status(), 200);
    assert_eq!(upload(&app.base, &ada, "avatar", "me.jpg", photo(300, 300)).await.status(), 200);
    // The forum: her topic with a reply by Bob, her reply to Bob's topic, an edit, a flag.
    let cat = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "All"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &cat).await.status(), 200);
    let hers = json(
        app.call(
            &ada,
            "forum/create_topic",
            &[("category", "general"), ("title", "zqxv topic"), ("body", "zqxv opening")],
        )
        .await,
    )
    .await;
    let hers = hers["topic_id"].as_i64().unwrap();
    let bobs = json(
        app.call(
            &bob,
            "forum/create_topic",
            &[("category", "general"), ("title", "Bob asks"), ("body", "Bob's words")],
        )
        .await,
    )
    .await;
    let bobs = bobs["topic_id"].as_i64().unwrap();
    assert_eq!(
        app.call(&bob, "forum/reply_to_topic", &[("topic_id", &hers.to_string()), ("body", "Bob replies")])
            .await
            .status(),
        200
    );
    let reply =
        json(app.call(&ada, "forum/reply_to_topic", &[("topic_id", &bobs.to_string()), ("body", "zqxv reply")]).await)
            .await;
    let reply_id = reply["post_id"].as_i64().or_else(|| reply.as_i64()).unwrap_or_default();
    if reply_id > 0 {
        let edit = [("post_id", reply_id.to_string()), ("body", "zqxv reply, edited".to_string())];
        let edit: Vec<(&str, &str)> = edit.iter().map(|(k, v)| (*k, v.as_str())).collect();
        app.call(&ada, "forum/edit_post", &edit).await;
    }
    // A story, a survey answer, a challenge entry and a flag, written straight to the tables they live in.
    let story = [
        ("id", "0"),
        ("form[title]", "zqxv story"),
        ("form[body]", "zqxv story body"),
        ("form[product]", "Chorus Cloud"),
        ("form[rating]", "5"),
        ("form[quote]", "zqxv quote"),
        ("form[company]", "Zqxv Corp"),
        ("form[job_title]", "Boss"),
        ("form[consent]", "named"),
        ("submit", "yes"),
    ];
    let res = app.call(&ada, "stories/save_story", &story).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    let db = &app.state.db;
    let admin_id = app.user_id("admin@example.com").await;
    let now = app::db::now();
    let seed = [
        format!("INSERT INTO surveys (title, question, starts_at, created_by, created_at, updated_at) VALUES ('Q', 'How likely?', 0, {admin_id}, 0, 0)"),
        format!("INSERT INTO survey_responses (survey_id, user_id, period_no, score, comment, created_at) SELECT id, {ada_id}, 0, 9, 'zqxv comment', {now} FROM surveys"),
        "INSERT INTO challenges (title, description, points, mode, created_at) VALUES ('C', 'Do it', 10, 'review', 0)".to_string(),
        format!("INSERT INTO challenge_completions (challenge_id, user_id, status, evidence, created_at) SELECT id, {ada_id}, 'pending', 'zqxv evidence', {now} FROM challenges"),
        format!("INSERT INTO flags (post_id, flagger_id, reason, note, created_at) SELECT MIN(id), {ada_id}, 'other', 'zqxv flag', {now} FROM posts WHERE author_id <> {ada_id}"),
    ];
    for sql in &seed {
        app::on_db!(db, p => sqlx::query(sql).execute(p).await.map(|_| ())).unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
    // Points to forfeit and a reward waiting to be sent.
    let adjust =
        [("member", "zqxv.ada@example.com"), ("amount", "300"), ("reason", "Launch"), ("key", "key-launch-ada")];
    assert_eq!(app.call(&admin, "recognition/adjust_points", &adjust).await.status(), 200);
    let hat = create_reward(&app, &admin, &reward_form("Hat", "100", "5", &[])).await;
    assert_eq!(redeem(&app, &ada, hat, "key-ada-hat-0001").await.status(), 200);
    let before_balance = scalar(&app, "SELECT balance FROM point_accounts WHERE user_id = $1", ada_id).await;
    assert!(before_balance > 0);
    assert!(!traces(&app, "zqxv").await.is_empty(), "the test put her data in place");

    let res = app
        .call(&ada, "privacy/delete_my_account", &[("password", PASSWORD), ("posts", "remove"), ("confirm", "yes")])
        .await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);

    let left = traces(&app, "zqxv").await;
    assert!(left.is_empty(), "personal data is left after deletion:\n{}", left.join("\n"));
    assert_eq!(app.me(&ada).await, Value::Null, "this browser is signed out");
    assert_eq!(scalar(&app, "SELECT balance FROM point_accounts WHERE user_id = $1", ada_id).await, 0);
    let refund =
        scalar(&app, "SELECT COUNT(*) FROM points_ledger WHERE user_id = $1 AND reason = 'refund'", ada_id).await;
    assert_eq!(refund, 1, "the pending reward was cancelled and refunded first");
    let forfeit =
        scalar(&app, "SELECT -amount FROM points_ledger WHERE user_id = $1 AND idem_key = 'erase:' || $1", ada_id)
            .await;
    assert_eq!(forfeit, before_balance + 100, "the whole balance, refund included, is forfeited by one row");
    assert_books_balance(&app).await;
    let stock = scalar(&app, "SELECT stock FROM rewards WHERE id = $1", hat).await;
    assert_eq!(stock, 5, "the hat went back to stock");
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM stories WHERE author_id = $1 AND status <> 'deleted'", ada_id).await,
        0
    );
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM posts WHERE author_id = $1 AND deleted_at IS NULL", ada_id).await, 0);
    let bobs_reply = scalar(&app, "SELECT COUNT(*) FROM posts WHERE topic_id = $1 AND deleted_at IS NULL", hers).await;
    assert_eq!(bobs_reply, 1, "others' replies in her topic stay");
    let audit =
        scalar(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'account.delete' AND target_id = $1", ada_id).await;
    assert_eq!(audit, 1);
    // Her address is free again, and her old handles are nobody's.
    let again = app.client();
    assert_eq!(app.sign_up(&again, "zqxv.ada@example.com", "Ada Again", PASSWORD).await.status(), 200);
    assert_eq!(app.call(&bob, "profiles/change_handle", &[("handle", "zqxvada")]).await.status(), 200);
}

async fn deleting_needs_the_password_and_kept_posts_show_a_deleted_member(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = member(&app, "ada@example.com", "Ada Okafor").await;
    let other_browser = app.client();
    assert_eq!(app.sign_in(&other_browser, "ada@example.com", PASSWORD).await.status(), 200);
    let cat = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "All"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &cat).await.status(), 200);
    let topic = json(
        app.call(
            &ada,
            "forum/create_topic",
            &[("category", "general"), ("title", "Kept topic"), ("body", "Kept words")],
        )
        .await,
    )
    .await;
    let topic = topic["topic_id"].as_i64().unwrap();

    let attempts = [
        (vec![("password", "wrong password here"), ("posts", "keep"), ("confirm", "yes")], "password", 422),
        (vec![("password", PASSWORD), ("posts", "keep")], "confirm", 422),
        (vec![("password", PASSWORD), ("posts", "both"), ("confirm", "yes")], "posts", 422),
    ];
    for (form, field, status) in attempts {
        let res = app.call(&ada, "privacy/delete_my_account", &form).await;
        assert_eq!(res.status(), status, "{field}");
        assert_eq!(field_of(&json(res).await).0, field);
    }
    assert_eq!(
        app.call(
            &app.client(),
            "privacy/delete_my_account",
            &[("password", PASSWORD), ("posts", "keep"), ("confirm", "yes")]
        )
        .await
        .status(),
        401
    );
    assert_eq!(app.me(&ada).await["email"], "ada@example.com", "nothing happened yet");

    let res = app
        .call(&ada, "privacy/delete_my_account", &[("password", PASSWORD), ("posts", "keep"), ("confirm", "yes")])
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(app.me(&other_browser).await, Value::Null, "every session ends");
    assert_eq!(app.sign_in(&app.client(), "ada@example.com", PASSWORD).await.status(), 422, "no way back in");
    let t =
        json(app.call(&app.client(), "forum/fetch_topic", &[("id", &topic.to_string()), ("page", "1")]).await).await;
    let text = t.to_string();
    assert!(text.contains("Kept words") && text.contains("Deleted member"), "{text}");
    assert!(!text.contains("Ada Okafor"));
    let listed =
        json(app.call(&app.client(), "forum/fetch_category", &[("slug", "general"), ("page", "1")]).await).await;
    assert_eq!(listed["topics"][0]["title"], "Kept topic", "a kept topic stays in its category's list");
    assert_eq!(listed["topics"][0]["author_name"], "Deleted member");
    let board =
        app.call(&app.client(), "recognition/get_leaderboard", &[("period", "all")]).await.text().await.unwrap();
    assert!(!board.contains("Deleted member"), "a deleted account leaves the leaderboards: {board}");
    assert_eq!(profile(&app, "adaokafor").await["NotFound"], "That member");
    let page = app.client().get(app.url("/goodbye")).send().await.unwrap();
    assert_eq!(page.status(), 200);
}

async fn admins_delete_a_member_with_a_reason_and_never_an_admin(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let other_admin = app.member("boss@example.com", "admin").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let _ada = member(&app, "ada@example.com", "Ada Okafor").await;
    let ada_id = app.user_id("ada@example.com").await;
    let boss_id = app.user_id("boss@example.com").await;
    let admin_id = app.user_id("admin@example.com").await;
    let id = ada_id.to_string();
    let form = |reason: &'static str| {
        vec![("user_id", id.clone()), ("reason", reason.to_string()), ("posts", "keep".to_string())]
    };
    let call = |c: &Client, f: Vec<(&'static str, String)>| {
        let c = c.clone();
        let app = &app;
        async move {
            let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.call(&c, "privacy/delete_member", &pairs).await
        }
    };
    assert_eq!(call(&moderator, form("Asked by email")).await.status(), 403);
    let res = call(&admin, form("  ")).await;
    assert_eq!(res.status(), 422);
    assert_eq!(field_of(&json(res).await).0, "reason");
    let admin_form = vec![("user_id", boss_id.to_string()), ("reason", "x".to_string()), ("posts", "keep".to_string())];
    let res = call(&admin, admin_form).await;
    assert_eq!(res.status(), 422, "an admin is demoted first");
    let own = vec![("user_id", admin_id.to_string()), ("reason", "x".to_string()), ("posts", "keep".to_string())];
    assert_eq!(call(&other_admin, own.clone()).await.status(), 422);
    assert_eq!(call(&admin, own).await.status(), 422, "not their own account, here");

    let res = call(&admin, form("Asked by email on 2 December")).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    let detail: String = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'account.delete' AND target_id = $1")
        .bind(ada_id)
        .fetch_one(p)
        .await)
    .unwrap();
    assert!(detail.starts_with("Reason: Asked by email on 2 December."), "{detail}");
    assert_eq!(call(&admin, form("Again")).await.status(), 404, "a deleted account is not found again");
    let reinstate = app.call(&admin, "admin/reinstate_account", &[("user_id", &id)]).await;
    assert_eq!(reinstate.status(), 409, "a deleted account never comes back");
    let members = json(app.call(&admin, "admin/list_members", &[("page", "1")]).await).await;
    let row = members["members"].as_array().unwrap().iter().find(|m| m["id"] == ada_id).cloned().unwrap();
    assert_eq!((row["deleted"].as_bool(), row["display_name"].as_str()), (Some(true), Some("Deleted member")));
}

/// Two nodes on one PostgreSQL database: a handle changed on one redirects on the other, the download limit is
/// counted once for both, and deleting on one ends the member's session on the other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_share_handles_download_limits_and_deletions() {
    let (_db, migrated, a, b) = common::nodes::two_nodes().await;
    common::within_limit("two_nodes_share_handles_download_limits_and_deletions", async {
        let client =
            || Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let (on_a, on_b) = (client(), client());
        let res = common::sign_up_at(&migrated, &a.1, &on_a, "ada@example.com", "Ada Okafor", PASSWORD).await;
        assert_eq!(res.status(), 200);
        let signed_in =
            common::call_at(&b.1, &on_b, "accounts/sign_in", &[("email", "ada@example.com"), ("password", PASSWORD)])
                .await;
        assert_eq!(signed_in.status(), 200);

        assert_eq!(
            common::call_at(&a.1, &on_a, "profiles/change_handle", &[("handle", "ada_two")]).await.status(),
            200
        );
        let moved = client().get(format!("{}/u/adaokafor", b.1)).header("accept", "text/html").send().await.unwrap();
        assert_eq!(moved.headers()["location"], "/u/ada_two", "the other node redirects the old handle");

        let download = |base: String, c: Client| async move {
            c.post(format!("{base}/me/data/download")).header("origin", &base).send().await.unwrap().status().as_u16()
        };
        for i in 0..5 {
            let (base, c) = if i % 2 == 0 { (a.1.clone(), on_a.clone()) } else { (b.1.clone(), on_b.clone()) };
            assert_eq!(download(base, c).await, 200);
        }
        assert_eq!(download(b.1.clone(), on_b.clone()).await, 429, "five an hour, counted across nodes");

        let gone = [("password", PASSWORD), ("posts", "keep"), ("confirm", "yes")];
        assert_eq!(common::call_at(&b.1, &on_b, "privacy/delete_my_account", &gone).await.status(), 200);
        let me = common::call_at(&a.1, &on_a, "accounts/get_me", &[]).await.json::<Value>().await.unwrap();
        assert_eq!(me, Value::Null, "the session on the other node ended too");
    })
    .await;
}
