//! Groups and private spaces (issue 16) over HTTP on both backends: a category limited to a hidden group leaves
//! no trace for anyone outside it (lists, pages, search, feeds, notifications, profiles, guessed ids, writes);
//! members join open groups, ask to join others, are added by hand, from a paste, or by rules that two
//! sweeps apply at once without doing anything twice; each refusal is named.

use crate::common::{json, TestApp};
use reqwest::Client;

both_backends!(
    a_private_space_leaves_no_trace_outside_its_group,
    members_join_ask_or_are_added_by_hand_a_paste_or_a_rule,
    what_was_written_for_a_group_stays_with_it_and_bad_groups_are_refused,
    a_reward_for_a_group_is_seen_and_redeemed_by_its_members_only,
    a_challenge_for_a_group_is_seen_and_completed_by_its_members_only,
    a_survey_for_a_group_asks_its_members_only,
);

async fn status(app: &TestApp, c: &Client, endpoint: &str, form: &[(&str, &str)]) -> (u16, String) {
    let res = app.call(c, endpoint, form).await;
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn html(app: &TestApp, c: &Client, path: &str) -> (u16, String) {
    let res = c.get(app.url(path)).header("accept", "text/html").send().await.expect("page");
    (res.status().as_u16(), res.text().await.unwrap_or_default())
}

async fn handle(app: &TestApp, email: &str) -> String {
    let sql = "SELECT handle FROM users WHERE email = $1";
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, String>(sql).bind(email).fetch_one(p).await).unwrap()
}

fn group_form<'a>(id: &'a str, slug: &'a str, visibility: &'a str, joining: &'a str) -> [(&'static str, &'a str); 6] {
    [
        ("id", id),
        ("slug", slug),
        ("name", slug),
        ("description", "A group"),
        ("visibility", visibility),
        ("joining", joining),
    ]
}

/// Makes a group; returns its id.
pub async fn group(app: &TestApp, admin: &Client, slug: &str, visibility: &str, joining: &str) -> String {
    let (code, text) = status(app, admin, "groups/save_group", &group_form("0", slug, visibility, joining)).await;
    assert_eq!(code, 200, "{text}");
    let sql = "SELECT id FROM member_groups WHERE slug = $1";
    let id: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).bind(slug).fetch_one(p).await).unwrap();
    id.to_string()
}

async fn category(app: &TestApp, admin: &Client, slug: &str, group: &str) -> (u16, String) {
    let form = [("id", "0"), ("slug", slug), ("name", slug), ("description", ""), ("position", "1"), ("group", group)];
    status(app, admin, "forum/save_category", &form).await
}

