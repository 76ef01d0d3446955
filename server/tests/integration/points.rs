//! Points over HTTP on both backends: earning from forum activity, caps, reversals, adjustments, levels,
//! leaderboards, and the books always balancing.

use crate::common;

use common::{
    points::{adjust, assert_books_balance, balance, json, points},
    TestApp,
};
use reqwest::Client;
use serde_json::Value;

both_backends!(
    posting_and_likes_earn_once_and_hiding_takes_the_points_back,
    removing_your_own_post_takes_its_points_back,
    a_daily_cap_holds_and_a_rule_switched_off_awards_nothing,
    admins_adjust_with_a_reason_once_per_key_and_members_cannot,
    levels_follow_lifetime_points_and_the_lowest_stays_at_zero,
    leaderboards_rank_by_period_and_leave_out_those_who_opt_out,
    bad_rule_settings_are_refused_and_nothing_changes,
    the_ledger_refuses_updates_and_deletes,
    a_first_post_earns_a_badge_and_moderators_award_and_revoke_manual_ones,
    profiles_show_level_badges_and_recent_visible_posts,
    moderators_put_an_advocate_in_the_spotlight,
);

async fn category(app: &TestApp, admin: &Client) {
    let form = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", ""), ("position", "1")];
    assert_eq!(app.call(admin, "forum/save_category", &form).await.status(), 200);
}

