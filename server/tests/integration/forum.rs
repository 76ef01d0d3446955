//! The forum over HTTP on both backends: posting, editing, likes, moderation, permissions and limits.

use crate::common;

use crate::common::json;
use common::TestApp;
use reqwest::Client;
use serde_json::Value;

both_backends!(
    members_start_topics_and_reply_and_the_counts_follow,
    guests_read_but_cannot_post_and_nothing_is_stored,
    markdown_is_rendered_and_scripts_never_reach_the_page,
    a_topic_page_carries_each_post_body_once,
    a_visitors_topic_page_shows_every_write_at_once,
    authors_edit_their_own_posts_and_moderators_keep_the_history,
    a_removed_post_shows_as_removed,
    a_member_likes_a_post_once_and_can_take_it_back,
    a_moderator_locks_a_topic_and_replies_are_refused,
    a_member_cannot_moderate_and_nothing_changes,
    pinned_topics_come_first,
    moving_a_topic_carries_its_counts,
    hidden_posts_are_seen_only_by_their_author_and_moderators,
    a_page_past_the_end_is_refused_with_the_last_page_named,
    admins_manage_categories_with_clear_refusals,
    an_archived_category_takes_no_new_topics,
    concurrent_replies_get_distinct_numbers,
    bad_input_is_named_and_nothing_is_stored,
    search_finds_titles_and_bodies_with_marked_snippets,
    search_never_shows_hidden_or_removed_posts,
    search_reaches_past_the_recent_posts_when_they_hold_too_few_matches,
    a_search_of_only_punctuation_is_refused,
    members_flag_posts_and_moderators_settle_the_queue,
    replies_mentions_and_likes_notify_and_reading_clears_the_count,
    followers_hear_of_replies_until_they_unfollow,
    atom_feeds_list_new_topics_per_category_and_overall,
);

async fn category(app: &TestApp, admin: &Client, slug: &str) {
    let form = [("id", "0"), ("slug", slug), ("name", slug), ("description", "About it"), ("position", "1")];
    let res = app.call(admin, "forum/save_category", &form).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
}

/// Starts a topic and returns its id.
async fn topic(app: &TestApp, c: &Client, cat: &str, title: &str, body: &str) -> i64 {
    let res = app.call(c, "forum/create_topic", &[("category", cat), ("title", title), ("body", body)]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    json(res).await["topic_id"].as_i64().expect("topic id")
}

async fn reply(app: &TestApp, c: &Client, topic_id: i64, body: &str) -> reqwest::Response {
    app.call(c, "forum/reply_to_topic", &[("topic_id", &topic_id.to_string()), ("body", body)]).await
}

async fn topic_json(app: &TestApp, c: &Client, topic_id: i64) -> Value {
    json(app.call(c, "forum/fetch_topic", &[("id", &topic_id.to_string()), ("page", "1")]).await).await
}

/// An admin, a moderator and two members, signed in.
struct Cast {
    admin: Client,
    moderator: Client,
    ada: Client,
    bob: Client,
}

async fn cast(app: &TestApp) -> Cast {
    let admin = app.member("admin@example.com", "admin").await;
    category(app, &admin, "general").await;
    category(app, &admin, "ideas").await;
    Cast {
        admin,
        moderator: app.member("mod@example.com", "moderator").await,
        ada: app.member("ada@example.com", "member").await,
        bob: app.member("bob@example.com", "member").await,
    }
}

async fn members_start_topics_and_reply_and_the_counts_follow(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "How do you onboard?", "Tell me **everything**.").await;
    let res = reply(&app, &c.bob, id, "We use a checklist.").await;
    assert_eq!(res.status(), 200);
    let at = json(res).await;
    assert_eq!(at["number"], 2);
    let page = topic_json(&app, &c.bob, id).await;
    assert_eq!(page["topic"]["title"], "How do you onboard?");
    assert_eq!(page["topic"]["post_count"], 2);
    assert_eq!(page["posts"].as_array().unwrap().len(), 2);
    assert!(page["posts"][0]["body_html"].as_str().unwrap().contains("<strong>everything</strong>"));
    let cat = json(app.call(&c.bob, "forum/fetch_category", &[("slug", "general"), ("page", "1")]).await).await;
    assert_eq!(cat["category"]["topic_count"], 1);
    assert_eq!(cat["category"]["post_count"], 2);
    assert_eq!(cat["topics"][0]["last_poster_name"], "Someone");
    let html = app.client().get(app.url(&format!("/forum/t/{id}/how-do-you-onboard"))).send().await.unwrap();
    assert_eq!(html.status(), 200);
    let html = html.text().await.unwrap();
    assert!(html.contains("We use a checklist.") && html.contains("id=\"post-2\""), "{html}");
}

async fn guests_read_but_cannot_post_and_nothing_is_stored(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Hello", "First!").await;
    let guest = app.client();
    assert_eq!(topic_json(&app, &guest, id).await["rights"]["signed_in"], false);
    assert_eq!(reply(&app, &guest, id, "sneaky").await.status(), 401);
    let res = app.call(&guest, "forum/create_topic", &[("category", "general"), ("title", "x"), ("body", "y")]).await;
    assert_eq!(res.status(), 401);
    assert_eq!(app.call(&guest, "forum/like_post", &[("post_id", "1"), ("like", "true")]).await.status(), 401);
    assert_eq!(app.count("posts").await, 1);
    assert_eq!(app.count("topics").await, 1);
}

async fn markdown_is_rendered_and_scripts_never_reach_the_page(app: TestApp) {
    let c = cast(&app).await;
    let body = "Look: <script>alert('x')</script> [bad](javascript:alert(1)) and https://example.com/docs\n\n| a | b |\n|---|---|\n| 1 | 2 |";
    let id = topic(&app, &c.ada, "general", "Markdown", body).await;
    let html =
        app.client().get(app.url(&format!("/forum/t/{id}/markdown"))).send().await.unwrap().text().await.unwrap();
    assert!(!html.contains("<script>alert"), "a script reached the page");
    assert!(!html.contains("href=\"javascript:"), "a javascript: link reached the page");
    assert!(html.contains("&lt;script&gt;alert"), "raw HTML should show as text");
    assert!(html.contains("<a href=\"https://example.com/docs\" rel=\"nofollow ugc noopener\">"), "{html}");
    assert!(html.contains("<table>"));
}