async fn a_private_space_leaves_no_trace_outside_its_group(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    let guest = app.client();
    let board = group(&app, &admin, "advisory-board", "hidden", "admins").await;
    let (code, report) =
        status(&app, &admin, "groups/add_members", &[("group_id", &board), ("people", "ada@example.com")]).await;
    assert_eq!(code, 200, "{report}");
    assert_eq!(category(&app, &admin, "general", "").await.0, 200);
    assert_eq!(category(&app, &admin, "board-room", "advisory-board").await.0, 200);

    // Ada writes in the board room, mentioning Bob (who must hear nothing) and follows it; Bob writes in public.
    let bob_handle = handle(&app, "bob@example.com").await;
    let body = format!("The zebra roadmap, for your eyes only @{bob_handle}");
    let made = [("category", "board-room"), ("title", "Zebra roadmap"), ("body", body.as_str())];
    let (code, text) = status(&app, &ada, "forum/create_topic", &made).await;
    assert_eq!(code, 200, "{text}");
    let at: serde_json::Value = serde_json::from_str(&text).unwrap();
    let (topic, post) = (at["topic_id"].to_string(), at["post_id"].to_string());
    let slug = at["topic_slug"].as_str().unwrap().to_string();
    let public = [("category", "general"), ("title", "Hello everyone"), ("body", "A public hello")];
    assert_eq!(status(&app, &bob, "forum/create_topic", &public).await.0, 200);
    assert_eq!(
        status(&app, &ada, "forum/reply_to_topic", &[("topic_id", &topic), ("body", "More zebra")]).await.0,
        200
    );

    // Outside the group: a member and a guest find no trace anywhere, and a guessed id is "not found".
    let ada_handle = handle(&app, "ada@example.com").await;
    for (who, c) in [("bob", &bob), ("a guest", &guest)] {
        let cats = json(app.call(c, "forum/list_categories", &[]).await).await;
        assert!(!cats.to_string().contains("board-room"), "{who}: {cats}");
        assert_eq!(
            status(&app, c, "forum/fetch_category", &[("slug", "board-room"), ("page", "1")]).await.0,
            404,
            "{who}"
        );
        assert_eq!(status(&app, c, "forum/fetch_topic", &[("id", &topic), ("page", "1")]).await.0, 404, "{who}");
        assert_eq!(status(&app, c, "forum/quote_post", &[("post_id", &post)]).await.0, 404, "{who}");
        let found = json(app.call(c, "forum/search_posts", &[("q", "zebra"), ("page", "1")]).await).await;
        assert_eq!(found["hits"].as_array().unwrap().len(), 0, "{who}: {found}");
        let profile = json(app.call(c, "profiles/get_profile", &[("handle", &ada_handle)]).await).await;
        assert!(!profile.to_string().to_lowercase().contains("zebra"), "{who}: {profile}");
        for path in ["/forum", "/search?q=zebra", &format!("/u/{ada_handle}"), "/forum/feed.xml"] {
            let (_, page) = html(&app, c, path).await;
            // (The search page repeats the query itself.)
            for trace in ["Zebra roadmap", "eyes only", "More zebra", "zebra-roadmap"] {
                assert!(!page.contains(trace), "{who} sees {trace:?} at {path}");
            }
            assert!(!page.contains("board-room"), "{who} sees the space at {path}");
        }
        assert_eq!(html(&app, c, "/forum/c/board-room").await.0, 404, "{who}");
        assert_eq!(html(&app, c, &format!("/forum/t/{topic}/{slug}")).await.0, 404, "{who}");
        assert_eq!(html(&app, c, "/forum/c/board-room/feed.xml").await.0, 404, "{who}");
    }
    let groups = json(app.call(&bob, "groups/list_groups", &[]).await).await;
    assert!(!groups.to_string().contains("advisory"), "a hidden group is not listed: {groups}");
    assert_eq!(status(&app, &bob, "groups/get_group", &[("slug", "advisory-board"), ("page", "1")]).await.0, 404);
    assert_eq!(status(&app, &bob, "groups/join_group", &[("group_id", &board)]).await.0, 404);
    // Nor can Bob write, like, flag or follow there, or hear of it.
    assert_eq!(status(&app, &bob, "forum/reply_to_topic", &[("topic_id", &topic), ("body", "Hi")]).await.0, 404);
    assert_eq!(status(&app, &bob, "forum/like_post", &[("post_id", &post), ("like", "true")]).await.0, 404);
    let flag = [("post_id", post.as_str()), ("reason", "spam"), ("note", "")];
    assert_eq!(status(&app, &bob, "forum/flag_post", &flag).await.0, 404);
    assert_eq!(status(&app, &bob, "forum/follow_topic", &[("topic_id", &topic), ("follow", "true")]).await.0, 404);
    let new = [("category", "board-room"), ("title", "Let me in"), ("body", "Hello")];
    let (code, text) = status(&app, &bob, "forum/create_topic", &new).await;
    assert_eq!((code, text.contains("open categories")), (422, true), "as for a category that does not exist: {text}");
    let heard = json(app.call(&bob, "notifications/my_notifications", &[("page", "1")]).await).await;
    let items = heard["items"].as_array().unwrap();
    assert!(items.iter().all(|n| n["kind"] != "Mention"), "no mention reaches Bob: {heard}");
    assert!(!heard.to_string().contains("Zebra"), "{heard}");
    let mentions = "SELECT COUNT(*) FROM notifications WHERE kind = 'mention'";
    let stored: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(mentions).fetch_one(p).await).unwrap();
    assert_eq!(stored, 0, "nor is one stored to be emailed");

    // Inside: Ada and staff see it all.
    for (who, c) in [("ada", &ada), ("the moderator", &moderator), ("the admin", &admin)] {
        let cats = json(app.call(c, "forum/list_categories", &[]).await).await;
        assert!(cats.to_string().contains("board-room"), "{who}: {cats}");
        assert_eq!(status(&app, c, "forum/fetch_topic", &[("id", &topic), ("page", "1")]).await.0, 200, "{who}");
        let found = json(app.call(c, "forum/search_posts", &[("q", "zebra"), ("page", "1")]).await).await;
        assert!(!found["hits"].as_array().unwrap().is_empty(), "{who}: {found}");
    }
    let profile = json(app.call(&moderator, "profiles/get_profile", &[("handle", &ada_handle)]).await).await;
    assert!(profile.to_string().contains("Zebra"), "staff see her posts there: {profile}");
    let (code, page) = html(&app, &ada, "/groups/advisory-board").await;
    assert_eq!(code, 200);
    assert!(page.contains("board-room"), "the group's page lists its space");

    // A moderator's reply tells Ada, who follows her topic.
    let reply = [("topic_id", topic.as_str()), ("body", "Noted")];
    assert_eq!(status(&app, &moderator, "forum/reply_to_topic", &reply).await.0, 200);
    let unread = |c: Client| {
        let app = &app;
        async move { json(app.call(&c, "notifications/unread_notifications", &[]).await).await.as_i64().unwrap() }
    };
    let told_before = unread(ada.clone()).await;
    assert!(told_before >= 1, "Ada is told of the reply");

    // Taken out of the group, Ada loses the space at once, and what she was told about it.
    let ada_id = app.user_id("ada@example.com").await.to_string();
    let (code, text) =
        status(&app, &admin, "groups/remove_member", &[("group_id", &board), ("user_id", &ada_id)]).await;
    assert_eq!(code, 200, "{text}");
    assert_eq!(status(&app, &ada, "forum/fetch_topic", &[("id", &topic), ("page", "1")]).await.0, 404);
    let left = unread(ada.clone()).await;
    assert_eq!(left, told_before - 1, "the count no longer tells of the reply in a space she left");
    let told = json(app.call(&ada, "notifications/my_notifications", &[("page", "1")]).await).await;
    assert!(!told.to_string().contains("Zebra"), "{told}");
    let queued = "UPDATE notifications SET mail_state = 'digest' WHERE user_id = $1";
    let ada_n: i64 = ada_id.parse().unwrap();
    app::on_db!(&app.state.db, p => sqlx::query(queued).bind(ada_n).execute(p).await.map(|_| ())).unwrap();
    let mut tx = app.state.db.begin_write().await.unwrap();
    let digest =
        app::notifications::courier::take_digest(&mut tx, ada_id.parse().unwrap(), "", 10, app::i18n::Lang::En)
            .await
            .unwrap();
    tx.commit().await.unwrap();
    assert!(digest.iter().all(|(line, _)| !line.contains("Zebra")), "nor does her digest: {digest:?}");
    let audit = json(app.call(&admin, "audit/audit_log", &[("page", "1")]).await).await;
    assert_eq!(audit["entries"][0]["action"], "group_remove", "{audit}");
}

