//! The HTTP stack: Leptos pages and server functions, health check, static assets, and the layers around them.
//! The plain routes (CSV exports, feeds, referral links, testimonials) have a file each here.

pub mod answered;
pub mod conversions;
pub mod exports;
pub mod feeds;
pub mod imports;
pub mod invitations;
pub mod kept;
pub mod media;
pub mod paths;
pub mod privacy;
pub mod referral_link;
pub mod site;
pub mod sso;
pub mod testimonials;
pub mod unsubscribe;
pub mod upload;

use crate::{
    assets::{self, Assets, StaticFile},
    security::{self, SecurityConfig},
    sessions::Store,
};
use app::{error::AppError, shell, state::AppState, App};
use axum::{
    body::Body,
    extract::{Request, State},
    http::StatusCode,
    middleware,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, handle_server_fns_with_context, LeptosRoutes};
use std::sync::Arc;
use tower_http::{
    compression::{
        predicate::{DefaultPredicate, Predicate},
        CompressionLayer,
    },
    trace::TraceLayer,
};

/// How the HTTP layer is configured, beyond the app state.
#[derive(Debug, Clone)]
pub struct HttpConfig {
    pub security: SecurityConfig,
    pub max_body_bytes: usize,
    pub session_idle_hours: i64,
}

/// The app's routes, generated once per process. Generating them renders the app with resource loading
/// suspended process-wide, and a resource first polled meanwhile by a request to another router in the same
/// process never resolves (leptos-rs/leptos#4773): the integration tests, which run many servers in one
/// process, saw about one stalled page per five runs.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// Builds the whole router for `state`.
pub fn build(state: AppState, store: Store, http: HttpConfig, assets: Assets) -> Router {
    let routes = route_list();
    let security = Arc::new(http.security.clone());
    let context = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let options = state.leptos_options.clone();
    let kept = Arc::new(kept::KeptPages::new(state.settings.kept_html_mb));

    let feeds = security.clone();
    Router::new()
        .route("/healthz", get(healthz))
        .route("/r/{code}", get(referral_link::follow))
        .route("/forum/feed.xml", get(feeds::latest))
        .route("/forum/c/{slug}/feed.xml", get(feeds::category))
        .route("/admin/redemptions.csv", get(exports::redemptions))
        .route("/admin/nps/{id}/responses.csv", get(exports::survey_answers))
        .route("/admin/dashboard.csv", get(exports::dashboard))
        .route("/admin/members.csv", get(exports::members))
        .route("/embed/testimonials", get(testimonials::embed))
        .route("/unsubscribe", axum::routing::post(unsubscribe::one_click))
        .route("/admin/invitations/upload", axum::routing::post(invitations::upload))
        .route("/admin/referrals/conversions", axum::routing::post(conversions::upload))
        .route("/admin/import/upload", axum::routing::post(imports::upload))
        .route("/media/upload", axum::routing::post(media::upload))
        .route("/media/{name}", get(media::serve))
        .route("/me/data/download", axum::routing::post(privacy::download))
        .route("/theme", axum::routing::post(site::switch))
        .route("/language", axum::routing::post(site::switch_language))
        .route("/sso/{slug}/start", get(sso::start))
        .route("/sso/{slug}/callback", get(sso::callback))
        .merge(crate::api::router())
        .merge(assets::router(std::path::Path::new(state.leptos_options.site_root.as_ref()), assets))
        // leptos_routes registers every server function; this catches unknown names with a clear 400.
        .route("/api/{*fn_name}", get(server_fns).post(server_fns))
        .leptos_routes_with_context(&state, routes, context.clone(), move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(middleware::from_fn(server_fn_status))
        .layer(middleware::from_fn(answered::keep))
        .layer(middleware::from_fn_with_state((state.clone(), kept), kept::page))
        .layer(middleware::from_fn_with_state(state.clone(), site::load))
        .layer(store.layer(http.security.secure, http.session_idle_hours))
        .layer(middleware::from_fn_with_state(security.clone(), security::cross_site_guard))
        .layer(middleware::from_fn_with_state(security.clone(), security::client_ip))
        .layer(middleware::from_fn_with_state(http.max_body_bytes, body_limit))
        .layer(middleware::from_fn_with_state(security, security::security_headers))
        .layer(CompressionLayer::new().compress_when(DefaultPredicate::new().and(NotStatic)))
        .layer(TraceLayer::new_for_http())
        .layer(axum::Extension(feeds))
        .with_state(state)
}

/// Pages and server function answers are compressed per response; static files were compressed at build time.
#[derive(Clone, Copy)]
struct NotStatic;

impl Predicate for NotStatic {
    fn should_compress<B: axum::body::HttpBody>(&self, response: &http::Response<B>) -> bool {
        response.extensions().get::<StaticFile>().is_none()
    }
}

/// Every request body is bounded: pictures at their own limit, everything else at `--max-body-bytes`.
async fn body_limit(State(max): State<usize>, req: Request<Body>, next: middleware::Next) -> Response {
    let limit = if req.uri().path() == "/media/upload" { media::UPLOAD_BODY_BYTES.max(max) } else { max };
    let declared = req.headers().get(axum::http::header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse().ok());
    if declared.is_some_and(|len: usize| len > limit) {
        return (StatusCode::PAYLOAD_TOO_LARGE, format!("The request is larger than the {limit} bytes accepted.\n"))
            .into_response();
    }
    let (parts, body) = req.into_parts();
    next.run(Request::from_parts(parts, Body::new(http_body_util::Limited::new(body, limit)))).await
}

async fn server_fns(State(state): State<AppState>, req: Request<Body>) -> impl IntoResponse {
    handle_server_fns_with_context(move || provide_context(state.clone()), req).await
}

/// Every failed server function leaves the framework as a 500 carrying its `AppError`; the status comes from
/// that error (401, 403, 404, 409, 422, 429 …), so server functions need no wrapper to set it. Plain form
/// posts (JavaScript off) are redirects back to the form and pass untouched.
async fn server_fn_status(req: Request<Body>, next: middleware::Next) -> Response {
    let is_server_fn = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if !is_server_fn || res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024).await.unwrap_or_default();
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// 200 when the database answers, 503 when it does not: what a load balancer needs.
async fn healthz(State(state): State<AppState>) -> Response {
    if state.db.ping().await {
        (StatusCode::OK, "ok\n").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
    }
}
