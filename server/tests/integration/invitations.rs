//! Invitations over a real SMTP server: one address or a CSV upload, the emailed link that opens a sign-up
//! form with the address confirmed, the statuses an admin follows, resending, withdrawing and expiry.

use crate::common::{self, json, TestApp};
use reqwest::Client;
use serde_json::Value;

const PW: &str = "a long enough passphrase";

with_mail!(
    an_invited_person_joins_once_with_the_emailed_link_already_confirmed,
    an_invitation_is_refused_for_a_member_an_open_invitation_or_bad_input,
    a_csv_invites_the_good_rows_and_lists_each_refused_line,
    resending_replaces_the_link_and_withdrawing_stops_it,
    an_expired_invitation_is_shown_as_expired_and_can_be_sent_again,
    an_invitation_puts_the_new_member_in_its_group,
);

async fn admin(app: &TestApp) -> Client {
    app.member("admin@example.com", "admin").await
}

async fn invite(app: &TestApp, admin: &Client, email: &str, name: &str, role: &str) -> reqwest::Response {
    app.call(admin, "invitations/invite", &[("email", email), ("display_name", name), ("role", role)]).await
}

/// The token of the newest invitation emailed to `to` (read from the SMTP server), after `count` arrived.
async fn emailed_token(app: &TestApp, to: &str, count: usize) -> String {
    let mails = app.mailbox().wait_for(to, count).await;
    let mail = mails.last().expect("an email");
    assert_eq!(mail.subject, "You are invited to join · Chorus");
    common::token_of(&mail.link(&format!("{}/join/invitation?token=", app.base)))
}

async fn list(app: &TestApp, admin: &Client, status: &str, batch: i64) -> Value {
    let batch = batch.to_string();
    json(app.call(admin, "invitations/invitation_list", &[("status", status), ("page", "1"), ("batch", &batch)]).await)
        .await
}

/// The status of the invitation to `email`, as the admin's list shows it.
async fn status_of(app: &TestApp, admin: &Client, email: &str) -> String {
    let page = list(app, admin, "", 0).await;
    let row = page["rows"].as_array().unwrap().iter().find(|r| r["email"] == email).expect("listed").clone();
    row["status"].as_str().unwrap().to_string()
}

async fn id_of(app: &TestApp, admin: &Client, email: &str) -> String {
    let page = list(app, admin, "", 0).await;
    let row = page["rows"].as_array().unwrap().iter().find(|r| r["email"] == email).expect("listed").clone();
    row["id"].as_i64().unwrap().to_string()
}

async fn accept(app: &TestApp, c: &Client, token: &str, name: &str) -> reqwest::Response {
    app.call(c, "join/accept_invitation", &[("token", token), ("display_name", name), ("password", PW)]).await
}

fn refusal(v: &Value) -> String {
    v.as_object()
        .and_then(|o| o.values().next())
        .map(|e| e["message"].as_str().unwrap_or_default().to_string())
        .unwrap_or_default()
}

