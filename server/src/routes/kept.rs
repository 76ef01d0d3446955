//! A visitor's topic and category pages kept whole, beside the rows they were rendered from.
//!
//! Such a page (no app, see `app::shell::hydration`) is the same HTML for every visitor who asks for the same
//! address at the same origin in the same language and theme, given the same site settings and the same rows.
//! This layer reads those rows itself (the same reads the page's server function makes), and when an earlier
//! render of that address was made from *equal* settings and rows it sends that render again, with a new CSP
//! nonce in place of the old one: no Leptos render at all. Otherwise the page renders from exactly the rows just read
//! (`app::common::preread`) and the result is kept for the next visitor. Every request still reads the
//! database, so a write on any node (a reply, an edit, a hidden post, a renamed category, a changed setting)
//! shows on the next page on every node: nothing is invalidated because nothing can be stale.
//!
//! Only requests whose page depends on nothing else are answered here: `GET`, a visitor (no cookie but the
//! theme and language choices), an address of the form `/forum/t/<id>[/<slug>]` or `/forum/c/<slug>` with no
//! query but `page=<n>`. A page is kept only when it was a `200` HTML answer without cookies; the bytes kept
//! per kind of page are bounded by `--kept-html-mb`.

use app::{
    common::{preread::Preread, rendered::Rendered},
    forum::{
        api::{category_page, topic_page},
        domain::{CategoryPage, TopicPage},
    },
    i18n::Lang,
    shell::hydration::LoadsApp,
    site::{Site, Theme},
    state::AppState,
};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::Response,
};
use std::sync::Arc;

/// Says whether a page came from the kept pages (`kept`) or was rendered for this request (`rendered`), as
/// Discourse's `X-Discourse-Cached` does for its anonymous cache: for operators and tests. It tells no more
/// than the answer's speed would (that some visitor read this public page lately).
pub const SOURCE_HEADER: &str = "x-chorus-page";

/// The pages kept, one budget per kind.
pub struct KeptPages {
    on: bool,
    topics: Rendered<Key, (Site, TopicPage), Arc<Page>>,
    categories: Rendered<Key, (Site, CategoryPage), Arc<Page>>,
}

impl KeptPages {
    /// Stores of `mb` megabytes each (`--kept-html-mb`; 0 keeps none and reads nothing twice).
    pub fn new(mb: u32) -> Self {
        let budget = usize::try_from(mb).unwrap_or(0) << 20;
        KeptPages { on: budget > 0, topics: Rendered::new(budget), categories: Rendered::new(budget) }
    }
}

/// What besides the rows decides a visitor's page.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    /// Path and query.
    address: String,
    lang: Lang,
    theme: Theme,
    /// The origin pages name (from the Host when no public origin is set: `app::state::origin_for`).
    origin: String,
}

/// A kept answer: its headers, and its HTML cut where the nonce was.
struct Page {
    headers: HeaderMap,
    pieces: Vec<Bytes>,
}

/// The page a request asks for, when it is one kept here.
#[derive(Debug, PartialEq)]
enum Asked {
    Topic { id: i64, slug: Option<String>, page: u32 },
    Category { slug: String, page: u32 },
}

pub async fn page(State((state, kept)): State<(AppState, Arc<KeptPages>)>, req: Request, next: Next) -> Response {
    if !kept.on {
        return next.run(req).await;
    }
    let Some(asked) = asked(&req) else {
        return next.run(req).await;
    };
    let (Some(site), Some(lang)) = (req.extensions().get::<Site>().cloned(), req.extensions().get::<Lang>().copied())
    else {
        return next.run(req).await;
    };
    let host = req.headers().get(header::HOST).and_then(|h| h.to_str().ok());
    let key = Key {
        address: req.uri().path_and_query().map_or_else(|| req.uri().path().to_string(), |pq| pq.as_str().to_string()),
        lang,
        theme: Theme::of_request(req.headers()),
        origin: app::state::origin_for(state.settings.public_origin.as_deref(), state.settings.secure_cookies, host),
    };
    // A topic or category that is missing, private or past its last page renders as usual (its own reads
    // word the problem); so does a topic under another slug than its own (a made-up address is not kept).
    let db = &state.db;
    match asked {
        Asked::Topic { id, slug, page } => match app::i18n::speaking(lang, topic_page(db, None, id, page)).await {
            Ok(rows) if slug.as_ref().is_none_or(|slug| *slug == rows.topic.slug) => {
                kept_or_rendered(&kept.topics, key, (site, rows), req, next).await
            }
            _ => rendered(next.run(req).await),
        },
        Asked::Category { slug, page } => match app::i18n::speaking(lang, category_page(db, None, &slug, page)).await {
            Ok(rows) => kept_or_rendered(&kept.categories, key, (site, rows), req, next).await,
            Err(_) => rendered(next.run(req).await),
        },
    }
}

