//! Removing pictures nothing uses any more (a replaced avatar, a reward's old picture), a day after their last
//! upload. Runs on every node: each picture's rows are deleted by one statement, and only the node whose
//! statement deleted them removes the files.

use super::repo;
use crate::{db, state::AppState};

/// How long an unused picture is kept: long enough for a form that uploaded it to be sent.
pub const GRACE_SECS: i64 = 24 * 3600;

/// Removes up to `limit` unused pictures older than the grace period; returns how many this node removed.
pub async fn sweep(state: &AppState, limit: i64) -> Result<usize, sqlx::Error> {
    let before = db::now() - GRACE_SECS;
    let mut removed = 0;
    for (hash, ext, avatar) in repo::unused(&state.db, before, limit).await? {
        if !repo::forget(&state.db, &hash, before).await? {
            continue;
        }
        removed += 1;
        let mut keys = vec![format!("{hash}.{}", ext.as_str())];
        if avatar {
            keys.push(format!("{hash}-64.{}", ext.as_str()));
        }
        for key in keys {
            if let Err(e) = state.media.delete(&key).await {
                tracing::warn!(error = %e, key, "could not remove an unused picture from the upload store");
            }
        }
    }
    Ok(removed)
}