/// The rendered bodies travel in the HTML only; the data the browser hydrates from leaves them out (and the
/// server function, which the browser calls itself after a reply or a like, still sends them whole).
async fn a_topic_page_carries_each_post_body_once(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Bodies", "The **quokkaphile** opening post.").await;
    assert_eq!(reply(&app, &c.bob, id, "A reply from a *wombatologist*.").await.status(), 200);
    // A member's page, which the app hydrates from the data beside it (a visitor's page carries no data at all).
    let page = c.bob.get(app.url(&format!("/forum/t/{id}/bodies"))).header("accept", "text/html").send();
    let html = page.await.unwrap().text().await.unwrap();
    assert!(html.contains("like_count"), "the data the app hydrates from is in the page");
    // The rendered bodies once (the data carries their Markdown, which a member may quote, not their HTML).
    assert_eq!(html.matches("<strong>quokkaphile</strong>").count(), 1, "{html}");
    assert_eq!(html.matches("<em>wombatologist</em>").count(), 1, "{html}");
    assert!(!html.contains("\\u003cstrong>quokkaphile") && !html.contains("\\u003cem>wombatologist"), "{html}");
    let data = topic_json(&app, &app.client(), id).await;
    assert!(data["posts"][0]["body_html"].as_str().unwrap().contains("<strong>quokkaphile</strong>"));
}

/// A visitor's topic page (no app) is kept whole beside the settings and rows it was rendered from
/// (server::routes::kept), its post list too (common::rendered); every write that changes what the page shows is
/// on the next view, and a kept page differs from a fresh render only by its nonce.
async fn a_visitors_topic_page_shows_every_write_at_once(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Kept", "The opening post.").await;
    assert_eq!(reply(&app, &c.bob, id, "A first reply.").await.status(), 200);
    let guest = app.client();
    let fetch = |path: String, lang: &'static str| {
        let req = guest.get(app.url(&path)).header("accept", "text/html").header("accept-language", lang);
        async move {
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), 200, "{path}");
            let source = res.headers()["x-chorus-page"].to_str().unwrap().to_string();
            let policy = res.headers()["content-security-policy"].to_str().unwrap().to_string();
            let nonce = policy.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap().to_string();
            let html = res.text().await.unwrap();
            assert!(html.contains(&format!("nonce=\"{nonce}\"")), "the page's nonce is its policy's");
            (source, html.replace(&nonce, "NONCE"))
        }
    };
    let view = |lang: &'static str| {
        let page = fetch(format!("/forum/t/{id}/kept"), lang);
        async move { page.await.1 }
    };
    let (source, first) = fetch(format!("/forum/t/{id}/kept"), "en").await;
    assert_eq!(source, "rendered");
    assert!(first.contains("A first reply.") && !first.contains("like_count"), "no resource data");
    let (source, again) = fetch(format!("/forum/t/{id}/kept"), "en").await;
    assert_eq!(source, "kept", "the same rows: the page is not rendered again");
    assert_eq!(first, again, "a kept page is the rendered one but for its nonce");

    assert_eq!(reply(&app, &c.ada, id, "A second reply.").await.status(), 200);
    assert!(view("en").await.contains("A second reply."), "a new reply");
    let posts_json = topic_json(&app, &c.ada, id).await;
    let second = posts_json["posts"][1]["id"].as_i64().unwrap().to_string();
    let edit = [("post_id", second.as_str()), ("body", "An edited reply.")];
    assert_eq!(app.call(&c.bob, "forum/edit_post", &edit).await.status(), 200);
    let html = view("en").await;
    assert!(html.contains("An edited reply.") && !html.contains("A first reply."), "an edit");
    assert_eq!(app.call(&c.ada, "forum/like_post", &[("post_id", &second), ("like", "true")]).await.status(), 200);
    assert!(view("en").await.contains("aria-label=\"1 like\""), "a like");
    let details = [
        ("bio", ""),
        ("company", "Quokka Works"),
        ("job_title", "Keeper"),
        ("location", ""),
        ("website", ""),
        ("linkedin", ""),
    ];
    assert_eq!(app.call(&c.bob, "profiles/save_details", &details).await.status(), 200);
    assert!(view("en").await.contains("Quokka Works"), "the author's new role");
    let hide = [("post_id", second.as_str()), ("reason", "Off topic")];
    assert_eq!(app.call(&c.moderator, "forum/hide_post", &hide).await.status(), 200);
    let html = view("en").await;
    assert!(html.contains("This post was hidden by a moderator.") && !html.contains("An edited reply."), "hidden");
    let german = view("de").await;
    assert!(german.contains("<html lang=\"de\"") && !german.contains("This post was hidden"), "each language apart");

    // The frame: a renamed community shows on the next view of a kept page.
    let site = [
        ("name", "Quokka Club"),
        ("tagline", ""),
        ("brand_colour", "#0b6e3a"),
        ("home_headline", "Welcome"),
        ("home_intro", ""),
        ("footer_links", ""),
    ];
    assert_eq!(app.call(&c.admin, "settings/save_site_settings", &site).await.status(), 200);
    let (source, html) = fetch(format!("/forum/t/{id}/kept"), "en").await;
    assert_eq!(source, "rendered");
    assert!(html.contains("Quokka Club"), "a changed setting");

    // A category's page the same way: kept, then a new topic at once.
    assert_eq!(fetch("/forum/c/general".into(), "en").await.0, "rendered");
    let (source, html) = fetch("/forum/c/general".into(), "en").await;
    assert!(source == "kept" && !html.contains("Newer words"), "{source}");
    topic(&app, &c.bob, "general", "Newer words", "Just now.").await;
    let (source, html) = fetch("/forum/c/general".into(), "en").await;
    assert!(source == "rendered" && html.contains("Newer words"), "a new topic");

    // A visitor carrying any other cookie (here a referral code) gets a page rendered for them; so does an
    // address with another slug than the topic's.
    assert_eq!(fetch(format!("/forum/t/{id}/made-up"), "en").await.0, "rendered");
    assert_eq!(fetch(format!("/forum/t/{id}/made-up"), "en").await.0, "rendered", "a made-up address is not kept");
    let res = app
        .client()
        .get(app.url(&format!("/forum/t/{id}/kept")))
        .header("cookie", "chorus_ref=abc")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers().get("x-chorus-page").is_none(), "not a page the layer keeps or answers");
}

