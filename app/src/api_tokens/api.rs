//! The admins' token server functions. A new token's secret is kept in the maker's session until the list is
//! next read, so it is shown exactly once, with and without JavaScript, and never travels in a URL.

use crate::{
    api_tokens::domain::{TokenForm, TokensPage},
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::Role,
        guard::{require_role, session, session_err},
        tokens,
    },
    api_tokens::{
        domain::{FreshToken, TokenDraft, SHOWN_CHARS, TOKEN_PREFIX},
        repo,
    },
    audit::record,
    db,
    state::app_state,
    t,
};

/// The session key of a token just made, shown once.
#[cfg(feature = "ssr")]
const FRESH: &str = "api_token_fresh";

/// Every token (admins only), and the secret of the one just made, if any: it is forgotten as it is read.
#[server(endpoint = "api_tokens/get_api_tokens")]
pub async fn get_api_tokens() -> Result<TokensPage, AppError> {
    require_role(Role::Admin).await?;
    let fresh = session().await?.remove::<FreshToken>(FRESH).await.map_err(session_err)?;
    let tokens = repo::list(&app_state()?.db, db::now()).await?;
    Ok(TokensPage { tokens, fresh })
}

/// Makes a token (admins only): a name, its scopes, an optional expiry in days and a rate limit. The secret
/// is shown on the next read of the list and never again.
#[server(endpoint = "api_tokens/create_api_token")]
pub async fn create_api_token(form: TokenForm) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let draft = TokenDraft::parse(&form)?;
    let state = app_state()?;
    let secret = format!("{TOKEN_PREFIX}{}", tokens::fresh());
    let prefix: String = secret.chars().take(SHOWN_CHARS).collect();
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let id = repo::insert(&mut tx, &draft, (&prefix, &tokens::digest(&secret)), admin.id, now).await?;
    let scopes = crate::api_tokens::domain::Scope::join(&draft.scopes);
    record(&mut tx, &admin, "api_token_create", "api_token", id, format!("{}: {scopes}", draft.name)).await?;
    tx.commit().await?;
    session().await?.insert(FRESH, FreshToken { name: draft.name, secret }).await.map_err(session_err)?;
    tracing::info!(admin_id = admin.id, token_id = id, "API token created");
    Ok(())
}

/// Revokes a token at once (admins only); requests with it are refused from then on.
#[server(endpoint = "api_tokens/revoke_api_token")]
pub async fn revoke_api_token(id: i64) -> Result<String, AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let Some(name) = repo::revoke(&mut tx, id, admin.id, db::now()).await? else {
        return Err(AppError::NotFound(crate::t!("error-that-active-token")));
    };
    record(&mut tx, &admin, "api_token_revoke", "api_token", id, name.clone()).await?;
    tx.commit().await?;
    tracing::info!(admin_id = admin.id, token_id = id, "API token revoked");
    Ok(t!("api-tokens-revoked", name = name))
}
