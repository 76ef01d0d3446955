//! Email over a real SMTP server (aiosmtpd on loopback): password resets, confirmation links, changing the
//! address, the admin's mail page, retries, and two nodes sharing one outbox.

use crate::common::{self, json, smtp::SmtpServer, Backend, TestApp};
use serde_json::Value;

const PW: &str = "a long enough passphrase";

with_mail!(
    a_forgotten_password_is_reset_by_the_emailed_link,
    a_reset_asked_for_an_unknown_address_looks_the_same_and_sends_nothing,
    forged_used_and_expired_links_are_refused_with_a_reason,
    an_unconfirmed_member_reads_but_cannot_post_until_the_link_is_opened,
    joining_with_a_registered_address_tells_its_owner,
    a_member_moves_to_a_new_address_by_password_and_link,
    the_admin_reads_the_outbox_and_sends_a_test_email,
    a_referral_counts_only_once_the_newcomer_confirms,
    a_notification_is_emailed_as_the_member_chose_and_one_click_stops_it,
    the_digest_collects_what_is_unread_once_per_period,
    a_challenge_decision_is_emailed_at_once_when_chosen,
    emails_and_notifications_speak_each_member_s_language,
);

async fn a_forgotten_password_is_reset_by_the_emailed_link(app: TestApp) {
    let laptop = app.client();
    assert_eq!(app.sign_up(&laptop, "ada@example.com", "Ada", PW).await.status(), 200);
    assert_eq!(app.me(&laptop).await["email"], "ada@example.com");

    let guest = app.client();
    let res = app.call(&guest, "recovery/request_password_reset", &[("email", "Ada@Example.com")]).await;
    assert_eq!(res.status(), 200);
    let mail = app.mailbox().latest("ada@example.com", "Reset your password").await;
    assert_eq!(mail.subject, "Reset your password · Chorus");
    assert_eq!(mail.from, "Chorus Test <community@example.com>");
    assert!(mail.html.contains("Choose a new password"), "{}", mail.html);
    let link = mail.link(&format!("{}/reset-password?token=", app.base));
    let token = common::token_of(&link);
    assert_eq!(token.len(), 64, "{link}");

    // The page the link opens, then the new password.
    assert_eq!(guest.get(&link).send().await.unwrap().status(), 200);
    let new_pw = "a brand new passphrase";
    let res = app.call(&guest, "recovery/reset_password", &[("token", &token), ("password", new_pw)]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    assert_eq!(app.me(&guest).await["email"], "ada@example.com", "the browser that reset is signed in");
    assert_eq!(app.me(&laptop).await, Value::Null, "every other session ended");
    assert_eq!(app.sign_in(&app.client(), "ada@example.com", PW).await.status(), 422, "the old password is gone");
    assert_eq!(app.sign_in(&app.client(), "ada@example.com", new_pw).await.status(), 200);
    let told = app.mailbox().latest("ada@example.com", "Your password was changed").await;
    assert!(told.text.contains("signed out"), "{}", told.text);
    // The link works once.
    let again = app
        .call(&app.client(), "recovery/reset_password", &[("token", &token), ("password", "yet another passphrase")])
        .await;
    assert_eq!(again.status(), 422);
    assert!(json(again).await["Validation"]["message"].as_str().unwrap().contains("already used"));
}

async fn a_reset_asked_for_an_unknown_address_looks_the_same_and_sends_nothing(app: TestApp) {
    app.sign_up(&app.client(), "ada@example.com", "Ada", PW).await;
    let before = common::last_mail_id(&app.state.db).await;
    let ask = |email: &'static str| {
        let (c, url, origin) = (app.client(), app.url("/api/recovery/request_password_reset"), app.base.clone());
        async move {
            let res = c
                .post(url)
                .header("origin", origin)
                .header("accept", "text/html")
                .form(&[("email", email)])
                .send()
                .await
                .unwrap();
            (res.status(), res.headers().get("location").cloned(), res.text().await.unwrap())
        }
    };
    let unknown = ask("nobody@example.com").await;
    assert_eq!(common::last_mail_id(&app.state.db).await, before, "no email for an unknown address");
    let known = ask("ada@example.com").await;
    assert_eq!(unknown, known, "the same answer either way");
    assert_eq!(known.1.unwrap(), "/forgot-password?sent=1");
    app.mailbox().latest("ada@example.com", "Reset your password").await;
    // Malformed input is named; asking too often per address is limited.
    let bad = app.call(&app.client(), "recovery/request_password_reset", &[("email", "not-an-email")]).await;
    assert_eq!(bad.status(), 422);
    assert_eq!(json(bad).await["Validation"]["field"], "email");
    let mut last = 0;
    for _ in 0..6 {
        last = app
            .call(&app.client(), "recovery/request_password_reset", &[("email", "ada@example.com")])
            .await
            .status()
            .as_u16();
    }
    assert_eq!(last, 429, "five reset emails an hour per address");
}

