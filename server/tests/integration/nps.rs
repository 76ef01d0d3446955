//! NPS surveys over HTTP on both backends: admins write surveys with checked fields, members answer once per
//! period (points once, through the ledger), put the banner off and answer later, out-of-range answers store
//! nothing, guests and members are kept out of the results and the CSV, and the score adds up end to end.

use crate::common;

use common::{
    points::{assert_books_balance, balance, json},
    TestApp,
};
use reqwest::Client;
use serde_json::Value;

both_backends!(
    admins_create_surveys_with_checked_fields_and_members_cannot,
    a_member_answers_once_a_period_and_earns_the_survey_points_once,
    answers_outside_zero_to_ten_are_refused_by_name_and_nothing_is_stored,
    putting_the_survey_off_keeps_the_banner_away_and_answering_later_is_allowed,
    guests_must_sign_in_and_staff_are_not_asked,
    surveys_not_started_or_closed_refuse_with_a_reason,
    members_cannot_read_results_or_export_them,
    the_score_distribution_trend_and_comments_add_up,
    an_answered_survey_keeps_its_first_day_and_period,
);

pub fn today() -> String {
    app::common::dates::iso_date(app::db::now())
}

pub fn survey<'a>(title: &'a str, starts: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("id", "0"),
        ("form[title]", title),
        ("form[question]", "How likely are you to recommend Chorus to a friend or colleague?"),
        ("form[ask_why]", "on"),
        ("form[period_days]", "90"),
        ("form[starts_at]", starts),
        ("form[ends_at]", ""),
    ];
    for (k, v) in extra {
        match form.iter_mut().find(|(key, _)| key == k) {
            Some(slot) => slot.1 = v,
            None => form.push((k, v)),
        }
    }
    form.retain(|(k, v)| !(*k == "form[ask_why]" && v.is_empty()));
    form
}

async fn create(app: &TestApp, admin: &Client, form: &[(&str, &str)]) -> i64 {
    let res = app.call(admin, "nps/save_survey", form).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    json(res).await.as_i64().expect("survey id")
}

async fn answer(app: &TestApp, c: &Client, id: i64, score: &str, comment: &str) -> reqwest::Response {
    let id = id.to_string();
    app.call(c, "nps/answer_survey", &[("id", &id), ("choice", "answer"), ("score", score), ("comment", comment)]).await
}

async fn dismiss(app: &TestApp, c: &Client, id: i64) -> reqwest::Response {
    app.call(c, "nps/answer_survey", &[("id", &id.to_string()), ("choice", "dismiss")]).await
}

async fn prompt(app: &TestApp, c: &Client) -> Value {
    json(app.call(c, "nps/get_nps_prompt", &[]).await).await
}

async fn results(app: &TestApp, c: &Client, id: i64, group: &str) -> reqwest::Response {
    app.call(c, "nps/get_nps_results", &[("survey", &id.to_string()), ("group", group), ("page", "1")]).await
}

async fn conflict(res: reqwest::Response) -> String {
    assert_eq!(res.status(), 409);
    json(res).await["Conflict"]["message"].as_str().unwrap().to_string()
}

async fn admins_create_surveys_with_checked_fields_and_members_cannot(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let day = today();
    assert_eq!(app.call(&member, "nps/save_survey", &survey("Mine", &day, &[])).await.status(), 403);
    assert_eq!(app.call(&member, "nps/get_surveys_admin", &[]).await.status(), 403);
    assert_eq!(app.call(&app.client(), "nps/save_survey", &survey("Guest", &day, &[])).await.status(), 401);
    let cases = [
        (survey("", &day, &[]), "title"),
        (survey("No question", &day, &[("form[question]", "  ")]), "question"),
        (survey("Too often", &day, &[("form[period_days]", "6")]), "period_days"),
        (survey("Too rare", &day, &[("form[period_days]", "366")]), "period_days"),
        (survey("No start", "", &[]), "starts_at"),
        (survey("Backwards", "2026-12-10", &[("form[ends_at]", "2026-12-01")]), "ends_at"),
    ];
    for (form, field) in cases {
        let res = app.call(&admin, "nps/save_survey", &form).await;
        assert_eq!(res.status(), 422, "{field}");
        assert_eq!(json(res).await["Validation"]["field"], field);
    }
    assert_eq!(app.count("surveys").await, 0, "nothing partial stored");
    let id = create(&app, &admin, &survey("Autumn pulse", &day, &[])).await;
    let sid = id.to_string();
    let edited = create(&app, &admin, &survey("Autumn pulse", &day, &[("id", &sid), ("form[ask_why]", "")])).await;
    assert_eq!(edited, id, "editing keeps the id");
    let list = json(app.call(&admin, "nps/get_surveys_admin", &[]).await).await;
    assert_eq!(list["surveys"][0]["form"]["ask_why"], Value::Null);
    assert_eq!(list["surveys"][0]["phase"], "Open");
    assert_eq!(list["today"], day);
    assert_eq!(app.count("audit_log").await, 2);
    assert_eq!(app.call(&admin, "nps/save_survey", &survey("Gone", &day, &[("id", "999")])).await.status(), 404);
}