async fn topic(app: &TestApp, c: &Client, title: &str) -> (i64, i64) {
    let res =
        app.call(c, "forum/create_topic", &[("category", "general"), ("title", title), ("body", "Hello there")]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    let at = json(res).await;
    (at["topic_id"].as_i64().unwrap(), at["post_id"].as_i64().unwrap())
}

async fn reply(app: &TestApp, c: &Client, topic_id: i64) -> i64 {
    let res = app.call(c, "forum/reply_to_topic", &[("topic_id", &topic_id.to_string()), ("body", "Agreed!")]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    json(res).await["post_id"].as_i64().unwrap()
}

async fn like(app: &TestApp, c: &Client, post_id: i64, on: bool) -> u16 {
    let form = [("post_id", post_id.to_string()), ("like", on.to_string())];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.call(c, "forum/like_post", &form).await.status().as_u16()
}

async fn save_rule(app: &TestApp, admin: &Client, rule: &str, amount: &str, cap: &str, on: bool) -> reqwest::Response {
    let mut form = vec![("rule", rule), ("amount", amount), ("daily_cap", cap)];
    if on {
        form.push(("enabled", "on"));
    }
    app.call(admin, "recognition/save_rule", &form).await
}

async fn posting_and_likes_earn_once_and_hiding_takes_the_points_back(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    category(&app, &admin).await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    let (topic_id, opening) = topic(&app, &ada, "Points please").await;
    reply(&app, &bob, topic_id).await;
    assert_eq!(like(&app, &bob, opening, true).await, 200);
    assert_eq!(like(&app, &bob, opening, false).await, 200);
    assert_eq!(like(&app, &bob, opening, true).await, 200);
    // 10 for the topic and 2 for one like (liking again after taking it back earns nothing more).
    assert_eq!(balance(&app, &ada).await, 12);
    assert_eq!(balance(&app, &bob).await, 5);
    let mine = points(&app, &ada).await;
    assert_eq!(mine["standing"]["lifetime"], 12);
    assert_eq!(mine["entries"].as_array().unwrap().len(), 2);
    assert!(mine["entries"][1]["link"].as_str().unwrap().contains(&format!("#post-{opening}")));

    let hide = [("post_id", opening.to_string()), ("reason", "Off topic".to_string())];
    let hide: Vec<(&str, &str)> = hide.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(app.call(&moderator, "forum/hide_post", &hide).await.status(), 200);
    let mine = points(&app, &ada).await;
    assert_eq!(mine["standing"]["balance"], 0, "the topic and the like on it are reversed");
    assert_eq!(mine["entries"][0]["reason"], "Reversal");
    assert!(mine["entries"][0]["note"].as_str().unwrap().contains("Off topic"));
    assert_eq!(mine["entries"][2]["reversed"], true);

    let id = opening.to_string();
    assert_eq!(app.call(&moderator, "forum/unhide_post", &[("post_id", &id)]).await.status(), 200);
    assert_eq!(balance(&app, &ada).await, 12, "showing the post again restores its points");
    assert_eq!(app.call(&moderator, "forum/hide_post", &hide).await.status(), 200);
    assert_eq!(balance(&app, &ada).await, 0, "and hiding it again takes them once more");
    assert_books_balance(&app).await;
}

async fn removing_your_own_post_takes_its_points_back(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    category(&app, &admin).await;
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    let (topic_id, _) = topic(&app, &ada, "Hello").await;
    let post = reply(&app, &bob, topic_id).await;
    assert_eq!(balance(&app, &bob).await, 5);
    assert_eq!(app.call(&bob, "forum/delete_post", &[("post_id", &post.to_string())]).await.status(), 200);
    assert_eq!(balance(&app, &bob).await, 0);
    assert_eq!(points(&app, &bob).await["standing"]["lifetime"], 0);
    assert_books_balance(&app).await;
}

async fn a_daily_cap_holds_and_a_rule_switched_off_awards_nothing(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    category(&app, &admin).await;
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    assert_eq!(save_rule(&app, &admin, "reply", "4", "10", true).await.status(), 200);
    let (topic_id, _) = topic(&app, &ada, "Capped").await;
    for _ in 0..4 {
        reply(&app, &bob, topic_id).await;
    }
    // 4 + 4 + 2 (what was left under the cap) + 0.
    assert_eq!(balance(&app, &bob).await, 10);
    assert_eq!(save_rule(&app, &admin, "topic", "10", "", false).await.status(), 200);
    topic(&app, &bob, "No points for this one").await;
    assert_eq!(balance(&app, &bob).await, 10);
    assert_books_balance(&app).await;
}

async fn admins_adjust_with_a_reason_once_per_key_and_members_cannot(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let key = "0123456789abcdef";
    assert_eq!(adjust(&app, &ada, "ada@example.com", "1000", "Because", key).await.status(), 403);
    let res = adjust(&app, &admin, "ada@example.com", "50", "  ", key).await;
    assert_eq!(res.status(), 422);
    assert_eq!(json(res).await["Validation"]["field"], "reason");
    assert_eq!(adjust(&app, &admin, "nobody@example.com", "50", "Talk", key).await.status(), 422);
    assert_eq!(adjust(&app, &admin, "ada@example.com", "0", "Talk", key).await.status(), 422);
    assert_eq!(adjust(&app, &admin, "ada@example.com", "50", "Talk", "bad key").await.status(), 422);
    let res = adjust(&app, &admin, "ada@example.com", "-5", "Oops", key).await;
    assert_eq!(res.status(), 422, "a balance never goes below zero");
    assert_eq!(app.count("points_ledger").await, 0, "refusals store nothing");

    assert_eq!(adjust(&app, &admin, "ada@example.com", "50", "Conference talk", key).await.status(), 200);
    assert_eq!(adjust(&app, &admin, "ada@example.com", "50", "Conference talk", key).await.status(), 200);
    assert_eq!(balance(&app, &ada).await, 50, "the same form sent twice applies once");
    let sql = "SELECT handle FROM users WHERE email = 'ada@example.com'";
    let handle: String = app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).fetch_one(p).await).unwrap();
    let by_handle = format!("@{handle}");
    assert_eq!(adjust(&app, &admin, &by_handle, "-20", "Duplicate award", "fedcba9876543210").await.status(), 200);
    let mine = points(&app, &ada).await;
    assert_eq!(mine["standing"]["balance"], 30);
    assert_eq!(mine["entries"][0]["note"], "Duplicate award");
    let audit = json(app.call(&admin, "audit/audit_log", &[("page", "1")]).await).await;
    assert!(audit.to_string().contains("points_adjust"), "{audit}");
    assert_books_balance(&app).await;
}

