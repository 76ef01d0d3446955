//! The preview: a draft rendered by the server exactly as it will be posted.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{accounts::guard::require_user, markdown::PostBody, state::app_state};

/// Renders a draft exactly as it would be posted (members only).
#[server(endpoint = "markdown/preview")]
pub async fn preview(body: String) -> Result<String, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let body = PostBody::parse(&body)?;
    let limit = state.settings.previews_per_minute;
    crate::rate_limit::hit(&state.db, &format!("preview:user:{}", user.id), limit, 60).await?;
    Ok(state.renderer.render("body", body.as_str().to_string()).await?.html)
}
