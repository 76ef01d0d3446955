//! The courier: turns new notifications into emails as each member asked: at once, kept for the digest,
//! or not at all. It runs on every node; a batch is claimed (`FOR UPDATE SKIP LOCKED` on PostgreSQL, the
//! write gate on SQLite) and handled in one transaction with the emails it writes, so each notification is
//! emailed once.

use crate::{
    db::{Db, Tx},
    error::AppError,
    i18n::Lang,
    mail::{outbox, Letter},
    notifications::{
        email::{Delivery, Topic},
        repo::{space_seen, Seen, FROM, SEEN},
        views::NotificationKind,
    },
    on_db, on_tx,
    state::MailSettings,
    t, t_in,
};
use hmac::{Hmac, Mac};
use minijinja::context;
use sha2::Sha256;

#[derive(sqlx::FromRow)]
struct Row {
    #[sqlx(flatten)]
    seen: Seen,
    user_id: i64,
    email: String,
    member_name: String,
    reachable: bool,
    reward_code: Option<String>,
}

/// Notifications that match `filter`, in `order`, with whom they are for and a code reward's code; `$1`
/// is the limit.
fn batch(filter: &str, order: &str) -> String {
    let seen = space_seen();
    format!(
        "SELECT {SEEN}, n.user_id, u.email, u.display_name AS member_name,
                (u.email_verified_at IS NOT NULL AND u.removed_at IS NULL AND {seen}) AS reachable,
                rc.code AS reward_code
         FROM {FROM}
         JOIN users u ON u.id = n.user_id
         LEFT JOIN reward_codes rc ON rc.redemption_id = n.redemption_id
         WHERE {filter}
         ORDER BY {order} LIMIT $1"
    )
}

/// The new notifications, oldest first.
fn new_batch() -> String {
    batch("n.mail_state = 'new'", "n.id")
}

/// Handles up to `limit` new notifications; returns how many.
pub async fn run_once(db: &Db, mail: &MailSettings, limit: i64, now: i64) -> Result<usize, AppError> {
    let mut tx = db.begin_write().await?;
    let rows = match &mut tx {
        Tx::Sqlite(c, _) => sqlx::query_as::<_, Row>(&new_batch()).bind(limit).fetch_all(&mut **c).await?,
        Tx::Postgres(c) => {
            let sql = format!("{} FOR UPDATE OF n SKIP LOCKED", new_batch());
            sqlx::query_as::<_, Row>(&sql).bind(limit).fetch_all(&mut **c).await?
        }
    };
    if rows.is_empty() {
        return Ok(0);
    }
    let secret = secret_tx(&mut tx).await?;
    for row in &rows {
        let topic = Topic::of(NotificationKind::parse(&row.seen.kind)).filter(|_| row.reachable);
        let delivery = match topic {
            Some(topic) => delivery_tx(&mut tx, row.user_id, topic).await?,
            None => Delivery::Off,
        };
        let state = match (topic, delivery) {
            (Some(topic), Delivery::Now) => {
                send_now(&mut tx, mail, &secret, row, topic, now).await?;
                "done"
            }
            (Some(_), Delivery::Digest) => "digest",
            _ => "done",
        };
        let sql = "UPDATE notifications SET mail_state = $1 WHERE id = $2";
        on_tx!(&mut tx, c => sqlx::query(sql).bind(state).bind(row.seen.id).execute(c).await.map(|_| ()))?;
    }
    tx.commit().await?;
    Ok(rows.len())
}

