//! Single sign-on against a real OpenID provider (npm's oidc-provider, started on loopback): first sign-in
//! creating an account with its role and groups from the claim, linking to an existing account only with its
//! password (and never from an unverified address), forged, expired, wrongly addressed and replayed answers
//! refused, the password policy, unlinking, single logout, and a sign-in started on one node and finished on
//! another.

use crate::common::{
    json,
    nodes::{start_node_with, wait_ready},
    oidc::OidcProvider,
    TestApp,
};
use reqwest::Client;

const ADMIN: &str = "admin@example.com";
const PASSWORD: &str = "a long enough passphrase";

/// The admin's client and a provider registered with the app as `slug`.
async fn provider(app: &TestApp, options: &[(&str, &str)]) -> (Client, OidcProvider) {
    let admin = app.member(ADMIN, "admin").await;
    let idp = OidcProvider::start().await;
    let (id, secret) = idp.register(&app.url("/sso/test/callback"), &app.url("/")).await;
    let mut form = vec![
        ("id", "0"),
        ("form[slug]", "test"),
        ("form[name]", "Test IdP"),
        ("form[issuer]", idp.issuer.as_str()),
        ("form[client_id]", id.as_str()),
        ("form[client_secret]", secret.as_str()),
        ("form[scopes]", "openid email profile groups"),
    ];
    form.extend_from_slice(options);
    let res = app.call(&admin, "sso/save_provider", &form).await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    (admin, idp)
}

/// A browser (cookies kept) that starts a sign-in at the app and goes through the provider's login as `sub`;
/// returns where the app's callback sent it.
async fn through_provider(app: &TestApp, idp: &OidcProvider, browser: &Client, start: &str, sub: &str) -> String {
    let callback = to_provider_and_back(app, idp, browser, start, sub).await;
    let res = browser.get(&callback).send().await.unwrap();
    assert_eq!(res.status(), 303, "the callback answered {}", res.status());
    res.headers()["location"].to_str().unwrap().to_string()
}

/// Starts at the app and comes back with the provider's answer (the callback address), not yet opened.
async fn to_provider_and_back(app: &TestApp, idp: &OidcProvider, browser: &Client, start: &str, sub: &str) -> String {
    let res = browser.get(app.url(start)).send().await.unwrap();
    assert_eq!(res.status(), 303, "start answered {}", res.status());
    let authorize = res.headers()["location"].to_str().unwrap().to_string();
    assert!(authorize.starts_with(&idp.issuer), "start sent the browser to {authorize}");
    for needed in ["code_challenge_method=S256", "code_challenge=", "state=", "nonce=", "scope=openid"] {
        assert!(authorize.contains(needed), "the authorization request lacks {needed}: {authorize}");
    }
    let callback = idp.sign_in(browser, &authorize, sub).await;
    assert!(callback.starts_with(&app.url("/sso/test/callback")), "the provider sent the browser to {callback}");
    callback
}

async fn scalar(app: &TestApp, sql: &str, bind: &str) -> i64 {
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, i64>(sql).bind(bind).fetch_one(p).await).unwrap()
}

async fn first_sign_in_creates_the_account_with_the_claims_role_and_groups(app: TestApp) {
    let claim = [("form[claim]", "groups"), ("form[admin_values]", "chorus-admins"), ("form[create_accounts]", "on")];
    let (admin, idp) = provider(&app, &claim).await;
    crate::groups::group(&app, &admin, "beta", "visible", "admins").await;
    idp.account("alice-1", "alice@example.com", true, "Alice Adams", &["chorus-admins", "beta"]).await;

    // The sign-in page offers the provider, as a link that works without JavaScript.
    let page = app.client().get(app.url("/sign-in")).header("accept", "text/html").send().await.unwrap();
    let html = page.text().await.unwrap();
    assert!(html.contains("href=\"/sso/test/start\"") && html.contains(">Sign in with Test IdP</a>"), "{html}");

    let browser = app.client();
    let landed = through_provider(&app, &idp, &browser, "/sso/test/start?next=/forum", "alice-1").await;
    assert_eq!(landed, "/forum");
    let me = app.me(&browser).await;
    assert_eq!(me["email"], "alice@example.com");
    assert_eq!(me["display_name"], "Alice Adams");
    assert_eq!(me["role"], "Admin");
    assert_eq!(me["verified"], true);
    let in_beta = "SELECT COUNT(*) FROM group_members m JOIN member_groups g ON g.id = m.group_id
                   JOIN users u ON u.id = m.user_id WHERE g.slug = 'beta' AND u.email = $1";
    assert_eq!(scalar(&app, in_beta, "alice@example.com").await, 1);
    // The account has no password a guess could match.
    let res = app.sign_in(&app.client(), "alice@example.com", "!sso").await;
    assert_eq!(res.status(), 422);
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action IN ('sso_account_created', 'sso_role', 'sso_group')
                   AND actor_id = (SELECT id FROM users WHERE email = $1)";
    assert_eq!(scalar(&app, audited, "alice@example.com").await, 3);

    // The provider takes her out of the admins' group: her next sign-in makes her a member again.
    idp.account("alice-1", "alice@example.com", true, "Alice Adams", &["beta"]).await;
    let again = app.client();
    through_provider(&app, &idp, &again, "/sso/test/start", "alice-1").await;
    assert_eq!(app.me(&again).await["role"], "Member");
    assert_eq!(app.count("users").await, 2, "the second sign-in made no new account");
}