async fn authors_edit_their_own_posts_and_moderators_keep_the_history(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Typos", "Frist post").await;
    let post_id = topic_json(&app, &c.ada, id).await["posts"][0]["id"].as_i64().unwrap().to_string();
    let res = app.call(&c.bob, "forum/edit_post", &[("post_id", &post_id), ("body", "pwned")]).await;
    assert_eq!(res.status(), 403);
    let res = app.call(&c.ada, "forum/edit_post", &[("post_id", &post_id), ("body", "First post")]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    let page = topic_json(&app, &c.bob, id).await;
    assert!(page["posts"][0]["body_html"].as_str().unwrap().contains("First post"));
    assert!(page["posts"][0]["edited_at"].is_i64());
    assert_eq!(page["posts"][0]["body_md"], Value::Null, "only the author gets the source");
    assert_eq!(app.call(&c.ada, "forum/post_revisions", &[("post_id", &post_id)]).await.status(), 403);
    let history = json(app.call(&c.moderator, "forum/post_revisions", &[("post_id", &post_id)]).await).await;
    assert_eq!(history[0]["body_md"], "Frist post");
    let url = app.url(&format!("/mod/posts/{post_id}/history"));
    let guest = app.client().get(&url).header("accept", "text/html").send().await.unwrap();
    assert_eq!(guest.status(), 302, "guests are sent to sign in");
    assert_eq!(c.bob.get(&url).header("accept", "text/html").send().await.unwrap().status(), 403);
    let page = c.moderator.get(&url).header("accept", "text/html").send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Frist post"), "moderators read the earlier version");
}

async fn a_removed_post_shows_as_removed(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Oops", "Never mind").await;
    let post_id = topic_json(&app, &c.ada, id).await["posts"][0]["id"].as_i64().unwrap().to_string();
    assert_eq!(app.call(&c.bob, "forum/delete_post", &[("post_id", &post_id)]).await.status(), 403);
    assert_eq!(app.call(&c.ada, "forum/delete_post", &[("post_id", &post_id)]).await.status(), 200);
    let page = topic_json(&app, &c.bob, id).await;
    assert_eq!(page["posts"][0]["state"], "Deleted");
    assert_eq!(page["posts"][0]["body_html"], Value::Null);
    let html = app.client().get(app.url(&format!("/forum/t/{id}/oops"))).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("This post was removed") && !html.contains("Never mind"));
    assert_eq!(app.call(&c.ada, "forum/delete_post", &[("post_id", &post_id)]).await.status(), 409);
}

async fn a_member_likes_a_post_once_and_can_take_it_back(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Like me", "Please").await;
    let post_id = topic_json(&app, &c.ada, id).await["posts"][0]["id"].as_i64().unwrap().to_string();
    let like = |c: &Client, on: &str| {
        let form = [("post_id", post_id.clone()), ("like", on.to_string())];
        let c = c.clone();
        let url = app.url("/api/forum/like_post");
        let origin = app.base.clone();
        async move {
            c.post(url).header("origin", origin).header("accept", "application/json").form(&form).send().await.unwrap()
        }
    };
    assert_eq!(json(like(&c.bob, "true").await).await, 1);
    let twice = like(&c.bob, "true").await;
    assert_eq!(twice.status(), 409);
    assert!(twice.text().await.unwrap().contains("already like"));
    assert_eq!(json(like(&c.moderator, "true").await).await, 2);
    assert_eq!(like(&c.ada, "true").await.status(), 409, "nobody likes their own post");
    assert_eq!(topic_json(&app, &c.bob, id).await["posts"][0]["liked_by_me"], true);
    assert_eq!(json(like(&c.bob, "false").await).await, 1);
    assert_eq!(like(&c.bob, "false").await.status(), 409);
    assert_eq!(app.count("post_likes").await, 1);
}

async fn a_moderator_locks_a_topic_and_replies_are_refused(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Heated", "Opinions").await;
    let form = [("topic_id", id.to_string()), ("locked", "true".to_string())];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(app.call(&c.moderator, "forum/set_locked", &form).await.status(), 200);
    let res = reply(&app, &c.bob, id, "one more thing").await;
    assert_eq!(res.status(), 409);
    assert!(res.text().await.unwrap().contains("locked"));
    assert_eq!(topic_json(&app, &c.bob, id).await["rights"]["can_reply"], false);
    assert_eq!(app.count("posts").await, 1);
    let audit = json(app.call(&c.admin, "audit/audit_log", &[("page", "1")]).await).await;
    let actions: Vec<&str> =
        audit["entries"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions.first(), Some(&"lock"));
    assert_eq!(app.call(&c.moderator, "audit/audit_log", &[("page", "1")]).await.status(), 403);
}

