//! The community's own name and look over HTTP on both backends: the settings reach every page, feed, embed,
//! share card and email; bad settings are refused whole; the terms are accepted at sign-up and again after
//! a new version; the logo and favicon are admins' uploads; the theme switch keeps its choice; and two nodes
//! on one database show a change at once.

use crate::common::{self, json, TestApp};
use app::media::samples::{photo, transparent_png};
use reqwest::{multipart, Client};

both_backends!(
    a_renamed_community_shows_its_new_name_everywhere_and_the_old_one_nowhere,
    bad_settings_are_refused_with_the_reason_and_nothing_is_saved,
    the_brand_colour_reaches_every_page_under_the_pages_nonce,
    terms_are_accepted_at_sign_up_and_again_after_a_new_version,
    the_logo_and_favicon_are_admins_uploads,
    the_theme_switch_keeps_the_visitors_choice,
    the_page_speaks_the_members_then_the_visitors_then_the_browsers_then_the_communitys_language,
    the_language_switch_and_setting_refuse_what_chorus_does_not_speak,
    server_functions_answer_in_the_members_then_the_browsers_then_the_communitys_language,
);

const PW: &str = "correct horse battery staple";

fn settings<'a>(name: &'a str, colour: &'a str, links: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("name", name),
        ("tagline", "Where Acme customers help each other"),
        ("brand_colour", colour),
        ("home_headline", "Welcome to Acme Voices"),
        ("home_intro", "Ask, answer and **share** how you use Acme."),
        ("footer_links", links),
    ]
}

async fn page(app: &TestApp, c: &Client, path: &str) -> (u16, String) {
    let res = c.get(app.url(path)).header("accept", "text/html").send().await.expect("page");
    (res.status().as_u16(), res.text().await.unwrap_or_default())
}

