//! A plain form's answer, carried to the page it returns to. With JavaScript off a form posts to its server
//! function, which answers with a redirect back to the form's page; the framework carries a refusal back in
//! the address (`__err`), but a success's answer ("Saved. You now appear as …", "Adjusted by +60 points.") was
//! dropped. `server::routes::answered` keeps a signed-in member's answer in their session until their next page
//! (the one the form returns to) takes it; that page's actions ([`server_action`]) start with it as their value,
//! so the page shows what it shows after a call with JavaScript on. The answer travels with the page to the
//! browser, so a form sent before the app had loaded hydrates as rendered.

use leptos::{
    prelude::*,
    server_fn::{error::FromServerFnError, ServerFn},
};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// The session key of a plain form's answer.
pub const SESSION_KEY: &str = "answered";

/// What a server function answered a member's plain form post: its path (`/api/…`), its result as JSON, the
/// member it answered, and (once taken for a page) that page's address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answered {
    pub path: String,
    pub json: String,
    pub member: i64,
    /// The page it is shown on (path and query), set when a page takes it.
    #[serde(default)]
    pub page: String,
}

impl Answered {
    /// The answer as `S`'s result, when it is `S`'s.
    pub fn of<S: ServerFn>(&self) -> Option<S::Output>
    where
        S::Output: DeserializeOwned,
    {
        (self.path == S::PATH).then(|| serde_json::from_str(&self.json).ok()).flatten()
    }
}

/// The answer this page shows, if any: read once per page load, from the request on the server and from the
/// page's own data in the browser (so the page hydrates as it was rendered).
#[derive(Clone, Copy)]
struct PageAnswer(StoredValue<Option<Answered>>);

/// Puts the page's answer in context; called once at the top of the app, before anything that creates an action.
pub fn provide_answer() {
    let answer = SharedValue::new(|| {
        #[cfg(feature = "ssr")]
        {
            with_context(|parts: &http::request::Parts| parts.extensions.get::<Answered>().cloned()).flatten()
        }
        #[cfg(not(feature = "ssr"))]
        None
    });
    provide_context(PageAnswer(StoredValue::new(answer.into_inner())));
}

/// Whether the browser is still on the page the answer was rendered for (not on a page reached by a link since).
fn on_its_page(answer: &Answered) -> bool {
    #[cfg(feature = "hydrate")]
    {
        let location = window().location();
        let (path, query) = (location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        let here = if query.len() > 1 { format!("{path}{query}") } else { path };
        here == answer.page
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = answer;
        true
    }
}

/// `ServerAction::<S>::new()`, holding the answer to a plain form post of `S` when the page is the one that post
/// returned to.
#[track_caller]
pub fn server_action<S>() -> ServerAction<S>
where
    S: ServerFn + Clone + Send + Sync + 'static,
    S::Output: DeserializeOwned + Send + Sync + 'static,
    S::Error: FromServerFnError + Send + Sync + 'static,
{
    let action = ServerAction::<S>::new();
    let output = use_context::<PageAnswer>()
        .and_then(|PageAnswer(answer)| answer.with_value(|a| a.as_ref().filter(|a| on_its_page(a))?.of::<S>()));
    if let Some(output) = output {
        action.value().set(Some(Ok(output)));
    }
    action
}

#[cfg(test)]
mod tests {
    use super::*;

    #[server(prefix = "/api/answered_test")]
    async fn rename(name: String) -> Result<String, ServerFnError> {
        Ok(name)
    }

    #[server(prefix = "/api/answered_test")]
    async fn forget() -> Result<(), ServerFnError> {
        Ok(())
    }

    #[test]
    fn an_answer_is_read_only_by_the_function_it_came_from() {
        let answer =
            |path: &str, json: &str| Answered { path: path.into(), json: json.into(), member: 1, page: "/".into() };
        let answered = answer(Rename::PATH, "\"Ada\"");
        assert_eq!(answered.of::<Rename>(), Some("Ada".to_owned()));
        let other = answer("/api/answered_test/other", "\"Ada\"");
        assert_eq!(other.of::<Rename>(), None);
        let garbled = answer(Rename::PATH, "{");
        assert_eq!(garbled.of::<Rename>(), None);
        // Most functions answer `()`, which JSON writes as `null`: still an answer.
        assert_eq!(answer(Forget::PATH, "null").of::<Forget>(), Some(()));
    }
}
