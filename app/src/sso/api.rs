//! The server functions of single sign-on: the admins' providers and password policy, a member's links, and
//! the password that links a provider to the account holding its address. Each checks its caller.

use super::domain::{ProviderForm, SecurityPage, SsoPage};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{PasswordSignIn, Role},
        guard::{self, require_role, require_user},
    },
    audit::record,
    db,
    sso::{domain::ProviderDraft, flow, repo},
    state::app_state,
    t,
};

/// The providers and the password policy (admins only).
#[server(endpoint = "sso/get_sso")]
pub async fn get_sso() -> Result<SsoPage, AppError> {
    require_role(Role::Admin).await?;
    let state = app_state()?;
    Ok(SsoPage {
        providers: repo::list(&state.db).await?,
        password_sign_in: crate::accounts::repo::password_sign_in(&state.db).await?,
        callback_base: format!("{}/sso/", state.settings.mail.origin.trim_end_matches('/')),
        staff_two_factor: crate::accounts::repo::staff_two_factor(&state.db).await?,
    })
}

/// Adds a provider (`id` 0) or changes one (admins only). Returns its id.
#[server(endpoint = "sso/save_provider")]
pub async fn save_provider(id: i64, form: ProviderForm) -> Result<i64, AppError> {
    let admin = require_role(Role::Admin).await?;
    let draft = ProviderDraft::parse(&form, id == 0)?;
    let state = app_state()?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    if repo::slug_taken(&mut tx, &draft.slug, id).await? {
        return Err(AppError::invalid("slug", t!("sso-slug-taken", slug = draft.slug.as_str())));
    }
    let before = match id {
        0 => None,
        _ => repo::by_id(&state.db, id).await?,
    };
    let id = if id == 0 {
        let id = repo::insert(&mut tx, &draft, now).await?;
        record(&mut tx, &admin, "sso_provider_create", "sso_provider", id, describe(&draft)).await?;
        id
    } else {
        if !repo::update(&mut tx, id, &draft, now).await? {
            return Err(AppError::NotFound(crate::t!("error-that-provider")));
        }
        let mut detail = describe(&draft);
        // Another issuer's subject identifiers are another namespace: "1" there is not "1" here.
        if before.as_ref().is_some_and(|b| b.issuer != draft.issuer) {
            let dropped = repo::unlink_all(&mut tx, id).await?;
            detail.push_str(&format!("; issuer changed, {dropped} members' links removed"));
        }
        record(&mut tx, &admin, "sso_provider_update", "sso_provider", id, detail).await?;
        id
    };
    tx.commit().await?;
    if let Some(before) = before {
        super::client::forget(&before.issuer);
    }
    tracing::info!(admin_id = admin.id, provider_id = id, "sign-in provider saved");
    Ok(id)
}

#[cfg(feature = "ssr")]
fn describe(d: &ProviderDraft) -> String {
    let mut out = format!("{} ({}) at {}, scopes “{}”", d.name, d.slug, d.issuer, d.scopes);
    if let Some(claim) = &d.claim {
        out.push_str(&format!(", claim “{claim}”: admins {:?}, moderators {:?}", d.admin_values, d.moderator_values));
    }
    out.push_str(if d.create_accounts { ", creates accounts" } else { ", no new accounts" });
    if d.auto_link {
        out.push_str(", links verified addresses without a password");
    }
    if d.client_secret.is_some() {
        out.push_str(", secret set");
    }
    out
}

/// Removes a provider and every member's link to it (admins only). Members who had no other way in use
/// "Forgot your password?".
#[server(endpoint = "sso/delete_provider")]
pub async fn delete_provider(id: i64) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let Some(name) = repo::delete(&mut tx, id).await? else {
        return Err(AppError::NotFound(crate::t!("error-that-provider")));
    };
    record(&mut tx, &admin, "sso_provider_delete", "sso_provider", id, name).await?;
    tx.commit().await?;
    Ok(())
}

/// Who may sign in with a password (admins only). Turning it off needs a provider to sign in with, and the
/// admin turning it off must have linked one (or they would lock themselves out).
#[server(endpoint = "sso/set_password_sign_in")]
pub async fn set_password_sign_in(policy: String) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let Some(policy) = PasswordSignIn::parse(&policy) else {
        return Err(AppError::invalid("policy", t!("sso-policy-missing")));
    };
    let state = app_state()?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    if policy != PasswordSignIn::Everyone && repo::link_count(&mut tx, admin.id).await? == 0 {
        return Err(AppError::invalid("policy", t!("sso-policy-link-first")));
    }
    repo::set_password_sign_in(&mut tx, policy, now).await?;
    record(&mut tx, &admin, "password_sign_in", "site", 1, policy.as_str().to_string()).await?;
    tx.commit().await?;
    Ok(())
}

/// The signed-in member's providers, linked or not.
#[server(endpoint = "sso/get_security")]
pub async fn get_security() -> Result<SecurityPage, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    Ok(SecurityPage {
        providers: repo::links_of(&state.db, user.id).await?,
        has_password: repo::has_password(&state.db, user.id).await?,
    })
}

/// Unlinks a provider from the signed-in member, unless it is their only way in.
#[server(endpoint = "sso/unlink_provider")]
pub async fn unlink_provider(slug: String) -> Result<(), AppError> {
    let user = require_user().await?;
    flow::unlink(&app_state()?, &user, slug.trim()).await
}

/// The provider and address waiting for the account's password, if any (`/sso/link`).
#[server(endpoint = "sso/get_pending_link")]
pub async fn get_pending_link() -> Result<Option<(String, String)>, AppError> {
    let session = guard::session().await?;
    let pending: Option<flow::PendingLink> = session.get(flow::PENDING_LINK).await.map_err(guard::session_err)?;
    Ok(pending.map(|p| (p.provider_name, p.email)))
}

/// Links the waiting provider to the account holding its address, with that account's password; signs in.
#[server(endpoint = "sso/confirm_link")]
pub async fn confirm_link(password: String) -> Result<(), AppError> {
    let state = app_state()?;
    let session = guard::session().await?;
    let ip = guard::client_ip().await;
    let device = leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|req| crate::accounts::second_factor::device_token(&req.headers));
    let next = flow::confirm_link(&state, &session, &ip, password, device.as_deref()).await?;
    crate::common::redirect::to(&next);
    Ok(())
}
