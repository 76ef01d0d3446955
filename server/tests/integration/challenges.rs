//! Challenges over HTTP on both backends: publishing with checked fields, reviewed completions that pay only
//! when approved, rejected ones that free their place, answer and link challenges that complete at once,
//! closed challenges that say why, and places that are never oversubscribed under concurrency.

use crate::common;

use common::{
    points::{assert_books_balance, balance, json},
    TestApp,
};
use reqwest::Client;
use serde_json::Value;

both_backends!(
    admins_publish_challenges_with_checked_fields_and_members_cannot,
    a_reviewed_completion_pays_only_when_a_moderator_approves_it,
    a_rejected_completion_frees_its_place_and_may_be_tried_again,
    answer_and_link_challenges_complete_at_once,
    closed_challenges_refuse_with_their_reason,
    concurrent_completions_never_take_more_places_than_there_are,
);

/// The form of a new challenge, active, worth 40 points, with `extra` fields set over the defaults.
pub fn challenge<'a>(title: &'a str, mode: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("id", "0"),
        ("form[title]", title),
        ("form[description]", "Help the community."),
        ("form[points]", "40"),
        ("form[starts_at]", ""),
        ("form[ends_at]", ""),
        ("form[max_completions]", ""),
        ("form[mode]", mode),
        ("form[link_url]", ""),
        ("form[answer]", ""),
        ("form[active]", "on"),
    ];
    for (k, v) in extra {
        match form.iter_mut().find(|(key, _)| key == k) {
            Some(slot) => slot.1 = v,
            None => form.push((k, v)),
        }
    }
    form.retain(|(k, v)| !(*k == "form[active]" && v.is_empty()));
    form
}

pub async fn publish(app: &TestApp, admin: &Client, form: &[(&str, &str)]) -> i64 {
    let res = app.call(admin, "challenges/save_challenge", form).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    json(res).await.as_i64().expect("challenge id")
}

async fn complete(app: &TestApp, c: &Client, id: i64, mode: &str, input: &str) -> reqwest::Response {
    app.call(c, "challenges/complete_challenge", &[("id", &id.to_string()), ("mode", mode), ("input", input)]).await
}

async fn queue(app: &TestApp, moderator: &Client, status: &str) -> Value {
    json(app.call(moderator, "challenges/get_completions", &[("status", status), ("page", "1")]).await).await
}

async fn decide(app: &TestApp, moderator: &Client, id: &Value, decision: &str, note: &str) -> reqwest::Response {
    let id = id.as_i64().expect("completion id").to_string();
    app.call(moderator, "challenges/decide_completion", &[("id", &id), ("decision", decision), ("note", note)]).await
}

async fn card(app: &TestApp, c: &Client, id: i64) -> Value {
    let list = json(app.call(c, "challenges/get_challenges", &[]).await).await;
    list["challenges"].as_array().unwrap().iter().find(|c| c["id"] == id).cloned().expect("challenge listed")
}

async fn conflict(res: reqwest::Response) -> String {
    assert_eq!(res.status(), 409);
    json(res).await["Conflict"]["message"].as_str().unwrap().to_string()
}

async fn admins_publish_challenges_with_checked_fields_and_members_cannot(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    for c in [&member, &moderator] {
        assert_eq!(app.call(c, "challenges/save_challenge", &challenge("Mine", "review", &[])).await.status(), 403);
        assert_eq!(app.call(c, "challenges/get_challenges_admin", &[]).await.status(), 403);
    }
    assert_eq!(
        app.call(&member, "challenges/get_completions", &[("status", "pending"), ("page", "1")]).await.status(),
        403
    );
    let cases = [
        (challenge("", "review", &[]), "title"),
        (challenge("Zero", "review", &[("form[points]", "0")]), "points"),
        (challenge("Negative", "review", &[("form[points]", "-10")]), "points"),
        (
            challenge("Dates", "review", &[("form[starts_at]", "2026-12-10"), ("form[ends_at]", "2026-12-01")]),
            "ends_at",
        ),
        (challenge("No link", "link", &[("form[link_url]", "javascript:alert(1)")]), "link_url"),
        (challenge("No answer", "answer", &[]), "answer"),
        (challenge("No mode", "sometimes", &[]), "mode"),
    ];
    for (form, field) in cases {
        let res = app.call(&admin, "challenges/save_challenge", &form).await;
        assert_eq!(res.status(), 422, "{field}");
        assert_eq!(json(res).await["Validation"]["field"], field);
    }
    assert_eq!(app.count("challenges").await, 0, "nothing partial stored");
    let id = publish(&app, &admin, &challenge("Review us", "review", &[("form[max_completions]", "3")])).await;
    let listed = card(&app, &app.client(), id).await;
    assert_eq!(listed["points"], 40);
    assert_eq!(listed["places_left"], 3);
    assert_eq!(listed["closed"], "Sign in to take part.");
    // Editing keeps its id; switching it off takes it off the members' list.
    let sid = id.to_string();
    publish(&app, &admin, &challenge("Review us", "review", &[("id", &sid), ("form[active]", "")])).await;
    let list = json(app.call(&member, "challenges/get_challenges", &[]).await).await;
    assert_eq!(list["challenges"].as_array().unwrap().len(), 0);
    assert_eq!(app.count("audit_log").await, 2);
}

