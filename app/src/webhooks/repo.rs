//! Webhook endpoints and their delivery outbox in SQL.
//!
//! A sender claims due deliveries by a lease (`claimed_until`): on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so
//! two nodes never take the same row; on SQLite the write transaction already excludes other writers. A row
//! whose lease ran out (a node that died between claiming and marking) is claimed again, so a delivery is sent
//! at least once; receivers tell retries apart by the `Chorus-Delivery` header.

use crate::{
    db::{Db, Tx},
    on_db, on_tx,
    webhooks::domain::{
        backoff, DeliveryRow, DeliveryStatus, EndpointDraft, EndpointRow, Event, DELIVERIES_PER_PAGE, RETRY_FOR_SECS,
    },
};
use serde_json::{json, Value};
use time::{format_description::well_known::Rfc3339, OffsetDateTime};

/// Writes one delivery of `event` for every active endpoint that subscribed to it, inside the event's
/// transaction. `key` names the event uniquely (such as `points.changed:42`): raising it again enqueues
/// nothing. `data` makes the event's object, only when someone subscribed (events are raised on hot paths,
/// every ledger row among them); the envelope adds the id, the type and the time.
pub async fn emit(
    tx: &mut Tx,
    event: Event,
    key: &str,
    data: impl FnOnce() -> Value + Send,
    now: i64,
) -> Result<(), sqlx::Error> {
    // Most events have no subscriber: one indexed probe, and nothing is built.
    let pattern = format!("% {} %", event.as_str());
    let find = "SELECT id FROM webhook_endpoints WHERE active = 1 AND ' ' || events || ' ' LIKE $1";
    let endpoints: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar(find).bind(&pattern).fetch_all(c).await)?;
    if endpoints.is_empty() {
        return Ok(());
    }
    let created = OffsetDateTime::from_unix_timestamp(now).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let envelope = json!({
        "id": key,
        "type": event.as_str(),
        "created_at": created.format(&Rfc3339).unwrap_or_default(),
        "data": data(),
    });
    let payload = envelope.to_string();
    let insert = "INSERT INTO webhook_deliveries (endpoint_id, event, event_key, payload, next_attempt_at, give_up_at, created_at)
                  VALUES ($1, $2, $3, $4, $5, $6, $5) ON CONFLICT (endpoint_id, event_key) DO NOTHING";
    for endpoint in endpoints {
        on_tx!(tx, c => sqlx::query(insert)
            .bind(endpoint)
            .bind(event.as_str())
            .bind(key)
            .bind(&payload)
            .bind(now)
            .bind(now + RETRY_FOR_SECS)
            .execute(c)
            .await
            .map(|_| ()))?;
    }
    Ok(())
}

/// A delivery a sender has claimed.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub url: String,
    pub secret: String,
    pub event: String,
    pub payload: String,
    /// Counting this one.
    pub tries: i64,
    pub give_up_at: i64,
}

/// Claims up to `limit` due deliveries for `lease_secs`. Each claim counts as a try. When nothing is due (the
/// usual case between events) a plain read says so and no write transaction is taken, so idle senders on
/// every node never queue behind the community's writers.
pub async fn claim(db: &Db, limit: i64, lease_secs: i64, now: i64) -> Result<Vec<Claimed>, sqlx::Error> {
    let due = "SELECT COUNT(*) FROM (SELECT id FROM webhook_deliveries
               WHERE (status = 'queued' AND next_attempt_at <= $1) OR (status = 'sending' AND claimed_until < $1)
               LIMIT 1) AS d";
    let any: i64 = on_db!(db, p => sqlx::query_scalar(due).bind(now).fetch_one(p).await)?;
    if any == 0 {
        return Ok(Vec::new());
    }
    let pick = "SELECT id FROM webhook_deliveries
                WHERE (status = 'queued' AND next_attempt_at <= $2) OR (status = 'sending' AND claimed_until < $2)
                ORDER BY next_attempt_at, id LIMIT $3";
    let update = |lock: &str| {
        format!(
            "UPDATE webhook_deliveries SET status = 'sending', tries = tries + 1, claimed_until = $1, last_attempt_at = $2
             WHERE id IN ({pick}{lock})
             RETURNING id, (SELECT url FROM webhook_endpoints e WHERE e.id = endpoint_id) AS url,
                       (SELECT secret FROM webhook_endpoints e WHERE e.id = endpoint_id) AS secret,
                       event, payload, tries, give_up_at"
        )
    };
    let until = now + lease_secs;
    let mut tx = db.begin_write().await?;
    let sql = update(tx.skip_locked());
    let rows =
        on_tx!(&mut tx, c => sqlx::query_as::<_, Claimed>(&sql).bind(until).bind(now).bind(limit).fetch_all(c).await)?;
    tx.commit().await?;
    Ok(rows)
}

