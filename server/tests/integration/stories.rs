//! Customer stories over HTTP on both backends: submission and its refusals, the review lifecycle and who may
//! move it, points for approved and featured stories, the public wall, page, embed and JSON, consent
//! withdrawal taking a story off all of them at once, and anonymity in every public output.

use crate::common;

use common::{
    points::{assert_books_balance, balance, json},
    TestApp,
};
use reqwest::Client;
use serde_json::Value;

both_backends!(
    a_story_goes_from_draft_through_changes_to_featured_and_earns_points,
    bad_stories_are_refused_by_field_and_nothing_is_stored,
    only_moderators_decide_and_illegal_moves_are_refused,
    withdrawing_consent_or_deleting_takes_a_story_off_every_public_output,
    anonymous_stories_never_reveal_their_author,
    the_embed_may_be_framed_and_checks_its_parameters,
    the_wall_filters_by_product_and_rating_and_pages,
    a_named_story_shows_its_photo_and_logo_and_an_anonymous_one_never_does,
);

pub(crate) fn story_form<'a>(
    id: &'a str,
    title: &'a str,
    consent: &'a str,
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("id", id),
        ("form[title]", title),
        ("form[body]", "We started with **one team** and grew from there."),
        ("form[product]", "Chorus Cloud"),
        ("form[rating]", "5"),
        ("form[quote]", "It changed how we work."),
        ("form[company]", "Acme Widgets"),
        ("form[job_title]", "Head of Support"),
        ("form[consent]", consent),
    ];
    for (k, v) in extra {
        match form.iter_mut().find(|(key, _)| key == k) {
            Some(slot) => slot.1 = v,
            None => form.push((k, v)),
        }
    }
    form
}

/// Saves a story and submits it; returns its id.
pub(crate) async fn submit(app: &TestApp, c: &Client, title: &str, consent: &str) -> i64 {
    let res = app.call(c, "stories/save_story", &story_form("0", title, consent, &[("submit", "yes")])).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    json(res).await.as_i64().expect("story id")
}

async fn decide(app: &TestApp, moderator: &Client, id: i64, action: &str, message: &str) -> reqwest::Response {
    app.call(moderator, "stories/decide_story", &[("id", &id.to_string()), ("action", action), ("message", message)])
        .await
}

pub(crate) async fn decided(app: &TestApp, moderator: &Client, id: i64, action: &str) {
    let res = decide(app, moderator, id, action, "").await;
    assert_eq!(res.status(), 200, "{action}: {:?}", res.text().await);
}

pub(crate) async fn act(app: &TestApp, author: &Client, id: i64, action: &str) -> reqwest::Response {
    app.call(author, "stories/act_on_story", &[("id", &id.to_string()), ("action", action)]).await
}

async fn mine(app: &TestApp, c: &Client) -> Value {
    json(app.call(c, "stories/get_my_stories", &[]).await).await
}

async fn wall(app: &TestApp, product: &str, rating: &str, page: &str) -> Value {
    let guest = app.client();
    json(app.call(&guest, "stories/get_wall", &[("product", product), ("rating", rating), ("page", page)]).await).await
}

async fn page(app: &TestApp, path: &str) -> (u16, String) {
    let res = app.client().get(app.url(path)).header("accept", "text/html").send().await.expect("page");
    let status = res.status().as_u16();
    (status, res.text().await.expect("html"))
}

async fn get_text(app: &TestApp, path: &str) -> (u16, reqwest::header::HeaderMap, String) {
    let res = app.client().get(app.url(path)).send().await.expect("get");
    let (status, headers) = (res.status().as_u16(), res.headers().clone());
    (status, headers, res.text().await.expect("body"))
}

/// Every public place a story can show: the wall, the home page's featured list, the embed and the JSON API.
async fn public_outputs(app: &TestApp) -> String {
    let guest = app.client();
    let featured = app.call(&guest, "stories/get_featured_stories", &[]).await.text().await.expect("featured");
    let (_, _, embed) = get_text(app, "/embed/testimonials?limit=20").await;
    let (_, _, api) = get_text(app, "/api/v1/testimonials?limit=20").await;
    let (_, home) = page(app, "/").await;
    format!("{}\n{featured}\n{embed}\n{api}\n{home}", wall(app, "", "", "1").await)
}

