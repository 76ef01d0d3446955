//! Pictures as server functions: the member's own picture, and the moderators' list of recent uploads with
//! hide and show.

use crate::{
    error::AppError,
    media::views::{MyPicture, MyPicturePage, PicturePage},
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role, guard::require_user},
    audit::record,
    common::paging::{page_count, page_or_first},
    db,
    media::{
        domain::is_hash,
        repo,
        views::{MyPictureCard, PICTURES_PER_PAGE},
    },
    state::app_state,
};

#[server(endpoint = "media/get_my_picture")]
pub async fn get_my_picture() -> Result<MyPicture, AppError> {
    let user = require_user().await?;
    let (name, handle, avatar) = repo::picture_of(&app_state()?.db, user.id).await?.ok_or(AppError::Unauthorized)?;
    Ok(MyPicture { name, handle, avatar })
}

/// Goes back to initials; the picture itself is removed by the sweep a day later if nothing else uses it.
#[server(endpoint = "media/remove_avatar")]
pub async fn remove_avatar() -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    repo::set_avatar(&mut tx, user.id, None, db::now()).await?;
    tx.commit().await?;
    Ok(())
}

#[server(endpoint = "media/recent_pictures")]
pub async fn recent_pictures(page: u32) -> Result<PicturePage, AppError> {
    require_role(Role::Moderator).await?;
    let page = page_or_first(page);
    let offset = i64::from(page - 1) * i64::from(PICTURES_PER_PAGE);
    let (pictures, total) = repo::recent(&app_state()?.db, i64::from(PICTURES_PER_PAGE), offset).await?;
    let last_page = page_count(total, PICTURES_PER_PAGE);
    Ok(PicturePage { pictures, page, last_page })
}

/// Stops serving a picture everywhere it is used (or serves it again). Audited.
#[server(endpoint = "media/hide_picture")]
pub async fn hide_picture(hash: String, hide: bool) -> Result<(), AppError> {
    let moderator = require_role(Role::Moderator).await?;
    if !is_hash(&hash) {
        return Err(AppError::NotFound(crate::t!("error-that-picture")));
    }
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let kind = repo::hide(&mut tx, &hash, hide.then_some(moderator.id), db::now())
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-picture")))?;
    let action = if hide { "picture.hide" } else { "picture.show" };
    record(&mut tx, &moderator, action, "picture", 0, format!("{kind} {hash}")).await?;
    tx.commit().await?;
    Ok(())
}

#[server(endpoint = "media/my_pictures")]
pub async fn my_pictures(page: u32) -> Result<MyPicturePage, AppError> {
    let user = require_user().await?;
    let page = page_or_first(page);
    let per = i64::from(PICTURES_PER_PAGE);
    let (rows, total) = repo::mine(&app_state()?.db, user.id, per, i64::from(page - 1) * per).await?;
    let pictures = rows
        .into_iter()
        .map(|r| {
            let url = format!("/media/{}.{}", r.hash, r.ext);
            MyPictureCard {
                markdown: format!("![{}]({url})", crate::t!("media-describe-picture")),
                url,
                kind: r.kind,
                width: r.width,
                height: r.height,
                uploaded_at: r.uploaded_at,
            }
        })
        .collect();
    let last_page = page_count(total, PICTURES_PER_PAGE);
    Ok(MyPicturePage { pictures, page, last_page })
}
