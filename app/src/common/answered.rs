//! A plain form's answer, carried to the page it returns to. With JavaScript off a form posts to its server
//! function, which answers with a redirect back to the form's page; the framework carries a refusal back in
//! the address (`__err`), but a success's answer ("Saved. You now appear as …", a new token shown once, "Adjusted
//! by +60 points.") was dropped. `server::routes::answered` keeps a signed-in member's answer in their session
//! for exactly one page; that page's action ([`server_action`]) starts with it as its value, so the page shows
//! what it shows after a call with JavaScript on.

use leptos::{
    prelude::*,
    server_fn::{error::FromServerFnError, ServerFn},
};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// The session key of a plain form's answer.
pub const SESSION_KEY: &str = "answered";

/// What a server function answered a plain form post: its path (`/api/…`) and its result as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answered {
    pub path: String,
    pub json: String,
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

/// `server_action::<S>()`, holding the answer to a plain form post of `S` when the page is the one that post
/// returned to.
#[track_caller]
pub fn server_action<S>() -> ServerAction<S>
where
    S: ServerFn + Clone + Send + Sync + 'static,
    S::Output: DeserializeOwned + Send + Sync + 'static,
    S::Error: FromServerFnError + Send + Sync + 'static,
{
    let action = ServerAction::<S>::new();
    #[cfg(feature = "ssr")]
    if let Some(output) =
        with_context(|parts: &http::request::Parts| parts.extensions.get::<Answered>().and_then(Answered::of::<S>))
            .flatten()
    {
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

    #[test]
    fn an_answer_is_read_only_by_the_function_it_came_from() {
        let answered = Answered { path: Rename::PATH.to_owned(), json: "\"Ada\"".to_owned() };
        assert_eq!(answered.of::<Rename>(), Some("Ada".to_owned()));
        let other = Answered { path: "/api/answered_test/other".to_owned(), json: "\"Ada\"".to_owned() };
        assert_eq!(other.of::<Rename>(), None);
        let garbled = Answered { path: Rename::PATH.to_owned(), json: "{".to_owned() };
        assert_eq!(garbled.of::<Rename>(), None);
    }
}
