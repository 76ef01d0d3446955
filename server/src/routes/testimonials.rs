//! Testimonials for other sites: `/embed/testimonials`, a small self-contained page made to be framed (the same
//! stories as JSON are `GET /api/v1/testimonials`, in `api::testimonials`). It reads the database on every
//! request and is never cached, so a story whose author withdraws consent is gone from it at once.

use app::{
    i18n::Lang,
    state::AppState,
    stories::{
        domain::{embed_limit, Theme, WallFilter},
        public::embed_html,
        repo::read,
    },
};
use axum::{
    extract::{Query, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Extension,
};
use rand::Rng;
use std::{collections::HashMap, sync::Arc};

use crate::security::SecurityConfig;

type Params = Query<HashMap<String, String>>;

/// Parses `--embed-origins`: `*` (any site, the default) or a comma-separated list of origins such as
/// `https://www.example.com`, which become the embed's `frame-ancestors` sources.
pub fn parse_embed_origins(raw: &str) -> Result<Vec<String>, String> {
    let list: Vec<String> =
        raw.split(',').map(|s| s.trim().trim_end_matches('/').to_string()).filter(|s| !s.is_empty()).collect();
    if list.is_empty() {
        return Err("--embed-origins is empty: give * for any site, or origins like https://www.example.com".into());
    }
    for o in &list {
        let valid = o == "*" || {
            let rest = o.strip_prefix("https://").or_else(|| o.strip_prefix("http://"));
            rest.is_some_and(|host| {
                !host.is_empty()
                    && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '*'))
            })
        };
        if !valid {
            return Err(format!(
                "--embed-origins: {o:?} is not an origin; write it like https://www.example.com (no path), or * for any site"
            ));
        }
    }
    Ok(list)
}

fn bad_request(message: String) -> Response {
    (StatusCode::BAD_REQUEST, [(header::CACHE_CONTROL, "no-store")], format!("{message}\n")).into_response()
}

fn failed(e: sqlx::Error) -> Response {
    tracing::error!(error = %e, "testimonials query failed");
    (StatusCode::INTERNAL_SERVER_ERROR, "the testimonials could not be read\n").into_response()
}

/// `/embed/testimonials?product=…&limit=…&theme=light|dark&lang=…`. Without `lang` the widget speaks the
/// visitor's browser's language, else the community's default (framed by another site, the request carries
/// none of this site's cookies, so neither a member's setting nor the footer's choice reaches it).
pub async fn embed(
    State(state): State<AppState>,
    Extension(security): Extension<Arc<SecurityConfig>>,
    Query(q): Params,
    headers: axum::http::HeaderMap,
) -> Response {
    let theme = match Theme::parse(q.get("theme").map(String::as_str)) {
        Ok(t) => t,
        Err(m) => return bad_request(m),
    };
    let limit = match embed_limit(q.get("limit").map(String::as_str)) {
        Ok(l) => l,
        Err(m) => return bad_request(m),
    };
    let lang = match q.get("lang").map(|raw| raw.trim()).filter(|raw| !raw.is_empty()) {
        None => app::i18n::current(),
        Some(raw) => match Lang::parse(raw) {
            Some(lang) => lang,
            None => {
                let known: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
                return bad_request(format!("lang must be one of {}, not {raw:?}", known.join(", ")));
            }
        },
    };
    let filter = WallFilter::from_query(q.get("product").map(String::as_str), None);
    let cards = match read::top(&state.db, &filter, false, limit).await {
        Ok(c) => c,
        Err(e) => return failed(e),
    };
    let nonce = format!("{:032x}", rand::thread_rng().gen::<u128>());
    let community = match app::site::repo::load(&state.db).await {
        Ok(site) => site.name,
        Err(e) => return failed(e),
    };
    let html = embed_html(&cards, theme, &security.origin(&headers), &nonce, &community, lang);
    // `*` already covers this site; a list gets 'self' added, for the preview on /admin/embed.
    let mut ancestors = state.settings.embed_origins.join(" ");
    if ancestors != "*" {
        ancestors.insert_str(0, "'self' ");
    }
    let policy = format!(
        "default-src 'none'; style-src 'nonce-{nonce}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
    );
    let mut res = ([(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], html)
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&policy) {
        res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, value);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::parse_embed_origins;

    #[test]
    fn embed_origins_are_origins_or_a_star() {
        assert_eq!(parse_embed_origins("*").unwrap(), vec!["*"]);
        assert_eq!(
            parse_embed_origins("https://www.example.com/, http://localhost:8080").unwrap(),
            vec!["https://www.example.com", "http://localhost:8080"]
        );
        assert!(parse_embed_origins("").unwrap_err().contains("empty"));
        assert!(parse_embed_origins("https://example.com/page").unwrap_err().contains("not an origin"));
        assert!(parse_embed_origins("example.com").is_err());
        assert!(parse_embed_origins("https://x.com; script-src *").is_err());
    }
}
