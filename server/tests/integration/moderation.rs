//! Moderators within their station (issue 13): nobody moderates their own content, an undo needs the role
//! of whoever acted, a removed account's posts stay hidden, forms open to moderators find people by handle
//! only; moderators rename titles; redirects after sign-in never leave the site; previews are limited.

use crate::common;

use crate::common::json;
use common::TestApp;
use reqwest::Client;

both_backends!(
    nobody_moderates_their_own_post,
    an_undo_needs_the_role_of_whoever_hid_the_post,
    posts_of_an_account_removed_as_spam_stay_hidden,
    staff_cannot_reward_themselves_and_forms_find_members_by_handle_only,
    moderators_rename_a_topic_or_hide_its_title_and_it_is_audited,
    sign_in_never_redirects_off_the_site_whatever_next_says,
    previews_are_rate_limited,
    staff_edit_a_post_below_their_role_and_the_history_keeps_the_original,
    a_new_members_first_posts_wait_for_approval_and_publish_once_approved,
);

struct Cast {
    admin: Client,
    moderator: Client,
    ada: Client,
}

async fn cast(app: &TestApp) -> Cast {
    let admin = app.member("admin@example.com", "admin").await;
    let form = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "All"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &form).await.status(), 200);
    Cast {
        admin,
        moderator: app.member("mod@example.com", "moderator").await,
        ada: app.member("ada@example.com", "member").await,
    }
}

/// Starts a topic; returns (topic id, opening post id).
async fn topic(app: &TestApp, c: &Client, title: &str) -> (String, String) {
    let res = app.call(c, "forum/create_topic", &[("category", "general"), ("title", title), ("body", "Words")]).await;
    let at = json(res).await;
    (at["topic_id"].to_string(), at["post_id"].to_string())
}

async fn hidden(app: &TestApp, post_id: &str) -> bool {
    let sql = "SELECT hidden_at IS NOT NULL FROM posts WHERE id = $1";
    let id: i64 = post_id.parse().unwrap();
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, bool>(sql).bind(id).fetch_one(p).await).unwrap()
}

