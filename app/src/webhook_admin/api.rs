//! The admins' webhook server functions. Each checks the admin role and writes the audit line in its
//! transaction. An endpoint's address must not lead into the server's own network unless the operator allowed
//! it (`--webhooks-allow-private`): a literal address is checked as written, a name by looking it up now (the
//! senders check again at every delivery).

use crate::{
    error::AppError,
    webhooks::domain::{DeliveryLog, EndpointForm, WebhooksPage},
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    audit::record,
    common::paging::page_count,
    db,
    state::app_state,
    t,
    webhooks::{
        domain::{is_public, EndpointDraft, Event, Host, DELIVERIES_PER_PAGE},
        repo,
    },
};

/// Every endpoint with its delivery counts (admins only).
#[server(endpoint = "webhook_admin/get_webhooks")]
pub async fn get_webhooks() -> Result<WebhooksPage, AppError> {
    require_role(Role::Admin).await?;
    Ok(WebhooksPage { endpoints: repo::endpoints(&app_state()?.db).await? })
}

/// Registers an endpoint (`id` 0, with a new signing secret) or changes one (admins only). Returns its id.
#[server(endpoint = "webhook_admin/save_webhook")]
pub async fn save_webhook(id: i64, form: EndpointForm) -> Result<i64, AppError> {
    let admin = require_role(Role::Admin).await?;
    let draft = EndpointDraft::parse(&form)?;
    let state = app_state()?;
    check_address(&state, &draft).await?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let events = Event::join(&draft.events);
    let id = if id == 0 {
        let id = repo::insert(&mut tx, &draft, &repo::fresh_secret(), admin.id, now).await?;
        record(&mut tx, &admin, "webhook_create", "webhook", id, format!("{} for {events}", draft.url)).await?;
        id
    } else {
        if !repo::update(&mut tx, id, &draft, now).await? {
            return Err(AppError::NotFound(crate::t!("error-that-endpoint")));
        }
        record(&mut tx, &admin, "webhook_update", "webhook", id, format!("{} for {events}", draft.url)).await?;
        id
    };
    tx.commit().await?;
    tracing::info!(admin_id = admin.id, endpoint_id = id, "webhook endpoint saved");
    Ok(id)
}

/// Refuses `draft`'s address when it leads into the server's own network, unless the operator allowed that.
/// Shared by the admin page and the API.
#[cfg(feature = "ssr")]
pub async fn check_address(state: &crate::state::AppState, draft: &EndpointDraft) -> Result<(), AppError> {
    match state.settings.webhooks_allow_private {
        true => Ok(()),
        false => reachable_only_publicly(draft).await,
    }
}

/// Refuses an address that is, or whose name leads to, a loopback, private or otherwise non-public address.
#[cfg(feature = "ssr")]
async fn reachable_only_publicly(draft: &EndpointDraft) -> Result<(), AppError> {
    let not_found = |name: &str| AppError::invalid("url", t!("webhook-admin-host-not-found", host = name));
    match &draft.host {
        Host::Ip(ip) if !is_public(*ip) => {
            Err(AppError::invalid("url", t!("webhook-admin-ip-private", ip = ip.to_string())))
        }
        Host::Ip(_) => Ok(()),
        Host::Name(name) => {
            let found = tokio::net::lookup_host((name.as_str(), draft.port)).await.map_err(|_| not_found(name))?;
            let addresses: Vec<std::net::IpAddr> = found.map(|a| a.ip()).collect();
            match addresses.iter().find(|ip| !is_public(**ip)) {
                Some(ip) => Err(AppError::invalid(
                    "url",
                    t!("webhook-admin-host-private", host = name.as_str(), ip = ip.to_string()),
                )),
                None if addresses.is_empty() => Err(not_found(name)),
                None => Ok(()),
            }
        }
    }
}

/// Turns an endpoint on or off (admins only). Off: new events are not sent to it.
#[server(endpoint = "webhook_admin/set_webhook_active")]
pub async fn set_webhook_active(id: i64, active: bool) -> Result<String, AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    if !repo::set_active(&mut tx, id, active, db::now()).await? {
        return Err(AppError::NotFound(crate::t!("error-that-endpoint")));
    }
    let action = if active { "webhook_on" } else { "webhook_off" };
    record(&mut tx, &admin, action, "webhook", id, String::new()).await?;
    tx.commit().await?;
    Ok(if active { t!("webhook-admin-turned-on") } else { t!("webhook-admin-turned-off") })
}

/// Gives an endpoint a new signing secret at once (admins only): deliveries from now on are signed with it.
#[server(endpoint = "webhook_admin/roll_webhook_secret")]
pub async fn roll_webhook_secret(id: i64) -> Result<String, AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    if !repo::set_secret(&mut tx, id, &repo::fresh_secret(), db::now()).await? {
        return Err(AppError::NotFound(crate::t!("error-that-endpoint")));
    }
    record(&mut tx, &admin, "webhook_secret", "webhook", id, String::new()).await?;
    tx.commit().await?;
    Ok(t!("webhook-admin-secret-rolled"))
}

/// Deletes an endpoint and its delivery log (admins only).
#[server(endpoint = "webhook_admin/delete_webhook")]
pub async fn delete_webhook(id: i64) -> Result<String, AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    if !repo::delete(&mut tx, id).await? {
        return Err(AppError::NotFound(crate::t!("error-that-endpoint")));
    }
    record(&mut tx, &admin, "webhook_delete", "webhook", id, String::new()).await?;
    tx.commit().await?;
    Ok(t!("webhook-admin-deleted"))
}

/// An endpoint and a page of its deliveries, newest first (admins only).
#[server(endpoint = "webhook_admin/get_webhook_log")]
pub async fn get_webhook_log(id: i64, page: u32) -> Result<DeliveryLog, AppError> {
    require_role(Role::Admin).await?;
    let db = &app_state()?.db;
    let endpoint = repo::endpoint(db, id).await?.ok_or_else(|| AppError::NotFound(crate::t!("error-that-endpoint")))?;
    let page = page.max(1);
    let (deliveries, total) = repo::deliveries(db, id, page).await?;
    Ok(DeliveryLog { endpoint, deliveries, page, last_page: page_count(total, DELIVERIES_PER_PAGE) })
}

/// Sends a delivery again now, with a new day of retries (admins only).
#[server(endpoint = "webhook_admin/redeliver_webhook")]
pub async fn redeliver_webhook(endpoint_id: i64, delivery_id: i64) -> Result<String, AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    if !repo::redeliver(&mut tx, endpoint_id, delivery_id, db::now()).await? {
        return Err(AppError::Conflict { field: None, message: t!("webhook-admin-redeliver-refused") });
    }
    record(&mut tx, &admin, "webhook_redeliver", "webhook", endpoint_id, format!("delivery {delivery_id}")).await?;
    tx.commit().await?;
    Ok(t!("webhook-admin-redelivered", delivery = delivery_id.to_string()))
}
