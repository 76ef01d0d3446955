//! Addresses of pages that more than one feature links to, and the check of a web address someone gives.

use crate::{
    common::{field_error::FieldError, paging::page_count, text::too_long},
    t,
};

/// Posts on one page of a topic.
pub const POSTS_PER_PAGE: u32 = 30;

/// A post's address: its topic, the page it is on, and its anchor.
pub fn post_href(topic_id: i64, topic_slug: &str, number: i64) -> String {
    let page = page_count(number, POSTS_PER_PAGE);
    let query = if page > 1 { format!("?page={page}") } else { String::new() };
    format!("/forum/t/{topic_id}/{topic_slug}{query}#post-{number}")
}

/// A web address someone links to: `http(s)://host/…`. A bare `example.com/page` gets `https://`; any other
/// scheme (`javascript:`, `data:`, `ftp:`) is refused, as are spaces, quotes, a user name or password, and an
/// address without a proper host. Empty stays empty. `what` names the field in messages ("Your website").
pub fn web_address(raw: &str, field: &'static str, what: &str, max: usize) -> Result<String, FieldError> {
    let value = raw.trim();
    if value.is_empty() {
        return Ok(String::new());
    }
    if value.chars().count() > max {
        return Err(too_long(field, what, max));
    }
    if value.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\'' | '`')) {
        return Err(FieldError::new(field, t!("common-address-characters", what = what)));
    }
    let lower = value.to_ascii_lowercase();
    let url = if lower.starts_with("https://") || lower.starts_with("http://") {
        value.to_string()
    } else if let Some((scheme, _)) = value.split_once(':').filter(|(s, _)| is_scheme(s)) {
        return Err(FieldError::new(field, t!("common-address-scheme", what = what, scheme = scheme)));
    } else {
        format!("https://{value}")
    };
    let rest = url.split_once("://").map_or("", |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let name = host.split(':').next().unwrap_or_default().to_ascii_lowercase();
    let labels_ok = name.split('.').all(|l| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    if host.contains('@') || rest.split(['/', '?', '#']).next().unwrap_or_default().contains('@') {
        return Err(FieldError::new(field, t!("common-address-credentials", what = what)));
    }
    if !name.contains('.') || !labels_ok {
        return Err(FieldError::new(field, t!("common-address-host", what = what)));
    }
    // The scheme is written in lower case so the page's link is exactly what was checked.
    let (scheme, after) = url.split_once("://").unwrap_or(("https", rest));
    Ok(format!("{}://{after}", scheme.to_ascii_lowercase()))
}

fn is_scheme(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !s.contains('.')
}