async fn message(res: reqwest::Response) -> (u16, String) {
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn nobody_moderates_their_own_post(app: TestApp) {
    let c = cast(&app).await;
    let (_, own) = topic(&app, &c.moderator, "A moderator's topic").await;
    let res = app.call(&c.moderator, "forum/hide_post", &[("post_id", &own), ("reason", "hiding my tracks")]).await;
    let (status, text) = message(res).await;
    assert_eq!(status, 409, "{text}");
    assert!(text.contains("your own post"), "{text}");
    assert!(!hidden(&app, &own).await);

    // Flags on their own post are settled by someone else.
    let flag = [("post_id", own.as_str()), ("reason", "spam"), ("note", "")];
    assert_eq!(app.call(&c.ada, "forum/flag_post", &flag).await.status(), 200);
    for action in ["dismiss", "hide"] {
        let res = app.call(&c.moderator, "forum/resolve_flags", &[("post_id", &own), ("action", action)]).await;
        assert_eq!(res.status(), 409, "{action}");
    }
    assert_eq!(app.count("flags").await, 1);
    let res = app.call(&c.admin, "forum/resolve_flags", &[("post_id", &own), ("action", "hide")]).await;
    assert_eq!(res.status(), 200, "another member of staff settles them");
    assert!(hidden(&app, &own).await);
    // …and the moderator cannot show their own post again either.
    assert_eq!(app.call(&c.moderator, "forum/unhide_post", &[("post_id", &own)]).await.status(), 409);
    assert!(hidden(&app, &own).await);
}

async fn an_undo_needs_the_role_of_whoever_hid_the_post(app: TestApp) {
    let c = cast(&app).await;
    let (_, post) = topic(&app, &c.ada, "Borderline").await;
    let hide = [("post_id", post.as_str()), ("reason", "Off topic")];
    assert_eq!(app.call(&c.admin, "forum/hide_post", &hide).await.status(), 200);
    let (status, text) = message(app.call(&c.moderator, "forum/unhide_post", &[("post_id", &post)]).await).await;
    assert_eq!(status, 409);
    assert!(text.contains("only an admin"), "{text}");
    assert!(hidden(&app, &post).await);
    assert_eq!(app.call(&c.admin, "forum/unhide_post", &[("post_id", &post)]).await.status(), 200);
    // A moderator's hide is undone by a moderator (or an admin).
    assert_eq!(app.call(&c.moderator, "forum/hide_post", &hide).await.status(), 200);
    let other = app.member("mod2@example.com", "moderator").await;
    assert_eq!(app.call(&other, "forum/unhide_post", &[("post_id", &post)]).await.status(), 200);
    assert!(!hidden(&app, &post).await);
}

async fn posts_of_an_account_removed_as_spam_stay_hidden(app: TestApp) {
    let c = cast(&app).await;
    let (_, post) = topic(&app, &c.ada, "Cheap watches").await;
    // Hidden by a moderator earlier, in the words a removal uses: reinstating must not bring it back.
    let (_, earlier) = topic(&app, &c.ada, "Cheaper watches").await;
    let hide = [("post_id", earlier.as_str()), ("reason", "Removed as spam")];
    assert_eq!(app.call(&c.moderator, "forum/hide_post", &hide).await.status(), 200);
    let ada_id = app.user_id("ada@example.com").await.to_string();
    assert_eq!(app.call(&c.admin, "admin/remove_as_spam", &[("user_id", &ada_id)]).await.status(), 200);
    assert!(hidden(&app, &post).await);
    let points = "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM points_ledger WHERE user_id = $1";
    let ada: i64 = ada_id.parse().unwrap();
    let before: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(points).bind(ada).fetch_one(p).await).unwrap();
    for staff in [&c.moderator, &c.admin] {
        let (status, text) = message(app.call(staff, "forum/unhide_post", &[("post_id", &post)]).await).await;
        assert_eq!(status, 409);
        assert!(text.contains("reinstating the account"), "{text}");
    }
    assert!(hidden(&app, &post).await, "the spam stays hidden");
    let after: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(points).bind(ada).fetch_one(p).await).unwrap();
    assert_eq!(before, after, "and its points stay taken back");

    // Only reinstating the account (admins) brings its posts back, with their points.
    let form = [("user_id", ada_id.as_str())];
    assert_eq!(app.call(&c.moderator, "admin/reinstate_account", &form).await.status(), 403);
    let res = app.call(&c.admin, "admin/reinstate_account", &form).await;
    assert_eq!(json(res).await, "Reinstated; 1 post shown again with its points.");
    assert!(!hidden(&app, &post).await);
    assert!(hidden(&app, &earlier).await, "a moderator's hide stays");
    let back: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(points).bind(ada).fetch_one(p).await).unwrap();
    assert_eq!(back, 10, "the topic's points are restored");
    assert_eq!(app.call(&c.admin, "admin/reinstate_account", &form).await.status(), 409, "once");
    assert_eq!(app.sign_in(&app.client(), "ada@example.com", "a long enough passphrase").await.status(), 200);
}