async fn an_existing_account_is_linked_only_with_its_password(app: TestApp) {
    let (_admin, idp) = provider(&app, &[("form[create_accounts]", "on")]).await;
    let bob = app.client();
    app.sign_up(&bob, "bob@example.com", "Bob", PASSWORD).await;

    // An address the provider does not vouch for links nothing and creates nothing.
    idp.account("mallory", "bob@example.com", false, "Mallory", &[]).await;
    let browser = app.client();
    let landed = through_provider(&app, &idp, &browser, "/sso/test/start", "mallory").await;
    assert_eq!(landed, "/sign-in?sso=unverified");
    assert!(app.me(&browser).await.is_null());
    assert_eq!(app.count("sso_identities").await, 0);

    // A verified one asks for the account's password.
    idp.account("bob-1", "bob@example.com", true, "Robert", &[]).await;
    let browser = app.client();
    let landed = through_provider(&app, &idp, &browser, "/sso/test/start", "bob-1").await;
    assert_eq!(landed, "/sso/link");
    assert!(app.me(&browser).await.is_null(), "nobody is signed in before the password");
    let pending = json(app.call(&browser, "sso/get_pending_link", &[]).await).await;
    assert_eq!(pending, serde_json::json!(["Test IdP", "bob@example.com"]));
    let wrong = app.call(&browser, "sso/confirm_link", &[("password", "not bob's password")]).await;
    assert_eq!(wrong.status(), 422);
    assert_eq!(app.count("sso_identities").await, 0);
    let right = app.call(&browser, "sso/confirm_link", &[("password", PASSWORD)]).await;
    assert!(right.status().is_success() || right.status().is_redirection(), "{}", right.status());
    let me = app.me(&browser).await;
    assert_eq!(me["email"], "bob@example.com");
    assert_eq!(me["display_name"], "Bob", "linking keeps the member's own name");
    let mailed = "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'sign_in_changed' AND to_addr = $1";
    assert_eq!(scalar(&app, mailed, "bob@example.com").await, 1);
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action = 'sso_link' AND detail = $1";
    assert_eq!(scalar(&app, audited, "Test IdP").await, 1);

    // From then on the provider signs him in directly.
    let later = app.client();
    assert_eq!(through_provider(&app, &idp, &later, "/sso/test/start", "bob-1").await, "/account");
    assert_eq!(app.me(&later).await["email"], "bob@example.com");

    // He can unlink it (he has a password), and it then signs nobody in without the password again.
    let res = app.call(&later, "sso/unlink_provider", &[("slug", "test")]).await;
    assert_eq!(res.status(), 200);
    assert_eq!(app.count("sso_identities").await, 0);
    assert_eq!(scalar(&app, mailed, "bob@example.com").await, 2);
}

