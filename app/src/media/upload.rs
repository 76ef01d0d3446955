//! Taking a picture from a member: who may send it, the daily quota, processing off the runtime, the files
//! into the store, then the rows. Called by the `/media/upload` route.

use super::{
    domain::{media_url, MediaKind, Refusal, StoredPicture},
    process::{process, Processed},
    repo,
};
use crate::{
    accounts::domain::{CurrentUser, Role},
    db,
    error::AppError,
    state::AppState,
};

/// What the uploader gets back.
pub type Stored = StoredPicture;

/// Stores `bytes` as a picture of `kind` sent by `user`; `own_avatar` makes it the sender's picture at once (an
/// avatar upload does; the site's favicon is cut like an avatar, a square with a 64-pixel copy, without
/// becoming the admin's picture).
pub async fn accept_as(
    state: &AppState,
    user: &CurrentUser,
    kind: MediaKind,
    bytes: Vec<u8>,
    own_avatar: bool,
) -> Result<Stored, AppError> {
    if kind == MediaKind::Reward && !user.role.allows(Role::Admin) {
        return Err(AppError::Forbidden);
    }
    if !user.verified {
        return Err(AppError::Unconfirmed);
    }
    let now = db::now();
    let per_day = i64::from(state.settings.uploads_per_day);
    let limited = !user.role.allows(Role::Admin);
    let over_quota =
        || AppError::Limited { message: crate::t!("media-quota", count = per_day), retry_after_secs: 3600 };
    // A first look, so a member over the quota is refused before any decoding; the count that decides is
    // taken again in the transaction that records the upload.
    if limited && repo::uploads_since(&state.db, user.id, now - 24 * 3600).await? >= per_day {
        return Err(over_quota());
    }
    let picture = decode(state, kind, bytes).await?;
    let store = &state.media;
    let failed = |e: object_store::Error| {
        tracing::error!(error = %e, store = %store.describe, "could not write a picture to the upload store");
        AppError::Internal
    };
    store.put(&format!("{}.{}", picture.hash, picture.ext.as_str()), picture.main.clone()).await.map_err(failed)?;
    if let Some(small) = &picture.small {
        store.put(&format!("{}-64.{}", picture.hash, picture.ext.as_str()), small.clone()).await.map_err(failed)?;
    }
    let mut tx = state.db.begin_write().await?;
    if limited && repo::uploads_since_locked(&mut tx, user.id, now - 24 * 3600).await? >= per_day {
        drop(tx);
        // Uploads sent at the same instant passed the first look; this one lost the count. Its files go
        // unless the same picture was stored before.
        if !repo::exists(&state.db, &picture.hash).await? {
            for key in [
                format!("{}.{}", picture.hash, picture.ext.as_str()),
                format!("{}-64.{}", picture.hash, picture.ext.as_str()),
            ] {
                if let Err(e) = store.delete(&key).await {
                    tracing::warn!(error = %e, key, "could not remove the files of an upload over the quota");
                }
            }
        }
        return Err(over_quota());
    }
    repo::record(&mut tx, &picture, user.id, now).await?;
    if own_avatar {
        repo::set_avatar(&mut tx, user.id, Some(&picture.hash), now).await?;
    }
    tx.commit().await?;
    tracing::info!(user_id = user.id, kind = kind.as_str(), hash = %picture.hash, bytes = picture.main.len(), "picture stored");
    Ok(Stored {
        url: media_url(&picture.hash, picture.ext),
        hash: picture.hash,
        width: picture.width,
        height: picture.height,
    })
}

/// Runs [`process`] on a blocking thread, at most one per core at a time.
async fn decode(state: &AppState, kind: MediaKind, bytes: Vec<u8>) -> Result<Processed, AppError> {
    let _permit = state.media.decoding.acquire().await.map_err(|_| AppError::Internal)?;
    let done = tokio::task::spawn_blocking(move || process(kind, &bytes)).await.map_err(|e| {
        tracing::error!(error = %e, "picture processing panicked");
        AppError::Internal
    })?;
    done.map_err(|refusal: Refusal| AppError::invalid("file", refusal.message()))
}