async fn a_reviewed_completion_pays_only_when_a_moderator_approves_it(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let member = app.member("ada@example.com", "member").await;
    let id = publish(&app, &admin, &challenge("Review us", "review", &[("form[points]", "150")])).await;
    let before = balance(&app, &member).await;

    let res = complete(&app, &member, id, "review", "").await;
    assert_eq!(res.status(), 422, "evidence is required");
    assert_eq!(complete(&app, &member, id, "review", "https://g2.example/review/1").await.status(), 200);
    assert_eq!(balance(&app, &member).await, before, "nothing until a moderator approves");
    assert_eq!(card(&app, &member, id).await["mine"], "Pending");
    assert_eq!(
        conflict(complete(&app, &member, id, "review", "again").await).await,
        "Your completion is waiting for a moderator."
    );
    assert_eq!(complete(&app, &member, id, "answer", "x").await.status(), 409, "a review challenge takes no answer");

    let pending = queue(&app, &moderator, "pending").await;
    assert_eq!(pending["items"][0]["evidence"], "https://g2.example/review/1");
    let completion = pending["items"][0]["id"].clone();
    assert_eq!(decide(&app, &member, &completion, "approve", "").await.status(), 403);
    let res = decide(&app, &moderator, &completion, "approve", "Thanks!").await;
    assert_eq!(json(res).await, 150);
    assert_eq!(balance(&app, &member).await, before + 150);
    assert_eq!(card(&app, &member, id).await["closed"], "You completed this challenge already.");
    assert!(conflict(decide(&app, &moderator, &completion, "reject", "no").await).await.contains("already decided"));
    assert_eq!(balance(&app, &member).await, before + 150, "paid once");
    let told = json(app.call(&member, "notifications/my_notifications", &[("page", "1")]).await).await;
    let told = &told["items"][0];
    assert_eq!((told["kind"].as_str(), told["detail"].as_str()), (Some("Challenge"), Some("approved")), "{told}");
    assert_eq!(told["topic_title"], "Review us");
    let history = json(app.call(&member, "recognition/my_points", &[("page", "1")]).await).await;
    assert_eq!(history["entries"][0]["reason"], "Challenge", "{history}");
    assert_eq!(history["entries"][0]["link"], "/challenges");
    // A moderator does not approve their own completion.
    assert_eq!(complete(&app, &moderator, id, "review", "my own review").await.status(), 200);
    let own = queue(&app, &moderator, "pending").await["items"][0]["id"].clone();
    assert!(conflict(decide(&app, &moderator, &own, "approve", "").await).await.contains("your own completion"));
    assert_eq!(history["entries"][0]["amount"], 150);
    assert_books_balance(&app).await;
}

async fn a_rejected_completion_frees_its_place_and_may_be_tried_again(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let ada = app.member("ada@example.com", "member").await;
    let lin = app.member("lin@example.com", "member").await;
    let id = publish(&app, &admin, &challenge("One slot", "review", &[("form[max_completions]", "1")])).await;
    assert_eq!(complete(&app, &ada, id, "review", "my talk idea").await.status(), 200);
    assert_eq!(
        conflict(complete(&app, &lin, id, "review", "mine too").await).await,
        "Every place in this challenge is taken."
    );
    let completion = queue(&app, &moderator, "pending").await["items"][0]["id"].clone();
    assert_eq!(decide(&app, &moderator, &completion, "reject", " ").await.status(), 422, "a rejection needs a reason");
    assert_eq!(decide(&app, &moderator, &completion, "reject", "Not a talk").await.status(), 200);
    let mine = card(&app, &ada, id).await;
    assert_eq!((mine["mine"].as_str(), mine["note"].as_str()), (Some("Rejected"), Some("Not a talk")));
    assert_eq!(mine["places_left"], 1, "the place is free again");
    assert_eq!(complete(&app, &lin, id, "review", "mine too").await.status(), 200);
    assert_eq!(
        conflict(complete(&app, &ada, id, "review", "second try").await).await,
        "Every place in this challenge is taken."
    );
    assert_eq!(queue(&app, &moderator, "rejected").await["items"][0]["note"], "Not a talk");
}

