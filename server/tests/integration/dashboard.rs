//! The programme dashboard over HTTP on both backends: figures for a small community whose history is written
//! with known dates, retention by sign-up month, refused periods that say which field is wrong, admins only
//! for the page data and the CSV, and the CSV's content.

use crate::common;

use app::common::dates::{month_of, month_start};
use common::{points::json, TestApp};
use reqwest::Client;
use serde_json::Value;

both_backends!(
    admins_see_members_activity_and_referrals_against_the_previous_period,
    retention_counts_each_cohort_in_the_months_after_it_signed_up,
    periods_that_end_before_they_start_or_last_over_five_years_are_refused,
    members_may_neither_read_nor_export_the_dashboard,
    the_csv_holds_every_figure_with_its_previous_value_and_change,
);

const DAY: i64 = 86_400;

/// Runs one statement with whole-number parameters, for writing a known history.
async fn exec(app: &TestApp, sql: &str, values: &[i64]) {
    app::on_db!(&app.state.db, p => {
        let mut q = sqlx::query(sql);
        for v in values {
            q = q.bind(*v);
        }
        q.execute(p).await.map(|_| ())
    })
    .expect(sql);
}

async fn dashboard(app: &TestApp, c: &Client, days: &str, from: &str, to: &str) -> reqwest::Response {
    app.call(c, "analytics/get_dashboard", &[("days", days), ("from", from), ("to", to)]).await
}

/// A member who signed up at `joined` (and, when `referred_by` is given, through that member's link).
async fn member_joined(app: &TestApp, email: &str, joined: i64, referred_by: Option<i64>) -> i64 {
    app.member(email, "member").await;
    let id = app.user_id(email).await;
    exec(app, "UPDATE users SET created_at = $1, updated_at = $1 WHERE id = $2", &[joined, id]).await;
    if let Some(referrer) = referred_by {
        let sql = "INSERT INTO referrals (referrer_id, referee_id, code, status, created_at)
                   VALUES ($1, $2, 'TESTCODE', 'signed_up', $3)";
        exec(app, sql, &[referrer, id, joined]).await;
    }
    id
}

/// Activity written at a past moment, the way the portal records it when it happens.
async fn active_at(app: &TestApp, user_id: i64, at: i64) {
    let mut tx = app.state.db.begin_write().await.expect("tx");
    app::activity::record(&mut tx, user_id, at).await.expect("activity");
    tx.commit().await.expect("commit");
}

fn figure(d: &Value, key: &str) -> (i64, i64) {
    (d["current"][key].as_i64().expect(key), d["before"][key].as_i64().expect(key))
}

