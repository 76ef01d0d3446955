//! Every page kind rendered with a hostile string in every field a person controls keeps the element
//! structure it has with plain text: the same community is built twice, once with plain words and once
//! with markup that tries to close `<title>`, `<textarea>` and `<script>`, and each page's tags (as a
//! browser tokenises them) are compared.

use crate::common;

use common::{Backend, TestApp};
use reqwest::Client;
use serde_json::Value;

/// At most 50 characters, so it fits a display name; closes the raw-text elements and adds a tag.
const HOSTILE: &str = "</title></textarea></script><meta http-equiv=x>";
const PLAIN: &str = "Plain words standing where the markup would be";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_pages_keep_their_structure_whatever_people_type() {
    pages_keep_their_structure(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_pages_keep_their_structure_whatever_people_type() {
    pages_keep_their_structure(Backend::Postgres).await;
}

async fn pages_keep_their_structure(backend: Backend) {
    let plain = Community::build(common::spawn_app(backend).await, PLAIN).await;
    let hostile = Community::build(common::spawn_app(backend).await, HOSTILE).await;
    assert_eq!(plain.paths.len(), hostile.paths.len());
    let mut checked = 0;
    for ((who, a), (_, b)) in plain.paths.iter().zip(&hostile.paths) {
        // A first visit may change what the page shows next (opening /notifications marks them read, and the
        // header's unread count is read alongside), so each page is visited once before the visit compared.
        plain.get(who, a).await;
        hostile.get(who, b).await;
        let (status_a, html_a) = plain.get(who, a).await;
        let (status_b, html_b) = hostile.get(who, b).await;
        assert_eq!(status_a, status_b, "{who} {b}: status");
        assert!(html_b.contains("&lt;/title&gt;") || !html_a.contains(PLAIN), "{who} {b}: the text is shown escaped");
        let (tags_a, tags_b) = (tags(&html_a), tags(&html_b));
        if tags_a != tags_b {
            let at = tags_a.iter().zip(&tags_b).position(|(x, y)| x != y).unwrap_or(tags_a.len().min(tags_b.len()));
            panic!(
                "{who} {b}: the hostile text changed the page's structure at tag {at}: {:?} became {:?}",
                &tags_a[at.saturating_sub(2)..(at + 3).min(tags_a.len())],
                &tags_b[at.saturating_sub(2)..(at + 3).min(tags_b.len())]
            );
        }
        assert!(!tags_b.iter().any(|t| t.contains(" http-equiv")), "{who} {b}: an injected meta tag");
        checked += 1;
    }
    assert!(checked >= 25, "only {checked} pages were compared");
}

/// One community, built by the same steps whatever the text, so ids match between the two.
struct Community {
    app: TestApp,
    clients: Vec<(&'static str, Client)>,
    /// (who looks, path)
    paths: Vec<(&'static str, String)>,
}

impl Community {
    async fn build(app: TestApp, text: &str) -> Community {
        // In Markdown, text that starts with a tag is an HTML block (shown as text, outside a paragraph):
        // a word in front keeps both versions paragraphs, so only escaping can tell them apart.
        let said = format!("Said {text}");
        let body = said.as_str();
        let admin = signed_up(&app, "admin@example.com", text, "admin").await;
        let moderator = signed_up(&app, "mod@example.com", text, "moderator").await;
        let author = signed_up(&app, "ada@example.com", text, "member").await;
        let handle: String = app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT handle FROM users WHERE email = 'ada@example.com'").fetch_one(p).await).unwrap();

        let form = [("id", "0"), ("slug", "cat"), ("name", text), ("description", text), ("position", "1")];
        ok(app.call(&admin, "forum/save_category", &form).await).await;
        let res =
            app.call(&author, "forum/create_topic", &[("category", "cat"), ("title", text), ("body", body)]).await;
        let at = ok(res).await;
        let topic = format!("/forum/t/{}/{}", at["topic_id"], at["topic_slug"].as_str().unwrap());
        let first_post = at["post_id"].to_string();
        let res = app
            .call(&moderator, "forum/reply_to_topic", &[("topic_id", &at["topic_id"].to_string()), ("body", body)])
            .await;
        let reply = ok(res).await["post_id"].to_string();
        ok(app.call(&author, "forum/flag_post", &[("post_id", &reply), ("reason", "spam"), ("note", text)]).await)
            .await;
        ok(app.call(&moderator, "forum/hide_post", &[("post_id", &first_post), ("reason", text)]).await).await;

        let story_form = [
            ("form[title]", text),
            ("form[body]", body),
            ("form[product]", text),
            ("form[rating]", "5"),
            ("form[quote]", text),
            ("form[company]", text),
            ("form[job_title]", text),
            ("form[consent]", "named"),
            ("id", "0"),
            ("submit", "yes"),
        ];
        let story_id = ok(app.call(&author, "stories/save_story", &story_form).await).await.to_string();
        for action in ["approve", "feature"] {
            let form = [("id", story_id.as_str()), ("action", action), ("message", text)];
            ok(app.call(&moderator, "stories/decide_story", &form).await).await;
        }
        let story: Value = ok(app.call(&author, "stories/get_story", &[("id", &story_id)]).await).await;
        let story_page = format!("/stories/{story_id}/{}", story["card"]["slug"].as_str().expect("slug"));
        let draft = story_form[..9].to_vec();
        let draft_id = ok(app.call(&author, "stories/save_story", &draft).await).await.to_string();

        let reward = [
            ("id", "0"),
            ("form[title]", text),
            ("form[description]", text),
            ("form[kind]", "physical"),
            ("form[cost]", "10"),
            ("form[stock]", "5"),
            ("form[per_user_limit]", ""),
            ("form[min_level_id]", ""),
            ("form[starts_at]", ""),
            ("form[ends_at]", ""),
            ("form[active]", "on"),
        ];
        ok(app.call(&admin, "rewards/save_reward", &reward).await).await;
        let challenge = [
            ("id", "0"),
            ("form[title]", text),
            ("form[description]", text),
            ("form[points]", "40"),
            ("form[starts_at]", ""),
            ("form[ends_at]", ""),
            ("form[max_completions]", ""),
            ("form[mode]", "review"),
            ("form[link_url]", ""),
            ("form[answer]", ""),
            ("form[active]", "on"),
        ];
        ok(app.call(&admin, "challenges/save_challenge", &challenge).await).await;
        ok(app.call(&moderator, "recognition/set_spotlight", &[("handle", &handle), ("citation", text)]).await).await;

        let about = [
            ("bio", body),
            ("company", text),
            ("job_title", text),
            ("location", text),
            ("website", ""),
            ("linkedin", ""),
        ];
        ok(app.call(&author, "profiles/save_details", &about).await).await;

        let profile = format!("/u/{handle}");
        let mut paths: Vec<(&'static str, String)> = Vec::new();
        for path in ["/", "/forum", "/forum/c/cat", &topic, &profile, "/stories", &story_page, "/leaderboard"] {
            paths.push(("guest", path.to_string()));
        }
        for path in ["/rewards", "/challenges", "/badges", "/forum/c/cat/feed.xml"] {
            paths.push(("guest", path.to_string()));
        }
        let quote = format!("{topic}?quote={reply}#reply");
        let edit = format!("/stories/mine/{draft_id}/edit");
        for path in [&topic, &quote, "/stories/mine", &edit, "/notifications", "/account", "/me/points", "/me/profile"]
        {
            paths.push(("author", path.to_string()));
        }
        for path in [&topic, "/mod/flags", "/mod/stories", "/mod/challenges", &profile] {
            paths.push(("moderator", path.to_string()));
        }
        for path in ["/admin/members", "/admin/rewards", "/admin/challenges", "/admin/audit", "/admin/categories"] {
            paths.push(("admin", path.to_string()));
        }
        paths.push(("admin", "/admin/embed?product=".to_string() + &urlencode(text)));
        let clients = vec![("guest", app.client()), ("author", author), ("moderator", moderator), ("admin", admin)];
        Community { app, clients, paths }
    }

    async fn get(&self, who: &str, path: &str) -> (u16, String) {
        let client = &self.clients.iter().find(|(w, _)| *w == who).expect("a client").1;
        let res = client.get(self.app.url(path)).header("accept", "text/html").send().await.expect("page");
        (res.status().as_u16(), res.text().await.expect("html"))
    }
}

async fn signed_up(app: &TestApp, email: &str, name: &str, role: &str) -> Client {
    let c = app.client();
    let res = app.sign_up(&c, email, name, "a long enough passphrase").await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    if role != "member" {
        app.set_role(email, role).await;
    }
    c
}

async fn ok(res: reqwest::Response) -> Value {
    let status = res.status();
    let text = res.text().await.expect("body");
    assert!(status.is_success(), "{status}: {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

/// The tags of `html` as a browser's tokeniser finds them (name and attribute names; values and text
/// left out), skipping the contents of raw-text elements the way a browser does: up to the first
/// `</script`, `</style`, `</title` or `</textarea`, whatever it is inside.
fn tags(html: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = lower[i..].find('<') {
        i += off + 1;
        if lower[i..].starts_with("!--") {
            i = lower[i..].find("-->").map_or(lower.len(), |e| i + e + 3);
            continue;
        }
        let closing = bytes.get(i) == Some(&b'/');
        let start = i + usize::from(closing);
        let name_len = lower[start..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(0);
        if name_len == 0 || !bytes[start].is_ascii_alphabetic() && bytes[start] != b'!' {
            continue;
        }
        let name = &lower[start..start + name_len];
        // Attributes up to the closing `>`, honouring quotes.
        let mut j = start + name_len;
        let mut attrs = Vec::new();
        while j < bytes.len() && bytes[j] != b'>' {
            if bytes[j].is_ascii_whitespace() || bytes[j] == b'/' {
                j += 1;
                continue;
            }
            let a = j;
            while j < bytes.len() && !b" \t\n\r/>=".contains(&bytes[j]) {
                j += 1;
            }
            attrs.push(lower[a..j].to_string());
            if bytes.get(j) == Some(&b'=') {
                j += 1;
                match bytes.get(j) {
                    Some(&q) if q == b'"' || q == b'\'' => {
                        j = lower[j + 1..].find(q as char).map_or(bytes.len(), |e| j + 1 + e + 1);
                    }
                    _ => {
                        while j < bytes.len() && !bytes[j].is_ascii_whitespace() && bytes[j] != b'>' {
                            j += 1;
                        }
                    }
                }
            }
        }
        attrs.sort();
        let mut tag = format!("{}{name}", if closing { "/" } else { "" });
        for a in &attrs {
            tag.push(' ');
            tag.push_str(a);
        }
        out.push(tag);
        i = (j + 1).min(lower.len());
        if !closing && ["script", "style", "title", "textarea"].contains(&name) {
            let end = format!("</{name}");
            i = lower[i..].find(&end).map_or(lower.len(), |e| i + e);
        }
    }
    out
}
