//! The webhook senders: every node claims due deliveries from the outbox (`app::webhooks::repo::claim`),
//! signs each with its endpoint's secret and POSTs it, and records the answer: delivered on a 2xx, otherwise
//! retried with backoff for a day.
//!
//! Deliveries never reach the server's own network unless the operator allowed it: names are resolved by a
//! resolver that drops loopback, private and reserved addresses (so a name that changes to point inside is
//! caught at delivery, not only when the endpoint was saved), a literal address is checked before sending, and
//! redirects are not followed.

use app::{
    db::Db,
    webhooks::{
        domain::{is_public, parse_url, signature, DeliveryStatus, Host},
        repo::{self, Claimed},
    },
};
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use std::{sync::Arc, time::Duration};

/// Deliveries claimed at once, sent at once, and how long a claim lasts.
const BATCH: i64 = 50;
const PARALLEL: usize = 16;
const LEASE_SECS: i64 = 60;
/// How long a receiver has to answer.
const TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Clone)]
pub struct Sender {
    client: reqwest::Client,
    allow_private: bool,
    idle_poll: Duration,
}

/// Resolves names to public addresses only (all of them, when private ones are allowed).
struct PublicOnly {
    allow_private: bool,
}

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let allow_private = self.allow_private;
        Box::pin(async move {
            let found = tokio::net::lookup_host((name.as_str(), 0)).await?;
            let kept: Vec<std::net::SocketAddr> = found.filter(|a| allow_private || is_public(a.ip())).collect();
            if kept.is_empty() {
                let refused = format!("{} leads only to loopback, private or reserved addresses", name.as_str());
                return Err(refused.into());
            }
            Ok(Box::new(kept.into_iter()) as Addrs)
        })
    }
}

impl Sender {
    pub fn new(allow_private: bool, idle_poll: Duration) -> Result<Sender, String> {
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("Chorus-Webhooks/", env!("CARGO_PKG_VERSION")))
            .dns_resolver(Arc::new(PublicOnly { allow_private }))
            .build()
            .map_err(|e| format!("cannot build the webhook client: {e}"))?;
        Ok(Sender { client, allow_private, idle_poll })
    }

    /// Claims one batch and sends it; returns how many deliveries it claimed.
    pub async fn run_once(&self, db: &Db) -> Result<usize, sqlx::Error> {
        let claimed = repo::claim(db, BATCH, LEASE_SECS, app::db::now()).await?;
        let count = claimed.len();
        let mut queue = claimed.into_iter();
        let mut running = tokio::task::JoinSet::new();
        loop {
            while running.len() < PARALLEL {
                let Some(delivery) = queue.next() else { break };
                let (me, db) = (self.clone(), db.clone());
                running.spawn(async move { me.deliver(&db, delivery).await });
            }
            match running.join_next().await {
                Some(Ok(Err(e))) => tracing::warn!(error = %e, "could not record a webhook delivery"),
                Some(Err(e)) => tracing::error!(error = %e, "a webhook delivery task failed"),
                Some(Ok(Ok(()))) => {}
                None => break,
            }
        }
        Ok(count)
    }

    async fn deliver(&self, db: &Db, d: Claimed) -> Result<(), sqlx::Error> {
        let (status, error) = match self.post(&d).await {
            Ok(status) => (Some(status), (!(200..300).contains(&status)).then(|| format!("answered {status}"))),
            Err(e) => (None, Some(e)),
        };
        let outcome = repo::record_try(db, &d, status, error.as_deref(), app::db::now()).await?;
        match outcome {
            DeliveryStatus::Delivered => tracing::debug!(delivery_id = d.id, "webhook delivered"),
            DeliveryStatus::Failed => {
                tracing::warn!(delivery_id = d.id, tries = d.tries, error = ?error, "a webhook delivery failed for good")
            }
            _ => {
                tracing::info!(delivery_id = d.id, tries = d.tries, error = ?error, "a webhook delivery will be retried")
            }
        }
        Ok(())
    }

    /// POSTs one delivery; the receiver's status code, or why there was none.
    async fn post(&self, d: &Claimed) -> Result<u16, String> {
        if let Ok((Host::Ip(ip), _)) = parse_url(&d.url) {
            if !self.allow_private && !is_public(ip) {
                return Err(format!("{ip} is a loopback, private or reserved address"));
            }
        }
        let t = app::db::now();
        let res = self
            .client
            .post(&d.url)
            .header("content-type", "application/json")
            .header("chorus-event", &d.event)
            .header("chorus-delivery", d.id.to_string())
            .header("chorus-signature", signature(&d.secret, t, &d.payload))
            .body(d.payload.clone())
            .send()
            .await
            .map_err(|e| describe(&e))?;
        Ok(res.status().as_u16())
    }

    /// Sends on this node until the process ends: at once while there is a backlog, every `idle_poll` when
    /// the outbox is empty.
    pub fn spawn(self, db: Db) {
        tokio::spawn(async move {
            loop {
                let claimed = match self.run_once(&db).await {
                    Ok(n) => n,
                    Err(e) => {
                        tracing::warn!(error = %e, "could not claim webhook deliveries");
                        0
                    }
                };
                if claimed < BATCH as usize {
                    tokio::time::sleep(self.idle_poll).await;
                }
            }
        });
    }
}

/// A failed request in a few words for the delivery log (the resolver's refusal included).
fn describe(e: &reqwest::Error) -> String {
    let mut text = if e.is_timeout() {
        "no answer within 10 seconds".to_string()
    } else if e.is_connect() {
        "could not connect".to_string()
    } else {
        "the request failed".to_string()
    };
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text = format!("{text}: {s}");
        source = s.source();
    }
    text.chars().take(500).collect()
}
