//! The security baseline every route inherits: a cross-site check on state-changing requests, security
//! headers, and the client address used by rate limits.

use app::state::ClientIp;
use axum::{
    extract::{ConnectInfo, Request, State},
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::{net::SocketAddr, sync::Arc};

/// What the security layers need to know about the deployment.
#[derive(Debug, Clone)]
pub struct SecurityConfig {
    /// `https://community.example.com`; when `None` the request's Host is the origin.
    pub public_origin: Option<String>,
    pub secure: bool,
    pub trust_forwarded_for: bool,
}

impl SecurityConfig {
    /// The absolute origin for links in feeds and embeds: [`app::state::origin_for`], as pages build theirs.
    pub fn origin(&self, headers: &HeaderMap) -> String {
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
        app::state::origin_for(self.public_origin.as_deref(), self.secure, host)
    }
}

/// Refuses a state-changing request that a browser says came from another site. Browsers send
/// `Sec-Fetch-Site` and `Origin` on such requests; a request with neither is not from a browser page, so it
/// cannot carry a victim's cookies by forgery.
pub async fn cross_site_guard(State(cfg): State<Arc<SecurityConfig>>, req: Request, next: Next) -> Response {
    if is_safe_method(req.method()) {
        return next.run(req).await;
    }
    match cross_site_verdict(&cfg, req.headers()) {
        Ok(()) => next.run(req).await,
        Err(reason) => {
            tracing::warn!(method = %req.method(), path = %req.uri().path(), reason, "cross-site request refused");
            (StatusCode::FORBIDDEN, format!("Cross-site request refused: {reason}.")).into_response()
        }
    }
}

fn is_safe_method(m: &Method) -> bool {
    matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE)
}

/// The cross-site rule, on headers alone.
pub fn cross_site_verdict(cfg: &SecurityConfig, headers: &HeaderMap) -> Result<(), &'static str> {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return match site {
            "same-origin" | "none" => Ok(()),
            _ => Err("the browser reports it came from another site"),
        };
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return Ok(());
    };
    let expected = match &cfg.public_origin {
        Some(o) => o.trim_end_matches('/').to_string(),
        None => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).ok_or("the request has no Host")?;
            format!("{}://{host}", if cfg.secure { "https" } else { "http" })
        }
    };
    if origin.eq_ignore_ascii_case(&expected) {
        Ok(())
    } else {
        Err("its Origin is not this site")
    }
}

/// Headers for every response. HTML pages set their own nonce-based CSP; everything else gets a policy that
/// allows nothing to run.
pub async fn security_headers(State(cfg): State<Arc<SecurityConfig>>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    // A response that names who may frame it (the testimonial embed) is not overruled by X-Frame-Options.
    let framable = h
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("frame-ancestors") && !v.contains("frame-ancestors 'none'"));
    if !framable {
        h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
        );
    }
    // Pages are never reused without asking: a new reply, a hidden post or a changed setting shows at once.
    // (Files named after their content, pictures and feeds set their own.)
    let is_html = h.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    if is_html && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache"));
    }
    if cfg.secure {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    res
}

/// Decides the client address once per request and stores it for rate limits and logs.
pub async fn client_ip(State(cfg): State<Arc<SecurityConfig>>, mut req: Request, next: Next) -> Response {
    let peer = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let forwarded = cfg
        .trust_forwarded_for
        .then(|| req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok()))
        .flatten()
        .and_then(|v| v.rsplit(',').next())
        .and_then(|v| v.trim().parse().ok());
    if let Some(ip) = forwarded.or(peer) {
        req.extensions_mut().insert(ClientIp(ip));
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    fn cfg() -> SecurityConfig {
        SecurityConfig { public_origin: None, secure: false, trust_forwarded_for: false }
    }

    #[test]
    fn a_same_origin_fetch_is_allowed() {
        assert!(cross_site_verdict(&cfg(), &headers(&[("sec-fetch-site", "same-origin")])).is_ok());
    }

    #[test]
    fn a_cross_site_fetch_is_refused() {
        assert!(cross_site_verdict(&cfg(), &headers(&[("sec-fetch-site", "cross-site")])).is_err());
        assert!(cross_site_verdict(&cfg(), &headers(&[("sec-fetch-site", "same-site")])).is_err());
    }

    #[test]
    fn without_fetch_metadata_the_origin_must_match_the_host() {
        let ok = headers(&[("origin", "http://127.0.0.1:3000"), ("host", "127.0.0.1:3000")]);
        let bad = headers(&[("origin", "http://evil.example"), ("host", "127.0.0.1:3000")]);
        let null = headers(&[("origin", "null"), ("host", "127.0.0.1:3000")]);
        assert!(cross_site_verdict(&cfg(), &ok).is_ok());
        assert!(cross_site_verdict(&cfg(), &bad).is_err());
        assert!(cross_site_verdict(&cfg(), &null).is_err());
    }

    #[test]
    fn a_configured_public_origin_wins_over_the_host() {
        let cfg = SecurityConfig { public_origin: Some("https://community.example.com/".into()), ..cfg() };
        let ok = headers(&[("origin", "https://community.example.com"), ("host", "internal:3000")]);
        let bad = headers(&[("origin", "http://internal:3000"), ("host", "internal:3000")]);
        assert!(cross_site_verdict(&cfg, &ok).is_ok());
        assert!(cross_site_verdict(&cfg, &bad).is_err());
    }
}