/// `res`, marked as rendered for this request.
fn rendered(mut res: Response) -> Response {
    res.headers_mut().insert(SOURCE_HEADER, HeaderValue::from_static("rendered"));
    res
}

/// The page kept for `data`, or one rendered from it (and kept).
async fn kept_or_rendered<D>(
    store: &Rendered<Key, (Site, D), Arc<Page>>,
    key: Key,
    data: (Site, D),
    mut req: Request,
    next: Next,
) -> Response
where
    D: PartialEq + Clone + Send + Sync + 'static,
{
    if let Some(page) = store.kept(&key, &data) {
        return page.answer();
    }
    let read = Preread::new(data.1.clone());
    req.extensions_mut().insert(read.clone());
    let (res, page) = render(req, next).await;
    // Kept only when the page was rendered from the rows compared next time, not from rows it read itself.
    if let (Some((page, cost)), true) = (page, read.was_taken()) {
        store.keep(key, data, page, cost);
    }
    res
}

/// Renders the page as usual and, when it can be kept, cuts it at its nonce.
async fn render(req: Request, next: Next) -> (Response, Option<(Arc<Page>, usize)>) {
    let res = next.run(req).await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let nonce = res
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(nonce_of)
        .map(str::to_string);
    let keepable = res.status() == StatusCode::OK && html && !res.headers().contains_key(header::SET_COOKIE);
    let (true, Some(nonce)) = (keepable, nonce) else {
        return (rendered(res), None);
    };
    let (mut parts, body) = res.into_parts();
    parts.headers.insert(SOURCE_HEADER, HeaderValue::from_static("rendered"));
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!(error = %e, "a page's body failed while it was read to be kept");
            return (
                Response::builder()
                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                    .body(Body::from("The page could not be rendered.\n"))
                    .unwrap_or_default(),
                None,
            );
        }
    };
    let mut headers = parts.headers.clone();
    headers.remove(header::CONTENT_SECURITY_POLICY);
    headers.remove(header::CONTENT_LENGTH);
    headers.insert(SOURCE_HEADER, HeaderValue::from_static("kept"));
    let page = Page { headers, pieces: cut(&bytes, nonce.as_bytes()) };
    let cost = bytes.len() * 2;
    (Response::from_parts(parts, Body::from(bytes)), Some((Arc::new(page), cost)))
}

