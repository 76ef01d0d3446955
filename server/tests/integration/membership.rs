//! Who is in (issue 16) over HTTP on both backends: invitation-only sign-up with domains that join directly,
//! applications that wait for an admin who approves or declines them, and staff who suspend or silence a
//! member for a period (and lift it), each refused where it must be.

use crate::common::{json, last_mail_id, token_in_mail, TestApp};

both_backends!(
    invitation_only_closes_sign_up_except_to_the_listed_domains,
    a_bad_join_policy_is_refused_naming_the_field_and_nothing_changes,
    an_application_waits_for_an_admin_who_approves_or_declines_it,
    staff_suspend_and_silence_members_below_them_and_lift_it,
    the_member_list_searches_filters_orders_and_exports_what_it_finds,
    the_list_narrows_by_group_and_nps_and_each_member_has_a_page_of_their_own,
    badges_are_the_admins_to_make_change_and_retire,
);

const PW: &str = "correct horse battery staple";

async fn policy(
    app: &TestApp,
    admin: &reqwest::Client,
    mode: &str,
    questions: &str,
    domains: &str,
) -> reqwest::Response {
    app.call(admin, "settings/save_join_policy", &[("mode", mode), ("questions", questions), ("domains", domains)])
        .await
}

async fn page(app: &TestApp, path: &str) -> String {
    let res = app.client().get(app.url(path)).header("accept", "text/html").send().await.expect("page");
    res.text().await.unwrap_or_default()
}

async fn mail_text(app: &TestApp, email: &str, kind: &str) -> String {
    app::mail::outbox::latest_to(&app.state.db, email, kind).await.expect("outbox").map(|(_, t)| t).unwrap_or_default()
}