/// One member's notifications waiting for their digest that they have not read on the site, newest first,
/// as sentences with links; all of them (read or not) leave the digest queue. Inside the digest's
/// transaction.
pub async fn take_digest(
    tx: &mut Tx,
    user_id: i64,
    origin: &str,
    limit: usize,
    lang: Lang,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let sql = batch("n.mail_state = 'digest' AND n.user_id = $2 AND n.read_at IS NULL", "n.id DESC");
    let rows = on_tx!(tx, c => sqlx::query_as::<_, Row>(&sql).bind(limit as i64).bind(user_id).fetch_all(c).await)?;
    // Nothing about a space they left since is told (nor can they have read it there).
    let rows: Vec<Row> = rows.into_iter().filter(|r| r.reachable).collect();
    let done = "UPDATE notifications SET mail_state = 'done' WHERE user_id = $1 AND mail_state = 'digest'";
    on_tx!(tx, c => sqlx::query(done).bind(user_id).execute(c).await.map(|_| ()))?;
    Ok(rows
        .iter()
        .map(|r| {
            let n = r.seen.notification(true);
            (n.sentence(lang), format!("{origin}{}", n.href()))
        })
        .collect())
}

async fn send_now(
    tx: &mut Tx,
    mail: &MailSettings,
    secret: &str,
    row: &Row,
    topic: Topic,
    now: i64,
) -> Result<(), AppError> {
    let n = row.seen.notification(true);
    let lang = outbox::language_of(tx, Some(row.user_id), None).await?;
    let sentence = n.sentence(lang);
    let code = row.reward_code.clone().filter(|_| n.kind == NotificationKind::RedemptionFulfilled);
    let letter = Letter {
        kind: topic.as_str(),
        to: &row.email,
        user_id: Some(row.user_id),
        lang,
        subject: sentence.clone(),
        template: "notification",
        vars: context! {
            name => &row.member_name,
            sentence => &sentence,
            link => format!("{}{}", mail.origin, n.href()),
            code,
            topic => topic.label(lang),
            settings => format!("{}/me/notifications/settings", mail.origin),
        },
        unsubscribe: Some(unsubscribe_url(&mail.origin, secret, row.user_id, List::Topic(topic))),
    };
    outbox::post(tx, mail, letter, now).await?;
    Ok(())
}

/// What the member chose for `topic`, or its default.
pub async fn delivery_tx(tx: &mut Tx, user_id: i64, topic: Topic) -> Result<Delivery, sqlx::Error> {
    let sql = "SELECT delivery FROM notification_settings WHERE user_id = $1 AND topic = $2";
    let found: Option<String> =
        on_tx!(tx, c => sqlx::query_scalar(sql).bind(user_id).bind(topic.as_str()).fetch_optional(c).await)?;
    Ok(found.as_deref().and_then(Delivery::parse).unwrap_or(topic.default_delivery()))
}

async fn secret_tx(tx: &mut Tx) -> Result<String, sqlx::Error> {
    let sql = "SELECT value FROM app_secrets WHERE name = 'unsubscribe'";
    on_tx!(tx, c => sqlx::query_scalar(sql).fetch_one(c).await)
}

/// The key that signs unsubscribe links, shared by every node (made by a migration).
pub async fn secret(db: &Db) -> Result<String, sqlx::Error> {
    let sql = "SELECT value FROM app_secrets WHERE name = 'unsubscribe'";
    on_db!(db, p => sqlx::query_scalar(sql).fetch_one(p).await)
}

/// What an unsubscribe link stops: one topic's emails, or the digest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Topic(Topic),
    Digest,
}

impl List {
    pub fn as_str(self) -> &'static str {
        match self {
            List::Topic(t) => t.as_str(),
            List::Digest => "digest",
        }
    }

    pub fn parse(raw: &str) -> Option<List> {
        if raw == "digest" {
            Some(List::Digest)
        } else {
            Topic::parse(raw).map(List::Topic)
        }
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            List::Topic(t) => t.label(lang),
            List::Digest => t_in!(lang, "notifications-list-digest"),
        }
    }
}

fn mac(secret: &str, user_id: i64, list: List) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(format!("unsubscribe:{user_id}:{}", list.as_str()).as_bytes());
    mac
}

