//! The forum's Atom feeds: `/forum/feed.xml` and `/forum/c/<slug>/feed.xml`.

use crate::security::SecurityConfig;
use app::{
    forum::feed::{atom, FeedScope},
    state::AppState,
};
use axum::{
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use std::sync::Arc;

async fn feed(state: &AppState, scope: FeedScope<'_>, base: &str) -> Response {
    match atom(&state.db, scope, base).await {
        Ok(Some(xml)) => {
            ([(axum::http::header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], xml).into_response()
        }
        Ok(None) => (StatusCode::NOT_FOUND, "no such category\n").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "feed query failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "the feed could not be built\n").into_response()
        }
    }
}

/// `/forum/feed.xml`: the newest topics in every category.
pub async fn latest(
    State(state): State<AppState>,
    axum::Extension(security): axum::Extension<Arc<SecurityConfig>>,
    headers: axum::http::HeaderMap,
) -> Response {
    feed(&state, FeedScope::Latest, &security.origin(&headers)).await
}

/// `/forum/c/<slug>/feed.xml`: the newest topics in one category.
pub async fn category(
    State(state): State<AppState>,
    axum::Extension(security): axum::Extension<Arc<SecurityConfig>>,
    axum::extract::Path(slug): axum::extract::Path<String>,
    headers: axum::http::HeaderMap,
) -> Response {
    feed(&state, FeedScope::Category(&slug), &security.origin(&headers)).await
}