async fn a_story_goes_from_draft_through_changes_to_featured_and_earns_points(app: TestApp) {
    let author = app.member("ada@example.com", "member").await;
    let moderator = app.member("mod@example.com", "moderator").await;

    // A draft stays private and out of the queue.
    let res = app.call(&author, "stories/save_story", &story_form("0", "Onboarding in a day", "named", &[])).await;
    assert_eq!(res.status(), 200);
    let id = json(res).await.as_i64().unwrap();
    let list = mine(&app, &author).await;
    assert_eq!(list[0]["status"], "Draft");
    assert_eq!(list[0]["moves"], serde_json::json!(["Submit", "WithdrawConsent", "Delete"]));
    let queue =
        json(app.call(&moderator, "stories/get_review_queue", &[("tab", "submitted"), ("page", "1")]).await).await;
    assert_eq!(queue["items"].as_array().unwrap().len(), 0);

    // Submitted, it waits in the queue with its author beside it.
    assert_eq!(act(&app, &author, id, "submit").await.status(), 200);
    let queue =
        json(app.call(&moderator, "stories/get_review_queue", &[("tab", "submitted"), ("page", "1")]).await).await;
    assert_eq!(queue["items"][0]["id"], id);
    assert_eq!(queue["items"][0]["author"]["name"], "Someone");
    assert_eq!(queue["items"][0]["moves"], serde_json::json!(["Approve", "RequestChanges", "Reject"]));

    // Changes requested: back to draft with the message, and the author is told.
    assert_eq!(decide(&app, &moderator, id, "request_changes", "Add a number, please.").await.status(), 200);
    let list = mine(&app, &author).await;
    assert_eq!(list[0]["status"], "Draft");
    assert_eq!(list[0]["review_note"], "Add a number, please.");
    let events: Vec<&str> =
        list[0]["events"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(events, ["Submit", "RequestChanges"]);
    let edit = json(app.call(&author, "stories/get_story_edit", &[("id", &id.to_string())]).await).await;
    assert_eq!(edit["review_note"], "Add a number, please.");
    assert_eq!(edit["form"]["title"], "Onboarding in a day");

    // Edited and resubmitted in one go.
    let sid = id.to_string();
    let form = story_form(&sid, "Onboarding in one day, not five", "named", &[("submit", "yes")]);
    let res = app.call(&author, "stories/save_story", &form).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    assert_eq!(mine(&app, &author).await[0]["status"], "Submitted");

    // Approved (50 points) then featured (100 points), in the transaction of each decision.
    let before = balance(&app, &author).await;
    decided(&app, &moderator, id, "approve").await;
    assert_eq!(balance(&app, &author).await, before + 50);
    decided(&app, &moderator, id, "feature").await;
    assert_eq!(balance(&app, &author).await, before + 150);
    // Repeating a decision is refused and awards nothing more.
    assert_eq!(decide(&app, &moderator, id, "feature", "").await.status(), 409);
    assert_eq!(balance(&app, &author).await, before + 150);
    assert_books_balance(&app).await;

    // The author was told of each decision and holds the Featured badge.
    let notes = json(app.call(&author, "notifications/my_notifications", &[("page", "1")]).await).await;
    let sentences = notes.to_string();
    assert!(sentences.contains("request_changes") && sentences.contains("feature"), "{sentences}");
    let featured_badge = "SELECT COUNT(*) FROM user_badges u JOIN badges b ON b.id = u.badge_id
                          JOIN users m ON m.id = u.user_id WHERE b.slug = 'first-feature' AND m.email = 'ada@example.com'";
    let held: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(featured_badge).fetch_one(p).await).unwrap();
    assert_eq!(held, 1);

    // Public everywhere: wall (first, featured), its page, the embed, the JSON and the home page.
    let w = wall(&app, "", "", "1").await;
    assert_eq!(w["stories"][0]["id"], id);
    assert_eq!(w["stories"][0]["featured"], true);
    let (status, html) = page(&app, &format!("/stories/{id}/onboarding-in-one-day-not-five")).await;
    assert_eq!(status, 200);
    assert!(html.contains("<meta property=\"og:title\" content=\"Onboarding in one day, not five\""), "{html}");
    assert!(html.contains("twitter:card"));
    assert!(html.contains("application/ld+json") && html.contains("\"@type\":\"Review\""));
    assert!(html.contains("linkedin.com/sharing"));
    assert!(public_outputs(&app).await.matches("Onboarding in one day, not five").count() >= 4);

    // Every decision is in the audit log.
    assert_eq!(app.count("audit_log").await, 3, "changes requested, approved, featured");
}