async fn members_join_ask_or_are_added_by_hand_a_paste_or_a_rule(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let bob = app.member("bob@example.com", "member").await;
    let carol = app.member("carol@corp.example", "member").await;
    let open = group(&app, &admin, "book-club", "visible", "open").await;
    let asked = group(&app, &admin, "beta-testers", "visible", "request").await;
    let closed = group(&app, &admin, "partners", "visible", "admins").await;

    // Open: join and leave. Request: ask, an admin approves. Admins only: refused with the reason.
    assert_eq!(status(&app, &bob, "groups/join_group", &[("group_id", &open)]).await.0, 200);
    let listed = json(app.call(&bob, "groups/list_groups", &[]).await).await;
    let mine: Vec<&str> =
        listed.as_array().unwrap().iter().filter(|g| g["mine"] == true).map(|g| g["slug"].as_str().unwrap()).collect();
    assert_eq!(mine, vec!["book-club"]);
    assert_eq!(status(&app, &bob, "groups/join_group", &[("group_id", &open)]).await.0, 409, "once");
    assert_eq!(status(&app, &bob, "groups/leave_group", &[("group_id", &open)]).await.0, 200);
    assert_eq!(status(&app, &bob, "groups/join_group", &[("group_id", &asked)]).await.0, 200);
    let page = json(app.call(&bob, "groups/get_group", &[("slug", "beta-testers"), ("page", "1")]).await).await;
    assert_eq!((page["group"]["requested"].as_bool(), page["group"]["mine"].as_bool()), (Some(true), Some(false)));
    let bob_id = app.user_id("bob@example.com").await.to_string();
    let decide = [("group_id", asked.as_str()), ("user_id", bob_id.as_str()), ("approve", "true")];
    assert_eq!(status(&app, &bob, "groups/decide_request", &decide).await.0, 403, "members do not decide");
    assert_eq!(status(&app, &admin, "groups/decide_request", &decide).await.0, 200);
    assert_eq!(status(&app, &admin, "groups/decide_request", &decide).await.0, 404, "decided once");
    let page = json(app.call(&bob, "groups/get_group", &[("slug", "beta-testers"), ("page", "1")]).await).await;
    assert_eq!(page["group"]["mine"], true);
    assert_eq!(page["members"][0]["how"], "Request");
    let (code, text) = status(&app, &bob, "groups/join_group", &[("group_id", &closed)]).await;
    assert_eq!((code, text.contains("Only admins add members")), (422, true), "{text}");

    // A paste adds everyone it names and reports who it does not know.
    let bob_handle = handle(&app, "bob@example.com").await;
    let people = format!("email,name\ncarol@corp.example,Carol\n@{bob_handle}\nnobody@example.com\n");
    assert_eq!(status(&app, &bob, "groups/add_members", &[("group_id", &closed), ("people", &people)]).await.0, 403);
    let report =
        json(app.call(&admin, "groups/add_members", &[("group_id", &closed), ("people", &people)]).await).await;
    assert_eq!(report["added"], 2, "{report}");
    assert_eq!(report["unknown"], serde_json::json!(["nobody@example.com"]));
    let again = json(app.call(&admin, "groups/add_members", &[("group_id", &closed), ("people", &people)]).await).await;
    assert_eq!((again["added"].as_u64(), again["already"].as_u64()), (Some(0), Some(2)));
    let (code, text) = status(&app, &admin, "groups/add_members", &[("group_id", &closed), ("people", " \n")]).await;
    assert_eq!((code, text.contains("at least one member")), (422, true), "{text}");

    // A domain rule puts Carol in at once; she cannot be removed by hand; changing the rule takes her out.
    let rules = [("id", open.as_str()), ("domains", "corp.example"), ("level", "")];
    assert_eq!(status(&app, &admin, "groups/save_group_rules", &rules).await.0, 200);
    let page = json(app.call(&carol, "groups/get_group", &[("slug", "book-club"), ("page", "1")]).await).await;
    assert_eq!(page["group"]["mine"], true, "{page}");
    let carol_id = app.user_id("carol@corp.example").await.to_string();
    let remove = [("group_id", open.as_str()), ("user_id", carol_id.as_str())];
    let (code, text) = status(&app, &admin, "groups/remove_member", &remove).await;
    assert_eq!((code, text.contains("email-domain rule")), (422, true), "{text}");
    let (code, text) = status(&app, &carol, "groups/leave_group", &[("group_id", &open)]).await;
    assert_eq!((code, text.contains("you stay")), (422, true), "{text}");
    let bad = [("id", open.as_str()), ("domains", "not a domain"), ("level", "")];
    assert_eq!(status(&app, &admin, "groups/save_group_rules", &bad).await.0, 422);
    let no_level = [("id", open.as_str()), ("domains", ""), ("level", "999")];
    assert_eq!(status(&app, &admin, "groups/save_group_rules", &no_level).await.0, 422);
    let none = [("id", open.as_str()), ("domains", ""), ("level", "")];
    assert_eq!(status(&app, &admin, "groups/save_group_rules", &none).await.0, 200);
    let page = json(app.call(&carol, "groups/get_group", &[("slug", "book-club"), ("page", "1")]).await).await;
    assert_eq!(page["group"]["mine"], false, "{page}");

    // A level rule: everyone with 0 lifetime points or more (the first level), applied by two sweeps at once
    // without a member added twice.
    let first_level: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT id FROM levels ORDER BY threshold LIMIT 1").fetch_one(p).await).unwrap();
    let set = "UPDATE member_groups SET auto_level_id = $1 WHERE id = $2";
    let partners: i64 = closed.parse().unwrap();
    app::on_db!(&app.state.db, p => sqlx::query(set).bind(first_level).bind(partners).execute(p).await.map(|_| ()))
        .unwrap();
    let now = app::db::now();
    let (a, b) = tokio::join!(
        app::groups::repo::sync_rules(&app.state.db, now),
        app::groups::repo::sync_rules(&app.state.db, now)
    );
    let added = a.unwrap().0 + b.unwrap().0;
    let accounts: i64 =
        app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT COUNT(*) FROM point_accounts").fetch_one(p).await)
            .unwrap();
    let count = "SELECT COUNT(*) FROM group_members WHERE group_id = $1";
    let members: i64 =
        app::on_db!(&app.state.db, p => sqlx::query_scalar(count).bind(partners).fetch_one(p).await).unwrap();
    assert!(members >= accounts.min(3), "{members} members, {accounts} point accounts");
    assert!(added <= u64::try_from(members).unwrap(), "nobody added twice: {added}");
}

