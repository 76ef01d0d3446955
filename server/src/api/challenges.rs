//! `/api/v1/challenges/{id}/completions`: another system vouches that a member completed a challenge (they
//! attended the webinar, left the review on the store): approved at once and its points awarded, with the
//! challenge's rules kept (running, not full, once per member, visible to the member). An `Idempotency-Key`
//! makes a retry answer as the first time.

use super::{auth::Caller, idempotency, iso, Problem};
use app::{
    admin::repo as members,
    api_tokens::domain::Scope,
    challenges::{
        domain::evidence,
        repo::{complete_for, Attempt},
    },
    db,
    recognition::repo::reads,
    state::AppState,
};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::Response,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Who completed the challenge, and how the system knows.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCompletion {
    pub member_id: i64,
    /// What they did, for the moderators' list (at most 2,000 characters).
    #[serde(default)]
    pub note: String,
}

/// A completion recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct Completion {
    pub id: i64,
    pub challenge_id: i64,
    pub member_id: i64,
    /// Always `approved` through the API.
    pub status: String,
    /// The points awarded.
    pub points: i64,
    #[schema(format = DateTime)]
    pub created_at: String,
}

/// Completes a challenge for a member: 201 with the completion and its points; 409 when the challenge is
/// not running, full, or the member completed it already; 404 when there is no such challenge for them.
#[utoipa::path(post, operation_id = "completeChallenge", path = "/api/v1/challenges/{id}/completions", tag = "challenges",
    params(("id" = i64, Path, description = "The challenge's id"),
           ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry answer as the first time")),
    request_body = NewCompletion,
    responses((status = 201, body = Completion), (status = "4XX", body = Problem)),
    security(("token" = ["challenges:write"])))]
pub async fn complete(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    caller.may(Scope::ChallengesWrite)?;
    let key = idempotency::key(&headers)?;
    let new: NewCompletion = super::json_body(&body)?;
    let note = if new.note.trim().is_empty() {
        String::new()
    } else {
        evidence(&new.note).map_err(|e| Problem::from(e).on("note"))?
    };
    let levels = reads::levels(&state.db).await?;
    if members::member_by_id(&state.db, new.member_id, &levels, db::now()).await?.is_none() {
        return Err(Problem::not_found("That member").on("member_id"));
    }
    let token = &caller.0;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    if let Some(key) = &key {
        let fingerprint = idempotency::fingerprint("POST", &format!("/api/v1/challenges/{id}/completions"), &body);
        if let Some(replay) = idempotency::claim(&mut tx, token, key, &fingerprint).await? {
            return Ok(replay);
        }
    }
    let (completion, status, points) =
        match complete_for(&mut tx, (id, new.member_id), token.actor_id, &note, now).await? {
            Attempt::Done { id, status, points, .. } => (id, status, points),
            Attempt::Refused(closed) => return Err(Problem::new("conflict", closed.to_string())),
            Attempt::Missing => return Err(Problem::not_found("That challenge (for that member)")),
            Attempt::WrongAnswer | Attempt::WrongKind => return Err(Problem::internal()),
        };
    caller
        .audit(
            &mut tx,
            ("challenge_complete", "challenge", id),
            format!("for member {}: {points} points", new.member_id),
            now,
        )
        .await?;
    let done = Completion {
        id: completion,
        challenge_id: id,
        member_id: new.member_id,
        status: status.as_str().to_string(),
        points,
        created_at: iso(now),
    };
    idempotency::finish(tx, token, key.as_deref(), StatusCode::CREATED, &done).await
}