async fn an_invited_person_joins_once_with_the_emailed_link_already_confirmed(app: TestApp) {
    let admin = admin(&app).await;
    let res = invite(&app, &admin, "Nia@Example.com", "Nia Obi", "moderator").await;
    assert_eq!(json(res).await, "Invitation sent to nia@example.com.");
    let mail = app.mailbox().latest("nia@example.com", "You are invited to join").await;
    assert!(mail.text.contains("Someone invited you to join Chorus"), "{}", mail.text);
    assert!(mail.html.contains("Accept the invitation"), "{}", mail.html);
    let token = emailed_token(&app, "nia@example.com", 1).await;
    assert_eq!(status_of(&app, &admin, "nia@example.com").await, "Sent");

    // The link opens a form with the address and the suggested name filled in.
    let guest = app.client();
    let page = guest.get(app.url(&format!("/join/invitation?token={token}"))).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("nia@example.com") && html.contains("value=\"Nia Obi\""), "{html}");
    assert!(html.contains("as a moderator"), "{html}");
    assert_eq!(status_of(&app, &admin, "nia@example.com").await, "Opened");

    // Two submits at once: one account, one refusal.
    let other = app.client();
    let (a, b) = tokio::join!(accept(&app, &guest, &token, "Nia"), accept(&app, &other, &token, "Nia"));
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 422]);
    let winner = if a.status() == 200 { &guest } else { &other };
    let me = app.me(winner).await;
    assert_eq!(
        (me["email"].as_str(), me["role"].as_str(), me["verified"].as_bool()),
        (Some("nia@example.com"), Some("Moderator"), Some(true))
    );
    assert_eq!(app.count("users WHERE email = 'nia@example.com'").await, 1);
    assert_eq!(status_of(&app, &admin, "nia@example.com").await, "Joined");
    let again = accept(&app, &app.client(), &token, "Nia").await;
    assert_eq!(again.status(), 422);
    assert!(refusal(&json(again).await).contains("used already"));
    // The new member can post at once: the address was confirmed by the link.
    assert_eq!(app.sign_in(&app.client(), "nia@example.com", PW).await.status(), 200);
}

async fn an_invitation_is_refused_for_a_member_an_open_invitation_or_bad_input(app: TestApp) {
    let admin = admin(&app).await;
    app.member("ada@example.com", "member").await;
    let member = app.client();
    app.sign_in(&member, "ada@example.com", PW).await;

    let taken = invite(&app, &admin, "ADA@example.com", "", "").await;
    assert_eq!(taken.status(), 422);
    let v = json(taken).await;
    assert_eq!(v["Validation"]["field"], "email");
    assert_eq!(refusal(&v), "ada@example.com has an account already.");
    let bad = json(invite(&app, &admin, "not-an-address", "", "").await).await;
    assert_eq!(bad["Validation"]["field"], "email");
    let role = json(invite(&app, &admin, "bo@example.com", "", "owner").await).await;
    assert_eq!(role["Validation"]["field"], "role");
    assert!(refusal(&role).contains("\"owner\" is not a role"));
    assert_eq!(invite(&app, &member, "bo@example.com", "", "").await.status(), 403, "members cannot invite");
    assert_eq!(invite(&app, &app.client(), "bo@example.com", "", "").await.status(), 401);
    assert_eq!(app.count("invitations").await, 0, "nothing was stored");
    assert_eq!(app.count("mail_outbox WHERE kind = 'invitation'").await, 0);

    assert_eq!(invite(&app, &admin, "bo@example.com", "", "").await.status(), 200);
    let twice = invite(&app, &admin, "bo@example.com", "Bo", "admin").await;
    assert_eq!(twice.status(), 409);
    assert!(refusal(&json(twice).await).contains("open invitation already"));
    assert_eq!(app.count("mail_outbox WHERE kind = 'invitation'").await, 1, "one email, not two");

    // Forged links are refused with the same plain reason, on the page and on the form.
    let forged = app.call(&app.client(), "join/open_invitation", &[("token", &"0".repeat(64))]).await;
    assert_eq!(forged.status(), 422);
    assert!(refusal(&json(forged).await).contains("not valid"));
    let page = app.client().get(app.url("/join/invitation?token=nonsense")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("This invitation link is not valid"), "{page}");
}

/// Posts a multipart form to the upload route as a browser does.
async fn upload(app: &TestApp, c: &Client, pasted: &str, file: &str) -> reqwest::Response {
    common::post_multipart(app, c, "/admin/invitations/upload", &[("csv", pasted)], file).await
}

