//! `/api/v1/redemptions`: every redemption with cursor paging, one, and fulfilling or cancelling a pending one
//! (a cancellation refunds the points and returns the stock, as on `/admin/redemptions`).

use super::{auth::Caller, idempotency, iso, Page, PageQuery, Problem};
use app::{
    api_tokens::domain::Scope,
    db,
    rewards::{
        api::settle,
        domain::{decision_note, RedemptionStatus},
        repo::lists,
        views::RedemptionView,
    },
    state::AppState,
};
use axum::{
    body::Bytes,
    extract::{Path, Query, State},
    http::{HeaderMap, StatusCode},
    response::Response,
    Json,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A reward redeemed by a member.
#[derive(Debug, Serialize, ToSchema)]
pub struct Redemption {
    pub id: i64,
    pub member_id: i64,
    pub member_email: String,
    pub reward_id: i64,
    pub reward_title: String,
    /// The points it cost.
    pub cost: i64,
    /// `pending`, `fulfilled` or `cancelled`.
    pub status: String,
    /// The code handed out with it, for rewards that have codes.
    pub code: Option<String>,
    /// The admin's note to the member (tracking, instructions, the reason for a cancellation).
    pub note: String,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub decided_at: Option<String>,
}

impl From<RedemptionView> for Redemption {
    fn from(r: RedemptionView) -> Redemption {
        Redemption {
            id: r.id,
            member_id: r.member_id,
            member_email: r.member_email,
            reward_id: r.reward_id,
            reward_title: r.reward_title,
            cost: r.cost,
            status: r.status.as_str().to_string(),
            code: r.code,
            note: r.note,
            created_at: iso(r.created_at),
            decided_at: r.decided_at.map(iso),
        }
    }
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RedemptionFilters {
    /// `pending`, `fulfilled` or `cancelled`; all when absent.
    #[serde(default)]
    pub status: String,
}

/// Redemptions, oldest first (so pending ones are worked in order); `next_cursor` asks for the next page.
#[utoipa::path(get, operation_id = "listRedemptions", path = "/api/v1/redemptions", tag = "redemptions",
    params(RedemptionFilters, PageQuery),
    responses((status = 200, body = Page<Redemption>), (status = "4XX", body = Problem)),
    security(("token" = ["redemptions:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(filters): Query<RedemptionFilters>,
    Query(page): Query<PageQuery>,
) -> Result<Json<Page<Redemption>>, Problem> {
    caller.may(Scope::RedemptionsRead)?;
    let (after, limit) = page.after()?;
    let status = match filters.status.trim() {
        "" => None,
        raw => Some(RedemptionStatus::parse(raw).ok_or_else(|| {
            Problem::invalid("status", format!("{raw:?} is not a status; use pending, fulfilled or cancelled."))
        })?),
    };
    let rows = lists::after(&state.db, status, after, limit + 1).await?;
    Ok(Json(Page::of(rows.into_iter().map(Redemption::from).collect(), limit, |r| r.id)))
}

/// One redemption.
#[utoipa::path(get, operation_id = "getRedemption", path = "/api/v1/redemptions/{id}", tag = "redemptions",
    params(("id" = i64, Path, description = "The redemption's id")),
    responses((status = 200, body = Redemption), (status = "4XX", body = Problem)),
    security(("token" = ["redemptions:read"])))]
pub async fn one(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<Json<Redemption>, Problem> {
    caller.may(Scope::RedemptionsRead)?;
    let found = lists::one(&state.db, id).await?;
    found.map(|r| Json(r.into())).ok_or_else(|| Problem::not_found("That redemption"))
}

/// The note sent to the member with a decision.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// For the member: tracking, instructions, or (required to cancel) the reason. At most 500 characters.
    #[serde(default)]
    pub note: String,
}

/// Marks a pending redemption fulfilled; 409 when it is not pending. An `Idempotency-Key` header is optional.
#[utoipa::path(post, operation_id = "fulfilRedemption", path = "/api/v1/redemptions/{id}/fulfil", tag = "redemptions",
    params(("id" = i64, Path, description = "The redemption's id"),
           ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry answer as the first time")),
    request_body(content = Decision, description = "Optional: an empty body sends no note"),
    responses((status = 200, body = Redemption), (status = "4XX", body = Problem)),
    security(("token" = ["redemptions:write"])))]
pub async fn fulfil(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    decide(&state, &caller, (id, false), &headers, &body).await
}

/// Cancels a pending redemption with a reason: the points go back to the member and the stock to the
/// reward; 409 when it is not pending. An `Idempotency-Key` header is optional.
#[utoipa::path(post, operation_id = "cancelRedemption", path = "/api/v1/redemptions/{id}/cancel", tag = "redemptions",
    params(("id" = i64, Path, description = "The redemption's id"),
           ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry answer as the first time")),
    request_body = Decision,
    responses((status = 200, body = Redemption), (status = "4XX", body = Problem)),
    security(("token" = ["redemptions:write"])))]
pub async fn cancel(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    decide(&state, &caller, (id, true), &headers, &body).await
}

async fn decide(
    state: &AppState,
    caller: &Caller,
    (id, cancel): (i64, bool),
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Response, Problem> {
    caller.may(Scope::RedemptionsWrite)?;
    let key = idempotency::key(headers)?;
    let decision: Decision = if body.is_empty() { Decision::default() } else { super::json_body(body)? };
    let note = decision_note(&decision.note, cancel)?;
    let token = &caller.0;
    let mut tx = state.db.begin_write().await?;
    let verb = if cancel { "cancel" } else { "fulfil" };
    if let Some(key) = &key {
        let fingerprint = idempotency::fingerprint("POST", &format!("/api/v1/redemptions/{id}/{verb}"), body);
        if let Some(replay) = idempotency::claim(&mut tx, token, key, &fingerprint).await? {
            return Ok(replay);
        }
    }
    if lists::one_tx(&mut tx, id).await?.is_none() {
        return Err(Problem::not_found("That redemption"));
    }
    let status = settle(&mut tx, id, cancel, &note, token.actor_id).await?;
    let detail = if note.is_empty() { status.as_str().to_string() } else { format!("{}: {note}", status.as_str()) };
    caller.audit(&mut tx, ("redemption", "redemption", id), detail, db::now()).await?;
    let settled = Redemption::from(lists::one_tx(&mut tx, id).await?.ok_or_else(Problem::internal)?);
    idempotency::finish(tx, token, key.as_deref(), StatusCode::OK, &settled).await
}
