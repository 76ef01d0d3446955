//! Idempotent writes: the `Idempotency-Key` header is claimed in the write's own transaction with a
//! fingerprint of the request, and the answer is kept with it (see `app::api_tokens::repo::claim`).

use super::Problem;
use app::{
    api_tokens::repo::{self, Claim, TokenCaller},
    db::{self, Tx},
};
use axum::{
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use serde::Serialize;

pub const HEADER: &str = "idempotency-key";
const KEY_MAX: usize = 255;

/// The request's `Idempotency-Key`, if it sent one: 1 to 255 visible ASCII characters.
pub fn key(headers: &HeaderMap) -> Result<Option<String>, Problem> {
    let Some(raw) = headers.get(HEADER) else { return Ok(None) };
    let valid =
        raw.to_str().ok().filter(|k| !k.is_empty() && k.len() <= KEY_MAX && k.bytes().all(|b| b.is_ascii_graphic()));
    valid.map(|k| Some(k.to_string())).ok_or_else(|| {
        Problem::bad_request(
            "Idempotency-Key",
            format!("The Idempotency-Key must be 1 to {KEY_MAX} visible ASCII characters."),
        )
    })
}

/// What makes two requests the same: method, path and the exact body.
pub fn fingerprint(method: &str, path: &str, body: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(method.as_bytes());
    h.update(b" ");
    h.update(path.as_bytes());
    h.update(b"\n");
    h.update(body);
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Claims `key` for the token. `Some(answer)` when the request was answered before (the transaction is
/// dropped: nothing else happens); refused when the key was used for a different request.
pub async fn claim(
    tx: &mut Tx,
    token: &TokenCaller,
    key: &str,
    fingerprint: &str,
) -> Result<Option<Response>, Problem> {
    match repo::claim(tx, token.token_id, key, fingerprint, db::now()).await? {
        Claim::Fresh => Ok(None),
        Claim::Answered { status, body } => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
            let mut res = (status, body).into_response();
            res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            res.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
            Ok(Some(res))
        }
        Claim::Mismatch => Err(Problem::new(
            "idempotency-key-reused",
            "This Idempotency-Key was used for a different request; send a new key for a new change.",
        )
        .on("Idempotency-Key")),
    }
}

/// Commits and answers with `value`: kept as the answer to `key` when the request carried one (an optional
/// key, claimed earlier in `tx`).
pub async fn finish<T: Serialize>(
    tx: Tx,
    token: &TokenCaller,
    key: Option<&str>,
    status: StatusCode,
    value: &T,
) -> Result<Response, Problem> {
    match key {
        Some(key) => answer(tx, token, key, status, value).await,
        None => {
            tx.commit().await?;
            Ok(super::json(status, value))
        }
    }
}

/// Keeps `value` as the answer to the claimed `key`, commits, and answers with it.
pub async fn answer<T: Serialize>(
    mut tx: Tx,
    token: &TokenCaller,
    key: &str,
    status: StatusCode,
    value: &T,
) -> Result<Response, Problem> {
    let body = serde_json::to_string(value).map_err(|e| {
        tracing::error!(error = %e, "API answer could not be written");
        Problem::internal()
    })?;
    repo::remember(&mut tx, token.token_id, key, status.as_u16(), &body).await?;
    tx.commit().await?;
    let mut res = (status, body).into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_short_visible_ascii() {
        let mut h = HeaderMap::new();
        assert_eq!(key(&h).unwrap(), None);
        h.insert(HEADER, HeaderValue::from_static("order-1042"));
        assert_eq!(key(&h).unwrap().as_deref(), Some("order-1042"));
        h.insert(HEADER, HeaderValue::from_static("two words"));
        assert_eq!(key(&h).unwrap_err().field.as_deref(), Some("Idempotency-Key"));
        h.insert(HEADER, HeaderValue::from_str(&"k".repeat(256)).unwrap());
        assert!(key(&h).is_err());
    }

    #[test]
    fn the_fingerprint_tells_bodies_and_paths_apart() {
        let a = fingerprint("POST", "/api/v1/members/2/points", br#"{"amount":5}"#);
        assert_eq!(a, fingerprint("POST", "/api/v1/members/2/points", br#"{"amount":5}"#));
        assert_ne!(a, fingerprint("POST", "/api/v1/members/2/points", br#"{"amount":6}"#));
        assert_ne!(a, fingerprint("POST", "/api/v1/members/3/points", br#"{"amount":5}"#));
    }
}