/// Fields to change, the field named in the refusal, and its message.
type Case<'a> = (Vec<(&'a str, &'a str)>, &'a str, &'a str);

async fn bad_stories_are_refused_by_field_and_nothing_is_stored(app: TestApp) {
    let author = app.member("ada@example.com", "member").await;
    let long = "x".repeat(20_001);
    let cases: Vec<Case> = vec![
        (vec![("form[title]", " ")], "title", "Give your story a title."),
        (vec![("form[body]", "")], "body", "Tell your story: the text is missing."),
        (vec![("form[body]", long.as_str())], "body", "A story can be at most 20000 characters."),
        (vec![("form[rating]", "6")], "rating", "Choose a rating from 1 to 5 stars."),
        (vec![("form[rating]", "0")], "rating", "Choose a rating from 1 to 5 stars."),
        (vec![("form[consent]", "")], "consent", "Choose whether and how your story may be published."),
        (vec![("form[product]", "")], "product", "Say which product or area the story is about."),
    ];
    for (extra, field, message) in cases {
        let res = app.call(&author, "stories/save_story", &story_form("0", "A title", "named", &extra)).await;
        assert_eq!(res.status(), 422, "{field}");
        let body = json(res).await;
        assert_eq!(body["Validation"]["field"], field);
        assert_eq!(body["Validation"]["message"], message);
    }
    // Guests cannot write stories.
    let guest = app.client();
    assert_eq!(app.call(&guest, "stories/save_story", &story_form("0", "A title", "named", &[])).await.status(), 401);
    assert_eq!(app.count("stories").await, 0);
    assert_eq!(app.count("story_events").await, 0);
}

async fn only_moderators_decide_and_illegal_moves_are_refused(app: TestApp) {
    let author = app.member("ada@example.com", "member").await;
    let other = app.member("lin@example.com", "member").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let draft =
        json(app.call(&author, "stories/save_story", &story_form("0", "Just a draft", "named", &[])).await).await;
    let draft = draft.as_i64().unwrap();

    // A member calling moderator functions is refused.
    assert_eq!(decide(&app, &other, draft, "approve", "").await.status(), 403);
    assert_eq!(
        app.call(&other, "stories/get_review_queue", &[("tab", "submitted"), ("page", "1")]).await.status(),
        403
    );
    assert_eq!(app.call(&moderator, "stories/get_embed_snippets", &[]).await.status(), 403, "admins only");
    // Approving someone's draft is an illegal move, with a sentence saying why.
    let res = decide(&app, &moderator, draft, "approve", "").await;
    assert_eq!(res.status(), 409);
    assert_eq!(
        json(res).await["Conflict"]["message"],
        "Only a story waiting for review can be approved; this one is a draft."
    );
    // Nobody else may edit, submit, withdraw or delete the author's story; it is not found for them.
    let sid = draft.to_string();
    assert_eq!(app.call(&other, "stories/save_story", &story_form(&sid, "Mine now", "named", &[])).await.status(), 404);
    assert_eq!(act(&app, &other, draft, "delete").await.status(), 404);
    assert_eq!(app.call(&other, "stories/get_story_edit", &[("id", &sid)]).await.status(), 404);
    // Authors cannot take moderator moves, nor moderators the author's.
    assert_eq!(act(&app, &author, draft, "approve").await.status(), 422);
    assert_eq!(decide(&app, &moderator, draft, "delete", "").await.status(), 422);

    // Internal-only stories cannot be featured; changes and rejections need a message.
    let internal = submit(&app, &author, "For the team only", "internal").await;
    assert_eq!(decide(&app, &moderator, internal, "request_changes", " ").await.status(), 422);
    assert_eq!(decide(&app, &moderator, internal, "reject", "").await.status(), 422);
    decided(&app, &moderator, internal, "approve").await;
    let res = decide(&app, &moderator, internal, "feature", "").await;
    assert_eq!(res.status(), 409);
    assert!(json(res).await["Conflict"]["message"].as_str().unwrap().contains("has not agreed to publish"));
    // A submitted story can no longer be edited.
    let submitted = submit(&app, &author, "Sent", "named").await;
    let res =
        app.call(&author, "stories/save_story", &story_form(&submitted.to_string(), "Changed", "named", &[])).await;
    assert_eq!(res.status(), 409);
    // A moderator does not review their own story.
    let own = submit(&app, &moderator, "My own story", "named").await;
    let res = decide(&app, &moderator, own, "approve", "").await;
    assert_eq!(res.status(), 409);
    assert!(json(res).await["Conflict"]["message"].as_str().unwrap().contains("your own story"));

    // Refusals changed nothing: one approval, its event, its audit line.
    assert_eq!(app.count("audit_log").await, 1);
    let approved = "SELECT COUNT(*) FROM stories WHERE status = 'approved'";
    let n: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(approved).fetch_one(p).await).unwrap();
    assert_eq!(n, 1);
}