/// Records the answer to a try: delivered on a 2xx, otherwise queued again after the backoff, or failed for
/// good once the day of retries is over.
pub async fn record_try(
    db: &Db,
    d: &Claimed,
    status: Option<u16>,
    error: Option<&str>,
    now: i64,
) -> Result<DeliveryStatus, sqlx::Error> {
    let delivered = status.is_some_and(|s| (200..300).contains(&s));
    let retry_at = now + backoff(d.tries);
    let outcome = if delivered {
        DeliveryStatus::Delivered
    } else if retry_at <= d.give_up_at {
        DeliveryStatus::Queued
    } else {
        DeliveryStatus::Failed
    };
    let error: Option<String> = error.map(|e| e.chars().take(500).collect());
    let sql = "UPDATE webhook_deliveries
               SET status = $1, response_status = $2, last_error = $3, claimed_until = NULL,
                   next_attempt_at = CASE WHEN $1 = 'queued' THEN $4 ELSE next_attempt_at END,
                   delivered_at = CASE WHEN $1 = 'delivered' THEN $5 ELSE delivered_at END
               WHERE id = $6 AND status = 'sending'";
    on_db!(db, p => sqlx::query(sql)
        .bind(outcome.as_str())
        .bind(status.map(i64::from))
        .bind(error)
        .bind(retry_at)
        .bind(now)
        .bind(d.id)
        .execute(p)
        .await
        .map(|_| ()))?;
    Ok(outcome)
}