async fn what_was_written_for_a_group_stays_with_it_and_bad_groups_are_refused(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let board = group(&app, &admin, "advisory-board", "hidden", "admins").await;
    assert_eq!(category(&app, &admin, "general", "").await.0, 200);
    assert_eq!(category(&app, &admin, "board-room", "advisory-board").await.0, 200);
    let (code, text) = category(&app, &admin, "elsewhere", "no-such-group").await;
    assert_eq!((code, text.contains("There is no group")), (422, true), "{text}");
    let made = [("category", "board-room"), ("title", "Roadmap notes"), ("body", "Private words")];
    let at = json(app.call(&admin, "forum/create_topic", &made).await).await;
    let topic = at["topic_id"].to_string();

    // A topic of a private space is not moved into a public one; the category does not turn public.
    let (code, text) =
        status(&app, &moderator, "forum/move_topic", &[("topic_id", &topic), ("category", "general")]).await;
    assert_eq!((code, text.contains("private space")), (422, true), "{text}");
    let cats = json(app.call(&admin, "forum/all_categories", &[]).await).await;
    let room = cats.as_array().unwrap().iter().find(|c| c["slug"] == "board-room").unwrap().clone();
    let id = room["id"].to_string();
    let public = [
        ("id", id.as_str()),
        ("slug", "board-room"),
        ("name", "Board room"),
        ("description", ""),
        ("position", "1"),
        ("group", ""),
    ];
    let (code, text) = status(&app, &admin, "forum/save_category", &public).await;
    assert_eq!((code, text.contains("holds 1 topic")), (422, true), "{text}");
    // A group that limits a category is not deleted.
    let (code, text) = status(&app, &admin, "groups/delete_group", &[("id", &board)]).await;
    assert_eq!((code, text.contains("1 category is limited")), (422, true), "{text}");

    // Bad groups: each field named, nothing stored.
    let before = app.count("member_groups").await;
    for (form, field) in [
        (group_form("0", "Board Room", "visible", "open"), "slug"),
        (group_form("0", "secret", "hidden", "open"), "joining"),
        (group_form("0", "other", "sideways", "open"), "visibility"),
        (group_form("0", "other", "visible", "whenever"), "joining"),
        (group_form("0", "advisory-board", "visible", "open"), "slug"),
    ] {
        let (code, text) = status(&app, &admin, "groups/save_group", &form).await;
        assert_eq!(code, 422, "{field}: {text}");
        assert!(text.contains(&format!("\"field\":\"{field}\"")) || text.contains(field), "{field}: {text}");
    }
    assert_eq!(app.count("member_groups").await, before);
    assert_eq!(status(&app, &moderator, "groups/save_group", &group_form("0", "mods", "visible", "open")).await.0, 403);
    // An empty group goes.
    let spare = group(&app, &admin, "spare", "visible", "open").await;
    assert_eq!(status(&app, &admin, "groups/delete_group", &[("id", &spare)]).await.0, 200);
    assert_eq!(app.count("member_groups").await, before);
}