async fn admins_see_members_activity_and_referrals_against_the_previous_period(app: TestApp) {
    let now = app::db::now();
    let admin = app.member("admin@example.com", "admin").await;
    let admin_id = app.user_id("admin@example.com").await;
    exec(&app, "UPDATE users SET created_at = $1", &[now - 100 * DAY]).await;
    // This period (the last 30 days): A and B join, B through a referral; A posts today, C was active 5 days ago.
    let a = member_joined(&app, "a@example.com", now - 10 * DAY, None).await;
    member_joined(&app, "b@example.com", now - 10 * DAY, Some(admin_id)).await;
    // The previous 30 days: C and D join and take part; E joined long ago and never did.
    let c = member_joined(&app, "c@example.com", now - 40 * DAY, None).await;
    let d = member_joined(&app, "d@example.com", now - 45 * DAY, None).await;
    member_joined(&app, "e@example.com", now - 100 * DAY, None).await;
    // F signed up five days ago and was removed as spam: counted nowhere.
    let f = member_joined(&app, "f@example.com", now - 5 * DAY, None).await;
    exec(&app, "UPDATE users SET removed_at = $1 WHERE id = $2", &[now, f]).await;
    // Visits of the admin's link, counted per UTC day number: 5 two days ago, 3 forty days ago.
    let sql = "INSERT INTO referral_clicks (user_id, day, clicks) VALUES ($1, $2, $3)";
    exec(&app, sql, &[admin_id, now / DAY - 2, 5]).await;
    exec(&app, sql, &[admin_id, now / DAY - 40, 3]).await;
    active_at(&app, c, now - 40 * DAY).await;
    // D took part on two days, the later one written first: D still counts once.
    active_at(&app, d, now - 44 * DAY).await;
    active_at(&app, d, now - 45 * DAY).await;
    active_at(&app, c, now - 5 * DAY).await;
    let a_client = app.client();
    assert_eq!(app.sign_in(&a_client, "a@example.com", "a long enough passphrase").await.status(), 200);
    let form = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "About it"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &form).await.status(), 200);
    let res = app
        .call(&a_client, "forum/create_topic", &[("category", "general"), ("title", "Hello"), ("body", "Hi all")])
        .await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);

    let res = dashboard(&app, &admin, "30", "", "").await;
    assert_eq!(res.status(), 200);
    let d_ = json(res).await;
    // Members at the end: admin, A, B, C, D, E (F removed) now; admin, C, D, E before.
    assert_eq!(figure(&d_, "members"), (6, 4));
    // Active: A (today's topic, through the forum) and C now; C and D before.
    assert_eq!(figure(&d_, "active"), (2, 2));
    assert_eq!(figure(&d_, "new_members"), (2, 2));
    assert_eq!(figure(&d_, "referred"), (1, 0));
    assert_eq!(figure(&d_, "referral_clicks"), (5, 3));
    assert_eq!(figure(&d_, "posts"), (1, 0));
    assert_eq!(d_["period"]["end"].as_i64().unwrap() - d_["period"]["start"].as_i64().unwrap(), 30 * DAY);
    assert_eq!(d_["previous"]["end"], d_["period"]["start"]);
    // The daily trend has 30 points; today's has A's topic and A as the one active member.
    let series = d_["series"].as_array().unwrap();
    assert_eq!(series.len(), 30);
    assert_eq!((series[29]["posts"].as_i64(), series[29]["active"].as_i64()), (Some(1), Some(1)));
    assert_eq!(series.iter().map(|b| b["new_members"].as_i64().unwrap()).sum::<i64>(), 2);
    let _ = a;
}

async fn retention_counts_each_cohort_in_the_months_after_it_signed_up(app: TestApp) {
    let now = app::db::now();
    let m = month_of(now);
    let admin = app.member("admin@example.com", "admin").await;
    let p = member_joined(&app, "p@example.com", month_start(m - 2) + DAY, None).await;
    let q = member_joined(&app, "q@example.com", month_start(m - 2) + DAY, None).await;
    let r = member_joined(&app, "r@example.com", month_start(m - 1) + DAY, None).await;
    active_at(&app, p, month_start(m - 2) + 2 * DAY).await;
    active_at(&app, p, month_start(m - 1) + DAY).await;
    active_at(&app, p, month_start(m - 1) + 3 * DAY).await;
    active_at(&app, q, month_start(m)).await;
    active_at(&app, r, month_start(m - 1) + 2 * DAY).await;

    let d = json(dashboard(&app, &admin, "90", "", "").await).await;
    let rows = d["cohorts"].as_array().unwrap();
    assert_eq!(rows.len(), 12);
    let row = |month: i32| rows.iter().find(|r| r["month"] == month).cloned().expect("cohort row");
    // Two months ago: P and Q; P active in months 0 and 1, Q in month 2.
    assert_eq!(row(m - 2)["size"], 2);
    assert_eq!(row(m - 2)["shares"], serde_json::json!([50.0, 50.0, 50.0]));
    assert_eq!(row(m - 1)["size"], 1);
    assert_eq!(row(m - 1)["shares"], serde_json::json!([100.0, 0.0]));
    // This month: the admin, never active.
    assert_eq!(row(m)["size"], 1);
    assert_eq!(row(m)["shares"], serde_json::json!([0.0]));
    assert_eq!(row(m - 11)["shares"].as_array().unwrap().len(), 12);
    assert_eq!(row(m - 11)["shares"][0], Value::Null, "no one signed up then");
}