async fn levels_follow_lifetime_points_and_the_lowest_stays_at_zero(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let settings = json(app.call(&admin, "recognition/get_points_settings", &[]).await).await;
    let levels = settings["levels"].as_array().unwrap();
    assert_eq!(levels[0]["name"], "Member");
    let lowest = levels[0]["id"].to_string();
    let res =
        app.call(&admin, "recognition/save_level", &[("id", &lowest), ("name", "Newcomer"), ("threshold", "5")]).await;
    assert_eq!(res.status(), 422);
    let res =
        app.call(&admin, "recognition/save_level", &[("id", "0"), ("name", "advocate"), ("threshold", "7")]).await;
    assert_eq!(json(res).await["Validation"]["field"], "name", "names are unique whatever the case");
    let res =
        app.call(&admin, "recognition/save_level", &[("id", "0"), ("name", "Helper"), ("threshold", "100")]).await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        app.call(&ada, "recognition/save_level", &[("id", "0"), ("name", "Boss"), ("threshold", "1")]).await.status(),
        403
    );

    assert_eq!(points(&app, &ada).await["standing"]["level"], "Member");
    adjust(&app, &admin, "ada@example.com", "120", "Welcome gift", "key-level-0001").await;
    let standing = points(&app, &ada).await["standing"].clone();
    assert_eq!(standing["level"], "Helper");
    assert_eq!(standing["next_level"][0], "Advocate");
    assert_eq!(standing["next_level"][1], 250);
}

async fn leaderboards_rank_by_period_and_leave_out_those_who_opt_out(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    adjust(&app, &admin, "ada@example.com", "300", "Talk", "key-board-0001").await;
    adjust(&app, &admin, "bob@example.com", "100", "Post", "key-board-0002").await;
    for period in ["week", "month", "all"] {
        let board = json(app.call(&bob, "recognition/get_leaderboard", &[("period", period)]).await).await;
        let rows = board["rows"].as_array().unwrap();
        assert_eq!(rows.len(), 2, "{period}: {board}");
        assert_eq!((rows[0]["points"].as_i64(), rows[0]["rank"].as_i64()), (Some(300), Some(1)));
        assert_eq!(rows[0]["level"], "Advocate");
        assert_eq!(board["me"]["rank"], 2);
    }
    assert_eq!(app.call(&bob, "recognition/get_leaderboard", &[("period", "decade")]).await.status(), 422);
    assert_eq!(app.call(&ada, "recognition/set_leaderboard_hidden", &[("hidden", "true")]).await.status(), 200);
    for period in ["week", "all"] {
        let board = json(app.call(&bob, "recognition/get_leaderboard", &[("period", period)]).await).await;
        assert_eq!(board["rows"].as_array().unwrap().len(), 1, "{period}: {board}");
        assert_eq!(board["me"]["rank"], 1, "{period}: ranks count listed members only");
    }
    let own = json(app.call(&ada, "recognition/get_leaderboard", &[("period", "all")]).await).await;
    assert_eq!((own["viewer_hidden"].as_bool(), own["me"].is_null()), (Some(true), true));
    assert_eq!(balance(&app, &ada).await, 300, "opting out keeps the points");
    let guest = json(app.call(&app.client(), "recognition/get_leaderboard", &[("period", "week")]).await).await;
    assert!(guest["me"].is_null());
    let page = app.client().get(app.url("/leaderboard?period=month")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("This month") && page.contains("<table class=\"leaderboard\""), "{page}");
}

async fn bad_rule_settings_are_refused_and_nothing_changes(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    for (amount, cap, field) in
        [("0", "", "amount"), ("-3", "", "amount"), ("x", "", "amount"), ("5", "2", "daily_cap")]
    {
        let res = save_rule(&app, &admin, "reply", amount, cap, true).await;
        assert_eq!(res.status(), 422);
        assert_eq!(json(res).await["Validation"]["field"], field);
    }
    assert_eq!(save_rule(&app, &admin, "bribery", "5", "", true).await.status(), 422);
    assert_eq!(save_rule(&app, &ada, "reply", "500", "", true).await.status(), 403);
    let rules = json(app.call(&admin, "recognition/get_points_settings", &[]).await).await;
    let reply = rules["rules"].as_array().unwrap().iter().find(|r| r["rule"] == "Reply").unwrap().clone();
    assert_eq!((reply["amount"].as_i64(), reply["daily_cap"].as_i64()), (Some(5), Some(50)));
    assert_eq!(app.call(&ada, "recognition/get_points_settings", &[]).await.status(), 403);
    assert_eq!(app.call(&app.client(), "recognition/my_points", &[("page", "1")]).await.status(), 401);
}