async fn forged_used_and_expired_links_are_refused_with_a_reason(app: TestApp) {
    let c = app.client();
    let res = app.call(&c, "recovery/confirm_email", &[("token", &"ab".repeat(32))]).await;
    assert_eq!(res.status(), 422);
    assert!(json(res).await["Validation"]["message"].as_str().unwrap().contains("not valid"));

    app.sign_up_only(&c, "ada@example.com", "Ada", PW).await;
    let token = common::token_in_mail(&app.state.db, "ada@example.com", "verify", 0).await.expect("link");
    let sql = "UPDATE account_tokens SET expires_at = 1";
    app::on_db!(&app.state.db, p => sqlx::query(sql).execute(p).await.map(|_| ())).expect("expire");
    let res = app.call(&c, "recovery/confirm_email", &[("token", &token)]).await;
    assert_eq!(res.status(), 422);
    assert!(json(res).await["Validation"]["message"].as_str().unwrap().contains("expired"));
    assert_eq!(app.me(&c).await, Value::Null);
    // A reset link does not confirm, and a confirmation link does not reset.
    let res =
        app.call(&c, "recovery/reset_password", &[("token", &token), ("password", "a brand new passphrase")]).await;
    assert!(json(res).await["Validation"]["message"].as_str().unwrap().contains("not valid"));
}

async fn an_unconfirmed_member_reads_but_cannot_post_until_the_link_is_opened(app: TestApp) {
    let c = app.client();
    let res = app.sign_up_only(&c, "ada@example.com", "Ada", PW).await;
    assert_eq!(res.status(), 200);
    assert!(res.headers().get("serverfnredirect").is_some());
    let first = app.mailbox().latest("ada@example.com", "Confirm your email address").await;
    assert!(first.text.contains("valid for 48 hours"), "{}", first.text);
    assert_eq!(app.sign_in(&c, "ada@example.com", PW).await.status(), 200, "signing in works before confirming");
    let me = app.me(&c).await;
    assert_eq!(me["verified"], false);
    assert_eq!(c.get(app.url("/forum")).send().await.unwrap().status(), 200, "reading works");
    let post = app
        .call(
            &c,
            "forum/create_topic",
            &[("category", "general"), ("title", "Hello there all"), ("body", "My first post here.")],
        )
        .await;
    assert_eq!(post.status(), 403);
    assert_eq!(json(post).await, serde_json::json!("Unconfirmed"));
    assert_eq!(app.count("topics").await, 0);
    let account = c.get(app.url("/account")).send().await.unwrap().text().await.unwrap();
    assert!(account.contains("Send the link again"), "the account page says why and offers a new link");

    // A new link replaces the first.
    assert_eq!(app.call(&c, "accounts/resend_confirmation", &[]).await.status(), 200);
    app.mailbox().wait_for("ada@example.com", 2).await;
    let newest = app.mailbox().latest("ada@example.com", "Confirm your email address").await;
    let (old_token, new_token) = (common::token_of(&first.text), common::token_of(&newest.text));
    assert_ne!(old_token, new_token);
    let old = app.call(&c, "recovery/confirm_email", &[("token", &old_token)]).await;
    assert_eq!(old.status(), 422);
    assert_eq!(app.call(&c, "recovery/confirm_email", &[("token", &new_token)]).await.status(), 200);
    assert_eq!(app.me(&c).await["verified"], true);
    let again = app.call(&c, "accounts/resend_confirmation", &[]).await;
    assert_eq!(again.status(), 409, "nothing to confirm any more");
}