async fn answer_and_link_challenges_complete_at_once(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let quiz =
        publish(&app, &admin, &challenge("Quiz", "answer", &[("form[answer]", "Sankey"), ("form[points]", "25")]))
            .await;
    let link = "https://example.com/webinar";
    let webinar =
        publish(&app, &admin, &challenge("Webinar", "link", &[("form[link_url]", link), ("form[points]", "20")])).await;
    let before = balance(&app, &member).await;

    let res = complete(&app, &member, quiz, "answer", "pie").await;
    assert_eq!(res.status(), 422);
    assert_eq!(json(res).await["Validation"]["message"], "That is not the answer. Try again.");
    assert_eq!(app.count("challenge_completions").await, 0);
    assert_eq!(complete(&app, &member, quiz, "answer", "  sankey! ").await.status(), 200);
    assert_eq!(balance(&app, &member).await, before + 25);
    assert_eq!(
        conflict(complete(&app, &member, quiz, "answer", "Sankey").await).await,
        "You completed this challenge already."
    );

    // A plain form post (JavaScript off) is sent on to the link.
    let res = member
        .post(app.url("/api/challenges/complete_challenge"))
        .header("origin", &app.base)
        .header("accept", "text/html")
        .form(&[("id", webinar.to_string().as_str()), ("mode", "link"), ("input", "")])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection(), "{}", res.status());
    assert_eq!(res.headers()["location"], link);
    assert_eq!(balance(&app, &member).await, before + 45);
    assert_books_balance(&app).await;
}

async fn closed_challenges_refuse_with_their_reason(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let later = publish(&app, &admin, &challenge("Later", "review", &[("form[starts_at]", "2099-01-01")])).await;
    assert_eq!(
        conflict(complete(&app, &member, later, "review", "early").await).await,
        "This challenge has not started yet."
    );
    assert_eq!(card(&app, &member, later).await["closed"], "This challenge has not started yet.");
    let off = publish(&app, &admin, &challenge("Off", "review", &[("form[active]", "")])).await;
    assert_eq!(conflict(complete(&app, &member, off, "review", "hello").await).await, "This challenge is not running.");
    assert_eq!(complete(&app, &member, 999_999, "review", "hello").await.status(), 404);
    assert_eq!(complete(&app, &app.client(), later, "review", "guest").await.status(), 401);
    assert_eq!(app.count("challenge_completions").await, 0);
}

async fn concurrent_completions_never_take_more_places_than_there_are(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let quiz =
        publish(&app, &admin, &challenge("Race", "answer", &[("form[answer]", "yes"), ("form[max_completions]", "5")]))
            .await;
    let mut members = Vec::new();
    for i in 0..16 {
        members.push(app.member(&format!("racer{i}@example.com"), "member").await);
    }
    let mut tasks = Vec::new();
    for c in &members {
        for _ in 0..2 {
            let (c, base) = (c.clone(), app.base.clone());
            tasks.push(tokio::spawn(async move {
                let form = [("id", quiz.to_string()), ("mode", "answer".into()), ("input", "yes".into())];
                let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                common::call_at(&base, &c, "challenges/complete_challenge", &pairs).await.status().as_u16()
            }));
        }
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 5, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == 200 || *s == 409), "{statuses:?}");
    let taken: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT taken FROM challenges WHERE id = $1")
        .bind(quiz).fetch_one(p).await)
    .unwrap();
    assert_eq!(taken, 5);
    let per_member =
        "SELECT COUNT(*) FROM (SELECT user_id FROM challenge_completions GROUP BY user_id HAVING COUNT(*) > 1) x";
    let twice: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(per_member).fetch_one(p).await).unwrap();
    assert_eq!(twice, 0, "nobody completed twice");
    assert_eq!(app.count("challenge_completions").await, 5);
    assert_books_balance(&app).await;
}
