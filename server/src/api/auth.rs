//! Who is calling the API: a bearer token, checked on every request (revoked, expired, its maker no longer an
//! admin: 401), counted against the token's own rate limit (429 with `Retry-After`), and its last use noted.

use super::problem::Problem;
use app::{
    accounts::tokens,
    api_tokens::{
        domain::{looks_like_token, Scope},
        repo::{self, TokenCaller, LAST_USED_EVERY_SECS},
    },
    db, rate_limit,
    state::AppState,
};
use axum::{extract::FromRequestParts, http::request::Parts};

/// The token a request came with.
#[derive(Debug, Clone)]
pub struct Caller(pub TokenCaller);

impl Caller {
    /// Writes the audit line of a change made with this token, by its maker and naming it, in `tx`:
    /// (action, target kind, target id) and the detail.
    pub async fn audit(
        &self,
        tx: &mut app::db::Tx,
        (action, target_kind, target_id): (&str, &str, i64),
        detail: String,
        now: i64,
    ) -> Result<(), Problem> {
        let token = &self.0;
        let line = app::audit::repo::Audit {
            actor_id: token.actor_id,
            via_token: Some(&token.name),
            action,
            target_kind,
            target_id,
            detail,
            now,
        };
        Ok(app::audit::record_via_token(tx, line).await?)
    }

    /// Refuses with 403 unless the token has `scope`.
    pub fn may(&self, scope: Scope) -> Result<(), Problem> {
        if self.0.scopes.contains(&scope) {
            return Ok(());
        }
        Err(Problem::new(
            "forbidden",
            format!(
                "This token does not have the scope {}; an admin can make one that has it at /admin/api.",
                scope.as_str()
            ),
        ))
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Caller, Problem> {
        let header = parts.headers.get(axum::http::header::AUTHORIZATION).and_then(|v| v.to_str().ok());
        let raw = header
            .and_then(|h| h.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim());
        let Some(raw) = raw.filter(|t| looks_like_token(t)) else {
            return Err(Problem::new(
                "unauthorized",
                "Send an API token in the Authorization header: Authorization: Bearer chorus_…",
            )
            .on("Authorization"));
        };
        let now = db::now();
        let Some(caller) = repo::authenticate(&state.db, &tokens::digest(raw), now).await? else {
            return Err(Problem::new(
                "unauthorized",
                "This token is not valid: it may have been revoked or have expired, or its maker is no longer an admin.",
            )
            .on("Authorization"));
        };
        let limit = u32::try_from(caller.rate_per_minute).unwrap_or(u32::MAX);
        rate_limit::hit(&state.db, &format!("api:token:{}", caller.token_id), limit, 60).await?;
        if caller.last_used_at.is_none_or(|at| at <= now - LAST_USED_EVERY_SECS) {
            repo::touch(&state.db, caller.token_id, now).await?;
        }
        Ok(Caller(caller))
    }
}