async fn withdrawing_consent_or_deleting_takes_a_story_off_every_public_output(app: TestApp) {
    let author = app.member("ada@example.com", "member").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let kept = submit(&app, &author, "Kept public", "named").await;
    let withdrawn = submit(&app, &author, "Withdrawn later", "named").await;
    let deleted = submit(&app, &author, "Deleted later", "anonymous").await;
    for id in [kept, withdrawn, deleted] {
        decided(&app, &moderator, id, "approve").await;
        decided(&app, &moderator, id, "feature").await;
    }
    let everywhere = public_outputs(&app).await;
    for title in ["Kept public", "Withdrawn later", "Deleted later"] {
        assert!(everywhere.matches(title).count() >= 4, "{title} is public everywhere first");
    }
    assert_eq!(page(&app, &format!("/stories/{withdrawn}/withdrawn-later")).await.0, 200);
    let before = balance(&app, &author).await;

    assert_eq!(act(&app, &author, withdrawn, "withdraw_consent").await.status(), 200);
    assert_eq!(act(&app, &author, deleted, "delete").await.status(), 200);

    let everywhere = public_outputs(&app).await;
    assert!(everywhere.contains("Kept public"));
    assert!(!everywhere.contains("Withdrawn later"), "withdrawn story still public");
    assert!(!everywhere.contains("Deleted later"), "deleted story still public");
    let (status, html) = page(&app, &format!("/stories/{withdrawn}/withdrawn-later")).await;
    assert_eq!(status, 410);
    assert!(html.contains("This story is no longer available."));
    assert_eq!(page(&app, &format!("/stories/{deleted}/deleted-later")).await.0, 410);
    let guest = app.client();
    assert_eq!(app.call(&guest, "stories/get_story", &[("id", &withdrawn.to_string())]).await.status(), 410);
    // Never public, or never existed: 404.
    let draft = json(app.call(&author, "stories/save_story", &story_form("0", "Private", "named", &[])).await).await;
    assert_eq!(page(&app, &format!("/stories/{}/private", draft.as_i64().unwrap())).await.0, 404);
    assert_eq!(page(&app, "/stories/999999/nothing").await.0, 404);

    // The points both stories earned were reversed by linked rows; the deleted story's text is gone.
    assert_eq!(balance(&app, &author).await, before - 300);
    assert_books_balance(&app).await;
    let text = "SELECT title || body || quote FROM stories WHERE id = $1";
    let left: String =
        app::on_db!(&app.state.db, p => sqlx::query_scalar(text).bind(deleted).fetch_one(p).await).unwrap();
    assert_eq!(left, "");
    // Withdrawing twice is refused; the author's list still shows the withdrawn story as internal.
    assert_eq!(act(&app, &author, withdrawn, "withdraw_consent").await.status(), 409);
    let list = mine(&app, &author).await;
    let titles: Vec<&str> = list.as_array().unwrap().iter().map(|s| s["title"].as_str().unwrap()).collect();
    assert!(titles.contains(&"Withdrawn later") && !titles.contains(&"Deleted later"));
}