async fn a_csv_invites_the_good_rows_and_lists_each_refused_line(app: TestApp) {
    let admin = admin(&app).await;
    app.member("ada@example.com", "member").await;
    let member = app.client();
    app.sign_in(&member, "ada@example.com", PW).await;
    assert_eq!(upload(&app, &member, "x@example.com", "").await.status(), 403);
    assert_eq!(upload(&app, &app.client(), "x@example.com", "").await.status(), 401);

    let file = "Email,Name,Role\r\n\
                cy@example.com,Cy Diaz,moderator\r\n\
                not-an-address,Nobody,\r\n\
                CY@example.com,Cy again,\r\n\
                ada@example.com,Ada,\r\n\
                dee@example.com,Dee,chief\r\n\
                \r\n\
                eve@example.com,,\r\n";
    let res = upload(&app, &admin, "ignored@example.com", file).await;
    assert_eq!(res.status(), 303, "{:?}", res.text().await);
    let location = res.headers()["location"].to_str().unwrap().to_string();
    let batch: i64 = location.strip_prefix("/admin/invitations?batch=").expect(&location).parse().unwrap();

    let report = list(&app, &admin, "", batch).await["batch"].clone();
    assert_eq!((report["rows_read"].as_i64(), report["invited"].as_i64()), (Some(6), Some(2)));
    let refused: Vec<(i64, String)> = report["refused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["line"].as_i64().unwrap(), r["reason"].as_str().unwrap().to_string()))
        .collect();
    let lines: Vec<i64> = refused.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [3, 4, 5, 6], "{refused:?}");
    assert!(refused[1].1.contains("on line 2 already"));
    assert_eq!(refused[2].1, "This address has an account already.");
    assert!(refused[3].1.contains("\"chief\" is not a role"));

    // The good rows were emailed; the pasted text lost to the file; the report is there for the page.
    emailed_token(&app, "cy@example.com", 1).await;
    emailed_token(&app, "eve@example.com", 1).await;
    assert_eq!(app.count("invitations").await, 2);
    assert_eq!(app.count("invitations WHERE email = 'ignored@example.com'").await, 0);
    let page = admin.get(app.url(&location)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("6 rows read: 2 invited, 4 refused."), "{page}");
    assert!(page.contains("This address has an account already."));

    // Uploading the same file again invites nobody twice; a file with no rows is refused whole.
    let again = upload(&app, &admin, "", file).await;
    let batch: i64 = again.headers()["location"].to_str().unwrap().rsplit('=').next().unwrap().parse().unwrap();
    assert_eq!(list(&app, &admin, "", batch).await["batch"]["invited"], 0);
    let empty = upload(&app, &admin, "", "").await;
    let batch: i64 = empty.headers()["location"].to_str().unwrap().rsplit('=').next().unwrap().parse().unwrap();
    let report = list(&app, &admin, "", batch).await["batch"].clone();
    assert!(report["refused"][0]["reason"].as_str().unwrap().contains("no rows"), "{report}");
    assert_eq!(app.count("invitations").await, 2);
}

