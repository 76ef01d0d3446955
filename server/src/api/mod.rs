//! The REST API under `/api/v1`, for other systems (a CRM, a shop): bearer tokens with scopes
//! ([`auth`]), errors as RFC 9457 problem details ([`problem`]), `Idempotency-Key` on writes
//! ([`idempotency`]), cursor paging, ISO-8601 times. The OpenAPI 3.1 document is generated from the handlers'
//! annotations ([`ApiDoc`]) and served at `/api/v1/openapi.json`, with a reference page at `/api/docs`.
//! Every route is in [`routes`], and a test checks that the document lists exactly those.

pub mod auth;
pub mod challenges;
pub mod docs;
pub mod idempotency;
pub mod member_writes;
pub mod members;
pub mod points;
pub mod problem;
pub mod redemptions;
pub mod referrals;
pub mod stories;
pub mod testimonials;
pub mod webhooks;

pub use problem::Problem;

use app::state::AppState;
use axum::{
    body::Body,
    extract::Request,
    http::{header, HeaderValue, Method, StatusCode},
    middleware,
    response::{IntoResponse, Response},
    routing::{any, delete, get, patch, post, put, MethodRouter},
    Json, Router,
};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use time::{format_description::well_known::Rfc3339, OffsetDateTime};
use utoipa::{
    openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
    IntoParams, Modify, OpenApi, ToSchema,
};

/// Every API route: method, path (as axum and OpenAPI both write it) and handler.
pub fn routes() -> Vec<(Method, &'static str, MethodRouter<AppState>)> {
    vec![
        (Method::POST, "/api/v1/challenges/{id}/completions", post(challenges::complete)),
        (Method::GET, "/api/v1/members", get(members::list)),
        (Method::POST, "/api/v1/members/invitations", post(member_writes::invite)),
        (Method::GET, "/api/v1/members/{id}", get(members::one)),
        (Method::PUT, "/api/v1/members/{id}/groups", put(member_writes::set_groups)),
        (Method::PATCH, "/api/v1/members/{id}/profile", patch(member_writes::update_profile)),
        (Method::GET, "/api/v1/members/{id}/points", get(points::read)),
        (Method::POST, "/api/v1/members/{id}/points", post(points::change)),
        (Method::GET, "/api/v1/redemptions", get(redemptions::list)),
        (Method::GET, "/api/v1/redemptions/{id}", get(redemptions::one)),
        (Method::POST, "/api/v1/redemptions/{id}/fulfil", post(redemptions::fulfil)),
        (Method::POST, "/api/v1/redemptions/{id}/cancel", post(redemptions::cancel)),
        (Method::GET, "/api/v1/referrals/conversions", get(referrals::list)),
        (Method::POST, "/api/v1/referrals/conversions", post(referrals::report)),
        (Method::GET, "/api/v1/stories", get(stories::list)),
        (Method::GET, "/api/v1/stories/{id}", get(stories::one)),
        (Method::GET, "/api/v1/testimonials", get(testimonials::json)),
        (Method::GET, "/api/v1/webhooks", get(webhooks::list)),
        (Method::POST, "/api/v1/webhooks", post(webhooks::create)),
        (Method::DELETE, "/api/v1/webhooks/{id}", delete(webhooks::delete)),
    ]
}