async fn anonymous_stories_never_reveal_their_author(app: TestApp) {
    let author = app.client();
    assert_eq!(
        app.sign_up(&author, "zelda@example.com", "Zelda Quartermain", "a long enough passphrase").await.status(),
        200
    );
    let moderator = app.member("mod@example.com", "moderator").await;
    let extra = [("submit", "yes"), ("form[company]", "Quillfeather Labs"), ("form[job_title]", "Chief Tinkerer")];
    let res =
        app.call(&author, "stories/save_story", &story_form("0", "Anonymous but glowing", "anonymous", &extra)).await;
    let id = json(res).await.as_i64().unwrap();
    decided(&app, &moderator, id, "approve").await;
    decided(&app, &moderator, id, "feature").await;
    let handle: String = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT handle FROM users WHERE email = 'zelda@example.com'")
        .fetch_one(p).await).unwrap();

    let (status, story_page) = page(&app, &format!("/stories/{id}/anonymous-but-glowing")).await;
    assert_eq!(status, 200);
    let guest = app.client();
    let story_json = app.call(&guest, "stories/get_story", &[("id", &id.to_string())]).await.text().await.unwrap();
    let (_, profile) = page(&app, &format!("/u/{handle}")).await;
    let profile_json = app.call(&guest, "profiles/get_profile", &[("handle", &handle)]).await.text().await.unwrap();
    let all = format!("{}\n{story_page}\n{story_json}", public_outputs(&app).await);
    assert!(all.contains("Anonymous but glowing"), "the story itself is public");
    assert!(story_page.contains("Anonymous customer"));
    for secret in ["Zelda", "Quartermain", handle.as_str(), "Quillfeather", "Chief Tinkerer"] {
        assert!(!all.contains(secret), "{secret:?} leaked into a public output");
    }
    // Her profile names her, of course, and never lists the anonymous story.
    assert!(profile.contains("Zelda Quartermain"));
    assert!(!profile.contains("Anonymous but glowing") && !profile_json.contains("Anonymous but glowing"));
    // No badge on her profile dates the anonymous feature.
    let badges =
        "SELECT COUNT(*) FROM user_badges u JOIN users m ON m.id = u.user_id WHERE m.email = 'zelda@example.com'";
    let n: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(badges).fetch_one(p).await).unwrap();
    assert_eq!(n, 0, "a story badge would point at the anonymous story");
    // The moderators still see who wrote it.
    let queue =
        json(app.call(&moderator, "stories/get_review_queue", &[("tab", "featured"), ("page", "1")]).await).await;
    assert_eq!(queue["items"][0]["author"]["name"], "Zelda Quartermain");
}

async fn the_embed_may_be_framed_and_checks_its_parameters(app: TestApp) {
    let author = app.member("ada@example.com", "member").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let id = submit(&app, &author, "Framed <b>story</b>", "named").await;
    decided(&app, &moderator, id, "approve").await;

    let (status, headers, html) = get_text(&app, "/embed/testimonials?theme=dark&limit=3").await;
    assert_eq!(status, 200);
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors *") && csp.contains("style-src 'nonce-"), "{csp}");
    assert!(headers.get("x-frame-options").is_none(), "the embed must be framable");
    assert_eq!(headers["cache-control"], "no-store");
    assert!(html.contains("<body class=\"dark\">") && html.contains("Framed &lt;b&gt;story&lt;/b&gt;"));
    assert!(!html.contains("<script"));

    for bad in [
        "/embed/testimonials?limit=0",
        "/embed/testimonials?limit=abc",
        "/embed/testimonials?theme=pink",
        "/embed/testimonials?lang=klingon",
    ] {
        let (status, _, body) = get_text(&app, bad).await;
        assert_eq!(status, 400, "{bad}");
        assert!(
            body.contains("limit must be") || body.contains("theme must be") || body.contains("lang must be one of en"),
            "{body}"
        );
    }

    // The embedding site may fix the language; otherwise the widget speaks the visitor's.
    let (_, _, german) = get_text(&app, "/embed/testimonials?lang=de").await;
    assert!(german.contains("<html lang=\"de\" dir=\"ltr\">") && german.contains("Kundenstimmen"), "{german}");
    let spanish_browser = app
        .client()
        .get(app.url("/embed/testimonials"))
        .header("accept-language", "es-ES,es;q=0.9")
        .send()
        .await
        .expect("embed");
    let spanish = spanish_browser.text().await.expect("body");
    assert!(spanish.contains("<html lang=\"es\"") && spanish.contains("Testimonios de clientes"), "{spanish}");
    let (_, _, english) = get_text(&app, "/embed/testimonials").await;
    assert!(english.contains("<html lang=\"en\"") && english.contains("Customer testimonials"), "{english}");
    let (status, headers, body) = get_text(&app, "/api/v1/testimonials?limit=99").await;
    assert_eq!(status, 400);
    assert_eq!(headers["access-control-allow-origin"], "*");
    assert!(body.contains("from 1 to 20"));
    let (status, headers, body) = get_text(&app, "/api/v1/testimonials?product=chorus-cloud").await;
    assert_eq!(status, 200);
    assert_eq!(headers["access-control-allow-origin"], "*");
    let list: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(list["testimonials"][0]["author"], "Someone");
    assert_eq!(list["testimonials"][0]["rating"], 5);
    assert!(list["testimonials"][0]["url"].as_str().unwrap().ends_with(&format!("/stories/{id}/framed-b-story-b")));
    let (_, _, none) = get_text(&app, "/api/v1/testimonials?product=other").await;
    assert_eq!(none, "{\"testimonials\":[]}");

    // Every other page still refuses to be framed.
    let (_, headers, _) = get_text(&app, "/stories").await;
    assert_eq!(headers["x-frame-options"], "DENY");
}