async fn a_renamed_community_shows_its_new_name_everywhere_and_the_old_one_nowhere(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let cat = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "Anything"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &cat).await.status(), 200);
    let topic = app
        .call(&admin, "forum/create_topic", &[("category", "general"), ("title", "Hello all"), ("body", "Hi")])
        .await;
    assert_eq!(topic.status(), 200);
    let topic_id = json(topic).await["topic_id"].as_i64().unwrap();

    let (_, before) = page(&app, &app.client(), "/").await;
    assert!(before.contains("Chorus"), "the default name is shown before the change");

    let form = settings("Acme Voices", "#0b6e3a", "Blog | https://acme.example/blog\nHelp | /forum/c/general");
    let saved = app.call(&admin, "settings/save_site_settings", &form).await;
    assert_eq!(saved.status(), 200, "{:?}", saved.text().await);

    let guest = app.client();
    let topic_path = format!("/forum/t/{topic_id}/hello-all");
    for path in [
        "/",
        "/forum",
        "/forum/c/general",
        &topic_path,
        "/stories",
        "/earn",
        "/leaderboard",
        "/sign-in",
        "/sign-up",
        "/terms",
        "/nowhere",
    ] {
        let (status, html) = page(&app, &guest, path).await;
        assert!(status == 200 || status == 404, "{path}: {status}");
        assert!(!html.contains("Chorus"), "{path} still says Chorus:\n{html}");
        assert!(html.contains("Acme Voices"), "{path} names the community");
        assert!(html.contains(r#"<meta property="og:site_name" content="Acme Voices""#), "{path}: share card");
        assert!(html.contains("Acme Voices</title>"), "{path}: the title ends with the name");
    }
    let (_, home) = page(&app, &guest, "/").await;
    assert!(home.contains("<h1>Welcome to Acme Voices</h1>"), "{home}");
    assert!(
        home.contains("Ask, answer and <strong>share</strong> how you use Acme."),
        "the introduction is rendered Markdown"
    );
    assert!(
        home.contains(r#"<a href="https://acme.example/blog">Blog</a>"#)
            && home.contains(r#"<a href="/forum/c/general">Help</a>"#)
    );
    assert!(home.contains("Acme Voices — Where Acme customers help each other"), "the footer's tagline");

    for path in ["/forum/feed.xml", "/forum/c/general/feed.xml", "/embed/testimonials"] {
        let body = guest.get(app.url(path)).send().await.unwrap().text().await.unwrap();
        assert!(!body.contains("Chorus"), "{path} still says Chorus:\n{body}");
        assert!(body.contains("Acme Voices"), "{path} names the community:\n{body}");
    }
    let signed_in = admin.get(app.url("/admin/settings")).header("accept", "text/html").send().await.unwrap();
    let html = signed_in.text().await.unwrap();
    assert!(!html.contains("Chorus"), "a signed-in page still says Chorus");

    // Emails name it too (written with the site's name in the sending transaction).
    let asked = app.call(&app.client(), "recovery/request_password_reset", &[("email", "admin@example.com")]).await;
    assert_eq!(asked.status(), 200);
    let sql = "SELECT subject, body_text, body_html FROM mail_outbox WHERE kind = 'reset' ORDER BY id DESC LIMIT 1";
    let (subject, text, html): (String, String, String) =
        app::on_db!(&app.state.db, p => sqlx::query_as(sql).fetch_one(p).await).unwrap();
    assert_eq!(subject, "Reset your password · Acme Voices");
    assert!(!text.contains("Chorus") && !html.contains("Chorus"), "{text}");
    assert!(text.contains("Acme Voices"), "{text}");
}

async fn bad_settings_are_refused_with_the_reason_and_nothing_is_saved(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let before = json(app.call(&admin, "settings/get_site_settings", &[]).await).await;
    assert_eq!(before["name"], "Chorus");
    let cases: [(&str, &str, &str, &str); 6] = [
        ("   ", "#0b6e3a", "", "Give the community a name"),
        ("Acme", "#ffcc00", "", "4.5:1"),
        ("Acme", "teal", "", "hex code"),
        ("Acme", "#0b6e3a", "Evil | javascript:alert(1)", "“javascript:” link is not allowed"),
        ("Acme", "#0b6e3a", "Data | data:text/html,x", "“data:” link is not allowed"),
        ("Acme", "#0b6e3a", "Sneaky | //evil.example/", "Footer link 1"),
    ];
    for (name, colour, links, says) in cases {
        let res = app.call(&admin, "settings/save_site_settings", &settings(name, colour, links)).await;
        assert_eq!(res.status(), 422, "{name} {colour} {links}");
        let body = res.text().await.unwrap();
        assert!(body.contains(says), "{says}: {body}");
    }
    assert_eq!(json(app.call(&admin, "settings/get_site_settings", &[]).await).await, before, "nothing was saved");

    let member = app.member("ada@example.com", "member").await;
    let ok = settings("Acme", "#0b6e3a", "");
    assert_eq!(app.call(&member, "settings/save_site_settings", &ok).await.status(), 403);
    assert_eq!(app.call(&app.client(), "settings/save_site_settings", &ok).await.status(), 401);
    assert_eq!(app.call(&member, "settings/get_site_settings", &[]).await.status(), 403);
    let (status, _) = page(&app, &member, "/admin/settings").await;
    assert_eq!(status, 403, "the page refuses a member");
    assert_eq!(app.count("audit_log").await, 0, "refusals leave no audit line");
}

async fn the_brand_colour_reaches_every_page_under_the_pages_nonce(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    assert_eq!(app.call(&admin, "settings/save_site_settings", &settings("Acme", "#0B6E3A", "")).await.status(), 200);
    for path in ["/", "/forum", "/sign-in"] {
        let res = app.client().get(app.url(path)).header("accept", "text/html").send().await.unwrap();
        let csp = res.headers()["content-security-policy"].to_str().unwrap().to_string();
        let html = res.text().await.unwrap();
        let nonce =
            csp.split("style-src 'self' 'nonce-").nth(1).and_then(|r| r.split('\'').next()).expect("a style nonce");
        assert!(
            html.contains(&format!("<style nonce=\"{nonce}\">:root{{--brand-l:#0b6e3a;")),
            "{path}: the brand colour under this response's nonce"
        );
        let dark = html.split("--brand-d:").nth(1).and_then(|r| r.get(..7)).expect("a dark shade");
        let (light, dark) =
            (app::site::colour::Rgb::parse("#0b6e3a").unwrap(), app::site::colour::Rgb::parse(dark).unwrap());
        let bg = app::site::colour::DARK_PAPER;
        assert!(
            app::site::colour::contrast(dark, bg) >= 4.5,
            "the dark theme's shade {dark:?} reads on its background"
        );
        assert!(app::site::colour::contrast(light, bg) < 4.5, "(the colour itself would not have)");
        assert!(!html.contains(" style=\""), "{path}: no style attributes (the policy refuses them)");
    }
    let saved = json(app.call(&admin, "settings/get_site_settings", &[]).await).await;
    assert_eq!(saved["brand_colour"], "#0b6e3a");
    let audit: (String, String) =
        app::on_db!(&app.state.db, p => sqlx::query_as("SELECT action, detail FROM audit_log").fetch_one(p).await)
            .unwrap();
    assert_eq!(audit.0, "site_settings_saved");
    assert!(audit.1.contains("#0b6e3a"), "{}", audit.1);
}

async fn terms_are_accepted_at_sign_up_and_again_after_a_new_version(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    // Before any terms: joining needs no box, and nobody is asked.
    let (_, sign_up) = page(&app, &app.client(), "/sign-up").await;
    assert!(!sign_up.contains("accept_terms"));
    assert_eq!(json(app.call(&admin, "settings/get_terms_standing", &[]).await).await["newest"], 0);

    let member = app.member("ada@example.com", "member").await;
    let v1 = [("body", "## Be kind\n\nNo spam. <script>alert(1)</script>"), ("changes", "First version")];
    assert_eq!(app.call(&member, "settings/publish_terms", &v1).await.status(), 403, "members cannot publish");
    assert_eq!(app.call(&admin, "settings/publish_terms", &v1).await.status(), 200);
    // Two publications at the same instant (two admins' tabs): both land, as versions 1 and 2.
    let privacy = [("body", "We keep your address to sign you in."), ("changes", "")];
    let other = [("body", "We keep your address to sign you in, and nothing else."), ("changes", "")];
    let (one, two) = tokio::join!(
        app.call(&admin, "settings/publish_privacy", &privacy),
        app.call(&admin, "settings/publish_privacy", &other)
    );
    assert_eq!((one.status().as_u16(), two.status().as_u16()), (200, 200));
    let sql = "SELECT version FROM legal_versions WHERE kind = 'privacy' ORDER BY version";
    let versions: Vec<i64> = app::on_db!(&app.state.db, p => sqlx::query_scalar(sql).fetch_all(p).await).unwrap();
    assert_eq!(versions, vec![1, 2]);
    let same = app.call(&admin, "settings/publish_terms", &v1).await;
    assert_eq!(same.status(), 422, "the same text again is not a new version");
    assert!(same.text().await.unwrap().contains("version 1 already"));
    let empty = app.call(&admin, "settings/publish_terms", &[("body", "  "), ("changes", "")]).await;
    assert_eq!(empty.status(), 422);

    let (_, terms) = page(&app, &app.client(), "/terms").await;
    assert!(terms.contains("<h2>Be kind</h2>") && terms.contains("Version 1, published"), "{terms}");
    assert!(!terms.contains("<script>alert"), "the terms' Markdown is sanitised");
    let (_, footer) = page(&app, &app.client(), "/").await;
    assert!(
        footer.contains(r#"<a href="/terms">Terms of service</a>"#)
            && footer.contains(r#"<a href="/privacy">Privacy notice</a>"#)
    );

    // Joining now needs the box, for the newest version; a refusal stores no account.
    let (_, sign_up) = page(&app, &app.client(), "/sign-up").await;
    assert!(sign_up.contains(r#"name="accept_terms" value="1""#), "{sign_up}");
    let form = |accept: &'static str| {
        let mut f = vec![("email", "bo@example.com"), ("display_name", "Bo"), ("password", PW)];
        if !accept.is_empty() {
            f.push(("accept_terms", accept));
        }
        f
    };
    let users = app.count("users").await;
    for (accept, says) in [("", "Accept the terms of service to join."), ("7", "changed while you were signing up")] {
        let res = app.call(&app.client(), "join/sign_up", &form(accept)).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains(says), "{says}");
    }
    assert_eq!(app.count("users").await, users, "nothing stored");
    assert_eq!(app.call(&app.client(), "join/sign_up", &form("1")).await.status(), 200);
    let bo = app.user_id("bo@example.com").await;
    let accepted: Option<i64> = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT terms_version FROM users WHERE id = $1").bind(bo).fetch_one(p).await).unwrap();
    assert_eq!(accepted, Some(1));

    // Ada joined before any terms: asked now, on every page, until she accepts.
    let standing = json(app.call(&member, "settings/get_terms_standing", &[]).await).await;
    assert_eq!((standing["newest"].as_i64(), standing["accepted"].as_i64()), (Some(1), None));
    let (_, asked) = page(&app, &member, "/forum").await;
    assert!(asked.contains("Please accept our terms of service"), "{asked}");
    assert_eq!(app.call(&member, "settings/accept_terms", &[("version", "1")]).await.status(), 200);
    let (_, calm) = page(&app, &member, "/forum").await;
    assert!(!calm.contains("accept our terms"), "no banner once accepted");

    // A second version: everyone who accepted the first is asked again; an outdated acceptance is refused.
    let v2 = [("body", "## Be kind\n\nNo spam. Rewards are personal."), ("changes", "Rewards rule")];
    assert_eq!(app.call(&admin, "settings/publish_terms", &v2).await.status(), 200);
    let (_, asked) = page(&app, &member, "/").await;
    assert!(asked.contains("Our terms of service have changed") && asked.contains("version 2 of the terms"), "{asked}");
    let stale = app.call(&member, "settings/accept_terms", &[("version", "1")]).await;
    assert_eq!(stale.status(), 422);
    assert!(stale.text().await.unwrap().contains("Version 2 of the terms is the newest"));
    assert_eq!(app.call(&member, "settings/accept_terms", &[("version", "2")]).await.status(), 200);
    assert_eq!(app.call(&app.client(), "settings/accept_terms", &[("version", "2")]).await.status(), 401);
    let ada = app.user_id("ada@example.com").await;
    let history: Vec<i64> = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT version FROM terms_acceptances WHERE user_id = $1 ORDER BY version").bind(ada).fetch_all(p).await).unwrap();
    assert_eq!(history, vec![1, 2], "every acceptance is kept");

    // Earlier versions stay readable; the admins see who accepted which.
    let (_, old) = page(&app, &app.client(), "/terms?version=1").await;
    assert!(old.contains("This is an earlier version") && !old.contains("Rewards are personal"));
    let (status, _) = page(&app, &app.client(), "/terms?version=9").await;
    assert_eq!(status, 404);
    let doc = json(app.call(&admin, "settings/get_legal", &[("kind", "terms")]).await).await;
    let counts: Vec<(i64, i64)> = doc["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["version"].as_i64().unwrap(), v["accepted"].as_i64().unwrap()))
        .collect();
    assert_eq!(counts, vec![(2, 1), (1, 2)]);
    let public = json(app.call(&member, "settings/get_legal", &[("kind", "terms")]).await).await;
    let seen: Vec<(i64, bool)> = public["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["accepted"].as_i64().unwrap(), v["published_by"].is_null()))
        .collect();
    assert_eq!(seen, vec![(0, true), (0, true)], "members see neither who published nor how many accepted");
}

async fn upload_for_site(app: &TestApp, c: &Client, site: &str, kind: &str, bytes: Vec<u8>) -> reqwest::Response {
    let file = multipart::Part::bytes(bytes).file_name("brand.png").mime_str("image/png").expect("mime");
    let form = multipart::Form::new().text("kind", kind.to_string()).text("site", site.to_string()).part("file", file);
    c.post(app.url("/media/upload"))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

async fn the_logo_and_favicon_are_admins_uploads(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let member = app.member("ada@example.com", "member").await;
    assert_eq!(upload_for_site(&app, &member, "logo", "logo", transparent_png(300)).await.status(), 403);
    let not_a_picture =
        upload_for_site(&app, &admin, "logo", "logo", b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec()).await;
    assert_eq!(not_a_picture.status(), 422);
    let mismatched = upload_for_site(&app, &admin, "favicon", "post", photo(64, 64)).await;
    assert_eq!(mismatched.status(), 422, "a favicon is sent as kind avatar");
    let (_, home) = page(&app, &app.client(), "/").await;
    assert!(
        !home.contains("brand-logo") && home.contains(r#"<link rel="icon" href="/favicon.svg""#),
        "nothing changed"
    );

    let logo = json(upload_for_site(&app, &admin, "logo", "logo", transparent_png(400)).await).await;
    let logo_url = logo["url"].as_str().unwrap().to_string();
    assert!(logo_url.ends_with(".png"), "transparency keeps PNG: {logo_url}");
    let favicon = json(upload_for_site(&app, &admin, "favicon", "avatar", photo(300, 200)).await).await;
    let hash = favicon["hash"].as_str().unwrap();
    let (_, home) = page(&app, &app.client(), "/").await;
    assert!(home.contains(&format!(r#"<img src="{logo_url}" alt="Chorus" class="brand-logo">"#)), "{home}");
    assert!(home.contains(&format!(r#"<link rel="icon" href="/media/{hash}-64.jpg""#)), "{home}");
    let icon = app.client().get(app.url(&format!("/media/{hash}-64.jpg"))).send().await.unwrap();
    assert_eq!(icon.status(), 200);
    let avatar: Option<String> = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT avatar FROM users WHERE email = 'admin@example.com'").fetch_one(p).await).unwrap();
    assert_eq!(avatar, None, "the favicon did not become the admin's own picture");

    // The sweep keeps them while they are in use, a day on.
    let old = app::db::now() - app::media::sweep::GRACE_SECS - 60;
    for sql in ["UPDATE media SET created_at = $1", "UPDATE uploads SET created_at = $1"] {
        app::on_db!(&app.state.db, p => sqlx::query(sql).bind(old).execute(p).await.map(|_| ())).expect("age");
    }
    assert_eq!(app::media::sweep::sweep(&app.state, 100).await.unwrap(), 0, "the logo and favicon are in use");
    assert_eq!(app.client().get(app.url(&logo_url)).send().await.unwrap().status(), 200);

    assert_eq!(app.call(&admin, "settings/remove_site_picture", &[("which", "logo")]).await.status(), 200);
    assert_eq!(app.call(&member, "settings/remove_site_picture", &[("which", "favicon")]).await.status(), 403);
    let (_, home) = page(&app, &app.client(), "/").await;
    assert!(!home.contains("brand-logo") && !home.contains("favicon.svg"), "logo gone, favicon kept");
    assert!(home.contains("class=\"brand-mark\""), "the name is back in the header");
}

async fn the_theme_switch_keeps_the_visitors_choice(app: TestApp) {
    let c = app.client();
    let switch = |theme: &'static str, then: &'static str| {
        c.post(app.url("/theme")).header("origin", &app.base).form(&[("theme", theme), ("then", then)]).send()
    };
    let res = switch("dark", "/forum?page=2").await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/forum?page=2");
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("theme=dark;") && cookie.contains("SameSite=Lax"), "{cookie}");
    let (_, html) = page(&app, &c, "/").await;
    assert!(html.contains(r#"<html lang="en" dir="ltr" data-theme="dark""#), "the page carries the choice");
    assert!(html.contains(r#"value="dark" aria-current="true""#), "the switch shows it");

    let res = switch("system", "//evil.example/").await.unwrap();
    assert_eq!(res.headers()["location"], "/", "only a path on this site");
    assert!(res.headers()["set-cookie"].to_str().unwrap().contains("Max-Age=0"));
    let (_, html) = page(&app, &c, "/").await;
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#), "back to the system's setting");

    assert_eq!(switch("neon", "/").await.unwrap().status(), 422);
    let foreign = c
        .post(app.url("/theme"))
        .header("origin", "https://evil.example")
        .form(&[("theme", "dark")])
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 403, "another site cannot switch it");
}

async fn page_in(app: &TestApp, c: &Client, path: &str, accept_language: &str) -> String {
    let res = c
        .get(app.url(path))
        .header("accept", "text/html")
        .header("accept-language", accept_language)
        .send()
        .await
        .expect("page");
    res.text().await.unwrap_or_default()
}

async fn switch_language(app: &TestApp, c: &Client, lang: &str, then: &str) -> reqwest::Response {
    c.post(app.url("/language"))
        .header("origin", &app.base)
        .form(&[("lang", lang), ("then", then)])
        .send()
        .await
        .expect("switch")
}

async fn the_page_speaks_the_members_then_the_visitors_then_the_browsers_then_the_communitys_language(app: TestApp) {
    // The browser's language, by quality; one Chorus does not speak is passed over.
    let guest = app.client();
    let html = page_in(&app, &guest, "/", "fr-FR,fr;q=0.9,de;q=0.8,en;q=0.5").await;
    assert!(html.contains(r#"<html lang="de" dir="ltr""#), "German for a French-and-German browser");
    assert!(html.contains(">Forum</a>") && html.contains(">Prämien</a>"), "the navigation in German");
    assert!(html.contains("Zum Inhalt springen"), "the skip link in German");
    assert!(html.contains("Was dich hier erwartet"), "the home page in German");
    let html = page_in(&app, &guest, "/rewards", "es-MX").await;
    assert!(html.contains(r#"<html lang="es" dir="ltr""#) && html.contains("<h1>Recompensas</h1>"), "Spanish");
    let html = page_in(&app, &guest, "/nowhere", "ar").await;
    assert!(html.contains(r#"<html lang="ar" dir="rtl""#), "Arabic is written right to left");
    assert!(html.contains("الصفحة غير موجودة"), "the missing page in Arabic");
    assert!(html.contains(r#"lang="de" dir="ltr""#) && html.contains("Deutsch"), "each language named in itself");

    // No language we speak in the browser: the community's default, which an admin sets.
    let html = page_in(&app, &guest, "/", "fr").await;
    assert!(html.contains(r#"<html lang="en" dir="ltr""#), "English by default");
    let admin = app.member("admin@example.com", "admin").await;
    let saved = app.call(&admin, "settings/save_default_language", &[("language", "es")]).await;
    assert_eq!(saved.status(), 200, "{:?}", saved.text().await);
    let html = page_in(&app, &guest, "/", "fr").await;
    assert!(html.contains(r#"<html lang="es""#), "the community's default for a French browser");
    let html = page_in(&app, &guest, "/", "de").await;
    assert!(html.contains(r#"<html lang="de""#), "the browser's language still comes first");

    // The visitor's choice in the footer beats the browser's, and comes back to the same page.
    let res = switch_language(&app, &guest, "ar", "/forum?page=2").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/forum?page=2");
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("lang=ar;") && cookie.contains("SameSite=Lax"), "{cookie}");
    let html = page_in(&app, &guest, "/", "de").await;
    assert!(html.contains(r#"<html lang="ar" dir="rtl""#), "the visitor's choice wins over the browser's");
    let at = html.find(r#"name="lang" value="ar""#).expect("the switch offers Arabic");
    let button = &html[html[..at].rfind('<').unwrap_or(0)..at + html[at..].find('>').unwrap_or(0)];
    assert!(button.contains(r#"aria-current="true""#) && button.contains(r#"lang="ar""#), "{button}");

    // A member's choice is kept in their account: it follows them to another browser.
    let member = app.member("ada@example.com", "member").await;
    assert_eq!(switch_language(&app, &member, "de", "/").await.status(), 303);
    let elsewhere = app.client();
    let signed_in = app.sign_in(&elsewhere, "ada@example.com", "a long enough passphrase").await;
    assert!(signed_in.status().is_success() || signed_in.status().is_redirection(), "{}", signed_in.status());
    let html = page_in(&app, &elsewhere, "/rewards", "es").await;
    assert!(html.contains(r#"<html lang="de""#), "the member's setting beats the browser's");
    assert!(html.contains("<h1>Prämien</h1>"));
    let stored: Option<String> = app::on_db!(&app.state.db, p => sqlx::query_scalar(
        "SELECT language FROM users WHERE email = 'ada@example.com'").fetch_one(p).await)
    .unwrap();
    assert_eq!(stored.as_deref(), Some("de"));
}

async fn the_language_switch_and_setting_refuse_what_chorus_does_not_speak(app: TestApp) {
    let guest = app.client();
    let res = switch_language(&app, &guest, "fr", "/").await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Choose a language"), "the reason is given");
    let res = switch_language(&app, &guest, "de", "//evil.example/").await;
    assert_eq!(res.headers()["location"], "/", "only a path on this site");
    let foreign = guest
        .post(app.url("/language"))
        .header("origin", "https://evil.example")
        .form(&[("lang", "de")])
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 403, "another site cannot switch it");

    let admin = app.member("admin@example.com", "admin").await;
    for bad in ["fr", "", "english"] {
        let res = app.call(&admin, "settings/save_default_language", &[("language", bad)]).await;
        assert_eq!(res.status(), 422, "{bad:?}");
        assert!(res.text().await.unwrap().contains("Choose one of the languages listed"), "{bad:?}");
    }
    let member = app.member("bo@example.com", "member").await;
    let res = app.call(&member, "settings/save_default_language", &[("language", "de")]).await;
    assert_eq!(res.status(), 403, "members may not set the community's language");
    let stored: String = app::on_db!(&app.state.db, p => sqlx::query_scalar(
        "SELECT default_language FROM site_settings WHERE id = 1").fetch_one(p).await)
    .unwrap();
    assert_eq!(stored, "en", "nothing was saved");
}

/// A server function's refusal is read on the page that called it, so it is worded in that page's language:
/// the member's setting even when their browser asks for another, else the browser's, else the community's.
async fn server_functions_answer_in_the_members_then_the_browsers_then_the_communitys_language(app: TestApp) {
    let refusal = |c: &Client, accept_language: Option<&'static str>| {
        let mut req = c
            .post(app.url("/api/settings/save_default_language"))
            .header("origin", &app.base)
            .header("accept", "application/json")
            .form(&[("language", "fr")]);
        if let Some(asked) = accept_language {
            req = req.header("accept-language", asked);
        }
        async move {
            let res = req.send().await.expect("call");
            (res.status().as_u16(), res.text().await.unwrap_or_default())
        }
    };
    let admin = app.member("admin@example.com", "admin").await;
    // Chosen on another device: this browser has no language cookie and asks for English.
    app::on_db!(&app.state.db, p => sqlx::query("UPDATE users SET language = 'de' WHERE email = 'admin@example.com'")
        .execute(p).await.map(|_| ()))
    .unwrap();
    let (status, body) = refusal(&admin, Some("en-US,en;q=0.9")).await;
    assert_eq!(status, 422);
    assert!(
        body.contains("Wähle eine der aufgeführten Sprachen."),
        "the member's German over the browser's English: {body}"
    );

    // A visitor's failed sign-in: the browser's language, else the community's.
    let guest = app.client();
    let sign_in = |accept_language: Option<&'static str>| {
        let mut req = guest
            .post(app.url("/api/accounts/sign_in"))
            .header("origin", &app.base)
            .header("accept", "application/json")
            .form(&[("email", "nobody@example.com"), ("password", "not the password at all")]);
        if let Some(asked) = accept_language {
            req = req.header("accept-language", asked);
        }
        async move { req.send().await.expect("sign in").text().await.unwrap_or_default() }
    };
    let body = sign_in(None).await;
    assert!(body.contains("That email and password do not match an account."), "the community's English: {body}");
    let body = sign_in(Some("es-ES")).await;
    assert!(body.contains("Ese correo y esa contraseña no coinciden"), "the browser's Spanish: {body}");
    let saved = app.call(&admin, "settings/save_default_language", &[("language", "de")]).await;
    assert_eq!(saved.status(), 200, "{:?}", saved.text().await);
    let body = sign_in(None).await;
    assert!(body.contains("E-Mail-Adresse und Passwort passen zu keinem Konto."), "the new default: {body}");

    // The REST API answers programs, in English whatever the browser says.
    let res = guest.get(app.url("/api/v1/nowhere")).header("accept-language", "de").send().await.expect("api");
    assert!(res.text().await.unwrap_or_default().contains("There is no such API route"));
}

/// Two nodes on one PostgreSQL database: a name saved on one shows on the other's next page, and terms
/// published on one are asked for on the other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_show_a_settings_change_at_once() {
    let (_db, migrated, a, b) = common::nodes::two_nodes().await;
    common::within_limit("two_nodes_show_a_settings_change_at_once", async {
        let client =
            || Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let (on_a, on_b) = (client(), client());
        let res = common::sign_up_at(&migrated, &a.1, &on_a, "admin@example.com", "Ada Admin", PW).await;
        assert_eq!(res.status(), 200);
        app::on_db!(&migrated, p => sqlx::query("UPDATE users SET role = 'admin'").execute(p).await.map(|_| ()))
            .unwrap();
        let res = common::sign_up_at(&migrated, &b.1, &on_b, "bo@example.com", "Bo", PW).await;
        assert_eq!(res.status(), 200);

        let home = |base: String| async move {
            client().get(format!("{base}/")).header("accept", "text/html").send().await.unwrap().text().await.unwrap()
        };
        assert!(home(b.1.clone()).await.contains("Welcome to the Chorus community"));
        let saved =
            common::call_at(&a.1, &on_a, "settings/save_site_settings", &settings("Acme Voices", "#0b6e3a", "")).await;
        assert_eq!(saved.status(), 200, "{:?}", saved.text().await);
        let there = home(b.1.clone()).await;
        assert!(
            there.contains("Welcome to Acme Voices") && !there.contains("Chorus"),
            "node b shows the change at once"
        );

        let v1 = [("body", "Be kind."), ("changes", "")];
        assert_eq!(common::call_at(&a.1, &on_a, "settings/publish_terms", &v1).await.status(), 200);
        let asked = on_b
            .get(format!("{}/forum", b.1))
            .header("accept", "text/html")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(asked.contains("Please accept our terms of service"), "node b asks for the terms published on a");
    })
    .await;
}
