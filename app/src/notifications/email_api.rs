//! Email settings (the signed-in member's own) and the one-click unsubscribe (no session: a signed link).

use crate::{error::AppError, notifications::email::EmailSettings};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::{
    accounts::guard::require_user,
    i18n::current,
    notifications::{
        courier,
        email::{Delivery, DigestEvery, Topic},
    },
    on_db, on_tx,
    state::app_state,
    t,
};

/// The signed-in member's email settings, every topic listed.
#[server(endpoint = "notifications/get_email_settings")]
pub async fn get_email_settings() -> Result<EmailSettings, AppError> {
    let user = require_user().await?;
    let db = app_state()?.db;
    let sql = "SELECT topic, delivery FROM notification_settings WHERE user_id = $1";
    let chosen: Vec<(String, String)> = on_db!(&db, p => sqlx::query_as(sql).bind(user.id).fetch_all(p).await)?;
    let topics = Topic::ALL
        .into_iter()
        .map(|t| {
            let d = chosen.iter().find(|(name, _)| name == t.as_str()).and_then(|(_, d)| Delivery::parse(d));
            (t, d.unwrap_or(t.default_delivery()))
        })
        .collect();
    let every: String = on_db!(&db, p => sqlx::query_scalar("SELECT digest_every FROM users WHERE id = $1").bind(user.id).fetch_one(p).await)?;
    Ok(EmailSettings { topics, digest_every: DigestEvery::parse(&every).unwrap_or(DigestEvery::Weekly) })
}

/// The email settings form: each topic's choice (`now`, `digest` or `off`) and the digest's frequency.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EmailForm {
    pub reply: String,
    pub mention: String,
    pub story: String,
    pub challenge: String,
    pub reward: String,
    pub badge: String,
    pub referral: String,
    pub digest_every: String,
}

/// Saves every topic's choice and the digest's frequency at once; a bad value changes nothing.
#[server(endpoint = "notifications/save_email_settings")]
pub async fn save_email_settings(form: EmailForm) -> Result<(), AppError> {
    let user = require_user().await?;
    let EmailForm { reply, mention, story, challenge, reward, badge, referral, digest_every } = form;
    let given = [reply, mention, story, challenge, reward, badge, referral];
    let mut choices = Vec::new();
    for (topic, raw) in Topic::ALL.into_iter().zip(given.iter()) {
        let delivery = Delivery::parse(raw.trim()).ok_or_else(|| {
            AppError::invalid(
                &format!("form[{}]", topic.as_str()),
                t!("notifications-delivery-invalid", value = format!("{raw:?}"), topic = topic.label(current())),
            )
        })?;
        choices.push((topic, delivery));
    }
    let every = DigestEvery::parse(digest_every.trim())
        .ok_or_else(|| AppError::invalid("form[digest_every]", t!("notifications-digest-every-invalid")))?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    for (topic, delivery) in choices {
        let sql = "INSERT INTO notification_settings (user_id, topic, delivery) VALUES ($1, $2, $3)
                   ON CONFLICT (user_id, topic) DO UPDATE SET delivery = excluded.delivery";
        on_tx!(&mut tx, c => sqlx::query(sql).bind(user.id).bind(topic.as_str()).bind(delivery.as_str()).execute(c).await.map(|_| ()))?;
    }
    let sql = "UPDATE users SET digest_every = $1 WHERE id = $2";
    on_tx!(&mut tx, c => sqlx::query(sql).bind(every.as_str()).bind(user.id).execute(c).await.map(|_| ()))?;
    tx.commit().await?;
    tracing::info!(user_id = user.id, "email settings saved");
    Ok(())
}

/// Stops emails about one topic for the member a signed unsubscribe link names; returns what it stopped.
#[server(endpoint = "notifications/unsubscribe")]
pub async fn unsubscribe(u: i64, k: String, t: String) -> Result<String, AppError> {
    let list = courier::unsubscribe(&app_state()?.db, u, &k, &t).await?;
    Ok(list.label(current()))
}
