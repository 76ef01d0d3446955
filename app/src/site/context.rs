//! How the page frame gets the site: on the server from the request (a layer read the settings row before
//! the page was rendered), in the browser from the JSON the server wrote into the page's head, so the
//! hydrated page shows exactly what the server rendered.

use super::domain::Site;
use leptos::prelude::*;

/// The id of the `<script type="application/json">` element that carries the site to the browser.
pub const ELEMENT_ID: &str = "site-settings";

/// Provides the current [`Site`] to everything below: the app calls it once, at its top.
pub fn provide_site() {
    provide_context(current());
}

/// The site provided by [`provide_site`]; the defaults outside a page (tests that render one component).
pub fn use_site() -> Site {
    use_context::<Site>().unwrap_or_default()
}

#[cfg(feature = "ssr")]
fn current() -> Site {
    with_context(|parts: &http::request::Parts| parts.extensions.get::<Site>().cloned()).flatten().unwrap_or_default()
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
fn current() -> Site {
    document()
        .get_element_by_id(ELEMENT_ID)
        .and_then(|element| element.text_content())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
fn current() -> Site {
    Site::default()
}

/// The site as JSON for the page's head: `<` is written as `\u003c`, so no value can close the element.
pub fn json_for_page(site: &Site) -> String {
    serde_json::to_string(site).unwrap_or_else(|_| "{}".into()).replace('<', "\\u003c")
}