async fn the_wall_filters_by_product_and_rating_and_pages(app: TestApp) {
    let author = app.member("ada@example.com", "member").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    for i in 0..14 {
        let (product, rating) = if i % 2 == 0 { ("Analytics", "3") } else { ("Chorus Cloud", "5") };
        let title = format!("Story number {i}");
        let extra = [("submit", "yes"), ("form[product]", product), ("form[rating]", rating)];
        let res = app.call(&author, "stories/save_story", &story_form("0", &title, "named", &extra)).await;
        decided(&app, &moderator, json(res).await.as_i64().unwrap(), "approve").await;
    }
    let all = wall(&app, "", "", "1").await;
    assert_eq!(all["total"], 14);
    assert_eq!(all["stories"].as_array().unwrap().len(), 12);
    assert_eq!(all["last_page"], 2);
    assert_eq!(all["stories"][0]["title"], "Story number 13", "newest first");
    assert_eq!(wall(&app, "", "", "2").await["stories"].as_array().unwrap().len(), 2);
    let products: Vec<&str> = all["products"].as_array().unwrap().iter().map(|p| p["slug"].as_str().unwrap()).collect();
    assert_eq!(products, ["analytics", "chorus-cloud"]);
    assert_eq!(wall(&app, "analytics", "", "1").await["total"], 7);
    assert_eq!(wall(&app, "", "4", "1").await["total"], 7);
    assert_eq!(wall(&app, "analytics", "4", "1").await["total"], 0);
    let (status, html) = page(&app, "/stories?product=analytics&rating=4").await;
    assert_eq!(status, 200);
    assert!(html.contains("No stories match these filters yet."));
}