async fn the_ledger_refuses_updates_and_deletes(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    app.member("ada@example.com", "member").await;
    assert_eq!(adjust(&app, &admin, "ada@example.com", "10", "Hello", "key-ledger-001").await.status(), 200);
    let update = app::on_db!(&app.state.db, p => sqlx::query("UPDATE points_ledger SET amount = 1000").execute(p).await.map(|_| ()));
    assert!(update.unwrap_err().to_string().contains("append-only"));
    let delete = app::on_db!(&app.state.db, p => sqlx::query("DELETE FROM points_ledger").execute(p).await.map(|_| ()));
    assert!(delete.unwrap_err().to_string().contains("append-only"));
    let negative = app::on_db!(&app.state.db, p => sqlx::query("UPDATE point_accounts SET balance = -1").execute(p).await.map(|_| ()));
    assert!(negative.is_err(), "the balance CHECK holds");
    assert_books_balance(&app).await;
}

async fn handle_of(app: &TestApp, email: &str) -> String {
    let sql = "SELECT handle FROM users WHERE email = $1";
    app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).bind(email).fetch_one(p).await).expect("handle")
}

async fn profile(app: &TestApp, c: &Client, handle: &str) -> Value {
    json(app.call(c, "profiles/get_profile", &[("handle", handle)]).await).await
}

fn badge_slugs(profile: &Value) -> Vec<String> {
    profile["badges"].as_array().unwrap().iter().map(|b| b["badge"]["slug"].as_str().unwrap().to_string()).collect()
}

async fn badge_id(app: &TestApp, slug: &str) -> String {
    let sql = "SELECT id FROM badges WHERE slug = $1";
    let id: i64 =
        app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).bind(slug).fetch_one(p).await).expect("badge");
    id.to_string()
}

async fn a_first_post_earns_a_badge_and_moderators_award_and_revoke_manual_ones(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    category(&app, &admin).await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let ada = app.member("ada@example.com", "member").await;
    let handle = handle_of(&app, "ada@example.com").await;
    assert!(badge_slugs(&profile(&app, &ada, &handle).await).is_empty());
    topic(&app, &ada, "My first topic").await;
    assert_eq!(badge_slugs(&profile(&app, &ada, &handle).await), vec!["first-post"]);
    let notes = json(app.call(&ada, "notifications/my_notifications", &[("page", "1")]).await).await;
    assert!(notes.to_string().contains("Badge"), "{notes}");

    let hero = badge_id(&app, "community-hero").await;
    let first = badge_id(&app, "first-post").await;
    let form = |badge: &str, award: &str, reason: &str| {
        vec![
            ("handle".to_string(), handle.clone()),
            ("badge_id".into(), badge.into()),
            ("award".into(), award.into()),
            ("reason".into(), reason.into()),
        ]
    };
    let send = |c: Client, f: Vec<(String, String)>| {
        let app = &app;
        async move {
            let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            app.call(&c, "recognition/set_badge", &pairs).await.status().as_u16()
        }
    };
    assert_eq!(send(ada.clone(), form(&hero, "true", "Self-service")).await, 403);
    assert_eq!(send(moderator.clone(), form(&hero, "true", " ")).await, 422);
    assert_eq!(send(moderator.clone(), form(&first, "true", "Manual")).await, 422, "automatic badges are earned");
    assert_eq!(send(moderator.clone(), form(&hero, "true", "Ran the Berlin meetup")).await, 200);
    assert_eq!(send(moderator.clone(), form(&hero, "true", "Again")).await, 409);
    let held = profile(&app, &ada, &handle).await;
    assert_eq!(badge_slugs(&held), vec!["community-hero", "first-post"]);
    assert_eq!(held["badges"][0]["reason"], "Ran the Berlin meetup");
    let all = json(app.call(&app.client(), "recognition/get_badges", &[]).await).await;
    let hero_view = all.as_array().unwrap().iter().find(|b| b["slug"] == "community-hero").unwrap().clone();
    assert_eq!(hero_view["holders"], 1);

    assert_eq!(send(moderator.clone(), form(&first, "false", "Spam")).await, 200);
    assert_eq!(send(moderator.clone(), form(&first, "false", "Spam")).await, 409);
    topic(&app, &ada, "Another topic").await;
    assert_eq!(
        badge_slugs(&profile(&app, &ada, &handle).await),
        vec!["community-hero"],
        "a revoked badge is not handed back"
    );
    let audit = json(app.call(&admin, "audit/audit_log", &[("page", "1")]).await).await;
    assert!(audit.to_string().contains("badge_revoke"), "{audit}");
}