async fn a_reward_for_a_group_is_seen_and_redeemed_by_its_members_only(app: TestApp) {
    use crate::common::points::adjust;
    use crate::rewards::{create_reward, redeem, reward_form};
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    let board = group(&app, &admin, "advisory-board", "hidden", "admins").await;
    let add = [("group_id", board.as_str()), ("people", "ada@example.com")];
    assert_eq!(status(&app, &admin, "groups/add_members", &add).await.0, 200);
    for (who, key) in [("ada@example.com", "key-gift-ada-01"), ("bob@example.com", "key-gift-bob-01")] {
        assert_eq!(adjust(&app, &admin, who, "500", "Gift", key).await.status(), 200);
    }
    let limited =
        create_reward(&app, &admin, &reward_form("Roadmap dinner", "100", "5", &[("form[group]", "advisory-board")]))
            .await;
    let open = create_reward(&app, &admin, &reward_form("Sticker pack", "100", "", &[])).await;

    // Bob, outside, neither sees nor redeems it (as if it did not exist); Ada does.
    let shown = |c: Client| {
        let app = &app;
        async move { json(app.call(&c, "rewards/get_catalogue", &[]).await).await.to_string() }
    };
    assert!(!shown(bob.clone()).await.contains("Roadmap dinner"));
    assert!(!shown(app.client()).await.contains("Roadmap dinner"), "nor does a guest");
    let for_ada = shown(ada.clone()).await;
    assert!(for_ada.contains("Roadmap dinner") && for_ada.contains("\"group_name\":\"advisory-board\""), "{for_ada}");
    assert_eq!(redeem(&app, &bob, limited, "key-bob-dinner-1").await.status(), 404);
    assert_eq!(redeem(&app, &ada, limited, "key-ada-dinner-1").await.status(), 200);
    let stock: Option<i64> = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT stock FROM rewards WHERE id = $1").bind(limited).fetch_one(p).await).unwrap();
    assert_eq!(stock, Some(4), "Bob's refusal took nothing from stock");

    // A reward someone outside the group redeemed is not limited to the group afterwards.
    assert_eq!(redeem(&app, &bob, open, "key-bob-sticker-1").await.status(), 200);
    let mut form = reward_form("Sticker pack", "100", "", &[("form[group]", "advisory-board")]);
    form[0].1 = open.to_string();
    form.push(("seen_stock".into(), String::new()));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (code, text) = status(&app, &admin, "rewards/save_reward", &pairs).await;
    assert_eq!((code, text.contains("1 member outside that group redeemed")), (422, true), "{text}");
    assert!(shown(bob.clone()).await.contains("Sticker pack"), "nothing changed");
    let mut bad = reward_form("Other", "100", "", &[("form[group]", "no-such-group")]);
    bad.push(("seen_stock".into(), String::new()));
    let pairs: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(status(&app, &admin, "rewards/save_reward", &pairs).await.0, 422);
}