/// The API's router: its routes, the document, the reference page, and problem details for every error.
pub fn router() -> Router<AppState> {
    let mut api = Router::new();
    for (_, path, handler) in routes() {
        api = api.route(path, handler);
    }
    api.route("/api/v1/openapi.json", get(openapi_json))
        .route("/api/v1/{*rest}", any(unknown))
        .layer(middleware::from_fn(problems))
        .route("/api/docs", get(docs::page))
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Chorus API",
        version = "1",
        description = "Members, points, redemptions, challenges, referral conversions, stories and webhooks of a Chorus advocacy programme, for other systems. \
                       Authenticate with an API token made at /admin/api: `Authorization: Bearer chorus_…`."
    ),
    paths(
        challenges::complete, members::list, members::one, member_writes::invite, member_writes::set_groups,
        member_writes::update_profile, points::read, points::change, redemptions::list, redemptions::one,
        redemptions::fulfil, redemptions::cancel, referrals::list, referrals::report, stories::list, stories::one, testimonials::json,
        webhooks::list, webhooks::create, webhooks::delete
    ),
    modifiers(&TokenAuth),
    tags(
        (name = "challenges", description = "Challenges completed for members by other systems"),
        (name = "members", description = "The programme's members, as admins see them"),
        (name = "points", description = "Balances and the append-only points ledger"),
        (name = "redemptions", description = "Rewards members redeemed, and settling them"),
        (name = "referrals", description = "Referred friends who became customers: orders reported by the shop"),
        (name = "stories", description = "Published customer stories, with the author's consent respected"),
        (name = "public", description = "Open to any site, without a token"),
        (name = "webhooks", description = "Endpoints that receive signed events"),
    )
)]
pub struct ApiDoc;

struct TokenAuth;

impl Modify for TokenAuth {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .description(Some("An API token made by an admin at /admin/api; each route names the scope it needs."))
            .build();
        components.add_security_scheme("token", SecurityScheme::Http(scheme));
    }
}

/// The document as JSON, built once.
pub fn document() -> &'static serde_json::Value {
    static DOC: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    DOC.get_or_init(|| serde_json::to_value(ApiDoc::openapi()).unwrap_or_default())
}

async fn openapi_json() -> Response {
    let mut res = Json(document()).into_response();
    res.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    res
}

async fn unknown() -> Problem {
    Problem::new("not-found", "There is no such API route; the routes are listed at /api/docs.")
}

/// Errors that leave a route without problem details (a malformed path id, a wrong method, a body over the
/// limit) get them, with the framework's message as the detail.
async fn problems(req: Request<Body>, next: middleware::Next) -> Response {
    let res = next.run(req).await;
    let is_problem =
        res.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
    if res.status().as_u16() < 400 || is_problem {
        return res;
    }
    let status = res.status();
    let text = match axum::body::to_bytes(res.into_body(), 64 * 1024).await {
        Ok(bytes) => String::from_utf8_lossy(&bytes).trim().to_string(),
        Err(_) => String::new(),
    };
    let slug = problem::KINDS.iter().find(|(_, s, _)| *s == status.as_u16()).map_or("bad-request", |(slug, ..)| *slug);
    let detail = if text.is_empty() { status.canonical_reason().unwrap_or("Error").to_string() } else { text };
    let mut p = Problem::new(slug, detail);
    p.status = status.as_u16();
    p.into_response()
}

/// A UNIX time as ISO 8601 (RFC 3339, UTC).
pub fn iso(at: i64) -> String {
    OffsetDateTime::from_unix_timestamp(at).unwrap_or(OffsetDateTime::UNIX_EPOCH).format(&Rfc3339).unwrap_or_default()
}

/// `value` as a JSON answer with `status`.
pub fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    (status, Json(value)).into_response()
}

/// The request body as `T`, or a problem that says what is wrong with it.
pub fn json_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, Problem> {
    serde_json::from_slice(body).map_err(|e| {
        let detail = format!("The body is not the JSON this route takes: {e}.");
        match e.classify() {
            serde_json::error::Category::Data => Problem::new("invalid", detail),
            _ => Problem::new("bad-request", detail),
        }
    })
}

/// One page of a list and the cursor of the next, `null` on the last page.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub data: Vec<T>,
    /// Pass as `cursor` for the next page; `null` when this is the last.
    pub next_cursor: Option<String>,
}

impl<T> Page<T> {
    /// A page from up to `limit + 1` items: the extra one only tells that there is a next page.
    pub fn of(mut items: Vec<T>, limit: i64, id: impl Fn(&T) -> i64) -> Page<T> {
        let more = items.len() > usize::try_from(limit).unwrap_or(usize::MAX);
        items.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        let next_cursor = if more { items.last().map(|i| id(i).to_string()) } else { None };
        Page { data: items, next_cursor }
    }
}