/// With `--embed-origins` set, only those sites (and this one, for the admin's preview) may frame the embed.
async fn configured_embed_origins_become_the_frame_ancestors(backend: common::Backend) {
    let mut settings = common::test_settings();
    settings.embed_origins = vec!["https://www.example.com".into(), "https://shop.example.com".into()];
    let app = common::spawn_app_with(backend, settings).await;
    let (status, headers, _) = get_text(&app, "/embed/testimonials").await;
    assert_eq!(status, 200);
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.ends_with("frame-ancestors 'self' https://www.example.com https://shop.example.com"), "{csp}");
    assert!(headers.get("x-frame-options").is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configured_embed_origins_on_sqlite() {
    configured_embed_origins_become_the_frame_ancestors(common::Backend::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configured_embed_origins_on_postgres() {
    configured_embed_origins_become_the_frame_ancestors(common::Backend::Postgres).await
}

/// Sends a picture for a story as the edit page's plain form does (JSON back, as a script would ask).
async fn story_picture(app: &TestApp, c: &Client, story: i64, kind: &str, bytes: Vec<u8>) -> reqwest::Response {
    let file = reqwest::multipart::Part::bytes(bytes).file_name("picture.png").mime_str("image/png").expect("mime");
    let form = reqwest::multipart::Form::new()
        .text("kind", kind.to_string())
        .text("story", story.to_string())
        .part("file", file);
    c.post(app.url("/media/upload"))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

/// Saves a draft without submitting it; returns its id.
async fn draft(app: &TestApp, c: &Client, title: &str, consent: &str) -> i64 {
    let res = app.call(c, "stories/save_story", &story_form("0", title, consent, &[])).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    json(res).await.as_i64().expect("story id")
}

async fn a_named_story_shows_its_photo_and_logo_and_an_anonymous_one_never_does(app: TestApp) {
    use app::media::samples::{photo, transparent_png};
    let moderator = app.member("mod@example.com", "moderator").await;
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    let named = draft(&app, &ada, "Named with pictures", "named").await;
    let anonymous = draft(&app, &ada, "Anonymous with pictures", "anonymous").await;

    let media_before = app.count("media").await;
    let res = story_picture(&app, &bob, named, "story", photo(800, 600)).await;
    assert_eq!(res.status(), 404, "nobody adds a picture to someone else's story");
    assert_eq!(app.count("media").await, media_before, "and nothing is stored");

    for id in [named, anonymous] {
        assert_eq!(story_picture(&app, &ada, id, "story", photo(800, 600)).await.status(), 200);
        assert_eq!(story_picture(&app, &ada, id, "logo", transparent_png(300)).await.status(), 200);
    }
    let edit = json(app.call(&ada, "stories/get_story_edit", &[("id", &named.to_string())]).await).await;
    let photo_url = edit["photo_url"].as_str().expect("photo").to_string();
    let logo_url = edit["logo_url"].as_str().expect("logo").to_string();
    assert!(photo_url.ends_with(".jpg") && logo_url.ends_with(".png"), "{photo_url} {logo_url}");

    for id in [named, anonymous] {
        assert_eq!(act(&app, &ada, id, "submit").await.status(), 200);
        decided(&app, &moderator, id, "approve").await;
    }
    let res = story_picture(&app, &ada, named, "story", photo(640, 480)).await;
    assert_eq!(res.status(), 409, "a published story's pictures are the ones the moderators approved");
    let removed =
        app.call(&ada, "stories/remove_story_picture", &[("id", &named.to_string()), ("which", "photo")]).await;
    assert_eq!(removed.status(), 404);

    let cards = wall(&app, "", "", "1").await;
    let card = |id: i64| cards["stories"].as_array().unwrap().iter().find(|c| c["id"] == id).cloned().expect("card");
    assert_eq!(format!("/media/{}", card(named)["photo"].as_str().unwrap()), photo_url);
    assert_eq!(format!("/media/{}", card(named)["logo"].as_str().unwrap()), logo_url);
    assert_eq!((card(anonymous)["photo"].clone(), card(anonymous)["logo"].clone()), (Value::Null, Value::Null));

    let (_, html) = page(&app, &format!("/stories/{named}/named-with-pictures")).await;
    let og = html.split("property=\"og:image\" content=\"").nth(1).and_then(|rest| rest.split('"').next());
    assert!(og.is_some_and(|src| src.starts_with("http") && src.ends_with(&photo_url)), "Open Graph image: {og:?}");
    assert!(html.contains(&format!("src=\"{photo_url}\"")) && html.contains("alt=\"Acme Widgets logo\""));
    let (_, html) = page(&app, &format!("/stories/{anonymous}/anonymous-with-pictures")).await;
    assert!(!html.contains("/media/"), "an anonymous story shows no photo or logo");
    let (_, headers, embed) = get_text(&app, "/embed/testimonials?limit=20").await;
    assert!(embed.contains(&format!("{logo_url}\" alt=\"Acme Widgets logo\"")), "the embed shows the logo");
    assert!(headers["content-security-policy"].to_str().unwrap().contains("img-src 'self'"));
    let served = app.client().get(app.url(&photo_url)).send().await.unwrap();
    assert_eq!(served.status(), 200);
}
