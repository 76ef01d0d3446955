//! The audit log as server functions write it: one line per moderator or admin action, in the transaction of
//! the action it records.

use crate::{
    accounts::domain::CurrentUser,
    audit::repo::{self, Audit},
    db::{self, Tx},
    error::AppError,
};

/// Appends `actor`'s `action` on `target_kind` #`target_id` to the audit log, and to the server log.
pub async fn record(
    tx: &mut Tx,
    actor: &CurrentUser,
    action: &str,
    target_kind: &str,
    target_id: i64,
    detail: String,
) -> Result<(), AppError> {
    let line = Audit { actor_id: actor.id, via_token: None, action, target_kind, target_id, detail, now: db::now() };
    repo::audit(tx, line).await?;
    tracing::info!(actor_id = actor.id, action, target_kind, target_id, "audited");
    Ok(())
}

/// Appends an action done through an API token: its maker is the actor and the line names the token.
pub async fn record_via_token(tx: &mut Tx, line: Audit<'_>) -> Result<(), AppError> {
    let (actor_id, action, target_kind, target_id) = (line.actor_id, line.action, line.target_kind, line.target_id);
    repo::audit(tx, line).await?;
    tracing::info!(actor_id, action, target_kind, target_id, via = "api", "audited");
    Ok(())
}