async fn joining_with_a_registered_address_tells_its_owner(app: TestApp) {
    app.sign_up(&app.client(), "ada@example.com", "Ada", PW).await;
    let res = app.sign_up_only(&app.client(), "ada@example.com", "Impostor", "another long passphrase").await;
    assert_eq!(res.status(), 200);
    let told = app.mailbox().latest("ada@example.com", "Someone tried to join with your address").await;
    assert!(told.text.contains("/forgot-password"), "{}", told.text);
    // Told once an hour, however often someone tries.
    let before = common::last_mail_id(&app.state.db).await;
    app.sign_up_only(&app.client(), "ada@example.com", "Impostor", "another long passphrase").await;
    assert_eq!(common::last_mail_id(&app.state.db).await, before);
    assert_eq!(app.count("users").await, 1);
}

async fn a_member_moves_to_a_new_address_by_password_and_link(app: TestApp) {
    let c = app.client();
    app.sign_up(&c, "ada@example.com", "Ada", PW).await;
    let wrong = app
        .call(&c, "accounts/change_email", &[("current_password", "not my password"), ("new_email", "ada@new.example")])
        .await;
    assert_eq!(wrong.status(), 422);
    assert_eq!(json(wrong).await["Validation"]["field"], "current_password");
    let bad = app.call(&c, "accounts/change_email", &[("current_password", PW), ("new_email", "nope")]).await;
    assert_eq!(json(bad).await["Validation"]["field"], "new_email");
    let res =
        app.call(&c, "accounts/change_email", &[("current_password", PW), ("new_email", "Ada@New.example")]).await;
    assert_eq!(json(res).await, "ada@new.example");
    let notice = app.mailbox().latest("ada@example.com", "A change of your email address was asked for").await;
    assert!(notice.text.contains("ada@new.example"));
    let confirm = app.mailbox().latest("ada@new.example", "Confirm your new email address").await;
    assert_eq!(app.me(&c).await["email"], "ada@example.com", "nothing changes before the link");
    let token = common::token_of(&confirm.text);
    assert_eq!(app.call(&c, "recovery/confirm_email", &[("token", &token)]).await.status(), 200);
    assert_eq!(app.me(&c).await["email"], "ada@new.example");
    let changed = app.mailbox().latest("ada@example.com", "Your email address was changed").await;
    assert!(changed.text.contains("ada@new.example"));
    assert_eq!(app.sign_in(&app.client(), "ada@new.example", PW).await.status(), 200);
    assert_eq!(app.sign_in(&app.client(), "ada@example.com", PW).await.status(), 422);
}

async fn the_admin_reads_the_outbox_and_sends_a_test_email(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    assert_eq!(app.call(&member, "mailroom/mail_list", &[("status", ""), ("page", "1")]).await.status(), 403);
    let res = app.call(&admin, "mailroom/send_test_mail", &[("to", "ops@example.com")]).await;
    let id = json(res).await.as_i64().expect("id");
    let got = app.mailbox().latest("ops@example.com", "Test email").await;
    assert!(got.text.contains("Chorus"), "the site's name: {}", got.text);
    // Sent: the list and the message say so.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let page = json(app.call(&admin, "mailroom/mail_list", &[("status", "sent"), ("page", "1")]).await).await;
        if page["rows"].as_array().unwrap().iter().any(|r| r["id"] == id) {
            assert_eq!(page["delivers"], true);
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the test email was never marked sent: {page}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let message = json(app.call(&admin, "mailroom/read_mail", &[("id", &id.to_string())]).await).await;
    assert_eq!(message["row"]["status"], "Sent");
    assert!(message["text"].as_str().unwrap().contains("test email"));
    let bad = app.call(&admin, "mailroom/mail_list", &[("status", "lost"), ("page", "1")]).await;
    assert_eq!(bad.status(), 422);
    let sent_again = app.call(&admin, "mailroom/retry_mail", &[("id", &id.to_string())]).await;
    assert_eq!(sent_again.status(), 409, "a sent email is not sent again");
    let page = app.client().get(app.url("/admin/mail")).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("Send a test email") && !page.contains("ops@example.com"), "guests do not see the page");
    let page = admin.get(app.url(&format!("/admin/mail?id={id}"))).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("Send a test email") && page.contains("ops@example.com") && page.contains("Test email · Chorus")
    );
}

