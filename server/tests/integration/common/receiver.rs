//! A webhook receiver for tests: a small HTTP server on loopback that checks each delivery's signature with
//! its own HMAC-SHA256 (written here from RFC 2104, not the app's) and records what arrived. It answers 500
//! to the first `fail_first` requests, then 200.

use axum::{body::Bytes, extract::State, http::HeaderMap, routing::post, Router};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::sync::{Arc, Mutex};

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Arrived {
    pub event: String,
    pub delivery: String,
    pub body: Value,
    pub raw: String,
    /// The signature matched the secret, over the header's time and the exact body.
    pub verified: bool,
    pub answered: u16,
}

#[derive(Default)]
struct Inner {
    secret: String,
    fail_first: usize,
    seen: Vec<Arrived>,
}

#[derive(Clone)]
pub struct Receiver {
    inner: Arc<Mutex<Inner>>,
    pub url: String,
}

impl Receiver {
    pub async fn start(fail_first: usize) -> Receiver {
        let inner = Arc::new(Mutex::new(Inner { fail_first, ..Inner::default() }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}/hooks/chorus", listener.local_addr().unwrap());
        let app = Router::new().route("/hooks/chorus", post(arrive)).with_state(inner.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.expect("receiver") });
        Receiver { inner, url }
    }

    /// The secret deliveries must be signed with.
    pub fn expect_secret(&self, secret: &str) {
        self.inner.lock().unwrap().secret = secret.to_string();
    }

    pub fn seen(&self) -> Vec<Arrived> {
        self.inner.lock().unwrap().seen.clone()
    }

    /// Waits until `count` requests answered 200 have arrived, for up to 30 seconds.
    pub async fn wait_for(&self, count: usize) -> Vec<Arrived> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let seen = self.seen();
            if seen.iter().filter(|a| a.answered == 200).count() >= count {
                return seen;
            }
            assert!(std::time::Instant::now() < deadline, "only {} deliveries arrived: {seen:#?}", seen.len());
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
}

async fn arrive(State(inner): State<Arc<Mutex<Inner>>>, headers: HeaderMap, body: Bytes) -> axum::http::StatusCode {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let raw = String::from_utf8_lossy(&body).to_string();
    let mut inner = inner.lock().unwrap();
    let verified = verify(&inner.secret, &header("chorus-signature"), &body);
    let answered = if inner.seen.len() < inner.fail_first { 500 } else { 200 };
    inner.seen.push(Arrived {
        event: header("chorus-event"),
        delivery: header("chorus-delivery"),
        body: serde_json::from_slice(&body).unwrap_or(Value::Null),
        raw,
        verified,
        answered,
    });
    axum::http::StatusCode::from_u16(answered).unwrap()
}

/// Checks `t=<time>,v1=<hex>` against HMAC-SHA256(secret, "<time>.<body>"), and that the time is recent.
fn verify(secret: &str, header: &str, body: &[u8]) -> bool {
    let mut t = None;
    let mut v1 = None;
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", value)) => t = Some(value.to_string()),
            Some(("v1", value)) => v1 = Some(value.to_string()),
            _ => {}
        }
    }
    let (Some(t), Some(v1)) = (t, v1) else { return false };
    let Ok(at) = t.parse::<i64>() else { return false };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    if (now - at).abs() > 300 {
        return false;
    }
    let mut message = format!("{t}.").into_bytes();
    message.extend_from_slice(body);
    let expected: String = hmac_sha256(secret.as_bytes(), &message).iter().map(|b| format!("{b:02x}")).collect();
    expected == v1
}

/// HMAC (RFC 2104) over SHA-256, block size 64.
fn hmac_sha256(key: &[u8], message: &[u8]) -> Vec<u8> {
    let mut block = [0u8; 64];
    if key.len() > 64 {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let inner_key: Vec<u8> = block.iter().map(|b| b ^ 0x36).collect();
    let outer_key: Vec<u8> = block.iter().map(|b| b ^ 0x5c).collect();
    let inner = Sha256::new().chain_update(&inner_key).chain_update(message).finalize();
    Sha256::new().chain_update(&outer_key).chain_update(inner).finalize().to_vec()
}

#[test]
fn the_receivers_hmac_matches_rfc_4231_case_2() {
    let mac = hmac_sha256(b"Jefe", b"what do ya want for nothing?");
    let hex: String = mac.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(hex, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}
