//! `/api/v1/webhooks`: the endpoints webhooks go to, managed by another system (a deployment script, an
//! integration platform) as admins manage them at `/admin/webhooks`. A new endpoint's signing secret is in the
//! answer that creates it and never again (the admin page shows it to admins).

use super::{auth::Caller, iso, Problem};
use app::{
    api_tokens::domain::Scope,
    db,
    state::AppState,
    webhook_admin::api::check_address,
    webhooks::{
        domain::{EndpointDraft, EndpointForm, EndpointRow, Event},
        repo,
    },
};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    Json,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A webhook endpoint.
#[derive(Debug, Serialize, ToSchema)]
pub struct Webhook {
    pub id: i64,
    pub url: String,
    pub description: String,
    /// The events it receives, such as `member.joined` or `referral.converted`.
    pub events: Vec<String>,
    /// False when an admin turned it off.
    pub active: bool,
    /// Deliveries delivered, failed for good, and waiting.
    pub delivered: i64,
    pub failed: i64,
    pub waiting: i64,
    #[schema(format = DateTime)]
    pub created_at: String,
    /// The signing secret: only in the answer that creates the endpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}

impl From<EndpointRow> for Webhook {
    fn from(e: EndpointRow) -> Webhook {
        Webhook {
            id: e.id,
            url: e.url,
            description: e.description,
            events: e.events.iter().map(|e| e.as_str().to_string()).collect(),
            active: e.active,
            delivered: e.delivered,
            failed: e.failed,
            waiting: e.waiting,
            created_at: iso(e.created_at),
            secret: None,
        }
    }
}

/// An endpoint to register.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWebhook {
    /// `https://…`; loopback and private addresses are refused unless the operator allowed them.
    pub url: String,
    #[serde(default)]
    pub description: String,
    /// At least one event name.
    pub events: Vec<String>,
}

/// Every endpoint with its delivery counts (no secrets).
#[utoipa::path(get, operation_id = "listWebhooks", path = "/api/v1/webhooks", tag = "webhooks",
    responses((status = 200, body = Vec<Webhook>), (status = "4XX", body = Problem)),
    security(("token" = ["webhooks:manage"])))]
pub async fn list(State(state): State<AppState>, caller: Caller) -> Result<Json<Vec<Webhook>>, Problem> {
    caller.may(Scope::WebhooksManage)?;
    Ok(Json(repo::endpoints(&state.db).await?.into_iter().map(Webhook::from).collect()))
}

/// Registers an endpoint: 201 with it and its signing secret, shown this once.
#[utoipa::path(post, operation_id = "createWebhook", path = "/api/v1/webhooks", tag = "webhooks",
    request_body = NewWebhook,
    responses((status = 201, body = Webhook), (status = "4XX", body = Problem)),
    security(("token" = ["webhooks:manage"])))]
pub async fn create(State(state): State<AppState>, caller: Caller, body: Bytes) -> Result<Response, Problem> {
    caller.may(Scope::WebhooksManage)?;
    let new: NewWebhook = super::json_body(&body)?;
    if let Some(unknown) = new.events.iter().find(|e| Event::parse(e).is_none()) {
        return Err(Problem::invalid(
            "events",
            format!("{unknown:?} is not an event; the events are listed at /api/docs."),
        ));
    }
    let form = EndpointForm { url: new.url, description: new.description, events: Some(new.events) };
    let draft = EndpointDraft::parse(&form)?;
    check_address(&state, &draft).await?;
    let token = &caller.0;
    let now = db::now();
    let secret = repo::fresh_secret();
    let mut tx = state.db.begin_write().await?;
    let id = repo::insert(&mut tx, &draft, &secret, token.actor_id, now).await?;
    caller
        .audit(
            &mut tx,
            ("webhook_create", "webhook", id),
            format!("{} for {}", draft.url, Event::join(&draft.events)),
            now,
        )
        .await?;
    tx.commit().await?;
    let made = repo::endpoint(&state.db, id).await?.ok_or_else(Problem::internal)?;
    Ok(super::json(StatusCode::CREATED, &Webhook { secret: Some(secret), ..Webhook::from(made) }))
}

/// Deletes an endpoint and its delivery log: 204.
#[utoipa::path(delete, operation_id = "deleteWebhook", path = "/api/v1/webhooks/{id}", tag = "webhooks",
    params(("id" = i64, Path, description = "The endpoint's id")),
    responses((status = 204, description = "Deleted"), (status = "4XX", body = Problem)),
    security(("token" = ["webhooks:manage"])))]
pub async fn delete(State(state): State<AppState>, caller: Caller, Path(id): Path<i64>) -> Result<StatusCode, Problem> {
    caller.may(Scope::WebhooksManage)?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    if !repo::delete(&mut tx, id).await? {
        return Err(Problem::not_found("That endpoint"));
    }
    caller.audit(&mut tx, ("webhook_delete", "webhook", id), String::new(), now).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