async fn a_referral_counts_only_once_the_newcomer_confirms(app: TestApp) {
    use crate::referrals::{code_of, invited_guest, settings};
    let admin = app.member("admin@example.com", "admin").await;
    assert_eq!(settings(&app, &admin, "sign_up", "0", "5", "1000").await.status(), 200);
    let ada = app.member("ada@example.com", "member").await;
    let guest = invited_guest(&app, &code_of(&app, &ada).await).await;
    app.sign_up_only(&guest, "friend@example.com", "Friend", PW).await;
    let status = "SELECT status FROM referrals";
    let points = "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM points_ledger";
    let read = |sql: &'static str| {
        let db = app.state.db.clone();
        async move { app::on_db!(&db, p => sqlx::query_scalar::<_, String>(sql).fetch_one(p).await).expect(sql) }
    };
    let sum = || {
        let db = app.state.db.clone();
        async move { app::on_db!(&db, p => sqlx::query_scalar::<_, i64>(points).fetch_one(p).await).expect("ledger") }
    };
    assert_eq!(read(status).await, "signed_up", "recorded, not counted");
    assert_eq!(sum().await, 0, "no welcome bonus and no reward before confirming");
    let token = common::token_in_mail(&app.state.db, "friend@example.com", "verify", 0).await.expect("link");
    assert_eq!(app.call(&guest, "recovery/confirm_email", &[("token", &token)]).await.status(), 200);
    assert_eq!(read(status).await, "rewarded");
    assert!(sum().await > 0, "welcome bonus and referral reward paid on confirming");
}

/// A category "general" made by a new admin.
async fn general(app: &TestApp) {
    let admin = app.member("staff@example.com", "admin").await;
    let form = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "About it"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &form).await.status(), 200);
}

async fn settled(app: &TestApp) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let sql = "SELECT COUNT(*) FROM notifications WHERE mail_state = 'new'";
    while app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect("count") > 0 {
        assert!(std::time::Instant::now() < deadline, "the courier never handled the notifications");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

async fn a_notification_is_emailed_as_the_member_chose_and_one_click_stops_it(app: TestApp) {
    general(&app).await;
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    let res = app
        .call(
            &ada,
            "forum/create_topic",
            &[("category", "general"), ("title", "Launch notes"), ("body", "What do you think?")],
        )
        .await;
    let topic = json(res).await["topic_id"].as_i64().expect("topic id").to_string();
    let reply = |body: &'static str| {
        let form = [("topic_id", topic.clone()), ("body", body.to_string())];
        let (app, bob) = (&app, &bob);
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.call(bob, "forum/reply_to_topic", &form).await
        }
    };
    let replies_to_ada = || {
        app.mailbox()
            .received()
            .into_iter()
            .filter(|m| m.to == "ada@example.com" && m.subject.contains("replied"))
            .count()
    };

    // Replies default to the digest: nothing by email now.
    assert_eq!(reply("First!").await.status(), 200);
    settled(&app).await;
    let sql = "SELECT mail_state FROM notifications";
    let state: String = app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).fetch_one(p).await).expect("state");
    assert_eq!(state, "digest");
    assert_eq!(replies_to_ada(), 0);

    // Bad choices are named and change nothing; good ones are kept.
    let mut form = vec![("form[reply]", "now"), ("form[mention]", "digest"), ("form[story]", "now")];
    form.extend([("form[challenge]", "digest"), ("form[reward]", "now"), ("form[badge]", "off")]);
    form.extend([("form[referral]", "digest"), ("form[digest_every]", "daily")]);
    let mut bad = form.clone();
    bad[1] = ("form[mention]", "sometimes");
    let refused = app.call(&ada, "notifications/save_email_settings", &bad).await;
    assert_eq!(json(refused).await["Validation"]["field"], "form[mention]");
    assert_eq!(app.call(&ada, "notifications/save_email_settings", &form).await.status(), 200);
    let saved = json(app.call(&ada, "notifications/get_email_settings", &[]).await).await;
    assert_eq!(saved["topics"][0], serde_json::json!(["Reply", "Now"]));
    assert_eq!(saved["topics"][5], serde_json::json!(["Badge", "Off"]));
    assert_eq!(saved["digest_every"], "Daily");

    // At once: the email arrives, with a one-click unsubscribe (RFC 8058).
    assert_eq!(reply("Second, and this one is emailed.").await.status(), 200);
    let mail = app.mailbox().latest("ada@example.com", "Someone replied in “Launch notes”").await;
    assert!(mail.text.contains(&format!("{}/forum/t/{topic}/", app.base)), "{}", mail.text);
    let unsubscribe = mail.header("List-Unsubscribe").expect("List-Unsubscribe");
    assert_eq!(mail.header("List-Unsubscribe-Post").as_deref(), Some("List-Unsubscribe=One-Click"));
    let url = unsubscribe.trim_start_matches('<').trim_end_matches('>').to_string();
    assert!(url.starts_with(&format!("{}/unsubscribe?u=", app.base)) && url.contains("&k=reply&t="), "{url}");
    assert!(mail.text.contains(&url), "the link is in the email too");
    let forged = url.replace("&k=reply", "&k=badge");
    let mail_client = reqwest::Client::new();
    let res = mail_client.post(&forged).body("List-Unsubscribe=One-Click").send().await.unwrap();
    assert_eq!(res.status(), 422, "a signature is bound to its topic");
    let res = mail_client.post(&url).body("List-Unsubscribe=One-Click").send().await.unwrap();
    assert_eq!(res.status(), 200, "no cookies, no session: the signed link is enough");
    let saved = json(app.call(&ada, "notifications/get_email_settings", &[]).await).await;
    assert_eq!(saved["topics"][0], serde_json::json!(["Reply", "Off"]));
    // The page of the link changes nothing by being opened.
    assert_eq!(mail_client.get(&url).send().await.unwrap().status(), 200);

    assert_eq!(reply("Third, not emailed.").await.status(), 200);
    settled(&app).await;
    assert_eq!(replies_to_ada(), 1);
}