/// The signature of an unsubscribe link: bound to the member and what it stops.
pub fn signature(secret: &str, user_id: i64, list: List) -> String {
    mac(secret, user_id, list).finalize().into_bytes()[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `signature` is the one for this member and list (compared in constant time).
pub fn signature_ok(secret: &str, user_id: i64, list: List, signature: &str) -> bool {
    let bytes: Option<Vec<u8>> = (signature.len() == 32)
        .then(|| (0..16).map(|i| u8::from_str_radix(signature.get(i * 2..i * 2 + 2)?, 16).ok()).collect())
        .flatten();
    bytes.is_some_and(|b| mac(secret, user_id, list).verify_truncated_left(&b).is_ok())
}

/// The one-click unsubscribe address for a member and list.
pub fn unsubscribe_url(origin: &str, secret: &str, user_id: i64, list: List) -> String {
    format!("{origin}/unsubscribe?u={user_id}&k={}&t={}", list.as_str(), signature(secret, user_id, list))
}

/// Stops what a signed link names for its member: one topic's emails, or (for the digest) every topic that
/// goes to the digest. Needs no session: the signature is the proof. Returns what it stopped.
pub async fn unsubscribe(db: &Db, user_id: i64, list: &str, signature: &str) -> Result<List, AppError> {
    let refused = || AppError::invalid("t", t!("notifications-unsubscribe-invalid"));
    let list = List::parse(list).ok_or_else(refused)?;
    if !signature_ok(&secret(db).await?, user_id, list, signature) {
        return Err(refused());
    }
    let mut tx = db.begin_write().await?;
    match list {
        List::Topic(topic) => set_delivery(&mut tx, user_id, topic, Delivery::Off).await?,
        List::Digest => {
            for topic in Topic::ALL {
                if delivery_tx(&mut tx, user_id, topic).await? == Delivery::Digest {
                    set_delivery(&mut tx, user_id, topic, Delivery::Off).await?;
                }
            }
        }
    }
    tx.commit().await?;
    tracing::info!(user_id, list = list.as_str(), "unsubscribed by email link");
    Ok(list)
}

/// Stores the member's choice for one topic.
pub async fn set_delivery(tx: &mut Tx, user_id: i64, topic: Topic, delivery: Delivery) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO notification_settings (user_id, topic, delivery) VALUES ($1, $2, $3)
               ON CONFLICT (user_id, topic) DO UPDATE SET delivery = excluded.delivery";
    on_tx!(tx, c => sqlx::query(sql).bind(user_id).bind(topic.as_str()).bind(delivery.as_str()).execute(c).await.map(|_| ()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unsubscribe_signature_is_bound_to_its_member_and_topic() {
        let secret = "0123456789abcdef0123456789abcdef";
        let reply = List::Topic(Topic::Reply);
        let sig = signature(secret, 7, reply);
        assert_eq!(sig.len(), 32);
        assert!(signature_ok(secret, 7, reply, &sig));
        assert!(!signature_ok(secret, 8, reply, &sig), "another member");
        assert!(!signature_ok(secret, 7, List::Topic(Topic::Badge), &sig), "another topic");
        assert!(!signature_ok(secret, 7, List::Digest, &sig), "the digest");
        assert!(!signature_ok("another secret entirely, 32 chars", 7, reply, &sig), "another key");
        assert!(!signature_ok(secret, 7, reply, &sig[..30]), "cut short");
        assert!(!signature_ok(secret, 7, reply, "zz"), "not hexadecimal");
        assert!(!signature_ok(secret, 7, reply, &"é".repeat(16)), "not ASCII");
        assert_eq!(List::parse("digest"), Some(List::Digest));
        assert_eq!(List::parse("reply"), Some(reply));
        assert_eq!(List::parse("everything"), None);
        let url = unsubscribe_url("https://c.example", secret, 7, reply);
        assert_eq!(url, format!("https://c.example/unsubscribe?u=7&k=reply&t={sig}"));
    }
}
