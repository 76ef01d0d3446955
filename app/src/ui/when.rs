use leptos::prelude::*;
use time::{macros::format_description, OffsetDateTime};

/// A timestamp as a `<time>` element, written as the page's language writes dates. Absolute and in UTC, so
/// the server and the browser render the same text and hydration never disagrees about "minutes ago".
#[component]
pub fn When(at: i64) -> impl IntoView {
    let moment = OffsetDateTime::from_unix_timestamp(at).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let iso = moment.format(&format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z")).unwrap_or_default();
    let shown = crate::i18n::format::date_time(crate::i18n::current(), at);
    view! { <time datetime=iso>{shown}</time> }
}