async fn a_member_answers_once_a_period_and_earns_the_survey_points_once(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let id = create(&app, &admin, &survey("Pulse", &today(), &[])).await;
    let asked = prompt(&app, &member).await;
    assert_eq!(asked["Ask"]["id"], id, "{asked}");
    assert_eq!(asked["Ask"]["ask_why"], true);
    let before = balance(&app, &member).await;

    let res = answer(&app, &member, id, "9", "  Helpful people  ").await;
    assert_eq!(res.status(), 200);
    assert_eq!(json(res).await, serde_json::json!({ "answered": true, "points": 20 }));
    assert_eq!(balance(&app, &member).await, before + 20);
    assert_eq!(prompt(&app, &member).await, serde_json::json!({ "Thanks": { "points": 20 } }), "thanked once");
    assert_eq!(prompt(&app, &member).await, "Nothing", "not asked again this period");

    let again = answer(&app, &member, id, "3", "changed my mind").await;
    assert_eq!(conflict(again).await, "You already answered this survey this period");
    assert_eq!(balance(&app, &member).await, before + 20, "paid once");
    assert_eq!(app.count("survey_responses").await, 1);
    let history = json(app.call(&member, "recognition/my_points", &[("page", "1")]).await).await;
    assert_eq!(history["entries"][0]["reason"], "Survey", "{history}");
    let sql = "SELECT comment FROM survey_responses";
    let comment: String = app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).fetch_one(p).await).unwrap();
    assert_eq!(comment, "Helpful people");
    assert_books_balance(&app).await;
}

async fn answers_outside_zero_to_ten_are_refused_by_name_and_nothing_is_stored(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let id = create(&app, &admin, &survey("Pulse", &today(), &[])).await;
    let before = balance(&app, &member).await;
    for bad in ["11", "-1", "", "7.5", "ten"] {
        let res = answer(&app, &member, id, bad, "").await;
        assert_eq!(res.status(), 422, "{bad}");
        let body = json(res).await;
        assert_eq!(body["Validation"]["field"], "score", "{bad}");
        assert_eq!(body["Validation"]["message"], "Choose a score from 0 to 10.");
    }
    let missing = app.call(&member, "nps/answer_survey", &[("id", &id.to_string()), ("choice", "answer")]).await;
    assert_eq!(missing.status(), 422, "no score chosen");
    let long = "x".repeat(1001);
    assert_eq!(json(answer(&app, &member, id, "8", &long).await).await["Validation"]["field"], "comment");
    let odd = app.call(&member, "nps/answer_survey", &[("id", &id.to_string()), ("choice", "maybe")]).await;
    assert_eq!(odd.status(), 422);
    assert_eq!(app.count("survey_responses").await, 0, "nothing stored");
    assert_eq!(balance(&app, &member).await, before, "no points");
    assert_eq!(answer(&app, &member, 999, "8", "").await.status(), 404);
    assert!(prompt(&app, &member).await.get("Ask").is_some(), "still asked");
}

