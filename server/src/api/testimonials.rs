//! `GET /api/v1/testimonials`: the embed's stories as JSON, open to any site without a token. It reads the
//! database on every request and is never cached, so a story whose author withdraws consent is gone at once.

use super::Problem;
use crate::security::SecurityConfig;
use app::{
    state::AppState,
    stories::{
        domain::{embed_limit, WallFilter},
        public::Testimonial,
        repo::read,
    },
};
use axum::{
    extract::{Query, State},
    http::header,
    response::{IntoResponse, Response},
    Extension,
};
use std::{collections::HashMap, sync::Arc};

/// `GET /api/v1/testimonials?product=…&limit=…`: `{"testimonials": [...]}`, readable from any site.
#[utoipa::path(get, operation_id = "listTestimonials", path = "/api/v1/testimonials", tag = "public",
    summary = "Published stories for another site: the embed's stories as JSON, readable from any origin, no token",
    params(("product" = Option<String>, Query, description = "A product's slug"),
           ("limit" = Option<u32>, Query, description = "How many, 1 to 20 (6 when absent)")),
    responses((status = 200, description = "`{\"testimonials\": [...]}`: id, title, quote, rating, product, author, role, company, featured, url, published", content_type = "application/json"),
              (status = 400, description = "A parameter is out of range", body = Problem)))]
pub async fn json(
    State(state): State<AppState>,
    Extension(security): Extension<Arc<SecurityConfig>>,
    Query(q): Query<HashMap<String, String>>,
    headers: axum::http::HeaderMap,
) -> Response {
    let limit = match embed_limit(q.get("limit").map(String::as_str)) {
        Ok(l) => l,
        Err(m) => {
            let problem = Problem::bad_request("limit", m);
            return ([(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")], problem).into_response();
        }
    };
    let filter = WallFilter::from_query(q.get("product").map(String::as_str), None);
    let cards = match read::top(&state.db, &filter, false, limit).await {
        Ok(c) => c,
        Err(e) => return Problem::from(e).into_response(),
    };
    let base = security.origin(&headers);
    let testimonials: Vec<Testimonial> = cards.iter().map(|c| Testimonial::from_card(c, &base)).collect();
    (
        [(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"), (header::CACHE_CONTROL, "no-store")],
        axum::Json(serde_json::json!({ "testimonials": testimonials })),
    )
        .into_response()
}