impl Page {
    /// The kept page with a new nonce, in its HTML and in its policy.
    fn answer(&self) -> Response {
        let nonce = leptos::nonce::Nonce::new();
        let mut body =
            Vec::with_capacity(self.pieces.iter().map(Bytes::len).sum::<usize>() + self.pieces.len() * nonce.len());
        for (i, piece) in self.pieces.iter().enumerate() {
            if i > 0 {
                body.extend_from_slice(nonce.as_bytes());
            }
            body.extend_from_slice(piece);
        }
        let mut res = Response::new(Body::from(body));
        *res.headers_mut() = self.headers.clone();
        if let Ok(policy) = HeaderValue::from_str(&app::shell::csp::page_policy(&nonce)) {
            res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        res
    }
}

/// The page `req` asks for, if it is a visitor's topic or category page that depends on nothing but its
/// address, language and theme.
fn asked(req: &Request) -> Option<Asked> {
    if req.method() != Method::GET || req.extensions().get::<LoadsApp>() != Some(&LoadsApp(false)) {
        return None;
    }
    if !only_choices(req.headers()) {
        return None;
    }
    let page = match req.uri().query() {
        None => 1,
        Some(query) => number(query.strip_prefix("page=")?)?,
    };
    let path = req.uri().path();
    if let Some(rest) = path.strip_prefix("/forum/t/") {
        let mut segments = rest.split('/');
        let id = number(segments.next()?)?;
        // `/forum/t/<id>` or `/forum/t/<id>/<slug>`, nothing further.
        let slug = segments.next().map(str::to_string);
        if slug.as_ref().is_some_and(String::is_empty) || segments.next().is_some() {
            return None;
        }
        return Some(Asked::Topic { id, slug, page });
    }
    let slug = path.strip_prefix("/forum/c/")?;
    (!slug.is_empty() && !slug.contains('/') && !slug.contains('%'))
        .then(|| Asked::Category { slug: slug.to_string(), page })
}

/// A number written one way only: digits without a leading zero (`page=02` or `/forum/t/012` would each be kept
/// apart from the plain address, as the page shows its own address in the theme and language forms).
fn number<T: std::str::FromStr>(digits: &str) -> Option<T> {
    if digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Whether every cookie the request carries is the visitor's theme or language choice (a session, a referral
/// code or anything else may change the page).
fn only_choices(headers: &HeaderMap) -> bool {
    headers.get_all(header::COOKIE).iter().all(|value| {
        value.to_str().is_ok_and(|v| {
            v.split(';').map(str::trim).filter(|pair| !pair.is_empty()).all(|pair| {
                let name = pair.split_once('=').map_or(pair, |(name, _)| name);
                name == Theme::COOKIE || name == Lang::COOKIE
            })
        })
    })
}

/// The nonce in a page's `Content-Security-Policy`.
fn nonce_of(policy: &str) -> Option<&str> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let len = policy[start..].find('\'')?;
    Some(&policy[start..start + len]).filter(|n| !n.is_empty())
}

/// `html` cut at every occurrence of `nonce`.
fn cut(html: &Bytes, nonce: &[u8]) -> Vec<Bytes> {
    let mut pieces = Vec::new();
    let mut from = 0;
    let mut at = 0;
    while at + nonce.len() <= html.len() {
        if &html[at..at + nonce.len()] == nonce {
            pieces.push(html.slice(from..at));
            at += nonce.len();
            from = at;
        } else {
            at += 1;
        }
    }
    pieces.push(html.slice(from..));
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(uri: &str, cookie: Option<&str>, visitor_page: bool) -> Request {
        let mut req = Request::builder().uri(uri);
        if let Some(cookie) = cookie {
            req = req.header(header::COOKIE, cookie);
        }
        let mut req = req.body(Body::empty()).unwrap();
        req.extensions_mut().insert(LoadsApp(!visitor_page));
        req
    }

    #[test]
    fn a_visitors_topic_and_category_addresses_are_asked_for() {
        let asks = |uri: &str| asked(&request(uri, None, true));
        assert_eq!(asks("/forum/t/12"), Some(Asked::Topic { id: 12, slug: None, page: 1 }));
        let slug = Some("hello-world".to_string());
        assert_eq!(asks("/forum/t/12/hello-world?page=3"), Some(Asked::Topic { id: 12, slug, page: 3 }));
        assert_eq!(asks("/forum/c/general?page=2"), Some(Asked::Category { slug: "general".into(), page: 2 }));
        for other in [
            "/forum/t/12/hello/more",
            "/forum/t/12/",
            "/forum/t/x1",
            "/forum/t/12?page=2&error=x",
            "/forum/t/12?page=",
            "/forum/t/12?page=99999999999",
            "/forum/t/12?page=02",
            "/forum/t/012/hello",
            "/forum/t/0",
            "/forum/c/",
            "/forum/c/a/b",
            "/forum/c/gen%65ral",
            "/forum",
            "/stories",
        ] {
            assert_eq!(asks(other), None, "{other}");
        }
    }

    #[test]
    fn members_other_methods_and_other_cookies_are_rendered_as_usual() {
        assert_eq!(asked(&request("/forum/t/12", None, false)), None, "a page that loads the app");
        let mut post = request("/forum/t/12", None, true);
        *post.method_mut() = Method::POST;
        assert_eq!(asked(&post), None);
        let choices = format!("{}=dark; {}=de", Theme::COOKIE, Lang::COOKIE);
        assert!(asked(&request("/forum/t/12", Some(&choices), true)).is_some());
        assert_eq!(asked(&request("/forum/t/12", Some("id=abc"), true)), None, "a session");
        let mixed = format!("{}=dark; chorus_ref=abc", Theme::COOKIE);
        assert_eq!(asked(&request("/forum/t/12", Some(&mixed), true)), None, "a referral code");
    }

    #[tokio::test]
    async fn a_kept_page_gets_a_new_nonce_everywhere_the_old_one_was() {
        let html = Bytes::from_static(b"<style nonce=\"OLD\"></style><p>OLD</p><script nonce=\"OLD\">");
        let pieces = cut(&html, b"OLD");
        assert_eq!(pieces.len(), 4);
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        let page = Page { headers, pieces };
        let first = page.answer();
        let second = page.answer();
        let nonce = |res: &Response| {
            let policy = res.headers().get(header::CONTENT_SECURITY_POLICY).unwrap().to_str().unwrap();
            nonce_of(policy).unwrap().to_string()
        };
        let (a, b) = (nonce(&first), nonce(&second));
        assert_ne!(a, b, "every answer has its own nonce");
        assert!(a.len() >= 22, "128 bits: {a}");
        let body = axum::body::to_bytes(first.into_body(), usize::MAX).await.unwrap();
        assert_eq!(
            String::from_utf8(body.to_vec()).unwrap(),
            format!("<style nonce=\"{a}\"></style><p>{a}</p><script nonce=\"{a}\">")
        );
        assert_eq!(nonce_of("script-src 'self'; style-src 'self'"), None);
    }
}