async fn putting_the_survey_off_keeps_the_banner_away_and_answering_later_is_allowed(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let id = create(&app, &admin, &survey("Pulse", &today(), &[("form[ask_why]", "")])).await;
    let res = dismiss(&app, &member, id).await;
    assert_eq!(json(res).await, serde_json::json!({ "answered": false, "points": 0 }));
    assert_eq!(prompt(&app, &member).await, "Nothing", "put off for this period");
    assert_eq!(dismiss(&app, &member, id).await.status(), 200, "putting off twice changes nothing");
    assert_eq!(app.count("survey_responses").await, 1);
    let before = balance(&app, &member).await;
    // The survey does not ask why, so a reason sent anyway is not kept.
    assert_eq!(json(answer(&app, &member, id, "10", "unasked").await).await["points"], 20);
    assert_eq!(balance(&app, &member).await, before + 20);
    assert_eq!(
        conflict(answer(&app, &member, id, "4", "").await).await,
        "You already answered this survey this period"
    );
    assert_eq!(dismiss(&app, &member, id).await.status(), 200);
    let sql = "SELECT score, comment FROM survey_responses";
    let row: (Option<i64>, String) = app::on_db!(&app.state.db, p => sqlx::query_as(sql).fetch_one(p).await).unwrap();
    assert_eq!(row, (Some(10), String::new()), "the answer filled the dismissal and a later one did not undo it");
    assert_eq!(app.count("survey_responses").await, 1);
    assert_books_balance(&app).await;
}

async fn guests_must_sign_in_and_staff_are_not_asked(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let id = create(&app, &admin, &survey("Pulse", &today(), &[])).await;
    let guest = app.client();
    assert_eq!(prompt(&app, &guest).await, "Nothing");
    assert_eq!(answer(&app, &guest, id, "9", "").await.status(), 401);
    assert_eq!(dismiss(&app, &guest, id).await.status(), 401);
    assert_eq!(results(&app, &guest, id, "").await.status(), 401);
    let csv = guest.get(app.url(&format!("/admin/nps/{id}/responses.csv"))).send().await.unwrap();
    assert_eq!(csv.status(), 401);
    assert_eq!(prompt(&app, &admin).await, "Nothing");
    assert_eq!(prompt(&app, &moderator).await, "Nothing");
    assert_eq!(answer(&app, &moderator, id, "10", "").await.status(), 403, "staff answers would skew the score");
    assert_eq!(dismiss(&app, &admin, id).await.status(), 403);
    assert_eq!(app.count("survey_responses").await, 0);
}

async fn surveys_not_started_or_closed_refuse_with_a_reason(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let closed = create(&app, &admin, &survey("Old", "2020-01-01", &[("form[ends_at]", "2020-01-31")])).await;
    let later = create(&app, &admin, &survey("Later", "2999-01-01", &[])).await;
    assert_eq!(prompt(&app, &member).await, "Nothing", "neither is open");
    assert_eq!(
        conflict(answer(&app, &member, closed, "9", "").await).await,
        "This survey is closed; thank you all the same."
    );
    assert_eq!(conflict(answer(&app, &member, later, "9", "").await).await, "This survey has not started yet.");
    assert_eq!(conflict(dismiss(&app, &member, later).await).await, "This survey has not started yet.");
    assert_eq!(app.count("survey_responses").await, 0);
    let list = json(app.call(&admin, "nps/get_surveys_admin", &[]).await).await;
    let phases: Vec<&str> = list["surveys"].as_array().unwrap().iter().map(|s| s["phase"].as_str().unwrap()).collect();
    assert_eq!(phases, ["NotStarted", "Closed"]);
}

async fn members_cannot_read_results_or_export_them(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let id = create(&app, &admin, &survey("Pulse", &today(), &[])).await;
    assert_eq!(answer(&app, &member, id, "6", "=HYPERLINK(\"x\"), too slow").await.status(), 200);
    assert_eq!(results(&app, &member, id, "").await.status(), 403);
    let url = app.url(&format!("/admin/nps/{id}/responses.csv"));
    let refused = member.get(&url).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    assert_eq!(refused.text().await.unwrap(), "only admins can export survey answers\n");
    let page = member.get(app.url("/admin/nps")).send().await.unwrap();
    assert_eq!(page.status(), 403);

    let csv = admin.get(&url).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[0], "id,answered_at_utc,score,group,member,handle,comment");
    assert!(lines[1].contains(",6,detractor,Someone,someone"), "{}", lines[1]);
    assert!(lines[1].ends_with(",\"'=HYPERLINK(\"\"x\"\"), too slow\""), "formula defused: {}", lines[1]);
    assert_eq!(lines.len(), 3, "one answer and the final line break");
    assert_eq!(admin.get(app.url("/admin/nps/999/responses.csv")).send().await.unwrap().status(), 404);
}