async fn a_member_cannot_moderate_and_nothing_changes(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Mine", "All mine").await.to_string();
    let post_id = topic_json(&app, &c.ada, id.parse().unwrap()).await["posts"][0]["id"].as_i64().unwrap().to_string();
    for (endpoint, form) in [
        ("forum/set_pinned", vec![("topic_id", id.as_str()), ("pinned", "true")]),
        ("forum/set_locked", vec![("topic_id", id.as_str()), ("locked", "true")]),
        ("forum/move_topic", vec![("topic_id", id.as_str()), ("category", "ideas")]),
        ("forum/hide_post", vec![("post_id", post_id.as_str()), ("reason", "because")]),
        (
            "forum/save_category",
            vec![("id", "0"), ("slug", "mine"), ("name", "Mine"), ("description", ""), ("position", "0")],
        ),
    ] {
        let res = app.call(&c.ada, endpoint, &form).await;
        assert_eq!(res.status(), 403, "{endpoint} let a member through");
    }
    let page = topic_json(&app, &c.ada, id.parse().unwrap()).await;
    assert_eq!((page["topic"]["pinned"].as_bool(), page["topic"]["locked"].as_bool()), (Some(false), Some(false)));
    assert_eq!(page["topic"]["category_slug"], "general");
    assert_eq!(page["posts"][0]["state"], "Visible");
    assert_eq!(app.count("categories").await, 2);
    assert_eq!(app.count("audit_log").await, 2, "only the two category creations");
}

async fn pinned_topics_come_first(app: TestApp) {
    let c = cast(&app).await;
    let old = topic(&app, &c.ada, "general", "Read me first", "Rules").await;
    topic(&app, &c.bob, "general", "Newer topic", "Hi").await;
    let form = [("topic_id", old.to_string()), ("pinned", "true".to_string())];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(app.call(&c.moderator, "forum/set_pinned", &form).await.status(), 200);
    assert_eq!(app.call(&c.moderator, "forum/set_pinned", &form).await.status(), 409, "already pinned");
    let cat = json(app.call(&c.bob, "forum/fetch_category", &[("slug", "general"), ("page", "1")]).await).await;
    assert_eq!(cat["topics"][0]["title"], "Read me first");
    assert_eq!(cat["topics"][0]["pinned"], true);
}

async fn moving_a_topic_carries_its_counts(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Feature request", "Dark mode").await;
    assert_eq!(reply(&app, &c.bob, id, "+1").await.status(), 200);
    let res = app.call(&c.moderator, "forum/move_topic", &[("topic_id", &id.to_string()), ("category", "ideas")]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    let general = json(app.call(&c.bob, "forum/fetch_category", &[("slug", "general"), ("page", "1")]).await).await;
    let ideas = json(app.call(&c.bob, "forum/fetch_category", &[("slug", "ideas"), ("page", "1")]).await).await;
    assert_eq!(
        (general["category"]["topic_count"].as_i64(), general["category"]["post_count"].as_i64()),
        (Some(0), Some(0))
    );
    assert_eq!(
        (ideas["category"]["topic_count"].as_i64(), ideas["category"]["post_count"].as_i64()),
        (Some(1), Some(2))
    );
    let again =
        app.call(&c.moderator, "forum/move_topic", &[("topic_id", &id.to_string()), ("category", "ideas")]).await;
    assert_eq!(again.status(), 422);
}

async fn hidden_posts_are_seen_only_by_their_author_and_moderators(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Buy cheap watches", "spam spam").await;
    let post_id = topic_json(&app, &c.ada, id).await["posts"][0]["id"].as_i64().unwrap().to_string();
    let empty = app.call(&c.moderator, "forum/hide_post", &[("post_id", &post_id), ("reason", " ")]).await;
    assert_eq!(empty.status(), 422);
    let res = app.call(&c.moderator, "forum/hide_post", &[("post_id", &post_id), ("reason", "Spam")]).await;
    assert_eq!(res.status(), 200);
    assert_eq!(topic_json(&app, &c.bob, id).await["posts"][0]["body_html"], Value::Null);
    assert!(topic_json(&app, &c.ada, id).await["posts"][0]["body_html"].is_string());
    assert!(topic_json(&app, &c.moderator, id).await["posts"][0]["body_html"].is_string());
    assert_eq!(topic_json(&app, &c.ada, id).await["posts"][0]["state"]["Hidden"]["reason"], "Spam");
    assert_eq!(app.call(&c.ada, "forum/edit_post", &[("post_id", &post_id), ("body", "innocent")]).await.status(), 409);
    assert_eq!(app.call(&c.moderator, "forum/unhide_post", &[("post_id", &post_id)]).await.status(), 200);
    assert!(topic_json(&app, &c.bob, id).await["posts"][0]["body_html"].is_string());
}

async fn a_page_past_the_end_is_refused_with_the_last_page_named(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Short", "One post").await;
    let res = app.call(&c.bob, "forum/fetch_topic", &[("id", &id.to_string()), ("page", "9")]).await;
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("the last page is 1"));
    let html = app.client().get(app.url(&format!("/forum/t/{id}/short?page=9"))).send().await.unwrap();
    assert_eq!(html.status(), 404);
    let missing = app.client().get(app.url("/forum/c/no-such-thing")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    assert!(missing.text().await.unwrap().contains("That category was not found."));
}

async fn admins_manage_categories_with_clear_refusals(app: TestApp) {
    let c = cast(&app).await;
    let dup = [("id", "0"), ("slug", "general"), ("name", "Again"), ("description", ""), ("position", "0")];
    let res = app.call(&c.admin, "forum/save_category", &dup).await;
    assert_eq!(res.status(), 409);
    assert!(res.text().await.unwrap().contains("already uses the address"));
    let bad = [("id", "0"), ("slug", "Not OK!"), ("name", "Bad"), ("description", ""), ("position", "0")];
    assert_eq!(app.call(&c.admin, "forum/save_category", &bad).await.status(), 422);
    let id = json(app.call(&c.admin, "forum/all_categories", &[]).await).await[0]["id"].as_i64().unwrap().to_string();
    let rename =
        [("id", id.as_str()), ("slug", "lounge"), ("name", "The lounge"), ("description", "Chat"), ("position", "5")];
    assert_eq!(app.call(&c.admin, "forum/save_category", &rename).await.status(), 200);
    let list = json(app.call(&c.bob, "forum/list_categories", &[]).await).await;
    let names: Vec<&str> = list.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["ideas", "The lounge"], "ordered by position");
    assert_eq!(app.count("categories").await, 2);
}