async fn periods_that_end_before_they_start_or_last_over_five_years_are_refused(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let res = dashboard(&app, &admin, "", "2026-03-31", "2026-01-01").await;
    assert_eq!(res.status(), 422);
    let e = json(res).await;
    assert_eq!(e["Validation"]["field"], "to");
    assert!(e["Validation"]["message"].as_str().unwrap().contains("before the start date"));
    let res = dashboard(&app, &admin, "", "2019-01-01", "2026-01-01").await;
    assert_eq!(res.status(), 422);
    assert!(json(res).await["Validation"]["message"].as_str().unwrap().contains("5 years"));
    let res = dashboard(&app, &admin, "14", "", "").await;
    assert_eq!(res.status(), 422);
    assert_eq!(json(res).await["Validation"]["field"], "days");
    let res = app.client().get(app.url("/admin/dashboard.csv?from=2026-03-31&to=2026-01-01"));
    let res = res.send().await.unwrap();
    assert_eq!(res.status(), 401, "guests sign in first");
    let res = admin.get(app.url("/admin/dashboard.csv?from=2026-03-31&to=2026-01-01")).send().await.unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().starts_with("to: The end date (to) is before"));
    let res = dashboard(&app, &admin, "", "2026-01-01", "2026-03-31").await;
    assert_eq!(res.status(), 200);
    assert_eq!(json(res).await["period"]["end"].as_i64().unwrap() % DAY, 0);
}

async fn members_may_neither_read_nor_export_the_dashboard(app: TestApp) {
    for role in ["member", "moderator"] {
        let c = app.member(&format!("{role}@example.com"), role).await;
        assert_eq!(dashboard(&app, &c, "30", "", "").await.status(), 403, "{role}");
        let res = c.get(app.url("/admin/dashboard.csv?days=30")).send().await.unwrap();
        assert_eq!(res.status(), 403, "{role}");
        assert!(res.text().await.unwrap().contains("only admins can export the dashboard"));
        let page = c.get(app.url("/admin/dashboard")).header("accept", "text/html").send().await.unwrap();
        assert_eq!(page.status(), 403, "{role} sees the no-access page");
    }
    assert_eq!(dashboard(&app, &app.client(), "30", "", "").await.status(), 401);
}

async fn the_csv_holds_every_figure_with_its_previous_value_and_change(app: TestApp) {
    let now = app::db::now();
    let admin = app.member("admin@example.com", "admin").await;
    member_joined(&app, "a@example.com", now - 3 * DAY, None).await;
    member_joined(&app, "b@example.com", now - 10 * DAY, None).await;
    // This week: the admin (today) and A; the week before: B and C.
    member_joined(&app, "c@example.com", now - 9 * DAY, None).await;
    let res = admin.get(app.url("/admin/dashboard.csv?days=7")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment; filename=\"dashboard-figures-"));
    let csv = res.text().await.unwrap();
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(lines[0].starts_with("group,figure,unit,"), "{}", lines[0]);
    assert!(lines[0].ends_with(",change,change_pct"), "{}", lines[0]);
    assert!(lines.contains(&"Members,New members,count,2,2,0,0"), "{csv}");
    assert!(lines.contains(&"Members,Members,count,4,2,2,100"), "{csv}");
    assert!(lines.contains(&"Members,Participation rate,percent,0,0,0,"), "{csv}");
    assert!(lines.contains(&"Referrals,Referral rate,percent,0,0,0,"), "{csv}");
    assert!(lines.contains(&"Referrals,Visits that signed up,percent,,,,"), "{csv}");
    assert!(lines.contains(&"Satisfaction,NPS,score,,,,"), "{csv}");
    let trend =
        admin.get(app.url("/admin/dashboard.csv?days=7&table=trend")).send().await.unwrap().text().await.unwrap();
    assert_eq!(trend.split("\r\n").filter(|l| !l.is_empty()).count(), 8, "a header and seven days");
    let bad = admin.get(app.url("/admin/dashboard.csv?days=7&table=secrets")).send().await.unwrap();
    assert_eq!(bad.status(), 422);
}
