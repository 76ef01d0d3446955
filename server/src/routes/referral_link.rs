//! `/r/<code>`: a member's referral link. It counts the visit, keeps the code in a first-party cookie for 30
//! days and sends the visitor where the programme chose: the sign-up form, which says who invited them, or a
//! page of the company's site with the code added as a query parameter (a shop that applies it at checkout
//! and reports the order back as a conversion). A code that matches nobody (or a removed member) sets no
//! cookie; the sign-up form says so, and the company's page is reached without a code.
//!
//! The first link wins: a browser that already carries a valid code (one that names a member who is still
//! here) keeps it when it follows another member's link, so a later link cannot take the credit for a
//! friend someone else brought. That later visit is still counted for its link, as the visit happened;
//! only attribution stays with the first. A cookie with an unknown or removed member's code is replaced.
//!
//! Visits are counted at most once per client address per link per hour (IPv6 addresses by their /64,
//! which one household or machine usually holds whole), so a script reloading a link cannot inflate its
//! numbers; a browser that already carries the same code (a reload, a second click) is not counted at all.

use app::{
    db,
    referrals::{
        domain::{parse_code, COOKIE, COOKIE_MAX_AGE},
        repo,
    },
    state::{AppState, ClientIp},
};
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Extension,
};
use std::net::IpAddr;

/// Visits of one link counted per client address per window.
const VISITS_PER_ADDRESS: u32 = 1;
/// The window: an hour.
const VISIT_WINDOW_SECS: i64 = 3600;

pub async fn follow(
    State(state): State<AppState>,
    Path(code): Path<String>,
    client: Option<Extension<ClientIp>>,
    headers: HeaderMap,
) -> Response {
    let landing = match repo::settings(&state.db).await {
        Ok(settings) => settings.landing,
        Err(e) => {
            tracing::error!(error = %e, "referral settings could not be read");
            return see_other("/sign-up".into(), None);
        }
    };
    // Where a code that credits nobody goes: the sign-up form says why; the company's page gets no code.
    let nobody = |why: &str| match landing.url.is_empty() {
        true => format!("/sign-up?invite={why}"),
        false => landing.url.clone(),
    };
    let Some(code) = parse_code(&code) else {
        return see_other(nobody("unknown"), None);
    };
    let referrer = match repo::referrer_by_code(&state.db, &code).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %e, "referral link lookup failed");
            return see_other("/sign-up".into(), None);
        }
    };
    match referrer {
        None => see_other(nobody("unknown"), None),
        Some(r) if r.removed => see_other(nobody("gone"), None),
        Some(r) => {
            let carried = app::referrals::api::code_in(&headers).and_then(|c| parse_code(&c));
            if carried.as_deref() != Some(code.as_str()) {
                count_visit(&state, &code, r.id, client.map(|Extension(ClientIp(ip))| ip)).await;
                if let Some(first) = carried {
                    if still_valid(&state, &first).await {
                        return see_other(landing.target(&first), None);
                    }
                }
            }
            let secure = if state.settings.secure_cookies { "; Secure" } else { "" };
            let cookie = format!("{COOKIE}={code}; Max-Age={COOKIE_MAX_AGE}; Path=/; HttpOnly; SameSite=Lax{secure}");
            see_other(landing.target(&code), HeaderValue::from_str(&cookie).ok())
        }
    }
}

/// Counts a visit of `code`'s link, unless this address was counted for it in the current hour.
async fn count_visit(state: &AppState, code: &str, referrer_id: i64, ip: Option<IpAddr>) {
    let bucket = format!("referral-visit:{code}:{}", visitor(ip));
    if app::rate_limit::hit(&state.db, &bucket, VISITS_PER_ADDRESS, VISIT_WINDOW_SECS).await.is_err() {
        return;
    }
    if let Err(e) = repo::click(&state.db, referrer_id, db::now()).await {
        tracing::warn!(error = %e, "referral visit not counted");
    }
}

/// Whether a code a browser carries still names a member who is here (so it keeps its credit).
async fn still_valid(state: &AppState, code: &str) -> bool {
    match repo::referrer_by_code(&state.db, code).await {
        Ok(found) => found.is_some_and(|r| !r.removed),
        Err(e) => {
            // Keep what the browser has rather than overwrite it on a database hiccup.
            tracing::warn!(error = %e, "referral cookie check failed");
            true
        }
    }
}

/// The client address as a rate-limit key: IPv4 whole, IPv6 by its /64 (an IPv4 address mapped into IPv6
/// counts as the IPv4 address).
fn visitor(ip: Option<IpAddr>) -> String {
    ip.map_or_else(|| "unknown".to_string(), app::common::net::network_key)
}

fn see_other(to: String, cookie: Option<HeaderValue>) -> Response {
    let mut response =
        (StatusCode::SEE_OTHER, [(header::LOCATION, to.as_str()), (header::CACHE_CONTROL, "no-store")]).into_response();
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visits_are_keyed_by_ipv4_address_or_ipv6_slash_64() {
        let key = |ip: &str| visitor(Some(ip.parse().unwrap()));
        assert_eq!(key("203.0.113.7"), "203.0.113.7");
        assert_eq!(key("::ffff:203.0.113.7"), "203.0.113.7");
        assert_eq!(key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(key("2001:db8:1:2:bbbb:cccc:dddd:eeee"), key("2001:db8:1:2::9"));
        assert_ne!(key("2001:db8:1:3::1"), key("2001:db8:1:2::1"));
        assert_eq!(visitor(None), "unknown");
    }
}