async fn an_archived_category_takes_no_new_topics(app: TestApp) {
    let c = cast(&app).await;
    let list = json(app.call(&c.admin, "forum/all_categories", &[]).await).await;
    let id = list.as_array().unwrap().iter().find(|c| c["slug"] == "ideas").unwrap()["id"].as_i64().unwrap();
    let res = app.call(&c.admin, "forum/archive_category", &[("id", &id.to_string()), ("archived", "true")]).await;
    assert_eq!(res.status(), 200);
    let res =
        app.call(&c.ada, "forum/create_topic", &[("category", "ideas"), ("title", "Hi"), ("body", "there")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("open categories"));
    assert_eq!(json(app.call(&c.bob, "forum/list_categories", &[]).await).await.as_array().unwrap().len(), 1);
    assert_eq!(app.count("topics").await, 0);
}

async fn concurrent_replies_get_distinct_numbers(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Busy", "Go").await;
    let tasks: Vec<_> = (0..30)
        .map(|i| {
            let (client, url, origin) = (c.moderator.clone(), app.url("/api/forum/reply_to_topic"), app.base.clone());
            tokio::spawn(async move {
                let form = [("topic_id", id.to_string()), ("body", format!("reply {i}"))];
                client
                    .post(url)
                    .header("origin", origin)
                    .header("accept", "application/json")
                    .form(&form)
                    .send()
                    .await
                    .unwrap()
                    .status()
            })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap(), 200);
    }
    let sql = "SELECT COUNT(DISTINCT number) FROM posts WHERE topic_id = $1";
    let distinct: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).bind(id).fetch_one(p).await).unwrap();
    assert_eq!(distinct, 31);
    let page = topic_json(&app, &c.bob, id).await;
    assert_eq!(page["topic"]["post_count"], 31);
    assert_eq!(page["last_page"], 2);
}

async fn bad_input_is_named_and_nothing_is_stored(app: TestApp) {
    let c = cast(&app).await;
    let long_title = "t".repeat(151);
    let long_body = "b".repeat(50_001);
    for (form, field) in [
        (vec![("category", "general"), ("title", "  "), ("body", "x")], "title"),
        (vec![("category", "general"), ("title", long_title.as_str()), ("body", "x")], "title"),
        (vec![("category", "general"), ("title", "ok"), ("body", " \n ")], "body"),
        (vec![("category", "general"), ("title", "ok"), ("body", long_body.as_str())], "body"),
        (vec![("category", "nowhere"), ("title", "ok"), ("body", "x")], "category"),
    ] {
        let res = app.call(&c.ada, "forum/create_topic", &form).await;
        assert_eq!(res.status(), 422, "{field}");
        assert_eq!(json(res).await["Validation"]["field"], field);
    }
    assert_eq!(reply(&app, &c.ada, 999_999, "hello?").await.status(), 404);
    assert_eq!(app.count("topics").await, 0);
    assert_eq!(app.count("posts").await, 0);
}

async fn search_json(app: &TestApp, q: &str) -> Value {
    json(app.call(&app.client(), "forum/search_posts", &[("q", q), ("page", "1")]).await).await
}

async fn search_finds_titles_and_bodies_with_marked_snippets(app: TestApp) {
    let c = cast(&app).await;
    let a = topic(&app, &c.ada, "general", "Onboarding checklist for admins", "We pair people up.").await;
    let b =
        topic(&app, &c.bob, "ideas", "Dark mode", "Please add a dark theme <b>soon</b>; onboarding at night hurts.")
            .await;
    topic(&app, &c.bob, "ideas", "Exports", "Scheduled exports to S3").await;
    let found = search_json(&app, "onboarding").await;
    let hits = found["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 2, "{found}");
    let topics: Vec<i64> = hits.iter().map(|h| h["topic_id"].as_i64().unwrap()).collect();
    assert!(topics.contains(&a) && topics.contains(&b));
    assert_eq!(hits[0]["topic_id"], a, "a title match ranks first");
    let body_hit = hits.iter().find(|h| h["topic_id"] == b).unwrap();
    let snippet = body_hit["snippet_html"].as_str().unwrap();
    assert!(snippet.contains("<mark>onboarding</mark>"), "{snippet}");
    assert!(snippet.contains("&lt;b&gt;") || !snippet.contains("<b>"), "snippets are escaped: {snippet}");
    assert_eq!(search_json(&app, "exports s3").await["hits"].as_array().unwrap().len(), 1);
    assert_eq!(search_json(&app, "kubernetes").await["hits"].as_array().unwrap().len(), 0);
    let page = app.client().get(app.url("/search?q=onboarding")).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("<mark>onboarding</mark>") || page.contains("<mark>Onboarding</mark>"),
        "the page shows marked snippets"
    );
}