/// Sends a delivery again, now, with a new day of retries. Returns whether there was such a delivery that
/// is not being sent right now.
pub async fn redeliver(tx: &mut Tx, endpoint_id: i64, id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE webhook_deliveries SET status = 'queued', tries = 0, next_attempt_at = $1, give_up_at = $2,
                      claimed_until = NULL
               WHERE id = $3 AND endpoint_id = $4 AND status <> 'sending'";
    let n = on_tx!(tx, c => sqlx::query(sql)
        .bind(now)
        .bind(now + RETRY_FOR_SECS)
        .bind(id)
        .bind(endpoint_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Stores a new endpoint and returns its id.
pub async fn insert(tx: &mut Tx, d: &EndpointDraft, secret: &str, by: i64, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO webhook_endpoints (url, description, events, secret, created_by, created_at, updated_at)
               VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id";
    on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(&d.url)
        .bind(&d.description)
        .bind(Event::join(&d.events))
        .bind(secret)
        .bind(by)
        .bind(now)
        .fetch_one(c)
        .await)
}

/// Changes an endpoint's address, description and events; false when there is no such endpoint.
pub async fn update(tx: &mut Tx, id: i64, d: &EndpointDraft, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE webhook_endpoints SET url = $1, description = $2, events = $3, updated_at = $4 WHERE id = $5";
    let n = on_tx!(tx, c => sqlx::query(sql)
        .bind(&d.url)
        .bind(&d.description)
        .bind(Event::join(&d.events))
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Turns an endpoint on or off (off: no new deliveries; queued ones are still sent). False when not found.
pub async fn set_active(tx: &mut Tx, id: i64, active: bool, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE webhook_endpoints SET active = $1, updated_at = $2 WHERE id = $3";
    let n = on_tx!(tx, c => sqlx::query(sql).bind(i64::from(active)).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Gives an endpoint a new signing secret; false when not found.
pub async fn set_secret(tx: &mut Tx, id: i64, secret: &str, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE webhook_endpoints SET secret = $1, updated_at = $2 WHERE id = $3";
    let n =
        on_tx!(tx, c => sqlx::query(sql).bind(secret).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Deletes an endpoint and its log; false when not found.
pub async fn delete(tx: &mut Tx, id: i64) -> Result<bool, sqlx::Error> {
    let log = "DELETE FROM webhook_deliveries WHERE endpoint_id = $1";
    on_tx!(tx, c => sqlx::query(log).bind(id).execute(c).await.map(|_| ()))?;
    let n = on_tx!(tx, c => sqlx::query("DELETE FROM webhook_endpoints WHERE id = $1").bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

#[derive(sqlx::FromRow)]
struct EndpointSql {
    id: i64,
    url: String,
    description: String,
    events: String,
    secret: String,
    active: i64,
    created_at: i64,
    delivered: i64,
    failed: i64,
    waiting: i64,
}

impl From<EndpointSql> for EndpointRow {
    fn from(r: EndpointSql) -> EndpointRow {
        EndpointRow {
            id: r.id,
            url: r.url,
            description: r.description,
            events: Event::split(&r.events),
            secret: r.secret,
            active: r.active == 1,
            created_at: r.created_at,
            delivered: r.delivered,
            failed: r.failed,
            waiting: r.waiting,
        }
    }
}

const ENDPOINT: &str = "SELECT e.id, e.url, e.description, e.events, e.secret, e.active, e.created_at,
           (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.status = 'delivered') AS delivered,
           (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.status = 'failed') AS failed,
           (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.status IN ('queued', 'sending')) AS waiting
    FROM webhook_endpoints e";

/// Every endpoint, newest first, with its delivery counts.
pub async fn endpoints(db: &Db) -> Result<Vec<EndpointRow>, sqlx::Error> {
    let sql = format!("{ENDPOINT} ORDER BY e.id DESC");
    let rows = on_db!(db, p => sqlx::query_as::<_, EndpointSql>(&sql).fetch_all(p).await)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

pub async fn endpoint(db: &Db, id: i64) -> Result<Option<EndpointRow>, sqlx::Error> {
    let sql = format!("{ENDPOINT} WHERE e.id = $1");
    let row = on_db!(db, p => sqlx::query_as::<_, EndpointSql>(&sql).bind(id).fetch_optional(p).await)?;
    Ok(row.map(Into::into))
}

#[derive(sqlx::FromRow)]
struct DeliverySql {
    id: i64,
    event: String,
    status: String,
    tries: i64,
    response_status: Option<i64>,
    last_error: Option<String>,
    last_attempt_at: Option<i64>,
    next_attempt_at: i64,
    created_at: i64,
}

/// A page of an endpoint's deliveries, newest first, and how many there are.
pub async fn deliveries(db: &Db, endpoint_id: i64, page: u32) -> Result<(Vec<DeliveryRow>, i64), sqlx::Error> {
    let per = i64::from(DELIVERIES_PER_PAGE);
    let offset = i64::from(page.saturating_sub(1)) * per;
    let sql =
        "SELECT id, event, status, tries, response_status, last_error, last_attempt_at, next_attempt_at, created_at
               FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id DESC LIMIT $2 OFFSET $3";
    let rows: Vec<DeliverySql> =
        on_db!(db, p => sqlx::query_as(sql).bind(endpoint_id).bind(per).bind(offset).fetch_all(p).await)?;
    let count = "SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = $1";
    let total: i64 = on_db!(db, p => sqlx::query_scalar(count).bind(endpoint_id).fetch_one(p).await)?;
    let rows = rows
        .into_iter()
        .map(|r| DeliveryRow {
            id: r.id,
            event: r.event,
            status: DeliveryStatus::parse(&r.status),
            tries: r.tries,
            response_status: r.response_status,
            last_error: r.last_error,
            last_attempt_at: r.last_attempt_at,
            next_attempt_at: r.next_attempt_at,
            created_at: r.created_at,
        })
        .collect();
    Ok((rows, total))
}

/// Forgets delivered and failed deliveries older than `before`.
pub async fn prune(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    let sql = "DELETE FROM webhook_deliveries WHERE status IN ('delivered', 'failed') AND created_at < $1";
    on_db!(db, p => sqlx::query(sql).bind(before).execute(p).await.map(|r| r.rows_affected()))
}

/// A fresh signing secret: `whsec_` and 64 hexadecimal digits (256 bits from the operating system).
pub fn fresh_secret() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("whsec_{hex}")
}