async fn the_digest_collects_what_is_unread_once_per_period(app: TestApp) {
    let ada = app.member("ada@example.com", "member").await;
    let bob = app.member("bob@example.com", "member").await;
    app.member("cleo@example.com", "member").await;
    general(&app).await;
    let res = app
        .call(
            &ada,
            "forum/create_topic",
            &[("category", "general"), ("title", "Launch notes"), ("body", "What do you think?")],
        )
        .await;
    let topic = json(res).await["topic_id"].as_i64().expect("topic id").to_string();
    for body in ["First reply here.", "Second reply here."] {
        assert_eq!(app.call(&bob, "forum/reply_to_topic", &[("topic_id", &topic), ("body", body)]).await.status(), 200);
    }
    settled(&app).await;
    let db = app.state.db.clone();
    let mail = app.state.settings.mail.clone();
    let now = app::db::now();
    // Not due yet: a member's first weekly digest comes a week after they joined.
    assert_eq!(app::digest::run(&db, &mail, now, 2).await.expect("digest").sent, 0);
    let sql = "UPDATE users SET created_at = created_at - 8 * 86400";
    app::on_db!(&db, p => sqlx::query(sql).execute(p).await.map(|_| ())).expect("age the accounts");
    // Two runs at once (two nodes): one digest.
    let (a, b) = tokio::join!(app::digest::run(&db, &mail, now, 2), app::digest::run(&db, &mail, now, 2));
    let sent = a.expect("digest").sent + b.expect("digest").sent;
    let digest = app.mailbox().latest("ada@example.com", "Your weekly digest").await;
    app.mailbox().latest("bob@example.com", "Your weekly digest").await;
    let digests: Vec<String> = app
        .mailbox()
        .received()
        .into_iter()
        .filter(|m| m.subject.starts_with("Your weekly digest"))
        .map(|m| m.to)
        .collect();
    assert_eq!(digests.len() as u64, sent, "{digests:?}");
    let mut unique = digests.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), digests.len(), "one digest per member, however many runs: {digests:?}");
    assert!(!digests.contains(&"cleo@example.com".to_string()), "nothing new, nothing sent");
    assert_eq!(digest.subject, "Your weekly digest · Chorus");
    assert!(digest.text.contains("Someone replied in “Launch notes”"), "{}", digest.text);
    assert!(digest.text.contains("Launch notes (3 new posts)"), "popular topics: {}", digest.text);
    assert!(digest.header("List-Unsubscribe").is_some_and(|u| u.contains("&k=digest&")));
    // Nothing new: nothing more, even when due again.
    assert_eq!(app::digest::run(&db, &mail, now + 8 * 86400, 2).await.expect("digest").sent, 0);
    // One click stops the digest: the topics that went to it are off.
    let url = digest.header("List-Unsubscribe").unwrap().trim_matches(|c| c == '<' || c == '>').to_string();
    assert_eq!(
        reqwest::Client::new().post(&url).body("List-Unsubscribe=One-Click").send().await.unwrap().status(),
        200
    );
    let saved = json(app.call(&ada, "notifications/get_email_settings", &[]).await).await;
    assert_eq!(saved["topics"][0], serde_json::json!(["Reply", "Off"]));
    assert_eq!(saved["topics"][2], serde_json::json!(["Story", "Now"]), "at-once topics stay");
}