async fn staff_cannot_reward_themselves_and_forms_find_members_by_handle_only(app: TestApp) {
    let c = cast(&app).await;
    let handle = |email: &'static str| {
        let db = app.state.db.clone();
        async move {
            let sql = "SELECT handle FROM users WHERE email = $1";
            app::on_db!(&db, p => sqlx::query_scalar::<_, String>(sql).bind(email).fetch_one(p).await).unwrap()
        }
    };
    let (me, ada) = (handle("mod@example.com").await, handle("ada@example.com").await);
    let hero: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT id FROM badges WHERE slug = 'community-hero'").fetch_one(p).await).unwrap();
    let hero = hero.to_string();
    let badge = |who: String| {
        vec![("handle", who), ("badge_id", hero.clone()), ("award", "true".into()), ("reason", "Great help".into())]
    };
    let call = |c: &Client, endpoint: &'static str, form: Vec<(&'static str, String)>| {
        let form: Vec<(&str, String)> = form;
        let (c, app) = (c.clone(), &app);
        async move {
            let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            message(app.call(&c, endpoint, &pairs).await).await
        }
    };
    let (status, text) = call(&c.moderator, "recognition/set_badge", badge(me.clone())).await;
    assert_eq!(status, 422, "no badges for oneself: {text}");
    let (status, _) =
        call(&c.moderator, "recognition/set_spotlight", vec![("handle", me), ("citation", "Me!".into())]).await;
    assert_eq!(status, 422, "no spotlight for oneself");
    // An email is not a handle: the form cannot tell a moderator who is registered.
    for who in ["ada@example.com", "nobody@example.com"] {
        let (status, text) = call(&c.moderator, "recognition/set_badge", badge(who.into())).await;
        assert_eq!(status, 422);
        assert!(text.contains("No member has that handle."), "{text}");
    }
    assert_eq!(call(&c.moderator, "recognition/set_badge", badge(ada.clone())).await.0, 200);
    let spot = vec![("handle", ada), ("citation", "Helped everyone".to_string())];
    assert_eq!(call(&c.moderator, "recognition/set_spotlight", spot).await.0, 200);
    // Admins do not adjust their own balance either.
    let own = vec![
        ("member", "admin@example.com".to_string()),
        ("amount", "500".into()),
        ("reason", "Bonus".into()),
        ("key", "k-1".into()),
    ];
    assert_eq!(call(&c.admin, "recognition/adjust_points", own).await.0, 422);
    let sql = "SELECT COUNT(*) FROM points_ledger WHERE reason = 'adjustment'";
    let n: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).fetch_one(p).await).unwrap();
    assert_eq!(n, 0);
}

