//! Without a configured public origin, absolute links come from the request's Host: a Host that is not a plain
//! host and port never reaches a feed or a link.

use crate::common;

use common::TestApp;

both_backends!(a_forged_host_never_reaches_a_feed_or_a_link, a_plain_host_is_used_for_links);

const FORGED: &str = "evil.example\"><script>alert(1)</script>";

async fn a_forged_host_never_reaches_a_feed_or_a_link(app: TestApp) {
    let feed = app.client().get(app.url("/forum/feed.xml")).header("host", FORGED).send().await.expect("feed");
    assert_eq!(feed.status(), 200);
    let xml = feed.text().await.expect("xml");
    assert!(xml.contains("<id>http://localhost/forum</id>"), "{xml}");
    assert!(!xml.contains("evil") && !xml.contains("<script>"), "{xml}");

    let ada = app.member("ada@example.com", "member").await;
    let mine = ada
        .post(app.url("/api/referrals/get_my_referrals"))
        .header("host", FORGED)
        .header("accept", "application/json")
        .send()
        .await
        .expect("referrals");
    assert_eq!(mine.status(), 200);
    let link = mine.json::<serde_json::Value>().await.expect("json")["link"].as_str().expect("link").to_string();
    assert!(link.starts_with("http://localhost/r/"), "{link}");
}

async fn a_plain_host_is_used_for_links(app: TestApp) {
    let feed = app.client().get(app.url("/forum/feed.xml")).header("host", "community.test:8080").send().await;
    let xml = feed.expect("feed").text().await.expect("xml");
    assert!(xml.contains("<id>http://community.test:8080/forum</id>"), "{xml}");
}