async fn the_score_distribution_trend_and_comments_add_up(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let id = create(&app, &admin, &survey("Pulse", &today(), &[])).await;
    // 5 promoters, 3 passives, 2 detractors: 50% − 20% = 30.
    let scores = ["10", "9", "9", "10", "9", "8", "7", "7", "3", "0"];
    for (i, score) in scores.iter().enumerate() {
        let member = app.member(&format!("m{i}@example.com"), "member").await;
        let comment = if i % 2 == 0 { format!("reason {i}") } else { String::new() };
        assert_eq!(answer(&app, &member, id, score, &comment).await.status(), 200);
    }
    let quiet = app.member("quiet@example.com", "member").await;
    assert_eq!(dismiss(&app, &quiet, id).await.status(), 200);

    let r = json(results(&app, &admin, id, "").await).await;
    assert_eq!(r["score"], 30, "{r}");
    assert_eq!(r["tally"], serde_json::json!({ "promoters": 5, "passives": 3, "detractors": 2 }));
    assert_eq!(r["distribution"], serde_json::json!([1, 0, 0, 1, 0, 0, 0, 2, 1, 3, 2]));
    assert_eq!(r["dismissals"], 1);
    assert_eq!(r["trend"].as_array().unwrap().len(), 1, "one month so far");
    assert_eq!(r["trend"][0]["month"], today()[..7]);
    assert_eq!(r["comments"].as_array().unwrap().len(), 5, "only answers with a reason");
    let detractors = json(results(&app, &admin, id, "detractor").await).await;
    let shown: Vec<i64> =
        detractors["comments"].as_array().unwrap().iter().map(|c| c["score"].as_i64().unwrap()).collect();
    assert_eq!(shown, [3], "the 0 gave no reason");
    let promoters = json(results(&app, &admin, id, "promoter").await).await;
    assert_eq!(promoters["comments"].as_array().unwrap().len(), 3);
    let unanswered = create(&app, &admin, &survey("Next", &today(), &[])).await;
    assert!(unanswered > id);
    assert_eq!(json(results(&app, &admin, 0, "").await).await["survey_id"], id, "0 is the newest with answers");

    let page = admin.get(app.url(&format!("/admin/nps?survey={id}"))).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains(">30</strong>"), "the score is on the page");
    assert!(html.contains("role=\"img\"") && html.contains("Answers per score"), "the chart is on the page");
    assert!(html.contains("10: 2 answers"), "each bar says what it counts");
    let csv = admin.get(app.url(&format!("/admin/nps/{id}/responses.csv"))).send().await.unwrap();
    assert_eq!(csv.text().await.unwrap().split("\r\n").filter(|l| !l.is_empty()).count(), 11, "header and ten answers");
    assert_books_balance(&app).await;
}

async fn an_answered_survey_keeps_its_first_day_and_period(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    let day = today();
    let id = create(&app, &admin, &survey("Pulse", &day, &[])).await;
    let sid = id.to_string();
    // Before any answer, everything may change.
    create(&app, &admin, &survey("Pulse", &day, &[("id", &sid), ("form[period_days]", "30")])).await;
    assert_eq!(answer(&app, &member, id, "9", "").await.status(), 200);
    assert_eq!(prompt(&app, &member).await, serde_json::json!({ "Thanks": { "points": 20 } }));

    let res =
        app.call(&admin, "nps/save_survey", &survey("Pulse", &day, &[("id", &sid), ("form[period_days]", "60")])).await;
    assert_eq!(res.status(), 409);
    let body = json(res).await;
    assert_eq!(body["Conflict"]["field"], "period_days");
    assert!(body["Conflict"]["message"].as_str().unwrap().contains("can no longer change"), "{body}");
    let earlier = app::common::dates::iso_date(app::db::now() - 86_400);
    let moved = app
        .call(&admin, "nps/save_survey", &survey("Pulse", &earlier, &[("id", &sid), ("form[period_days]", "30")]))
        .await;
    assert_eq!(json(moved).await["Conflict"]["field"], "starts_at", "the first day cannot move either");

    // The wording and the last day still can.
    let form = survey("Pulse, renamed", &day, &[("id", &sid), ("form[period_days]", "30"), ("form[ends_at]", &day)]);
    assert_eq!(create(&app, &admin, &form).await, id);
    let period: i64 =
        app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT period_days FROM surveys").fetch_one(p).await)
            .unwrap();
    assert_eq!(period, 30);
    assert_eq!(prompt(&app, &member).await, "Nothing", "still answered for this period");
}