pub const LIMIT_DEFAULT: i64 = 50;
pub const LIMIT_MAX: i64 = 200;

/// Cursor paging.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// The `next_cursor` of the page before; absent for the first page.
    pub cursor: Option<String>,
    /// Items a page, 1 to 200 (50 when absent).
    #[param(value_type = Option<u32>)]
    pub limit: Option<String>,
}

impl PageQuery {
    fn limit(&self) -> Result<i64, Problem> {
        match self.limit.as_deref().map(str::trim) {
            None | Some("") => Ok(LIMIT_DEFAULT),
            Some(raw) => raw.parse::<i64>().ok().filter(|l| (1..=LIMIT_MAX).contains(l)).ok_or_else(|| {
                Problem::invalid("limit", format!("The limit must be a whole number from 1 to {LIMIT_MAX}."))
            }),
        }
    }

    fn cursor(&self) -> Result<Option<i64>, Problem> {
        match self.cursor.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(raw) => raw.parse::<i64>().ok().filter(|c| *c > 0).map(Some).ok_or_else(|| {
                Problem::invalid(
                    "cursor",
                    "That cursor is not one this API gave; pass a page's next_cursor as it came.",
                )
            }),
        }
    }

    /// For lists in ascending id order: the id to start after (0 for the first page) and the limit.
    pub fn after(&self) -> Result<(i64, i64), Problem> {
        Ok((self.cursor()?.unwrap_or(0), self.limit()?))
    }

    /// For lists in descending id order: the id to start below and the limit.
    pub fn before(&self) -> Result<(i64, i64), Problem> {
        Ok((self.cursor()?.unwrap_or(i64::MAX), self.limit()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_knows_whether_another_follows() {
        let full = Page::of(vec![1, 2, 3], 2, |i| *i);
        assert_eq!((full.data, full.next_cursor.as_deref()), (vec![1, 2], Some("2")));
        let last = Page::of(vec![1, 2], 2, |i| *i);
        assert_eq!((last.data, last.next_cursor), (vec![1, 2], None));
    }

    #[test]
    fn limits_and_cursors_are_checked() {
        let q = |cursor: Option<&str>, limit: Option<&str>| PageQuery {
            cursor: cursor.map(str::to_string),
            limit: limit.map(str::to_string),
        };
        assert_eq!(q(None, None).after().unwrap(), (0, LIMIT_DEFAULT));
        assert_eq!(q(Some("40"), Some("10")).before().unwrap(), (40, 10));
        assert_eq!(q(None, None).before().unwrap().0, i64::MAX);
        assert_eq!(q(None, Some("0")).after().unwrap_err().field.as_deref(), Some("limit"));
        assert_eq!(q(None, Some("201")).after().unwrap_err().field.as_deref(), Some("limit"));
        assert_eq!(q(Some("abc"), None).after().unwrap_err().field.as_deref(), Some("cursor"));
    }

    #[test]
    fn times_are_rfc_3339_in_utc() {
        assert_eq!(iso(86_400), "1970-01-02T00:00:00Z");
    }

    #[test]
    fn the_document_lists_every_route_and_nothing_else() {
        let doc = document();
        assert_eq!(doc["openapi"].as_str().map(|v| &v[..3]), Some("3.1"));
        let mut listed: Vec<(String, String)> = Vec::new();
        for (path, item) in doc["paths"].as_object().expect("paths") {
            for method in item.as_object().expect("path item").keys() {
                listed.push((method.to_uppercase(), path.clone()));
            }
        }
        let mut served: Vec<(String, String)> =
            routes().into_iter().map(|(m, p, _)| (m.as_str().to_string(), p.to_string())).collect();
        listed.sort();
        served.sort();
        assert_eq!(listed, served, "every route in the document, and only those");
    }
}