async fn a_challenge_for_a_group_is_seen_and_completed_by_its_members_only(app: TestApp) {
    use crate::challenges::challenge;
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    let board = group(&app, &admin, "advisory-board", "hidden", "admins").await;
    let add = [("group_id", board.as_str()), ("people", "ada@example.com")];
    assert_eq!(status(&app, &admin, "groups/add_members", &add).await.0, 200);
    let form = challenge(
        "Review the roadmap",
        "link",
        &[("form[link_url]", "https://example.com/roadmap"), ("form[group]", "advisory-board")],
    );
    let (code, text) = status(&app, &admin, "challenges/save_challenge", &form).await;
    assert_eq!(code, 200, "{text}");
    let id = text.trim().to_string();
    let bad =
        challenge("Other", "link", &[("form[link_url]", "https://example.com/x"), ("form[group]", "no-such-group")]);
    let (code, text) = status(&app, &admin, "challenges/save_challenge", &bad).await;
    assert_eq!((code, text.contains("There is no group")), (422, true), "{text}");

    let list = |c: Client| {
        let app = &app;
        async move { json(app.call(&c, "challenges/get_challenges", &[]).await).await.to_string() }
    };
    assert!(!list(bob.clone()).await.contains("Review the roadmap"));
    assert!(!list(app.client()).await.contains("Review the roadmap"), "nor does a guest");
    assert!(list(ada.clone()).await.contains("Review the roadmap"));
    let attempt = [("id", id.as_str()), ("mode", "link"), ("input", "")];
    assert_eq!(status(&app, &bob, "challenges/complete_challenge", &attempt).await.0, 404);
    let (code, text) = status(&app, &ada, "challenges/complete_challenge", &attempt).await;
    assert_eq!(code, 200, "{text}");
    let admin_view = json(app.call(&admin, "challenges/get_challenges_admin", &[]).await).await;
    assert_eq!(admin_view[0]["form"]["group"], "advisory-board", "the editor shows the group: {admin_view}");
}