async fn resending_replaces_the_link_and_withdrawing_stops_it(app: TestApp) {
    let admin = admin(&app).await;
    invite(&app, &admin, "fay@example.com", "Fay", "").await;
    let first = emailed_token(&app, "fay@example.com", 1).await;
    let id = id_of(&app, &admin, "fay@example.com").await;

    let res = app.call(&admin, "invitations/resend_invitation", &[("id", &id)]).await;
    assert_eq!(json(res).await, "Sent again to fay@example.com.");
    let second = emailed_token(&app, "fay@example.com", 2).await;
    assert_ne!(first, second);
    let old = app.call(&app.client(), "join/open_invitation", &[("token", &first)]).await;
    assert_eq!(old.status(), 422, "the first link stopped working");
    let open = json(app.call(&app.client(), "join/open_invitation", &[("token", &second)]).await).await;
    assert_eq!(open["email"], "fay@example.com");
    assert_eq!(list(&app, &admin, "", 0).await["rows"][0]["sends"], 2);

    let res = app.call(&admin, "invitations/revoke_invitation", &[("id", &id)]).await;
    assert_eq!(res.status(), 200);
    let withdrawn = accept(&app, &app.client(), &second, "Fay").await;
    assert_eq!(withdrawn.status(), 422);
    assert!(refusal(&json(withdrawn).await).contains("withdrawn"));
    assert_eq!(status_of(&app, &admin, "fay@example.com").await, "Revoked");
    assert_eq!(app.call(&admin, "invitations/resend_invitation", &[("id", &id)]).await.status(), 409);
    assert_eq!(app.call(&admin, "invitations/revoke_invitation", &[("id", &id)]).await.status(), 409);
    assert_eq!(app.count("users WHERE email = 'fay@example.com'").await, 0);

    // Inviting the address again renews the same invitation with a new link.
    assert_eq!(invite(&app, &admin, "fay@example.com", "Fay", "").await.status(), 200);
    let third = emailed_token(&app, "fay@example.com", 3).await;
    assert_eq!(accept(&app, &app.client(), &third, "Fay").await.status(), 200);
    assert_eq!(app.count("invitations").await, 1);
    let counts = list(&app, &admin, "", 0).await["counts"].clone();
    assert_eq!(counts, serde_json::json!([["Sent", 0], ["Opened", 0], ["Joined", 1], ["Expired", 0], ["Revoked", 0]]));
}

async fn an_expired_invitation_is_shown_as_expired_and_can_be_sent_again(app: TestApp) {
    let admin = admin(&app).await;
    invite(&app, &admin, "gus@example.com", "", "").await;
    let token = emailed_token(&app, "gus@example.com", 1).await;
    let sql = "UPDATE invitations SET expires_at = expires_at - 15 * 86400";
    app::on_db!(&app.state.db, p => sqlx::query(sql).execute(p).await.map(|_| ())).unwrap();
    assert_eq!(status_of(&app, &admin, "gus@example.com").await, "Expired");
    let page = list(&app, &admin, "expired", 0).await;
    assert_eq!(page["rows"].as_array().unwrap().len(), 1);
    assert_eq!(list(&app, &admin, "sent", 0).await["rows"].as_array().unwrap().len(), 0);
    let late = accept(&app, &app.client(), &token, "Gus").await;
    assert_eq!(late.status(), 422);
    assert!(refusal(&json(late).await).contains("expired"));
    let bad =
        app.call(&admin, "invitations/invitation_list", &[("status", "lost"), ("page", "1"), ("batch", "0")]).await;
    assert_eq!(bad.status(), 422);

    let id = id_of(&app, &admin, "gus@example.com").await;
    assert_eq!(app.call(&admin, "invitations/resend_invitation", &[("id", &id)]).await.status(), 200);
    assert_eq!(status_of(&app, &admin, "gus@example.com").await, "Sent");
    let fresh = emailed_token(&app, "gus@example.com", 2).await;
    assert_eq!(accept(&app, &app.client(), &fresh, "Gus").await.status(), 200);
}

