//! Who downloads the browser's copy of the app. Every page works without JavaScript (forms post, links
//! load), and most of what a visitor who is not signed in does is read: the home page, the forum, the stories,
//! the rewards, profiles. Those [reading pages](is_reading_page) reach such a visitor as the server's HTML
//! and nothing else: no script, no WASM, interactive as soon as it arrives. Pages where a visitor fills a
//! form (joining, signing in, a new password) still load the app, which checks fields as they are typed;
//! signed-in members get the app everywhere (replies, likes, the editor's preview and pictures, live counts),
//! downloaded once and then kept by the browser for a year.
//!
//! The server decides per request ([`LoadsApp`], put in the request by `server::routes::site`) from the
//! session and the path; the page reads it here.

/// Whether this response loads the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadsApp(pub bool);

impl LoadsApp {
    /// The decision for a request to `path` by a member (`signed_in`) or a visitor.
    pub fn decide(signed_in: bool, path: &str) -> LoadsApp {
        LoadsApp(signed_in || !is_reading_page(path))
    }
}

/// The pages a visitor reads: the home page, the forum (not "new topic"), search, the stories wall and a
/// story's page (not writing one), rewards, profiles, badges and the leaderboard, challenges, groups and the
/// community's documents and the accessibility statement.
pub fn is_reading_page(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    let under = |base: &str| path == base || path.strip_prefix(base).is_some_and(|rest| rest.starts_with('/'));
    let story = path.strip_prefix("/stories/").is_some_and(|rest| {
        rest.split('/').next().is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
    });
    path.is_empty()
        || path == "/forum"
        || under("/forum/c")
        || under("/forum/t")
        || path == "/stories"
        || story
        || [
            "/search",
            "/rewards",
            "/leaderboard",
            "/badges",
            "/earn",
            "/challenges",
            "/terms",
            "/privacy",
            "/guidelines",
            "/accessibility",
        ]
        .contains(&path)
        || under("/u")
        || under("/groups")
}

/// Whether the page being rendered loads the app (it does when nothing decided otherwise: a page rendered
/// outside the server's layers, as in tests that render one component).
#[cfg(feature = "ssr")]
pub fn loads_app() -> bool {
    leptos::prelude::with_context(|parts: &http::request::Parts| parts.extensions.get::<LoadsApp>().copied())
        .flatten()
        .is_none_or(|decided| decided.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visitors_read_without_the_app_and_fill_forms_with_it() {
        for path in ["/", "/forum", "/forum/c/general", "/forum/t/12/hello", "/forum/t/12", "/search", "/stories"] {
            assert_eq!(LoadsApp::decide(false, path), LoadsApp(false), "{path}");
        }
        for path in
            ["/stories/7/our-story", "/rewards", "/u/ada", "/leaderboard", "/groups/beta", "/terms", "/accessibility"]
        {
            assert_eq!(LoadsApp::decide(false, path), LoadsApp(false), "{path}");
        }
        for path in ["/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/join/invitation", "/forum/new"] {
            assert_eq!(LoadsApp::decide(false, path), LoadsApp(true), "{path}");
        }
        for path in ["/stories/new", "/stories/mine", "/sso/link", "/apply/confirm", "/forumx", "/users"] {
            assert_eq!(LoadsApp::decide(false, path), LoadsApp(true), "{path}");
        }
        for path in ["/", "/forum/t/12/hello", "/sign-in", "/admin/dashboard"] {
            assert_eq!(LoadsApp::decide(true, path), LoadsApp(true), "{path}");
        }
    }
}