/// Two `chorus serve` processes on one PostgreSQL database share an outbox of 1,000 emails: each email
/// reaches the SMTP server exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_deliver_each_of_a_thousand_emails_exactly_once() {
    common::within_limit("two_nodes_deliver_each_of_a_thousand_emails_exactly_once", async {
        let smtp = SmtpServer::start().await;
        let (url, _guard) = common::fresh_database(Backend::Postgres).await;
        let db = app::db::Db::connect(&url, 4).await.expect("connect");
        db.migrate().await.expect("migrate");
        let settings = app::state::MailSettings { delivers: true, ..Default::default() };
        let mut tx = db.begin_write().await.expect("tx");
        for i in 0..1000 {
            let subject = format!("Message {i:04}");
            let to = format!("member{}@example.com", i % 37);
            let letter = app::mail::Letter {
                kind: "test",
                to: &to,
                user_id: None,
                lang: app::i18n::Lang::En,
                subject,
                template: "test",
                vars: minijinja::context! { sender => "the test" },
                unsubscribe: None,
            };
            app::mail::outbox::post(&mut tx, &settings, letter, app::db::now()).await.expect("queue");
        }
        tx.commit().await.expect("commit");
        let nodes = [node(&url, &smtp), node(&url, &smtp)];
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        let sent = "SELECT COUNT(*) FROM mail_outbox WHERE status = 'sent'";
        loop {
            let done: i64 = app::on_db!(&db, p => sqlx::query_scalar(sent).fetch_one(p).await).expect("count");
            if done == 1000 && smtp.received().len() >= 1000 {
                break;
            }
            assert!(std::time::Instant::now() < deadline, "only {done} of 1000 emails were sent");
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        // A moment for a duplicate to show up, if there were one.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let received = smtp.received();
        let mut subjects: Vec<String> = received.iter().map(|m| m.subject.clone()).collect();
        subjects.sort();
        subjects.dedup();
        assert_eq!(received.len(), 1000, "one delivery per email");
        assert_eq!(subjects.len(), 1000, "every email, none twice");
        drop(nodes);
    })
    .await
}

struct Node(std::process::Child);

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn node(url: &str, smtp: &SmtpServer) -> Node {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(["--database-url", url, "serve", "--addr", &addr, "--smtp-url", &smtp.url()])
        .args(["--mail-from", "Chorus Test <community@example.com>", "--public-origin", &format!("http://{addr}")])
        .arg("--site-root")
        .arg(std::env::temp_dir())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start chorus");
    Node(child)
}

async fn a_challenge_decision_is_emailed_at_once_when_chosen(app: TestApp) {
    let admin = app.member("staff@example.com", "admin").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let ada = app.member("ada@example.com", "member").await;
    let mut form = vec![("form[reply]", "digest"), ("form[mention]", "digest"), ("form[story]", "now")];
    form.extend([("form[challenge]", "now"), ("form[reward]", "now"), ("form[badge]", "off")]);
    form.extend([("form[referral]", "now"), ("form[digest_every]", "weekly")]);
    assert_eq!(app.call(&ada, "notifications/save_email_settings", &form).await.status(), 200);
    let challenge = crate::challenges::challenge("Review us", "review", &[]);
    let id = json(app.call(&admin, "challenges/save_challenge", &challenge).await).await.as_i64().unwrap().to_string();
    let done = [("id", id.as_str()), ("mode", "review"), ("input", "https://g2.example/review/7")];
    assert_eq!(app.call(&ada, "challenges/complete_challenge", &done).await.status(), 200);
    let queue =
        json(app.call(&moderator, "challenges/get_completions", &[("status", "pending"), ("page", "1")]).await).await;
    let completion = queue["items"][0]["id"].as_i64().unwrap().to_string();
    let decide = [("id", completion.as_str()), ("decision", "reject"), ("note", "The link does not open.")];
    assert_eq!(app.call(&moderator, "challenges/decide_completion", &decide).await.status(), 200);

    let mail = app.mailbox().latest("ada@example.com", "Your completion of the challenge").await;
    assert_eq!(mail.subject, "Your completion of the challenge “Review us” was not accepted · Chorus");
    assert!(mail.text.contains(&format!("{}/challenges", app.base)), "{}", mail.text);
    assert!(mail.header("List-Unsubscribe").is_some(), "a notification email can be stopped in one click");
}