async fn a_survey_for_a_group_asks_its_members_only(app: TestApp) {
    use crate::nps::{survey, today};
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    let board = group(&app, &admin, "advisory-board", "hidden", "admins").await;
    let add = [("group_id", board.as_str()), ("people", "ada@example.com")];
    assert_eq!(status(&app, &admin, "groups/add_members", &add).await.0, 200);
    let day = today();
    let (code, text) =
        status(&app, &admin, "nps/save_survey", &survey("Board pulse", &day, &[("form[group]", "advisory-board")]))
            .await;
    assert_eq!(code, 200, "{text}");
    let id = text.trim().to_string();
    let bad = survey("Other", &day, &[("form[group]", "no-such-group")]);
    assert_eq!(status(&app, &admin, "nps/save_survey", &bad).await.0, 422);

    let prompt = |c: Client| {
        let app = &app;
        async move { json(app.call(&c, "nps/get_nps_prompt", &[]).await).await }
    };
    assert_eq!(prompt(bob.clone()).await, "Nothing", "Bob is not asked");
    assert!(prompt(ada.clone()).await.to_string().contains("Ask"), "Ada is");
    let answer = [("id", id.as_str()), ("choice", "answer"), ("score", "9"), ("comment", "")];
    assert_eq!(status(&app, &bob, "nps/answer_survey", &answer).await.0, 404);
    assert_eq!(status(&app, &ada, "nps/answer_survey", &answer).await.0, 200);
    let admin_view = json(app.call(&admin, "nps/get_surveys_admin", &[]).await).await;
    assert_eq!(admin_view["surveys"][0]["form"]["group"], "advisory-board", "{admin_view}");
}