/// Two `chorus serve` processes on one PostgreSQL database: an invitation sent by one is taken up once, when
/// its link is submitted to both at the same moment.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_make_one_account_from_one_invitation() {
    common::within_limit("two_nodes_make_one_account_from_one_invitation", async {
        let (url, _guard) = common::fresh_database(common::Backend::Postgres).await;
        let db = app::db::Db::connect(&url, 4).await.expect("connect");
        db.migrate().await.expect("migrate");
        let (a, b) = (common::nodes::start_node(&url), common::nodes::start_node(&url));
        common::nodes::wait_ready(&a).await;
        common::nodes::wait_ready(&b).await;
        let client = || Client::builder().cookie_store(true).build().expect("client");
        let admin = client();
        assert_eq!(common::sign_up_at(&db, &a.1, &admin, "admin@example.com", "Admin", PW).await.status(), 200);
        app::on_db!(&db, p => sqlx::query("UPDATE users SET role = 'admin'").execute(p).await.map(|_| ()))
            .expect("admin");

        let form = [("email", "hal@example.com"), ("display_name", "Hal"), ("role", "member")];
        assert_eq!(common::call_at(&a.1, &admin, "invitations/invite", &form).await.status(), 200);
        let token = common::token_in_mail(&db, "hal@example.com", "invitation", 0).await.expect("invitation email");
        let submit = |base: String| {
            let token = token.clone();
            async move {
                let form = [("token", token.as_str()), ("display_name", "Hal"), ("password", PW)];
                common::call_at(&base, &client(), "join/accept_invitation", &form).await.status().as_u16()
            }
        };
        let (one, two) = tokio::join!(submit(a.1.clone()), submit(b.1.clone()));
        let mut statuses = [one, two];
        statuses.sort_unstable();
        assert_eq!(statuses, [200, 422], "one account, one refusal");
        let accounts = "SELECT COUNT(*) FROM users WHERE email = 'hal@example.com'";
        let n: i64 = app::on_db!(&db, p => sqlx::query_scalar(accounts).fetch_one(p).await).expect("count");
        assert_eq!(n, 1);
        let listed = common::call_at(
            &b.1,
            &admin,
            "invitations/invitation_list",
            &[("status", "joined"), ("page", "1"), ("batch", "0")],
        )
        .await;
        assert_eq!(json(listed).await["rows"][0]["email"], "hal@example.com", "the other node sees it joined");
    })
    .await
}

async fn an_invitation_puts_the_new_member_in_its_group(app: TestApp) {
    let admin = admin(&app).await;
    let board = crate::groups::group(&app, &admin, "advisory-board", "hidden", "admins").await;
    let form = |email: &'static str, group: &'static str| {
        [("email", email), ("display_name", ""), ("role", "member"), ("group", group)]
    };
    let bad = app.call(&admin, "invitations/invite", &form("nia@example.com", "no-such-group")).await;
    assert_eq!(bad.status(), 422);
    assert_eq!(json(bad).await["Validation"]["field"], "group");
    assert_eq!(app.count("invitations").await, 0, "nothing stored");
    let res = app.call(&admin, "invitations/invite", &form("nia@example.com", "advisory-board")).await;
    assert_eq!(res.status(), 200);
    let row = list(&app, &admin, "", 0).await["rows"][0].clone();
    assert_eq!(row["group"], "advisory-board", "{row}");
    let token = emailed_token(&app, "nia@example.com", 1).await;
    assert_eq!(accept(&app, &app.client(), &token, "Nia Obi").await.status(), 200);
    let nia = app.user_id("nia@example.com").await;
    let sql = "SELECT how FROM group_members WHERE group_id = $1 AND user_id = $2";
    let board_id: i64 = board.parse().unwrap();
    let how: Option<String> =
        app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).bind(board_id).bind(nia).fetch_optional(p).await)
            .unwrap();
    assert_eq!(how.as_deref(), Some("invitation"), "in the group with the account");

    // An upload names one group for everyone in it; a group that does not exist stores nothing.
    let upload_into = |group: &'static str| {
        let b = "chorus-test-boundary";
        let body = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"csv\"\r\n\r\nada@example.com, Ada\nbob@example.com\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"group\"\r\n\r\n{group}\r\n--{b}--\r\n"
        );
        admin
            .post(app.url("/admin/invitations/upload"))
            .header("origin", &app.base)
            .header("content-type", format!("multipart/form-data; boundary={b}"))
            .body(body)
            .send()
    };
    let refused = upload_into("no-such-group").await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("no-such-group"));
    assert_eq!(app.count("invitation_batches").await, 0);
    let done = upload_into("advisory-board").await.unwrap();
    assert_eq!(done.status(), 303, "{:?}", done.text().await);
    let grouped = app
        .count(&format!("invitations WHERE group_id = {board_id} AND email IN ('ada@example.com', 'bob@example.com')"))
        .await;
    assert_eq!(grouped, 2);
}