async fn profiles_show_level_badges_and_recent_visible_posts(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    category(&app, &admin).await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let ada = app.member("ada@example.com", "member").await;
    let handle = handle_of(&app, "ada@example.com").await;
    let (_, shown) = topic(&app, &ada, "Visible topic").await;
    let (_, hidden) = topic(&app, &ada, "Hidden topic").await;
    let _ = shown;
    let hide = [("post_id", hidden.to_string()), ("reason", "Spam".to_string())];
    let hide: Vec<(&str, &str)> = hide.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(app.call(&moderator, "forum/hide_post", &hide).await.status(), 200);
    adjust(&app, &admin, "ada@example.com", "300", "Talk", "key-profile-001").await;
    let p = profile(&app, &app.client(), &format!("@{handle}")).await;
    assert_eq!((p["level"].as_str(), p["lifetime"].as_i64()), (Some("Advocate"), Some(310)));
    let titles: Vec<&str> =
        p["recent_posts"].as_array().unwrap().iter().map(|r| r["topic_title"].as_str().unwrap()).collect();
    assert_eq!(titles, vec!["Visible topic"], "hidden posts stay off profiles");
    assert_eq!(p["can_award"], false);
    assert!(p["manual_badges"].as_array().unwrap().is_empty());
    assert_eq!(profile(&app, &moderator, &handle).await["can_award"], true);
    assert_eq!(app.call(&ada, "profiles/get_profile", &[("handle", "nobody-here")]).await.status(), 404);
    let page = app.client().get(app.url(&format!("/u/{handle}"))).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Visible topic") && html.contains("First post") && !html.contains("Hidden topic"), "{html}");
    assert_eq!(app.client().get(app.url("/u/nobody-here")).send().await.unwrap().status(), 404);
}

async fn moderators_put_an_advocate_in_the_spotlight(app: TestApp) {
    let moderator = app.member("mod@example.com", "moderator").await;
    let ada = app.member("ada@example.com", "member").await;
    let handle = handle_of(&app, "ada@example.com").await;
    let citation = "Answered forty questions from new admins this month.";
    let set = |c: &Client, h: &str, text: &str| {
        let (c, h, text) = (c.clone(), h.to_string(), text.to_string());
        let app = &app;
        async move {
            app.call(&c, "recognition/set_spotlight", &[("handle", &h), ("citation", &text)]).await.status().as_u16()
        }
    };
    assert_eq!(set(&ada, &handle, citation).await, 403);
    assert_eq!(set(&moderator, &handle, "   ").await, 422);
    assert_eq!(set(&moderator, "nobody-here", citation).await, 422);
    assert!(json(app.call(&ada, "recognition/get_spotlight", &[]).await).await.is_null());
    assert_eq!(set(&moderator, &handle, citation).await, 200);
    let home = app.client().get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Advocate of the month") && home.contains(citation), "{home}");
    assert_eq!(profile(&app, &ada, &handle).await["spotlight"]["citation"], citation);
}