/// Linking without the password ("auto-link") goes only to a confirmed member's account: someone who signed up
/// with the address first and never confirmed it (hoping for this), or staff, are asked for the password.
async fn auto_link_needs_a_confirmed_member_account(app: TestApp) {
    let (_admin, idp) = provider(&app, &[("form[auto_link]", "on")]).await;
    let squatter = app.client();
    app.sign_up_only(&squatter, "vic@example.com", "Squatter", PASSWORD).await;
    idp.account("vic-1", "vic@example.com", true, "Vic", &[]).await;
    let browser = app.client();
    assert_eq!(through_provider(&app, &idp, &browser, "/sso/test/start", "vic-1").await, "/sso/link");
    assert!(app.me(&browser).await.is_null());
    assert_eq!(app.count("sso_identities").await, 0);
    // A confirmed member's account is linked at once.
    let uma = app.client();
    app.sign_up(&uma, "uma@example.com", "Uma", PASSWORD).await;
    idp.account("uma-1", "uma@example.com", true, "Uma", &[]).await;
    let browser = app.client();
    assert_eq!(through_provider(&app, &idp, &browser, "/sso/test/start", "uma-1").await, "/account");
    assert_eq!(app.me(&browser).await["email"], "uma@example.com");
    // The admin's account is not.
    idp.account("admin-1", ADMIN, true, "Admin", &[]).await;
    let browser = app.client();
    assert_eq!(through_provider(&app, &idp, &browser, "/sso/test/start", "admin-1").await, "/sso/link");
}

async fn defective_tokens_and_answers_are_refused(app: TestApp) {
    let (_admin, idp) = provider(&app, &[("form[create_accounts]", "on")]).await;
    idp.account("carol-1", "carol@example.com", true, "Carol", &[]).await;
    for mode in ["forged", "expired", "wrong_audience", "wrong_nonce"] {
        idp.mode(mode).await;
        let browser = app.client();
        let landed = through_provider(&app, &idp, &browser, "/sso/test/start", "carol-1").await;
        assert_eq!(landed, "/sign-in?sso=token", "a {mode} ID token");
        assert!(app.me(&browser).await.is_null(), "a {mode} ID token signed nobody in");
    }
    assert_eq!(app.count("sso_identities").await, 0);
    assert_eq!(app.count("users").await, 1, "only the admin");
    idp.mode("normal").await;

    // A wrong state is refused, and so is the right answer sent a second time.
    let browser = app.client();
    let callback = to_provider_and_back(&app, &idp, &browser, "/sso/test/start", "carol-1").await;
    let forged = callback.replace("state=", "state=x");
    let res = browser.get(&forged).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/sign-in?sso=state");
    let res = browser.get(&callback).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/sign-in?sso=state", "the sign-in was used up by the forged answer");

    // An answer opened in another browser (an attacker's code in a victim's session) is refused.
    let browser = app.client();
    let callback = to_provider_and_back(&app, &idp, &browser, "/sso/test/start", "carol-1").await;
    let victim = app.client();
    let res = victim.get(&callback).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/sign-in?sso=state");
    assert!(app.me(&victim).await.is_null());

    // The provider saying no.
    let res = app.client().get(app.url("/sso/test/callback?error=access_denied&state=x")).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/sign-in?sso=state");

    // A provider that may not create accounts refuses an unknown address.
    let admin = app.client();
    app.sign_in(&admin, ADMIN, PASSWORD).await;
    let page = json(app.call(&admin, "sso/get_sso", &[]).await).await;
    let id = page["providers"][0]["id"].to_string();
    let form = [
        ("id", id.as_str()),
        ("form[slug]", "test"),
        ("form[name]", "Test IdP"),
        ("form[issuer]", idp.issuer.as_str()),
        ("form[client_id]", page["providers"][0]["client_id"].as_str().unwrap()),
        ("form[scopes]", "openid email profile"),
    ];
    assert_eq!(app.call(&admin, "sso/save_provider", &form).await.status(), 200, "the secret is kept when left empty");
    let browser = app.client();
    assert_eq!(through_provider(&app, &idp, &browser, "/sso/test/start", "carol-1").await, "/sign-in?sso=no_account");
}