async fn moderators_rename_a_topic_or_hide_its_title_and_it_is_audited(app: TestApp) {
    let c = cast(&app).await;
    let (id, _) = topic(&app, &c.ada, "Buy cheap followers here").await;
    let rename = |t: &'static str| [("topic_id", id.clone()), ("title", t.to_string())];
    let pairs = |f: &[(&'static str, String); 2]| f.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let send = |c: &Client, f: Vec<(&'static str, String)>| {
        let (c, app) = (c.clone(), &app);
        async move {
            let p: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.call(&c, "forum/rename_topic", &p).await.status().as_u16()
        }
    };
    assert_eq!(send(&c.ada, pairs(&rename("My own rename"))).await, 403, "members do not rename");
    assert_eq!(send(&c.moderator, pairs(&rename("   "))).await, 422);
    assert_eq!(send(&c.moderator, pairs(&rename("Growing an audience"))).await, 200);
    let page = json(app.call(&c.ada, "forum/fetch_topic", &[("id", &id), ("page", "1")]).await).await;
    assert_eq!(page["topic"]["title"], "Growing an audience");
    assert_eq!(page["topic"]["slug"], "growing-an-audience");
    let found = json(app.call(&app.client(), "forum/search_posts", &[("q", "audience"), ("page", "1")]).await).await;
    assert_eq!(found["hits"].as_array().unwrap().len(), 1, "search knows the new title: {found}");
    let gone = json(app.call(&app.client(), "forum/search_posts", &[("q", "followers"), ("page", "1")]).await).await;
    assert_eq!(gone["hits"].as_array().unwrap().len(), 0, "and forgets the old one: {gone}");
    // "Hide title" is a rename to a neutral title.
    let hide = [("topic_id", id.clone()), ("title", app::forum::domain::HIDDEN_TITLE.to_string())];
    assert_eq!(send(&c.moderator, pairs(&hide)).await, 200);
    let audit = json(app.call(&c.admin, "audit/audit_log", &[("page", "1")]).await).await;
    let entry = &audit["entries"][0];
    assert_eq!(entry["action"], "rename");
    assert!(entry["detail"].as_str().unwrap().contains("Growing an audience"), "{entry}");
    // A moderator's own topic is renamed by someone else.
    let (own, _) = topic(&app, &c.moderator, "Mine").await;
    let f = vec![("topic_id", own), ("title", "Still mine".to_string())];
    assert_eq!(send(&c.moderator, f).await, 422);
}

async fn sign_in_never_redirects_off_the_site_whatever_next_says(app: TestApp) {
    app.sign_up(&app.client(), "ada@example.com", "Ada", "a long enough passphrase").await;
    for next in [
        "/\t/evil.example",
        "/%09/evil.example",
        "/\n/evil.example",
        "/\r\nSet-Cookie: a=b",
        "//evil.example",
        "/\\evil.example",
        "/forum",
    ] {
        // The form as a browser posts it without JavaScript, `next` percent-encoded by the form.
        let form = [("email", "ada@example.com"), ("password", "a long enough passphrase"), ("next", next)];
        let res = app
            .client()
            .post(app.url("/api/accounts/sign_in"))
            .header("origin", &app.base)
            .header("accept", "text/html")
            .form(&form)
            .send()
            .await
            .expect("an answer, not a dropped connection");
        assert_eq!(res.status(), 302, "{next:?}");
        let to = res.headers()["location"].to_str().unwrap();
        let expected = if next == "/forum" { "/forum" } else { "/account" };
        assert_eq!(to, expected, "{next:?}");
    }
}

async fn previews_are_rate_limited(app: TestApp) {
    let c = app.member("ada@example.com", "member").await;
    let limit = app.state.settings.previews_per_minute;
    let mut statuses = Vec::new();
    for _ in 0..=2 * limit {
        statuses.push(app.call(&c, "markdown/preview", &[("body", "**hi**")]).await.status().as_u16());
    }
    // A window may turn over during the loop; what matters is that a burst is refused.
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(statuses.iter().filter(|s| **s == 200).count() >= limit as usize, "{statuses:?}");
}

async fn staff_edit_a_post_below_their_role_and_the_history_keeps_the_original(app: TestApp) {
    let c = cast(&app).await;
    let (topic_id, post) = topic(&app, &c.ada, "Call me on 555-0100").await;
    let edit = |post: &str, body: &str, reason: &str| {
        [("post_id", post.to_string()), ("body", body.to_string()), ("reason", reason.to_string())]
    };
    let send = |c: &Client, f: [(&'static str, String); 3]| {
        let (c, app) = (c.clone(), &app);
        async move {
            let p: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            message(app.call(&c, "forum/staff_edit_post", &p).await).await
        }
    };
    // Members do not edit others' posts; a reason is required; the body is checked like any post.
    assert_eq!(send(&c.ada, edit(&post, "Mine now", "because")).await.0, 403);
    let (status, text) = send(&c.moderator, edit(&post, "Call me [number removed]", "  ")).await;
    assert_eq!((status, text.contains("reason")), (422, true), "{text}");
    assert_eq!(send(&c.moderator, edit(&post, "   ", "phone number")).await.0, 422);
    let before = app.count("post_revisions").await;

    let (status, text) = send(&c.moderator, edit(&post, "Call me [number removed]", "A phone number")).await;
    assert_eq!(status, 200, "{text}");
    let page = json(app.call(&app.client(), "forum/fetch_topic", &[("id", &topic_id), ("page", "1")]).await).await;
    let shown = &page["posts"][0];
    assert!(shown["body_html"].as_str().unwrap().contains("[number removed]"), "{shown}");
    assert!(!shown["body_html"].as_str().unwrap().contains("555"), "{shown}");
    assert_eq!(shown["staff_edited"], true, "{shown}");
    assert!(shown["body_md"].is_null(), "guests never get the source: {shown}");
    assert_eq!(app.count("post_revisions").await, before + 1);
    // The original stays in the history, for staff only.
    let history = json(app.call(&c.moderator, "forum/post_revisions", &[("post_id", &post)]).await).await;
    assert!(history.to_string().contains("Words"), "{history}");
    assert_eq!(app.call(&c.ada, "forum/post_revisions", &[("post_id", &post)]).await.status(), 403);
    let audit = json(app.call(&c.admin, "audit/audit_log", &[("page", "1")]).await).await;
    assert_eq!(audit["entries"][0]["action"], "edit_post");
    assert!(audit["entries"][0]["detail"].as_str().unwrap().contains("A phone number"), "{audit}");
    // The page says so.
    let slug = page["topic"]["slug"].as_str().unwrap().to_string();
    let html = app.client().get(app.url(&format!("/forum/t/{topic_id}/{slug}"))).header("accept", "text/html");
    assert!(html.send().await.unwrap().text().await.unwrap().contains("edited by a moderator"));

    // Not their own post (that is Edit), not a post of their own rank or above.
    let (_, own) = topic(&app, &c.moderator, "Moderator notes").await;
    let (status, text) = send(&c.moderator, edit(&own, "Changed", "tidy")).await;
    assert_eq!((status, text.contains("your own post")), (422, true), "{text}");
    let (_, admins) = topic(&app, &c.admin, "Admin notes").await;
    let (status, text) = send(&c.moderator, edit(&admins, "Changed", "tidy")).await;
    assert_eq!((status, text.contains("Only an admin")), (422, true), "{text}");
    let other = app.member("mod2@example.com", "moderator").await;
    let (_, peers) = topic(&app, &other, "Peer notes").await;
    assert_eq!(send(&c.moderator, edit(&peers, "Changed", "tidy")).await.0, 422);
    assert_eq!(
        send(&c.admin, edit(&peers, "Changed by the admin", "tidy")).await.0,
        200,
        "admins edit moderators' posts"
    );
    // A hidden post is shown again before it is edited.
    let hide = [("post_id", post.as_str()), ("reason", "Off topic")];
    assert_eq!(app.call(&c.moderator, "forum/hide_post", &hide).await.status(), 200);
    assert_eq!(send(&c.moderator, edit(&post, "Again", "again")).await.0, 409);
}

async fn a_new_members_first_posts_wait_for_approval_and_publish_once_approved(app: TestApp) {
    let c = cast(&app).await;
    let policy = |held: &'static str| {
        let form = [("mode", "open"), ("questions", ""), ("domains", ""), ("held_posts", held)];
        let (app, admin) = (&app, c.admin.clone());
        async move { app.call(&admin, "settings/save_join_policy", &form).await }
    };
    let bad = policy("21").await;
    assert_eq!(bad.status(), 422);
    assert_eq!(json(bad).await["Validation"]["field"], "held_posts");
    assert_eq!(policy("2").await.status(), 200);
    let bob = app.member("bob@example.com", "member").await;
    let points = |who: Client| {
        let app = &app;
        async move {
            json(app.call(&who, "recognition/my_points", &[("page", "1")]).await).await["standing"]["balance"].as_i64()
        }
    };
    let before = points(bob.clone()).await;

    // Bob's first topic waits: he sees it, nobody else does, it is not in the category, no points yet.
    let ada_handle: String = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT handle FROM users WHERE email = 'ada@example.com'").fetch_one(p).await).unwrap();
    let body = format!("Hello @{ada_handle}");
    let res = app
        .call(&bob, "forum/create_topic", &[("category", "general"), ("title", "First words"), ("body", &body)])
        .await;
    assert_eq!(res.status(), 200);
    let at = json(res).await;
    let (topic_id, post) = (at["topic_id"].to_string(), at["post_id"].to_string());
    let fetch = |who: Client| {
        let (app, topic) = (&app, topic_id.clone());
        async move { app.call(&who, "forum/fetch_topic", &[("id", topic.as_str()), ("page", "1")]).await }
    };
    let own = json(fetch(bob.clone()).await).await;
    assert!(own.to_string().contains("Awaiting a moderator"), "{own}");
    assert_eq!(fetch(c.ada.clone()).await.status(), 404, "nobody else finds a held topic");
    assert_eq!(fetch(app.client()).await.status(), 404);
    assert_eq!(fetch(c.moderator.clone()).await.status(), 200, "staff do");
    let listing = json(app.call(&c.ada, "forum/fetch_category", &[("slug", "general"), ("page", "1")]).await).await;
    assert!(!listing.to_string().contains("First words"), "{listing}");
    assert_eq!(points(bob.clone()).await, before, "no points while it waits");
    let unread = |who: Client| {
        let app = &app;
        async move { json(app.call(&who, "notifications/unread_notifications", &[]).await).await.as_i64().unwrap() }
    };
    assert_eq!(unread(c.ada.clone()).await, 0, "the mention waits too");

    // The queue shows it to moderators only; the author cannot approve their own; members cannot decide.
    let queue = json(app.call(&c.moderator, "forum/get_held_queue", &[]).await).await;
    assert_eq!(queue["total"], 1, "{queue}");
    assert_eq!(queue["posts"][0]["post_id"].to_string(), post);
    assert_eq!(app.call(&c.ada, "forum/get_held_queue", &[]).await.status(), 403);
    let decide = |who: Client, post: String, decision: &'static str, reason: &'static str| {
        let app = &app;
        async move {
            let form = [("post_id", post.as_str()), ("decision", decision), ("reason", reason)];
            app.call(&who, "forum/decide_held_post", &form).await
        }
    };
    assert_eq!(decide(c.ada.clone(), post.clone(), "approve", "").await.status(), 403);
    assert_eq!(decide(c.moderator.clone(), post.clone(), "maybe", "").await.status(), 422);
    assert_eq!(decide(c.moderator.clone(), post.clone(), "reject", "").await.status(), 422, "a rejection says why");
    // "Show again" does not bypass the queue.
    assert_eq!(app.call(&c.moderator, "forum/unhide_post", &[("post_id", &post)]).await.status(), 409);

    // A reply while the first waits is held too.
    let reply = app.call(&bob, "forum/reply_to_topic", &[("topic_id", &topic_id), ("body", "More")]).await;
    let reply_post = json(reply).await["post_id"].to_string();

    // Approving publishes: the topic appears, Ada hears of the mention, Bob is paid once.
    assert_eq!(decide(c.moderator.clone(), post.clone(), "approve", "").await.status(), 200);
    assert_eq!(decide(c.moderator.clone(), post.clone(), "approve", "").await.status(), 409, "once");
    assert_eq!(fetch(c.ada.clone()).await.status(), 200);
    let listing = json(app.call(&c.ada, "forum/fetch_category", &[("slug", "general"), ("page", "1")]).await).await;
    assert!(listing.to_string().contains("First words"), "{listing}");
    assert_eq!(unread(c.ada.clone()).await, 1, "the mention arrives on approval");
    let paid = points(bob.clone()).await.unwrap();
    assert!(paid > before.unwrap_or(0), "paid on approval: {paid}");

    // Rejecting keeps the reply hidden with the reason, pays nothing, and leaves the queue.
    assert_eq!(decide(c.moderator.clone(), reply_post.clone(), "reject", "Off topic").await.status(), 200);
    let own = json(fetch(bob.clone()).await).await;
    assert!(own.to_string().contains("Not approved: Off topic"), "{own}");
    assert_eq!(points(bob.clone()).await, Some(paid));
    assert_eq!(json(app.call(&c.moderator, "forum/get_held_queue", &[]).await).await["total"], 0);
    let audited = app.count("audit_log WHERE action IN ('approve_post', 'reject_post')").await;
    assert_eq!(audited, 2);

    // One approved post of two: the next still waits; staff are never held. A waiting reply does not make its
    // author the topic's last poster, nor move the topic up the list.
    let answer = app.call(&c.moderator, "forum/reply_to_topic", &[("topic_id", &topic_id), ("body", "Welcome")]).await;
    assert_eq!(answer.status(), 200);
    let last = format!("SELECT last_poster_id FROM topics WHERE id = {topic_id}");
    let last_poster =
        || async { app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, i64>(&last).fetch_one(p).await).unwrap() };
    let moderator_id = last_poster().await;
    let next = app.call(&bob, "forum/reply_to_topic", &[("topic_id", &topic_id), ("body", "Third")]).await;
    let next = json(next).await["post_id"].to_string();
    assert_eq!(json(app.call(&c.moderator, "forum/get_held_queue", &[]).await).await["total"], 1);
    assert_eq!(last_poster().await, moderator_id, "a held reply is not the topic's last word");
    assert_eq!(decide(c.moderator.clone(), next, "approve", "").await.status(), 200);
    let fourth = app.call(&bob, "forum/reply_to_topic", &[("topic_id", &topic_id), ("body", "Fourth")]).await;
    assert_eq!(fourth.status(), 200);
    assert_eq!(json(app.call(&c.moderator, "forum/get_held_queue", &[]).await).await["total"], 0, "two approved: free");
    let (_, staff_post) = topic(&app, &c.moderator, "Staff notice").await;
    assert!(!hidden(&app, &staff_post).await, "staff are never held");
    let page = c.moderator.get(app.url("/mod/held")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Nothing is waiting for approval."));
}
