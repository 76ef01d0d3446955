//! Languages: the interface's text comes from message catalogues (`app/locales/<language>/<part>.ftl`) through [`t!`], and
//! numbers and dates through [`format`]. The server picks the language for each page request (the member's
//! setting, the visitor's choice, the browser's, the community's default: [`Lang::choose`]) and writes it into
//! `<html lang dir>`; the browser's copy of the app reads it from there, so both render the same words and
//! hydration never flickers between two languages. Changing language reloads the page (a plain form).

mod catalogue;
pub mod format;
mod lang;

#[cfg(test)]
mod catalogue_tests;

pub use catalogue::message;
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use lang::Lang;

/// The language of the page being rendered. On the server: what the request's layer decided (see
/// `server::routes::site`), else the language a plain route's handler runs in ([`speaking`]), else what the
/// request's cookie and `Accept-Language` ask for (a server function's call), else English. In the browser:
/// the page's `<html lang>`, read once.
pub fn current() -> Lang {
    #[cfg(feature = "ssr")]
    {
        of_request().unwrap_or_default()
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        thread_local! {
            static PAGE: Lang = leptos::prelude::document()
                .document_element()
                .and_then(|html| html.get_attribute("lang"))
                .and_then(|tag| Lang::parse(&tag))
                .unwrap_or_default();
        }
        PAGE.with(|lang| *lang)
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        Lang::En
    }
}

/// What a request asks for by itself: the visitor's footer choice (a cookie), else the browser's
/// `Accept-Language`.
#[cfg(feature = "ssr")]
fn asked(parts: &http::request::Parts) -> Option<Lang> {
    let header = |name| parts.headers.get(name).and_then(|v: &http::HeaderValue| v.to_str().ok());
    header(http::header::COOKIE)
        .and_then(Lang::from_cookie_header)
        .or_else(|| header(http::header::ACCEPT_LANGUAGE).and_then(Lang::negotiate))
}

#[cfg(feature = "ssr")]
tokio::task_local! {
    static SPEAKING: Lang;
}

/// Runs `work` (a plain route's handler: an upload, a feed) in `lang`, so the messages it makes with [`t!`]
/// are in the page's language as they are in the app's own pages.
#[cfg(feature = "ssr")]
pub async fn speaking<F: std::future::Future>(lang: Lang, work: F) -> F::Output {
    SPEAKING.scope(lang, work).await
}

/// The language the person making the current request speaks, when that is known: the page's, else the one
/// their cookie or browser asks for; `None` away from a request (a background job) or when they ask for
/// nothing. For an email written to the person who is asking for it.
pub fn of_request() -> Option<Lang> {
    #[cfg(feature = "ssr")]
    {
        // Borrowed, not cloned: every `t!` asks, and the request's parts hold its headers and settings.
        let decided = leptos::prelude::with_context(|p: &http::request::Parts| p.extensions.get::<Lang>().copied());
        decided
            .flatten()
            .or_else(|| SPEAKING.try_with(|lang| *lang).ok())
            .or_else(|| leptos::prelude::with_context(|p: &http::request::Parts| asked(p)).flatten())
    }
    #[cfg(not(feature = "ssr"))]
    {
        Some(current())
    }
}

/// In the browser: when the signed-in member chose another language than the page's (they have just signed in
/// on it, or chose theirs on another device), load the page again so that the server renders it in theirs.
/// At most once per language and tab, so a server that cannot honour the choice is not asked again and again.
pub fn follow_member(chosen: Option<Lang>) {
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        const KEY: &str = "chorus-language-reload";
        let window = leptos::prelude::window();
        let storage = window.session_storage().ok().flatten();
        match chosen {
            Some(lang) if lang != current() => {
                let tried = storage.as_ref().and_then(|s| s.get_item(KEY).ok().flatten());
                if tried.as_deref() != Some(lang.tag()) {
                    if let Some(s) = &storage {
                        let _ = s.set_item(KEY, lang.tag());
                    }
                    let _ = window.location().reload();
                }
            }
            _ => {
                if let Some(s) = &storage {
                    let _ = s.remove_item(KEY);
                }
            }
        }
    }
    #[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
    let _ = chosen;
}

/// A value for a placeable: numbers stay numbers (for plurals and grouping), the rest becomes text.
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

/// Message `key` in the page's language: `t!("nav-forum")`, or with placeables
/// `t!("points-balance", points = balance)`. The catalogue check (`catalogue_tests`) fails the build when a
/// key used here is missing from a complete catalogue.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::message($crate::i18n::current(), $key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )+
        $crate::i18n::message($crate::i18n::current(), $key, Some(&args))
    }};
}

/// Message `key` in a given language, for text made away from a page (an email, a notification):
/// `t_in!(lang, "mail-confirm-subject")`.
#[macro_export]
macro_rules! t_in {
    ($lang:expr, $key:literal) => {
        $crate::i18n::message($lang, $key, None)
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )+
        $crate::i18n::message($lang, $key, Some(&args))
    }};
}