/// A member who chose German gets German emails, whatever language the request that causes them speaks; a
/// member who chose nothing is written to in the language of the page they asked from; notifications are
/// worded when read, so the page and the email speak the reader's language.
async fn emails_and_notifications_speak_each_member_s_language(app: TestApp) {
    general(&app).await;
    let ada = app.client();
    app.sign_up(&ada, "ada@example.com", "Ada", PW).await;
    let switched = ada
        .post(app.url("/language"))
        .header("origin", &app.base)
        .form(&[("lang", "de"), ("then", "/")])
        .send()
        .await
        .expect("switch");
    assert_eq!(switched.status(), 303, "Ada's choice is saved to her account");

    // Asked from an English page, written in Ada's German.
    let ask = |lang: &'static str, email: &'static str| {
        app.client()
            .post(app.url("/api/recovery/request_password_reset"))
            .header("origin", &app.base)
            .header("accept-language", lang)
            .form(&[("email", email)])
            .send()
    };
    assert_eq!(ask("en", "ada@example.com").await.expect("reset").status(), 200);
    let mail = app.mailbox().latest("ada@example.com", "Setze dein Passwort zurück").await;
    assert_eq!(mail.subject, "Setze dein Passwort zurück · Chorus");
    assert!(mail.text.contains("Hallo Ada,") && mail.text.contains("hoffentlich du"), "{}", mail.text);
    assert!(mail.html.contains(r#"<html lang="de" dir="ltr">"#) && mail.html.contains("Neues Passwort wählen"));

    // Bob chose nothing: his reset comes in the language of the page he asked from.
    let bob = app.member("bob@example.com", "member").await;
    assert_eq!(ask("es-ES,es;q=0.9", "bob@example.com").await.expect("reset").status(), 200);
    let mail = app.mailbox().latest("bob@example.com", "Restablece tu contraseña").await;
    assert!(mail.text.contains("el enlace funciona una sola vez"), "{}", mail.text);

    // A notification by email, at once: in German, and its footer names the German setting.
    let mut form = vec![("form[reply]", "now"), ("form[mention]", "digest"), ("form[story]", "now")];
    form.extend([("form[challenge]", "digest"), ("form[reward]", "now"), ("form[badge]", "off")]);
    form.extend([("form[referral]", "digest"), ("form[digest_every]", "daily")]);
    assert_eq!(app.call(&ada, "notifications/save_email_settings", &form).await.status(), 200);
    let topic = [("category", "general"), ("title", "Launch notes"), ("body", "What do you think?")];
    let res = app.call(&ada, "forum/create_topic", &topic).await;
    let made = json(res).await;
    let topic = made["topic_id"].as_i64().unwrap_or_else(|| panic!("a topic: {made}")).to_string();
    let reply = app.call(&bob, "forum/reply_to_topic", &[("topic_id", &topic), ("body", "Looks good to me.")]).await;
    assert_eq!(reply.status(), 200);
    let mail = app.mailbox().latest("ada@example.com", "Someone hat in „Launch notes“ geantwortet").await;
    assert!(mail.text.contains("Hallo Ada,"), "{}", mail.text);
    assert!(mail
        .text
        .contains("„Antworten in Themen, denen ich folge“ bei deinem Konto bei Chorus auf „Sofort per E-Mail“"));
    assert!(mail.text.contains("Diese E-Mails abbestellen: "), "{}", mail.text);

    // The same notification on her page, in German; Bob, who chose nothing, reads his in his browser's.
    let page = ada.get(app.url("/notifications")).header("accept", "text/html").send().await.expect("page");
    let page = page.text().await.expect("page");
    assert!(page.contains(r#"<html lang="de""#) && page.contains("Benachrichtigungen"), "the page is German");
    assert!(page.contains("hat in „Launch notes“ geantwortet"), "the notification is worded in German");
}