async fn password_sign_in_can_be_turned_off_for_staff(app: TestApp) {
    let (admin, idp) = provider(&app, &[]).await;
    // Turning passwords off before the admin linked a provider would lock them out.
    let res = app.call(&admin, "sso/set_password_sign_in", &[("policy", "members")]).await;
    assert_eq!(res.status(), 422);
    idp.account("admin-1", ADMIN, true, "The Admin", &[]).await;
    let landed = through_provider(&app, &idp, &admin, "/sso/test/start?link=1", "admin-1").await;
    assert_eq!(landed, "/me/security?linked=test");
    let security = json(app.call(&admin, "sso/get_security", &[]).await).await;
    assert_eq!(security["providers"][0]["email"], ADMIN);
    let res = app.call(&admin, "sso/set_password_sign_in", &[("policy", "members")]).await;
    assert_eq!(res.status(), 200);

    let member = app.member("m@example.com", "member").await;
    drop(member);
    assert_eq!(app.sign_in(&app.client(), "m@example.com", PASSWORD).await.status(), 200);
    let staff = app.sign_in(&app.client(), ADMIN, PASSWORD).await;
    assert_eq!(staff.status(), 403, "staff sign in through the provider");
    // Nor does a password reset link sign staff in.
    let after = crate::common::last_mail_id(&app.state.db).await;
    app.call(&app.client(), "recovery/request_password_reset", &[("email", ADMIN)]).await;
    let token = crate::common::token_in_mail(&app.state.db, ADMIN, "reset", after).await.expect("a reset link");
    let guest = app.client();
    let res = app.call(&guest, "recovery/reset_password", &[("token", &token), ("password", PASSWORD)]).await;
    assert_eq!(res.status(), 403, "the reset link does not sign staff in by password");
    assert!(app.me(&guest).await.is_null());
    let browser = app.client();
    through_provider(&app, &idp, &browser, "/sso/test/start", "admin-1").await;
    assert_eq!(app.me(&browser).await["email"], ADMIN);

    // Nobody: the password form is refused before any account is looked at.
    assert_eq!(app.call(&browser, "sso/set_password_sign_in", &[("policy", "nobody")]).await.status(), 200);
    let res = app.sign_in(&app.client(), "m@example.com", PASSWORD).await;
    assert_eq!(res.status(), 403);
    let res = app.sign_in(&app.client(), "nobody@example.com", PASSWORD).await;
    assert_eq!(res.status(), 403, "the same answer for an unknown address");

    // Sign-out from the page (JavaScript) goes on to the provider's end-session endpoint; a plain form post
    // cannot leave the site, and the sign-in page says the provider's session may still be open.
    let res = app.call(&browser, "accounts/sign_out", &[]).await;
    let to = res.headers()["location"].to_str().unwrap();
    assert!(to.starts_with(&format!("{}/session/end?", idp.issuer)) && to.contains("id_token_hint="), "{to}");
    assert!(app.me(&browser).await.is_null());
    let browser = app.client();
    through_provider(&app, &idp, &browser, "/sso/test/start", "admin-1").await;
    let res = browser
        .post(app.url("/api/accounts/sign_out"))
        .header("origin", &app.base)
        .header("accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/sign-in?signed_out=test");
}

async fn an_account_made_by_a_provider_keeps_its_only_way_in(app: TestApp) {
    let (_admin, idp) = provider(&app, &[("form[create_accounts]", "on")]).await;
    idp.account("dan-1", "dan@example.com", true, "Dan", &[]).await;
    let browser = app.client();
    through_provider(&app, &idp, &browser, "/sso/test/start", "dan-1").await;
    let res = app.call(&browser, "sso/unlink_provider", &[("slug", "test")]).await;
    assert_eq!(res.status(), 422, "the provider is Dan's only way in");
    assert_eq!(app.count("sso_identities").await, 1);
    let security = json(app.call(&browser, "sso/get_security", &[]).await).await;
    assert_eq!(security["has_password"], false);

    // A removed provider takes its links with it; the audit log names it.
    let admin = app.client();
    app.sign_in(&admin, ADMIN, PASSWORD).await;
    let page = json(app.call(&admin, "sso/get_sso", &[]).await).await;
    assert_eq!(page["providers"][0]["members"], 1);
    let id = page["providers"][0]["id"].to_string();
    assert_eq!(app.call(&admin, "sso/delete_provider", &[("id", id.as_str())]).await.status(), 200);
    assert_eq!(app.count("sso_identities").await, 0);
    // Members and guests cannot see or change providers.
    assert_eq!(app.call(&browser, "sso/get_sso", &[]).await.status(), 403);
    assert_eq!(app.call(&app.client(), "sso/get_sso", &[]).await.status(), 401);
}