async fn invitation_only_closes_sign_up_except_to_the_listed_domains(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    assert!(page(&app, "/").await.contains(r#"href="/sign-up""#), "open: the header offers Join");

    assert_eq!(policy(&app, &admin, "invite", "", "").await.status(), 200);
    let home = page(&app, "/").await;
    assert!(!home.contains(r#"href="/sign-up""#), "invitation only: no Join link\n{home}");
    assert!(page(&app, "/sign-up").await.contains("Joining is by invitation"));
    let users = app.count("users").await;
    let refused = app.sign_up_only(&app.client(), "stranger@other.org", "Stranger", PW).await;
    assert_eq!(refused.status(), 422);
    let body = json(refused).await;
    assert_eq!(body["Validation"]["field"], "email", "{body}");
    assert!(body.to_string().contains("by invitation only"), "{body}");
    assert_eq!(app.count("users").await, users, "nobody was stored");

    assert_eq!(policy(&app, &admin, "invite", "", "acme.com").await.status(), 200);
    let sign_up = page(&app, "/sign-up").await;
    assert!(sign_up.contains("Addresses at acme.com can join here"), "{sign_up}");
    let other = app.sign_up_only(&app.client(), "stranger@other.org", "Stranger", PW).await;
    assert_eq!(other.status(), 422);
    assert!(json(other).await.to_string().contains("Only addresses at acme.com"));
    let staff = app.client();
    assert_eq!(app.sign_up(&staff, "dev@acme.com", "Dev", PW).await.status(), 200);
    assert_eq!(app.me(&staff).await["verified"], true, "a listed domain joins directly, its address confirmed");

    // An invitation still works whatever the mode: the admin's invitation is the way in.
    let invited = app
        .call(&admin, "invitations/invite", &[("email", "guest@else.org"), ("display_name", ""), ("role", "member")])
        .await;
    assert_eq!(invited.status(), 200, "{:?}", invited.text().await);
    let token = token_in_mail(&app.state.db, "guest@else.org", "invitation", 0).await.expect("invitation email");
    let guest = app.client();
    let form = [("token", token.as_str()), ("display_name", "Guest"), ("password", PW)];
    let joined = app.call(&guest, "join/accept_invitation", &form).await;
    assert_eq!(joined.status(), 200, "{:?}", joined.text().await);
    assert_eq!(app.me(&guest).await["email"], "guest@else.org");
}

async fn a_bad_join_policy_is_refused_naming_the_field_and_nothing_changes(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    assert_eq!(policy(&app, &member, "invite", "", "").await.status(), 403, "members cannot change it");
    for (mode, questions, domains, field) in [
        ("everyone", "", "", "mode"),
        ("approval", &"Why?\n".repeat(6) as &str, "", "questions"),
        ("approval", "Why?", "localhost", "domains"),
        ("approval", "Why?", "ada@example.com", "domains"),
    ] {
        let res = policy(&app, &admin, mode, questions, domains).await;
        assert_eq!(res.status(), 422, "{mode} {questions:?} {domains:?}");
        assert_eq!(json(res).await["Validation"]["field"], field);
    }
    assert!(page(&app, "/").await.contains(r#"href="/sign-up""#), "still open: nothing was saved");
}

async fn an_application_waits_for_an_admin_who_approves_or_declines_it(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let saved = policy(&app, &admin, "approval", "Where do you work?\nWhat do you use Acme for?", "acme.com").await;
    assert_eq!(saved.status(), 200);
    let form = page(&app, "/sign-up").await;
    assert!(form.contains("Apply to join") && form.contains("What do you use Acme for?"), "{form}");
    assert!(form.contains(r#"name="answers[1]""#), "{form}");

    let users = app.count("users").await;
    let c = app.client();
    let base = [("email", "grace@else.org"), ("display_name", "Grace"), ("password", PW)];
    let missing = app.call(&c, "join/sign_up", &[base.as_slice(), &[("answers[0]", "Navy")]].concat()).await;
    assert_eq!(missing.status(), 422);
    let e = json(missing).await;
    assert_eq!(e["Validation"]["field"], "answers");
    assert!(e.to_string().contains("What do you use Acme for?"), "the unanswered question is named: {e}");
    assert_eq!(app.count("applications").await, 0, "nothing stored");

    let before = last_mail_id(&app.state.db).await;
    let full = [base.as_slice(), &[("answers[0]", "Navy"), ("answers[1]", "Compilers")]].concat();
    let applied = app.call(&c, "join/sign_up", &full).await;
    assert_eq!(applied.status(), 200);
    assert_eq!(app.count("users").await, users, "no account before approval");
    let waiting = app.sign_in(&app.client(), "grace@else.org", PW).await;
    assert_eq!(waiting.status(), 403, "an applicant who knows their password is told it waits");
    assert!(json(waiting).await.to_string().contains("application to join is waiting"));
    let wrong = app.sign_in(&app.client(), "grace@else.org", "not the password at all").await;
    assert_eq!(wrong.status(), 422, "a wrong password learns nothing");

    // A registered address applying gets the same answer and no application.
    let again = [
        ("email", "admin@example.com"),
        ("display_name", "X"),
        ("password", PW),
        ("answers[0]", "a"),
        ("answers[1]", "b"),
    ];
    assert_eq!(app.call(&app.client(), "join/sign_up", &again).await.status(), 200);
    assert_eq!(app.count("applications").await, 1);

    // Before the address is confirmed, the queue does not offer it.
    let queue = json(app.call(&admin, "applications/get_application_queue", &[("page", "1")]).await).await;
    assert_eq!(queue["pending"], 0);
    assert_eq!(queue["unconfirmed"], 1);
    let token = token_in_mail(&app.state.db, "grace@else.org", "application_confirm", before).await.expect("link");
    let confirmed = app.call(&app.client(), "applications/confirm_application", &[("token", &token)]).await;
    assert_eq!(confirmed.status(), 200);
    let twice = app.call(&app.client(), "applications/confirm_application", &[("token", &token)]).await;
    assert_eq!(twice.status(), 422, "a link works once");

    let member = app.member("ada@acme.com", "member").await;
    let peek = app.call(&member, "applications/get_application_queue", &[("page", "1")]).await;
    assert_eq!(peek.status(), 403, "members never see applications");
    let queue = json(app.call(&admin, "applications/get_application_queue", &[("page", "1")]).await).await;
    assert_eq!(queue["pending"], 1);
    let grace = &queue["applications"][0];
    assert_eq!(grace["email"], "grace@else.org");
    assert_eq!(grace["answers"][1]["answer"], "Compilers");
    let id = grace["id"].as_i64().unwrap().to_string();

    let approved = app.call(&admin, "applications/approve_application", &[("id", &id)]).await;
    assert_eq!(approved.status(), 200, "{:?}", approved.text().await);
    let again = app.call(&admin, "applications/approve_application", &[("id", &id)]).await;
    assert_eq!(again.status(), 409, "decided once");
    assert!(mail_text(&app, "grace@else.org", "application_approved").await.contains("was approved"));
    let g = app.client();
    assert_eq!(app.sign_in(&g, "grace@else.org", PW).await.status(), 200, "approved: signs in with the password given");
    assert_eq!(app.me(&g).await["verified"], true);

    // A second applicant, declined with a note.
    let before = last_mail_id(&app.state.db).await;
    let form = [
        ("email", "mallory@else.org"),
        ("display_name", "Mallory"),
        ("password", PW),
        ("answers[0]", "x"),
        ("answers[1]", "y"),
    ];
    assert_eq!(app.call(&app.client(), "join/sign_up", &form).await.status(), 200);
    let token = token_in_mail(&app.state.db, "mallory@else.org", "application_confirm", before).await.expect("link");
    assert_eq!(app.call(&app.client(), "applications/confirm_application", &[("token", &token)]).await.status(), 200);
    let queue = json(app.call(&admin, "applications/get_application_queue", &[("page", "1")]).await).await;
    let id = queue["applications"][0]["id"].as_i64().unwrap().to_string();
    let long = "x".repeat(501);
    let bad = app.call(&admin, "applications/decline_application", &[("id", &id), ("note", &long)]).await;
    assert_eq!(bad.status(), 422);
    let note = "We keep this community to Acme customers.";
    let declined = app.call(&admin, "applications/decline_application", &[("id", &id), ("note", note)]).await;
    assert_eq!(declined.status(), 200);
    assert!(mail_text(&app, "mallory@else.org", "application_declined").await.contains(note));
    assert_eq!(app.sign_in(&app.client(), "mallory@else.org", PW).await.status(), 422, "declined: no account");
    let audited = app.count("audit_log WHERE action IN ('approve_application', 'decline_application')").await;
    assert_eq!(audited, 2);

    // The listed domain skips the questions and the queue.
    let staff = app.client();
    assert_eq!(app.sign_up(&staff, "dev@acme.com", "Dev", PW).await.status(), 200);
    assert_eq!(app.me(&staff).await["verified"], true);
    assert_eq!(app.count("applications").await, 2, "the listed domain made no application");
}

async fn staff_suspend_and_silence_members_below_them_and_lift_it(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    app.member("mod2@example.com", "moderator").await;
    let member = app.client();
    assert_eq!(app.sign_up(&member, "ada@example.com", "Ada", PW).await.status(), 200);
    let cat = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "Anything"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &cat).await.status(), 200);
    let post = |c: &reqwest::Client, title: &'static str| {
        let c = c.clone();
        let app = &app;
        async move {
            app.call(&c, "forum/create_topic", &[("category", "general"), ("title", title), ("body", "Hello")]).await
        }
    };
    let ada = app.user_id("ada@example.com").await.to_string();
    let restrict = |c: &reqwest::Client, who: String, kind: &'static str, days: &'static str, reason: &'static str| {
        let c = c.clone();
        let app = &app;
        async move {
            let form = [("user_id", who.as_str()), ("kind", kind), ("days", days), ("reason", reason)];
            app.call(&c, "admin/restrict_member", &form).await
        }
    };

    // Refusals first: nothing changes.
    assert_eq!(restrict(&member, ada.clone(), "silence", "3", "x").await.status(), 403, "members cannot");
    let bad_period = restrict(&moderator, ada.clone(), "silence", "5", "Spam").await;
    assert_eq!(json(bad_period).await["Validation"]["field"], "days");
    let no_reason = restrict(&moderator, ada.clone(), "silence", "3", "  ").await;
    assert_eq!(json(no_reason).await["Validation"]["field"], "reason");
    let admin_id = app.user_id("admin@example.com").await.to_string();
    let on_admin = json(restrict(&moderator, admin_id.clone(), "suspend", "7", "x").await).await;
    assert!(on_admin.to_string().contains("An admin cannot be suspended"), "{on_admin}");
    let on_peer =
        json(restrict(&moderator, app.user_id("mod2@example.com").await.to_string(), "suspend", "7", "x").await).await;
    assert!(on_peer.to_string().contains("Only an admin can suspend a moderator"), "{on_peer}");
    let own =
        json(restrict(&moderator, app.user_id("mod@example.com").await.to_string(), "suspend", "7", "x").await).await;
    assert!(own.to_string().contains("You cannot suspend yourself"), "{own}");
    let admin_self = json(restrict(&admin, admin_id, "suspend", "7", "x").await).await;
    assert!(admin_self.to_string().contains("You cannot suspend yourself"), "{admin_self}");
    assert_eq!(post(&member, "Still free").await.status(), 200);

    // Silenced: reads, cannot post; lifted: posts again.
    assert_eq!(restrict(&moderator, ada.clone(), "silence", "3", "Spam links in replies").await.status(), 200);
    let quiet = post(&member, "Blocked").await;
    assert_eq!(quiet.status(), 403);
    let said = json(quiet).await.to_string();
    assert!(said.contains("You cannot post until") && said.contains("Spam links in replies"), "{said}");
    assert_eq!(app.me(&member).await["email"], "ada@example.com", "still signed in");
    assert!(mail_text(&app, "ada@example.com", "restricted").await.contains("Spam links in replies"));
    let standing = json(app.call(&moderator, "admin/get_member_standing", &[("user_id", &ada)]).await).await;
    assert_eq!(standing["silenced"]["reason"], "Spam links in replies");
    assert_eq!(standing["can_restrict"], true);
    let lifted = app.call(&moderator, "admin/lift_restriction", &[("user_id", &ada), ("kind", "silence")]).await;
    assert_eq!(lifted.status(), 200);
    assert_eq!(post(&member, "Back again").await.status(), 200);
    let twice = app.call(&moderator, "admin/lift_restriction", &[("user_id", &ada), ("kind", "silence")]).await;
    assert_eq!(twice.status(), 409);

    // Suspended: the session ends, and signing in says until when and why (only with the right password).
    assert_eq!(restrict(&moderator, ada.clone(), "suspend", "7", "Harassment").await.status(), 200);
    let home = member.get(app.url("/")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(home.status(), 200, "a suspended member's next page is a guest's");
    assert!(home.text().await.unwrap().contains(r#"href="/sign-in""#));
    assert!(app.me(&member).await.is_null(), "the suspended member's session ended");
    let refused = app.sign_in(&app.client(), "ada@example.com", PW).await;
    assert_eq!(refused.status(), 403);
    let said = json(refused).await.to_string();
    assert!(said.contains("suspended until") && said.contains("Harassment"), "{said}");
    let wrong = app.sign_in(&app.client(), "ada@example.com", "not the password at all").await;
    assert_eq!(wrong.status(), 422, "a wrong password learns nothing");
    assert_eq!(
        app.call(&admin, "admin/lift_restriction", &[("user_id", &ada), ("kind", "suspend")]).await.status(),
        200
    );
    assert_eq!(app.sign_in(&app.client(), "ada@example.com", PW).await.status(), 200, "reinstated");

    // An admin may restrict a moderator.
    let mod2 = app.user_id("mod2@example.com").await.to_string();
    assert_eq!(restrict(&admin, mod2, "silence", "1", "Cool off").await.status(), 200);
    let audited = app.count("audit_log WHERE action IN ('suspend', 'silence', 'lift_suspend', 'lift_silence')").await;
    assert_eq!(audited, 5);
    let standing_page = app.client();
    assert_eq!(app.call(&standing_page, "admin/get_member_standing", &[("user_id", &ada)]).await.status(), 401);
}

async fn the_member_list_searches_filters_orders_and_exports_what_it_finds(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let grace = app.client();
    assert_eq!(app.sign_up(&grace, "grace@example.com", "Grace Hopper", PW).await.status(), 200);
    assert_eq!(app.sign_up(&app.client(), "ada@example.com", "Ada Lovelace", PW).await.status(), 200);
    assert_eq!(app.sign_up(&app.client(), "percent@example.com", "Fifty % Off", PW).await.status(), 200);
    app.member("mod@example.com", "moderator").await;
    let list = |form: Vec<(&'static str, &'static str)>| {
        let admin = admin.clone();
        let app = &app;
        async move {
            let mut named: Vec<(String, &str)> = form.into_iter().map(|(k, v)| (format!("filter[{k}]"), v)).collect();
            named.push(("page".into(), "1"));
            let form: Vec<(&str, &str)> = named.iter().map(|(k, v)| (k.as_str(), *v)).collect();
            app.call(&admin, "admin/list_members", &form).await
        }
    };
    let emails = |page: &serde_json::Value| -> Vec<String> {
        page["members"].as_array().unwrap().iter().map(|m| m["email"].as_str().unwrap().to_string()).collect()
    };

    let all = json(list(vec![]).await).await;
    assert_eq!(all["total"], 5);
    assert_eq!(emails(&all)[0], "mod@example.com", "newest first by default");
    let found = json(list(vec![("q", "  GRACE ")]).await).await;
    assert_eq!((found["total"].clone(), emails(&found)), (serde_json::json!(1), vec!["grace@example.com".to_string()]));
    assert_eq!(json(list(vec![("q", "hopper")]).await).await["total"], 1, "the name is searched too");
    let literal = json(list(vec![("q", "%")]).await).await;
    assert_eq!(emails(&literal), vec!["percent@example.com".to_string()], "% matches only itself");
    assert_eq!(json(list(vec![("role", "moderator")]).await).await["total"], 1);
    assert_eq!(app.me(&grace).await["email"], "grace@example.com");
    let by_name = json(list(vec![("sort", "name")]).await).await;
    assert_eq!(emails(&by_name)[..2], ["ada@example.com".to_string(), "percent@example.com".to_string()]);
    assert!(by_name["members"][0]["last_seen_at"].is_null(), "Ada has not been back since joining");
    let grace_row = &by_name["members"][2];
    assert_eq!(grace_row["email"], "grace@example.com");
    assert!(grace_row["last_seen_at"].is_i64(), "Grace's visit was noted: {grace_row}");

    let moderator = app.member("mod2@example.com", "moderator").await;
    let grace_id = app.user_id("grace@example.com").await.to_string();
    let form = [("user_id", grace_id.as_str()), ("kind", "suspend"), ("days", "7"), ("reason", "Testing")];
    assert_eq!(app.call(&moderator, "admin/restrict_member", &form).await.status(), 200);
    let suspended = json(list(vec![("status", "suspended")]).await).await;
    assert_eq!(emails(&suspended), vec!["grace@example.com".to_string()]);
    assert!(suspended["members"][0]["suspended_until"].is_i64());
    let active = json(list(vec![("status", "active")]).await).await;
    assert!(!emails(&active).contains(&"grace@example.com".to_string()));

    let bad = list(vec![("role", "root")]).await;
    assert_eq!(bad.status(), 422);
    assert_eq!(json(bad).await["Validation"]["field"], "role");
    assert_eq!(app.call(&moderator, "admin/list_members", &[("page", "1")]).await.status(), 403);

    let html = admin.get(app.url("/admin/members?q=grace")).header("accept", "text/html").send().await.unwrap();
    let html = html.text().await.unwrap();
    assert!(html.contains("grace@example.com") && !html.contains("ada@example.com"), "{html}");
    assert!(html.contains(r#"href="/admin/members.csv?q=grace""#), "the CSV link carries the search");

    let csv = admin.get(app.url("/admin/members.csv?q=grace")).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let text = csv.text().await.unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("id,name,email,handle,role,level,joined,last seen,confirmed,status,groups,"));
    assert!(lines[1].contains(",Grace Hopper,grace@example.com,") && lines[1].contains(",suspended,"), "{text}");
    assert_eq!(moderator.get(app.url("/admin/members.csv")).send().await.unwrap().status(), 403);
    assert_eq!(app.client().get(app.url("/admin/members.csv")).send().await.unwrap().status(), 401);
    assert_eq!(admin.get(app.url("/admin/members.csv?sort=random")).send().await.unwrap().status(), 422);
}

async fn the_list_narrows_by_group_and_nps_and_each_member_has_a_page_of_their_own(app: TestApp) {
    use crate::{groups::group, nps, referrals};
    let admin = app.member("admin@example.com", "admin").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let grace = app.client();
    assert_eq!(app.sign_up(&grace, "grace@example.com", "Grace Hopper", PW).await.status(), 200);
    let code = referrals::code_of(&app, &grace).await;
    let ada = referrals::invited_guest(&app, &code).await;
    assert_eq!(app.sign_up(&ada, "ada@example.com", "Ada Lovelace", PW).await.status(), 200);
    let board = group(&app, &admin, "advisory-board", "hidden", "admins").await;
    let add = [("group_id", board.as_str()), ("people", "grace@example.com")];
    assert_eq!(app.call(&admin, "groups/add_members", &add).await.status(), 200);
    let (code, id) = {
        let res = app.call(&admin, "nps/save_survey", &nps::survey("Pulse", &nps::today(), &[])).await;
        (res.status(), res.text().await.unwrap().trim().to_string())
    };
    assert_eq!(code, 200, "{id}");
    for (who, score, why) in [(&grace, "3", "Too slow"), (&ada, "10", "")] {
        let answer = [("id", id.as_str()), ("choice", "answer"), ("score", score), ("comment", why)];
        assert_eq!(app.call(who, "nps/answer_survey", &answer).await.status(), 200);
    }
    // Grace writes; Ada flags it; a moderator hides it.
    let form = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "All"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &form).await.status(), 200);
    let res = app
        .call(&grace, "forum/create_topic", &[("category", "general"), ("title", "Speed"), ("body", "It is slow")])
        .await;
    let post = json(res).await["post_id"].to_string();
    let flag = [("post_id", post.as_str()), ("reason", "other"), ("note", "Rude tone")];
    assert_eq!(app.call(&ada, "forum/flag_post", &flag).await.status(), 200);
    let hide = [("post_id", post.as_str()), ("action", "hide")];
    assert_eq!(app.call(&moderator, "forum/resolve_flags", &hide).await.status(), 200);

    let list = |form: Vec<(&'static str, String)>| {
        let admin = admin.clone();
        let app = &app;
        async move {
            let mut named: Vec<(String, String)> = form.into_iter().map(|(k, v)| (format!("filter[{k}]"), v)).collect();
            named.push(("page".into(), "1".into()));
            let form: Vec<(&str, &str)> = named.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            json(app.call(&admin, "admin/list_members", &form).await).await
        }
    };
    let in_board = list(vec![("group", board.clone())]).await;
    assert_eq!(in_board["total"], 1, "{in_board}");
    let row = &in_board["members"][0];
    assert_eq!((row["email"].as_str(), row["groups"][0].as_str()), (Some("grace@example.com"), Some("advisory-board")));
    assert_eq!(row["nps"], 3);
    let detractors = list(vec![("nps", "detractor".into())]).await;
    assert_eq!(detractors["total"], 1);
    let promoters = list(vec![("nps", "promoter".into())]).await;
    assert_eq!(promoters["members"][0]["email"], "ada@example.com");
    assert_eq!(promoters["members"][0]["referred_by"][0], "Grace Hopper", "{promoters}");
    assert_eq!(list(vec![("nps", "unanswered".into())]).await["total"], 2, "the admin and the moderator");
    let bad = list(vec![("nps", "fans".into())]).await;
    assert_eq!(bad["Validation"]["field"], "nps", "{bad}");
    let csv = admin.get(app.url(&format!("/admin/members.csv?group={board}"))).send().await.unwrap();
    let text = csv.text().await.unwrap();
    assert!(text.lines().next().unwrap().ends_with("groups,nps group,referred by,balance,lifetime points,nps score"));
    assert!(text.contains(",advisory-board,detractor,,") && text.trim_end().ends_with(",3"), "{text}");

    // Grace's page: her post (hidden), the flag on it, her answer, her referral, the audit of the hiding.
    let grace_id = app.user_id("grace@example.com").await.to_string();
    let detail = |c: reqwest::Client, id: String| {
        let app = &app;
        async move { app.call(&c, "admin/get_member_detail", &[("user_id", id.as_str()), ("ledger_page", "1")]).await }
    };
    let d = json(detail(admin.clone(), grace_id.clone()).await).await;
    assert_eq!(d["member"]["email"], "grace@example.com");
    assert_eq!((d["counts"]["posts"].as_i64(), d["counts"]["hidden_posts"].as_i64()), (Some(1), Some(1)), "{d}");
    assert_eq!(d["posts"][0]["hidden"], true);
    assert_eq!(
        (d["flags_on"][0]["who"].as_str(), d["flags_on"][0]["note"].as_str()),
        (Some("Ada Lovelace"), Some("Rude tone"))
    );
    assert_eq!(d["flags_on"][0]["resolution"], "hidden");
    assert_eq!((d["nps"][0]["score"].as_i64(), d["nps"][0]["comment"].as_str()), (Some(3), Some("Too slow")));
    assert_eq!(d["referrals"][0]["name"], "Ada Lovelace");
    assert!(d["audit"].as_array().unwrap().iter().any(|a| a["target_id"] == post.parse::<i64>().unwrap()), "{d}");
    assert!(d["ledger"].as_array().unwrap().len() >= 2, "the topic's points and their reversal: {d}");
    let ada_id = app.user_id("ada@example.com").await.to_string();
    let ada_page = json(detail(admin.clone(), ada_id).await).await;
    assert_eq!(ada_page["flags_by"][0]["who"], "Grace Hopper", "whose post Ada flagged");
    assert_eq!(detail(admin.clone(), "999999".into()).await.status(), 404);
    assert_eq!(detail(moderator.clone(), grace_id.clone()).await.status(), 403);
    assert_eq!(detail(app.client(), grace_id.clone()).await.status(), 401);
    let html =
        admin.get(app.url(&format!("/admin/members/{grace_id}"))).header("accept", "text/html").send().await.unwrap();
    assert_eq!(html.status(), 200);
    let html = html.text().await.unwrap();
    assert!(html.contains("Too slow") && html.contains("Rude tone") && html.contains("advisory-board"), "{html}");
    let missing = admin.get(app.url("/admin/members/999999")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(missing.status(), 404);
}

async fn badges_are_the_admins_to_make_change_and_retire(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let ada = app.client();
    assert_eq!(app.sign_up(&ada, "ada@example.com", "Ada", PW).await.status(), 200);
    let cat = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "Anything"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &cat).await.status(), 200);
    let badge = |id: &str, name: &str, icon: &str, rule: &str, threshold: &str| {
        vec![
            ("id", id.to_string()),
            ("name", name.to_string()),
            ("description", "For taking part.".to_string()),
            ("icon", icon.to_string()),
            ("rule", rule.to_string()),
            ("threshold", threshold.to_string()),
        ]
    };
    let save = |c: &reqwest::Client, form: Vec<(&'static str, String)>| {
        let c = c.clone();
        let app = &app;
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.call(&c, "recognition/save_badge", &form).await
        }
    };
    let before = app.count("badges").await;
    assert_eq!(save(&moderator, badge("0", "Chatterbox", "chats", "posts", "1")).await.status(), 403);
    for (form, field) in [
        (badge("0", "", "chats", "posts", "1"), "name"),
        (badge("0", "Chatterbox", "skull", "posts", "1"), "icon"),
        (badge("0", "Chatterbox", "chats", "karma", "1"), "rule"),
        (badge("0", "Chatterbox", "chats", "posts", "0"), "threshold"),
    ] {
        let res = save(&admin, form).await;
        assert_eq!(res.status(), 422);
        assert_eq!(json(res).await["Validation"]["field"], field);
    }
    assert_eq!(app.count("badges").await, before, "nothing was stored");

    assert_eq!(save(&admin, badge("0", "Chatterbox", "chats", "posts", "1")).await.status(), 200);
    assert_eq!(save(&admin, badge("0", "Meetup host", "star", "", "")).await.status(), 200);
    let all = json(app.call(&admin, "recognition/get_all_badges", &[]).await).await;
    let id_of = |name: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|b| b["name"] == name)
            .map(|b| b["id"].as_i64().unwrap().to_string())
            .unwrap()
    };
    let (chatter, host) = (id_of("Chatterbox"), id_of("Meetup host"));
    let held = |badge: String| {
        let app = &app;
        async move { app.count(&format!("user_badges WHERE badge_id = {badge} AND revoked_at IS NULL")).await }
    };

    let topic = [("category", "general"), ("title", "Hello there"), ("body", "Hi")];
    assert_eq!(app.call(&ada, "forum/create_topic", &topic).await.status(), 200);
    assert_eq!(held(chatter.clone()).await, 1, "the new automatic badge is earned at the next post");

    let retire = |id: String, retire: &'static str| {
        let admin = admin.clone();
        let app = &app;
        async move { app.call(&admin, "recognition/retire_badge", &[("id", id.as_str()), ("retire", retire)]).await }
    };
    assert_eq!(retire(chatter.clone(), "true").await.status(), 200);
    assert_eq!(retire(chatter.clone(), "true").await.status(), 409);
    let public = json(app.call(&app.client(), "recognition/get_badges", &[]).await).await;
    assert!(!public.to_string().contains("Chatterbox"), "a retired badge leaves the badge page");
    let grace = app.client();
    assert_eq!(app.sign_up(&grace, "grace@example.com", "Grace", PW).await.status(), 200);
    let topic = [("category", "general"), ("title", "Hello from Grace"), ("body", "Hi")];
    assert_eq!(app.call(&grace, "forum/create_topic", &topic).await.status(), 200);
    assert_eq!(held(chatter.clone()).await, 1, "nobody earns a retired badge; Ada keeps hers");
    let profile = json(app.call(&app.client(), "profiles/get_profile", &[("handle", "ada")]).await).await;
    assert!(profile.to_string().contains("Chatterbox"), "the holder's profile still shows it");

    assert_eq!(retire(host.clone(), "true").await.status(), 200);
    let award = [("handle", "grace"), ("badge_id", host.as_str()), ("award", "true"), ("reason", "Ran the meetup")];
    let refused = app.call(&moderator, "recognition/set_badge", &award).await;
    assert_eq!(refused.status(), 422);
    assert!(json(refused).await.to_string().contains("retired"));
    let revoke = [("handle", "ada"), ("badge_id", chatter.as_str()), ("award", "false"), ("reason", "Testing")];
    assert_eq!(
        app.call(&moderator, "recognition/set_badge", &revoke).await.status(),
        200,
        "a retired badge can still be taken back"
    );

    assert_eq!(retire(host.clone(), "false").await.status(), 200);
    assert_eq!(
        app.call(&moderator, "recognition/set_badge", &award).await.status(),
        200,
        "brought back: awarded again"
    );
    assert_eq!(save(&admin, badge(&host, "Meetup organiser", "rocket", "", "")).await.status(), 200);
    let all = json(app.call(&admin, "recognition/get_all_badges", &[]).await).await;
    assert!(all.to_string().contains("Meetup organiser"));
    assert_eq!(save(&admin, badge("999999", "Ghost", "star", "", "")).await.status(), 404);
    let audited = app.count("audit_log WHERE target_kind = 'badge'").await;
    assert_eq!(audited, 6, "two made, one changed, three retire or restore");

    let page = admin.get(app.url(&format!("/admin/badges?edit={chatter}"))).header("accept", "text/html").send().await;
    let html = page.unwrap().text().await.unwrap();
    assert!(html.contains("Change the badge") && html.contains(r#"value="Chatterbox""#), "{html}");
    assert!(html.contains("Retired: holders keep it, nobody earns it"), "{html}");
    let page = moderator.get(app.url("/admin/badges")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(page.status(), 403);
}
