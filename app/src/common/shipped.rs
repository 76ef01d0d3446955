//! Resource data as the server hands it to the browser's copy of the app, beside the page it rendered.
//!
//! A page's resources travel twice: once rendered into the HTML, once serialised for hydration. Rendered
//! Markdown is the bulk of a forum page, and the browser never needs it twice: hydrating an element's
//! `inner_html` keeps what the server rendered (the element's content is not written again). [`HtmlInPage`]
//! is a resource codec that leaves rendered HTML out of the serialised copy (emptied, not removed, so the
//! browser builds the same view); data fetched later by the browser itself is never encoded, so it arrives
//! whole.

use leptos::server::codee::{Decoder, Encoder};
use serde::{de::DeserializeOwned, Serialize};

/// Data that carries HTML the page already shows.
pub trait WithoutHtml {
    /// A copy with every rendered HTML string emptied.
    fn without_html(&self) -> Self;
}

impl<T: WithoutHtml, E: Clone> WithoutHtml for Result<T, E> {
    fn without_html(&self) -> Self {
        self.as_ref().map(T::without_html).map_err(E::clone)
    }
}

/// The resource codec: JSON of [`WithoutHtml::without_html`] on the server, JSON in the browser.
pub struct HtmlInPage;

impl<T: WithoutHtml + Serialize> Encoder<T> for HtmlInPage {
    type Error = serde_json::Error;
    type Encoded = String;

    fn encode(val: &T) -> Result<String, serde_json::Error> {
        serde_json::to_string(&val.without_html())
    }
}

impl<T: DeserializeOwned> Decoder<T> for HtmlInPage {
    type Error = serde_json::Error;
    type Encoded = str;

    fn decode(val: &str) -> Result<T, serde_json::Error> {
        serde_json::from_str(val)
    }
}
