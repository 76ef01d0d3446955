//! The light/dark switch: the visitor's choice lives in a cookie set by `POST /theme` (a plain form, so it
//! works without JavaScript); the page's `<html data-theme>` carries it, and without a choice the stylesheet
//! follows the system's setting.

use crate::{site::Theme, t};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The theme this page was asked for: from the request's cookie on the server, from the page in the browser.
pub fn requested() -> Theme {
    #[cfg(feature = "ssr")]
    {
        with_context(|parts: &http::request::Parts| Theme::of_request(&parts.headers)).unwrap_or_default()
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        document()
            .document_element()
            .and_then(|html| html.get_attribute("data-theme"))
            .and_then(|value| Theme::parse(&value))
            .unwrap_or_default()
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        Theme::System
    }
}

/// Three buttons in the footer: like the system, light, dark; the current one marked (`aria-current` and
/// "(current)" for screen readers, bold for the eye).
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let current = requested();
    let location = use_location();
    // Back to this very page afterwards.
    let then = move || here(&location);
    view! {
        <form class="theme-switch" method="post" action="/theme">
            <input type="hidden" name="then" value=then />
            <fieldset>
                <legend>{t!("theme-legend")}</legend>
                {Theme::ALL
                    .into_iter()
                    .map(|t| view! {
                        <button type="submit" name="theme" value=t.as_str() class="link-button" aria-current=(t == current).then_some("true")>
                            {label(t)}
                            {(t == current).then(|| view! { <span class="visually-hidden">" "{t!("switch-current")}</span> })}
                        </button>
                    })
                    .collect_view()}
            </fieldset>
        </form>
    }
}

/// A theme's name on its button.
fn label(theme: Theme) -> String {
    match theme {
        Theme::System => t!("theme-system"),
        Theme::Light => t!("theme-light"),
        Theme::Dark => t!("theme-dark"),
    }
}

/// The page being shown (path and query), for a switch's form to come back to.
pub(super) fn here(location: &leptos_router::location::Location) -> String {
    let search = location.search.get();
    let search = search.trim_start_matches('?');
    if search.is_empty() {
        location.pathname.get()
    } else {
        format!("{}?{search}", location.pathname.get())
    }
}