/// Search ranks the newest matches (forum::repo::search::CANDIDATES): an old post is still found when it is
/// among them, however many newer posts there are; a word matched by more posts than that finds the newest.
async fn search_reaches_past_the_recent_posts_when_they_hold_too_few_matches(app: TestApp) {
    let c = cast(&app).await;
    let old = topic(&app, &c.ada, "general", "Archive", "An ancient needle in the haystack.").await;
    let busy = topic(&app, &c.bob, "general", "Busy", "Chatter.").await;
    let author = app.user_id("bob@example.com").await;
    let fill = |from: i64, to: i64, body: &str| {
        format!(
            "WITH RECURSIVE n(x) AS (SELECT CAST({from} AS BIGINT) UNION ALL SELECT x + 1 FROM n WHERE x < {to})
             INSERT INTO posts (topic_id, number, author_id, body_md, body_html, created_at)
             SELECT {busy}, x, {author}, '{body} ' || CAST(x AS TEXT), '<p>{body}</p>', 1700000000 FROM n"
        )
    };
    for sql in [fill(2, 30_001, "filler chatter"), fill(30_002, 30_351, "another needle")] {
        app::on_db!(&app.state.db, p => sqlx::query(&sql).execute(p).await.map(|_| ())).expect("posts");
    }
    let found = search_json(&app, "ancient needle").await;
    let hits = found["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "{found}");
    assert_eq!((hits[0]["topic_id"].as_i64(), hits[0]["number"].as_i64()), (Some(old), Some(1)));
    let found = search_json(&app, "needle").await;
    assert_eq!(found["hits"].as_array().unwrap().len(), 20, "{found}");
    assert_eq!(found["has_more"], true, "{found}");
    assert!(found["hits"].as_array().unwrap().iter().all(|h| h["topic_id"] == busy), "the newest matches: {found}");
    // The next page holds the next twenty, marked like the first.
    let numbers = |page: &Value| -> Vec<i64> {
        page["hits"].as_array().unwrap().iter().map(|h| h["number"].as_i64().unwrap()).collect()
    };
    let second = json(app.call(&app.client(), "forum/search_posts", &[("q", "needle"), ("page", "2")]).await).await;
    let (first, next) = (numbers(&found), numbers(&second));
    assert_eq!(next.len(), 20, "{second}");
    assert!(next.iter().all(|n| !first.contains(n)), "pages do not overlap: {first:?} {next:?}");
    let snippet = second["hits"][0]["snippet_html"].as_str().unwrap();
    assert!(snippet.contains("<mark>needle</mark>"), "{snippet}");
}

async fn search_never_shows_hidden_or_removed_posts(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Hello", "Visible words here").await;
    let res = reply(&app, &c.bob, id, "buy cheapwatches now").await;
    let hidden = json(res).await["post_id"].as_i64().unwrap().to_string();
    let res = reply(&app, &c.ada, id, "regrettable sentence").await;
    let removed = json(res).await["post_id"].as_i64().unwrap().to_string();
    assert_eq!(search_json(&app, "cheapwatches").await["hits"].as_array().unwrap().len(), 1);
    assert_eq!(
        app.call(&c.moderator, "forum/hide_post", &[("post_id", &hidden), ("reason", "spam")]).await.status(),
        200
    );
    assert_eq!(app.call(&c.ada, "forum/delete_post", &[("post_id", &removed)]).await.status(), 200);
    assert_eq!(search_json(&app, "cheapwatches").await["hits"].as_array().unwrap().len(), 0);
    assert_eq!(search_json(&app, "regrettable").await["hits"].as_array().unwrap().len(), 0);
    assert_eq!(app.call(&c.moderator, "forum/unhide_post", &[("post_id", &hidden)]).await.status(), 200);
    assert_eq!(search_json(&app, "cheapwatches").await["hits"].as_array().unwrap().len(), 1);
    // An edit is searchable by its new words only.
    let first = topic_json(&app, &c.ada, id).await["posts"][0]["id"].as_i64().unwrap().to_string();
    assert_eq!(
        app.call(&c.ada, "forum/edit_post", &[("post_id", &first), ("body", "Rewritten entirely")]).await.status(),
        200
    );
    assert_eq!(search_json(&app, "visible").await["hits"].as_array().unwrap().len(), 0);
    assert_eq!(search_json(&app, "rewritten").await["hits"].as_array().unwrap().len(), 1);
}

async fn a_search_of_only_punctuation_is_refused(app: TestApp) {
    let res = app.call(&app.client(), "forum/search_posts", &[("q", "?! ** \"\""), ("page", "1")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Type at least one word"));
}

async fn members_flag_posts_and_moderators_settle_the_queue(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Cheap watches", "Visit my shop").await;
    let post = topic_json(&app, &c.ada, id).await["posts"][0]["id"].as_i64().unwrap().to_string();
    let flag = |reason: &'static str, note: &'static str| {
        [("post_id", post.clone()), ("reason", reason.to_string()), ("note", note.to_string())]
    };
    let form = |f: &[(&'static str, String); 3]| f.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let send = |client: Client, f: Vec<(&'static str, String)>| {
        let (url, origin) = (app.url("/api/forum/flag_post"), app.base.clone());
        async move {
            client
                .post(url)
                .header("origin", origin)
                .header("accept", "application/json")
                .form(&f)
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(send(app.client(), form(&flag("spam", ""))).await.status(), 401);
    assert_eq!(send(c.ada.clone(), form(&flag("spam", ""))).await.status(), 409, "not your own post");
    let res = send(c.bob.clone(), form(&flag("other", " "))).await;
    assert_eq!(res.status(), 422);
    assert_eq!(json(res).await["Validation"]["field"], "note");
    assert_eq!(send(c.bob.clone(), form(&flag("spam", "shop links"))).await.status(), 200);
    let again = send(c.bob.clone(), form(&flag("abuse", ""))).await;
    assert_eq!(again.status(), 409);
    assert!(again.text().await.unwrap().contains("already flagged"));
    assert_eq!(send(c.admin.clone(), form(&flag("off_topic", ""))).await.status(), 200);

    assert_eq!(app.call(&c.bob, "forum/flag_queue", &[]).await.status(), 403);
    let queue = json(app.call(&c.moderator, "forum/flag_queue", &[]).await).await;
    assert_eq!(queue.as_array().unwrap().len(), 1);
    assert_eq!(queue[0]["flags"].as_array().unwrap().len(), 2);
    assert_eq!(queue[0]["flags"][0]["reason"], "Spam");
    assert_eq!(queue[0]["flags"][0]["note"], "shop links");

    assert_eq!(app.call(&c.bob, "forum/resolve_flags", &[("post_id", &post), ("action", "hide")]).await.status(), 403);
    let res = app.call(&c.moderator, "forum/resolve_flags", &[("post_id", &post), ("action", "hide")]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    let page = topic_json(&app, &c.bob, id).await;
    assert!(page["posts"][0]["state"]["Hidden"]["reason"].as_str().unwrap().contains("off-topic, spam"));
    assert_eq!(json(app.call(&c.moderator, "forum/flag_queue", &[]).await).await.as_array().unwrap().len(), 0);
    assert_eq!(
        app.call(&c.moderator, "forum/resolve_flags", &[("post_id", &post), ("action", "dismiss")]).await.status(),
        409
    );
    let audit = json(app.call(&c.admin, "audit/audit_log", &[("page", "1")]).await).await;
    assert_eq!(audit["entries"][0]["action"], "hide (flags)");
}

async fn handle_of(app: &TestApp, email: &str) -> String {
    let sql = "SELECT handle FROM users WHERE email = $1";
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, String>(sql).bind(email).fetch_one(p).await).unwrap()
}

async fn unread(app: &TestApp, c: &Client) -> i64 {
    json(app.call(c, "notifications/unread_notifications", &[]).await).await.as_i64().unwrap()
}

/// Reads (and so clears) the member's notifications, such as the badge a first post earns.
async fn clear(app: &TestApp, c: &Client) {
    let page = json(app.call(c, "notifications/my_notifications", &[("page", "1")]).await).await;
    assert!(page["items"].as_array().unwrap().iter().all(|n| n["kind"] == "Badge"), "{page}");
}

async fn replies_mentions_and_likes_notify_and_reading_clears_the_count(app: TestApp) {
    let c = cast(&app).await;
    let ada = handle_of(&app, "ada@example.com").await;
    assert!(ada.starts_with("someone"), "{ada}");
    let id = topic(&app, &c.ada, "general", "Onboarding", "How?").await;
    assert_eq!(unread(&app, &c.ada).await, 1, "the first-post badge");
    clear(&app, &c.ada).await;
    let res = reply(&app, &c.bob, id, &format!("Good question @{ada}! Also `@{ada}` in code is ignored.")).await;
    let reply_post = json(res).await["post_id"].as_i64().unwrap();
    clear(&app, &c.bob).await;
    let first = topic_json(&app, &c.bob, id).await["posts"][0]["id"].as_i64().unwrap().to_string();
    assert_eq!(app.call(&c.bob, "forum/like_post", &[("post_id", &first), ("like", "true")]).await.status(), 200);
    assert_eq!(app.call(&c.bob, "forum/like_post", &[("post_id", &first), ("like", "false")]).await.status(), 200);
    assert_eq!(app.call(&c.bob, "forum/like_post", &[("post_id", &first), ("like", "true")]).await.status(), 200);
    assert_eq!(unread(&app, &c.ada).await, 2, "one mention (not also a reply), one like (not two)");
    let page = json(app.call(&c.ada, "notifications/my_notifications", &[("page", "1")]).await).await;
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 3, "the badge notification read earlier stays listed");
    assert_eq!(items[0]["kind"], "Like");
    assert_eq!(items[1]["kind"], "Mention");
    assert_eq!((items[2]["kind"].as_str(), items[2]["unread"].as_bool()), (Some("Badge"), Some(false)));
    assert!(items[..2].iter().all(|n| n["unread"] == true));
    assert_eq!(unread(&app, &c.ada).await, 0, "opening the page marks them read");
    assert_eq!(unread(&app, &c.bob).await, 0, "nobody hears of their own doing");
    let html =
        app.client().get(app.url(&format!("/forum/t/{id}/onboarding"))).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(&format!("@{ada}")), "posts show their author's handle");
    assert!(reply_post > 0);
    assert_eq!(app.call(&app.client(), "notifications/my_notifications", &[("page", "1")]).await.status(), 401);
    assert_eq!(unread(&app, &app.client()).await, 0);
}

async fn followers_hear_of_replies_until_they_unfollow(app: TestApp) {
    let c = cast(&app).await;
    let id = topic(&app, &c.ada, "general", "Roadmap", "What is next?").await.to_string();
    clear(&app, &c.ada).await;
    assert_eq!(topic_json(&app, &c.ada, id.parse().unwrap()).await["rights"]["following"], true);
    assert_eq!(app.call(&c.bob, "forum/follow_topic", &[("topic_id", &id), ("follow", "true")]).await.status(), 200);
    assert_eq!(app.call(&c.bob, "forum/follow_topic", &[("topic_id", &id), ("follow", "true")]).await.status(), 409);
    assert_eq!(reply(&app, &c.moderator, id.parse().unwrap(), "Stay tuned").await.status(), 200);
    assert_eq!(unread(&app, &c.ada).await, 1);
    assert_eq!(unread(&app, &c.bob).await, 1);
    assert_eq!(app.call(&c.ada, "forum/follow_topic", &[("topic_id", &id), ("follow", "false")]).await.status(), 200);
    assert_eq!(reply(&app, &c.moderator, id.parse().unwrap(), "Soon!").await.status(), 200);
    assert_eq!(unread(&app, &c.ada).await, 1, "no news after unfollowing");
    assert_eq!(unread(&app, &c.bob).await, 2);
    assert_eq!(
        app.call(&c.bob, "forum/follow_topic", &[("topic_id", "999999"), ("follow", "true")]).await.status(),
        404
    );
}

async fn atom_feeds_list_new_topics_per_category_and_overall(app: TestApp) {
    let c = cast(&app).await;
    topic(&app, &c.ada, "general", "Tom & Jerry <3", "**Hello** feed").await;
    topic(&app, &c.bob, "ideas", "An idea", "Dark mode").await;
    let res = app.client().get(app.url("/forum/feed.xml")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
    let xml = res.text().await.unwrap();
    assert!(xml.starts_with("<?xml") && xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assert_eq!(xml.matches("<entry>").count(), 2);
    assert!(xml.contains("<title>Tom &amp; Jerry &lt;3</title>"), "{xml}");
    assert!(xml.contains("&lt;strong&gt;Hello&lt;/strong&gt;"), "content is escaped HTML");
    assert!(xml.contains(&format!("<link href=\"{}/forum/t/", app.base)), "links are absolute");
    let ideas = app.client().get(app.url("/forum/c/ideas/feed.xml")).send().await.unwrap().text().await.unwrap();
    assert_eq!(ideas.matches("<entry>").count(), 1);
    assert!(ideas.contains("An idea"));
    assert_eq!(app.client().get(app.url("/forum/c/nope/feed.xml")).send().await.unwrap().status(), 404);
}

// The anti-spam limits run with production settings.
mod limits {
    use super::common::{spawn_app_with, Backend, TestApp};
    use super::{category, json, reply, topic};

    async fn new_accounts_meet_the_posting_limits(app: TestApp) {
        let admin = app.member("admin@example.com", "admin").await;
        category(&app, &admin, "general").await;
        let newbie = app.member("new@example.com", "member").await;
        let id = topic(&app, &newbie, "general", "Hello", "I am new").await;
        let res = app
            .call(&newbie, "forum/create_topic", &[("category", "general"), ("title", "Again"), ("body", "x")])
            .await;
        assert_eq!(res.status(), 429);
        let body = json(res).await;
        assert!(body["Limited"]["message"].as_str().unwrap().contains("one topic every 15 seconds"), "{body}");
        let links = "[a](https://a.example) [b](https://b.example) [c](https://c.example)";
        let res = reply(&app, &newbie, id, links).await;
        assert_eq!(res.status(), 429);
        assert!(json(res).await["Limited"]["message"].as_str().unwrap().contains("at most 2 links"));
        assert_eq!(reply(&app, &newbie, id, "first reply").await.status(), 200);
        let res = reply(&app, &newbie, id, "second reply").await;
        assert_eq!(res.status(), 429);
        let body = json(res).await;
        assert!(body["Limited"]["message"].as_str().unwrap().contains("once every 30 seconds"), "{body}");
        assert!(body["Limited"]["retry_after_secs"].as_u64().unwrap() <= 30);
        assert_eq!(app.count("posts").await, 2);
        // Moderators are trusted.
        let moderator = app.member("mod@example.com", "moderator").await;
        assert_eq!(
            reply(&app, &moderator, id, "one [a](https://a.example) [b](https://b.example) [c](https://c.example)")
                .await
                .status(),
            200
        );
        assert_eq!(reply(&app, &moderator, id, "two").await.status(), 200);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite_new_accounts_meet_the_posting_limits() {
        new_accounts_meet_the_posting_limits(spawn_app_with(Backend::Sqlite, app::state::Settings::default()).await)
            .await
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres_new_accounts_meet_the_posting_limits() {
        new_accounts_meet_the_posting_limits(spawn_app_with(Backend::Postgres, app::state::Settings::default()).await)
            .await
    }
}

/// Two nodes on one PostgreSQL database: a visitor's topic page on one shows a reply, an edit and a hidden post
/// made through the other at once (each node keeps rendered posts only beside the rows it has just read).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_show_a_topics_changes_to_visitors_at_once() {
    const PW: &str = "a long enough passphrase";
    let (_db, migrated, a, b) = common::nodes::two_nodes().await;
    common::within_limit("two_nodes_show_a_topics_changes_to_visitors_at_once", async {
        let client =
            || Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let (staff, member) = (client(), client());
        let res = common::sign_up_at(&migrated, &b.1, &staff, "mod@example.com", "Mo Derator", PW).await;
        assert_eq!(res.status(), 200);
        app::on_db!(&migrated, p => sqlx::query("UPDATE users SET role = 'admin'").execute(p).await.map(|_| ()))
            .unwrap();
        let res = common::sign_up_at(&migrated, &a.1, &member, "ada@example.com", "Ada", PW).await;
        assert_eq!(res.status(), 200);
        let form = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "All"), ("position", "1")];
        assert_eq!(common::call_at(&b.1, &staff, "forum/save_category", &form).await.status(), 200);
        let form = [("category", "general"), ("title", "Across"), ("body", "Opening words.")];
        let res = common::call_at(&a.1, &member, "forum/create_topic", &form).await;
        let id = json(res).await["topic_id"].as_i64().unwrap().to_string();

        let visitor = client();
        let on_a = || {
            let req = visitor.get(format!("{}/forum/t/{id}/across", a.1)).header("accept", "text/html");
            async move { req.send().await.unwrap().text().await.unwrap() }
        };
        assert!(on_a().await.contains("Opening words."));
        assert!(on_a().await.contains("Opening words."), "kept on node a");
        let form = [("topic_id", id.as_str()), ("body", "Written on node b.")];
        let res = common::call_at(&b.1, &member, "forum/reply_to_topic", &form).await;
        assert_eq!(res.status(), 200);
        assert!(on_a().await.contains("Written on node b."), "node a shows node b's reply at once");
        let posts = json(common::call_at(&b.1, &staff, "forum/fetch_topic", &[("id", &id), ("page", "1")]).await).await;
        let first = posts["posts"][0]["id"].as_i64().unwrap().to_string();
        let edit = [("post_id", first.as_str()), ("body", "Edited on node b.")];
        assert_eq!(common::call_at(&b.1, &member, "forum/edit_post", &edit).await.status(), 200);
        let html = on_a().await;
        assert!(html.contains("Edited on node b.") && !html.contains("Opening words."), "and its edit");
        let hide = [("post_id", first.as_str()), ("reason", "Spam")];
        assert_eq!(common::call_at(&b.1, &staff, "forum/hide_post", &hide).await.status(), 200);
        let html = on_a().await;
        assert!(
            html.contains("This post was hidden by a moderator.") && !html.contains("Edited on node b."),
            "and hiding"
        );
        let res = visitor.get(format!("{}/forum/t/{id}/across", a.1)).send().await.unwrap();
        assert_eq!(res.headers()["x-chorus-page"], "kept", "node a keeps the whole page");
        let site = [
            ("name", "Renamed on b"),
            ("tagline", ""),
            ("brand_colour", "#0b6e3a"),
            ("home_headline", "Welcome"),
            ("home_intro", ""),
            ("footer_links", ""),
        ];
        assert_eq!(common::call_at(&b.1, &staff, "settings/save_site_settings", &site).await.status(), 200);
        assert!(on_a().await.contains("Renamed on b"), "and a setting saved on node b");
    })
    .await;
}