async fn provider_settings_are_checked(app: TestApp) {
    let admin = app.member(ADMIN, "admin").await;
    let base = |issuer: &'static str, slug: &'static str| {
        vec![
            ("id", "0"),
            ("form[slug]", slug),
            ("form[name]", "Okta"),
            ("form[issuer]", issuer),
            ("form[client_id]", "abc"),
            ("form[client_secret]", "def"),
        ]
    };
    for (form, field) in [
        (base("http://login.example.com", "okta"), "issuer"),
        (base("https://login.example.com?x=1", "okta"), "issuer"),
        (base("https://login.example.com", "Not A Slug"), "slug"),
    ] {
        let res = app.call(&admin, "sso/save_provider", &form).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains(field), "{field}");
    }
    let mut no_secret = base("https://login.example.com", "okta");
    no_secret.retain(|(k, _)| *k != "form[client_secret]");
    assert_eq!(app.call(&admin, "sso/save_provider", &no_secret).await.status(), 422);
    let mut values_without_claim = base("https://login.example.com", "okta");
    values_without_claim.push(("form[admin_values]", "admins"));
    assert_eq!(app.call(&admin, "sso/save_provider", &values_without_claim).await.status(), 422);
    assert_eq!(app.count("sso_providers").await, 0, "nothing partial is stored");
    assert_eq!(app.call(&admin, "sso/save_provider", &base("https://login.example.com", "okta")).await.status(), 200);
    let res = app.call(&admin, "sso/save_provider", &base("https://other.example.com", "okta")).await;
    assert_eq!(res.status(), 422, "the short name is taken");
    // An unreachable provider sends the member back with a message, not an error page.
    let res = app.client().get(app.url("/sso/okta/start")).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/sign-in?sso=provider");
    let res = app.client().get(app.url("/sso/nope/start")).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/sign-in?sso=provider");
}

both_backends!(
    auto_link_needs_a_confirmed_member_account,
    first_sign_in_creates_the_account_with_the_claims_role_and_groups,
    an_existing_account_is_linked_only_with_its_password,
    defective_tokens_and_answers_are_refused,
    password_sign_in_can_be_turned_off_for_staff,
    an_account_made_by_a_provider_keeps_its_only_way_in,
    provider_settings_are_checked,
);

/// Two `chorus serve` processes on one PostgreSQL database behind one public origin: the sign-in starts on
/// one node and the provider's answer reaches the other; the session (in the database) carries it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_started_on_one_node_finishes_on_another() {
    let (url, _db) = crate::common::fresh_database(crate::common::Backend::Postgres).await;
    let migrated = app::db::Db::connect(&url, 2).await.unwrap();
    migrated.migrate().await.unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let public = format!("http://127.0.0.1:{port}");
    let folder = std::env::temp_dir().display().to_string();
    let flags = ["--public-origin", public.as_str(), "--uploads-url", folder.as_str()];
    let a = start_node_with(&url, &flags);
    let b = start_node_with(&url, &flags);
    wait_ready(&a).await;
    wait_ready(&b).await;

    // The provider, configured straight in the database (the admin's page is tested above).
    let idp = OidcProvider::start().await;
    let (id, secret) = idp.register(&format!("{public}/sso/test/callback"), &format!("{public}/")).await;
    let sql = "INSERT INTO sso_providers (slug, name, issuer, client_id, client_secret, scopes, create_accounts,
                                          created_at, updated_at)
               VALUES ('test', 'Test IdP', $1, $2, $3, 'openid email profile', 1, 0, 0)";
    app::on_db!(&migrated, p => sqlx::query(sql).bind(&idp.issuer).bind(&id).bind(&secret).execute(p).await.map(|_| ()))
        .unwrap();
    idp.account("erin-1", "erin@example.com", true, "Erin", &[]).await;

    let browser = Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let res = browser.get(format!("{}/sso/test/start", a.1)).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let authorize = res.headers()["location"].to_str().unwrap().to_string();
    let callback = idp.sign_in(&browser, &authorize, "erin-1").await;
    let on_b = callback.replace(&public, &b.1);
    let res = browser.get(&on_b).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/account", "node B finished node A's sign-in");
    // Behind the load balancer, pages come from the public origin.
    let res = browser
        .post(format!("{}/api/accounts/get_me", a.1))
        .header("origin", &public)
        .header("accept", "application/json")
        .send()
        .await
        .unwrap();
    let me = json(res).await;
    assert_eq!(me["email"], "erin@example.com", "and node A sees the session");
}
