//! `/api/v1/members/{id}/points`: a member's balance and ledger, and awarding or deducting points with an
//! `Idempotency-Key` (required): a retry with the same key and body gets the first answer, a different body
//! under the same key is refused. The ledger row carries the key too, so it is applied once whatever happens.

use super::{auth::Caller, idempotency, iso, Page, PageQuery, Problem};
use app::{
    accounts::repo as accounts,
    api_tokens::domain::Scope,
    db,
    recognition::{
        domain::{Adjustment, Reason},
        repo::{
            ledger::{self, Appended, Entry},
            reads::{self, LedgerRow},
        },
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
use utoipa::ToSchema;

/// One row of the points ledger. Rows are never changed: a correction is a new row that names the one it
/// reverses.
#[derive(Debug, Serialize, ToSchema)]
pub struct LedgerEntry {
    pub id: i64,
    /// Positive earns or refunds, negative spends or corrects.
    pub amount: i64,
    /// Why: `topic`, `reply`, `like_received`, `story`, `referral`, `challenge`, `redemption`, `refund`,
    /// `adjustment` and so on.
    pub reason: String,
    /// The words the member reads in their history.
    pub note: String,
    /// What the row is about (`post`, `redemption`, `challenge` …) and its id, when it is about something.
    pub ref_kind: Option<String>,
    pub ref_id: Option<i64>,
    /// The row this one reverses, if it is a reversal.
    pub reverses_id: Option<i64>,
    #[schema(format = DateTime)]
    pub created_at: String,
}

impl From<LedgerRow> for LedgerEntry {
    fn from(r: LedgerRow) -> LedgerEntry {
        LedgerEntry {
            id: r.id,
            amount: r.amount,
            reason: r.reason,
            note: r.note,
            ref_kind: r.ref_kind,
            ref_id: r.ref_id,
            reverses_id: r.reverses_id,
            created_at: iso(r.created_at),
        }
    }
}

/// A member's standing and one page of their ledger, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct Points {
    pub member_id: i64,
    pub balance: i64,
    pub lifetime_points: i64,
    pub ledger: Page<LedgerEntry>,
}

/// The member's balance and ledger (newest first; `next_cursor` reads further back).
#[utoipa::path(get, operation_id = "getPoints", path = "/api/v1/members/{id}/points", tag = "points",
    params(("id" = i64, Path, description = "The member's id"), PageQuery),
    responses((status = 200, body = Points), (status = "4XX", body = Problem)),
    security(("token" = ["points:read"])))]
pub async fn read(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    Query(page): Query<PageQuery>,
) -> Result<Json<Points>, Problem> {
    caller.may(Scope::PointsRead)?;
    let (before, limit) = page.before()?;
    if !accounts::exists(&state.db, id).await? {
        return Err(Problem::not_found("That member"));
    }
    let (balance, lifetime, _) = reads::account(&state.db, id).await?;
    let rows = reads::ledger_before(&state.db, id, before, limit + 1).await?;
    let ledger = Page::of(rows.into_iter().map(LedgerEntry::from).collect(), limit, |e| e.id);
    Ok(Json(Points { member_id: id, balance, lifetime_points: lifetime, ledger }))
}

/// Points to add (positive) or take away (negative), with the reason the member reads.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PointsChange {
    /// A whole number of points, not zero, at most 100,000 either way.
    pub amount: i64,
    /// Shown to the member in their points history (at most 200 characters).
    pub reason: String,
}

/// What a points change did: the ledger row written and the balance after it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PointsChanged {
    pub entry: LedgerEntry,
    pub balance: i64,
}

/// Awards (positive `amount`) or deducts (negative) points. Requires an `Idempotency-Key` header: a retry
/// with the same key and body answers as the first time (with `Idempotent-Replayed: true`) and changes
/// nothing; the same key with a different body is refused with 422. A deduction below zero is refused.
#[utoipa::path(post, operation_id = "changePoints", path = "/api/v1/members/{id}/points", tag = "points",
    params(("id" = i64, Path, description = "The member's id"),
           ("Idempotency-Key" = String, Header, description = "1 to 255 visible ASCII characters, unique per change (a UUID fits)")),
    request_body = PointsChange,
    responses((status = 201, body = PointsChanged), (status = "4XX", body = Problem)),
    security(("token" = ["points:write"])))]
pub async fn change(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    caller.may(Scope::PointsWrite)?;
    let key = idempotency::key(&headers)?.ok_or_else(|| {
        Problem::bad_request(
            "Idempotency-Key",
            "Send an Idempotency-Key header, unique per change, so a retry applies once.",
        )
    })?;
    let change: PointsChange = super::json_body(&body)?;
    let adjustment = Adjustment::parse(&change.amount.to_string(), &change.reason)?;
    let token = &caller.0;
    if id == token.actor_id {
        return Err(Problem::invalid("member", "A token cannot change its maker's own points; ask another admin."));
    }
    let mut tx = state.db.begin_write().await?;
    let fingerprint = idempotency::fingerprint("POST", &format!("/api/v1/members/{id}/points"), &body);
    if let Some(replay) = idempotency::claim(&mut tx, token, &key, &fingerprint).await? {
        return Ok(replay);
    }
    if !accounts::is_active(&mut tx, id).await? {
        return Err(Problem::not_found("That member"));
    }
    let now = db::now();
    let ledger_key = format!("api:{}:{key}", token.token_id);
    let entry = Entry {
        user_id: id,
        amount: adjustment.amount,
        reason: Reason::Adjustment,
        note: &adjustment.reason,
        ref_kind: None,
        ref_id: None,
        actor_id: Some(token.actor_id),
        reverses_id: None,
        key: &ledger_key,
        now,
    };
    let entry_id = match ledger::append(&mut tx, &entry).await? {
        Appended::Done(entry_id) => entry_id,
        Appended::Duplicate => {
            return Err(Problem::new(
                "idempotency-key-reused",
                "This Idempotency-Key was used for a points change long ago; send a new key.",
            )
            .on("Idempotency-Key"))
        }
        Appended::Insufficient => {
            return Err(Problem::invalid("amount", "That would take the member's balance below zero."));
        }
    };
    let balance = ledger::lock_account(&mut tx, id).await?;
    let detail = format!("{:+} points: {}", adjustment.amount, adjustment.reason);
    caller.audit(&mut tx, ("points_adjust", "user", id), detail, now).await?;
    let written = LedgerEntry {
        id: entry_id,
        amount: adjustment.amount,
        reason: Reason::Adjustment.as_str().to_string(),
        note: adjustment.reason,
        ref_kind: None,
        ref_id: None,
        reverses_id: None,
        created_at: iso(now),
    };
    idempotency::answer(tx, token, &key, StatusCode::CREATED, &PointsChanged { entry: written, balance }).await
}
