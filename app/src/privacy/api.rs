//! Deleting an account, by its owner (with their password) or by an admin (with a reason).

use crate::{error::AppError, privacy::views::DeletionSubject};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{CurrentUser, Role},
        guard::{self, require_role, require_user},
        repo as accounts,
    },
    audit::record,
    common::text::bounded_text,
    db,
    i18n::{self, Lang},
    privacy::erase::{erase, Erasure, Posts},
    rate_limit,
    state::app_state,
    t, t_in,
};

/// Deletes the signed-in member's account after checking their password. `posts` is `keep` (they stay as
/// "Deleted member") or `remove`. This browser is signed out and lands on `/goodbye`.
#[server(endpoint = "privacy/delete_my_account")]
pub async fn delete_my_account(password: String, posts: String, confirm: Option<String>) -> Result<(), AppError> {
    let user = require_user().await?;
    let posts = parse_posts(&posts)?;
    if confirm.as_deref() != Some("yes") {
        return Err(AppError::invalid("confirm", t!("privacy-confirm-missing")));
    }
    let state = app_state()?;
    let window = state.settings.limit_window_secs;
    rate_limit::hit(&state.db, &format!("password:user:{}", user.id), state.settings.sign_in_per_email, window).await?;
    let creds = accounts::credentials_by_id(&state.db, user.id).await?.ok_or(AppError::Unauthorized)?;
    if password.is_empty() || !state.passwords.verify(password, Some(creds.password_hash)).await? {
        return Err(AppError::invalid("password", t!("privacy-wrong-password")));
    }
    let (summary, _) = delete(&user, user.id, posts, None).await?;
    guard::end(&guard::session().await?).await?;
    tracing::info!(user_id = user.id, summary, "account deleted by its member");
    crate::common::redirect::to("/goodbye");
    Ok(())
}

/// Deletes a member's account (admins only; never their own here, never another admin's), with the reason
/// recorded in the audit log.
#[server(endpoint = "privacy/delete_member")]
pub async fn delete_member(user_id: i64, reason: String, posts: String) -> Result<String, AppError> {
    let admin = require_role(Role::Admin).await?;
    if admin.id == user_id {
        return Err(AppError::invalid("user_id", t!("privacy-not-yourself")));
    }
    let posts = parse_posts(&posts)?;
    let reason = bounded_text(&reason, "reason", &t!("privacy-what-reason"), 300)?;
    if reason.is_empty() {
        return Err(AppError::invalid("reason", t!("privacy-reason-missing")));
    }
    let (summary, shown) = delete(&admin, user_id, posts, Some(&reason)).await?;
    tracing::info!(admin_id = admin.id, user_id, summary, "account deleted by an admin");
    Ok(shown)
}

/// Who an admin is about to delete, for the confirmation page.
#[server(endpoint = "privacy/get_deletion_subject")]
pub async fn get_deletion_subject(user_id: i64) -> Result<DeletionSubject, AppError> {
    require_role(Role::Admin).await?;
    crate::privacy::erase::subject(&app_state()?.db, user_id)
        .await?
        .ok_or_else(|| AppError::NotFound(t!("privacy-that-member")))
}

#[cfg(feature = "ssr")]
fn parse_posts(raw: &str) -> Result<Posts, AppError> {
    Posts::parse(raw).ok_or_else(|| AppError::invalid("posts", t!("privacy-posts-missing")))
}

/// Erases the account and writes the audit line in one transaction. `reason` is the admin's; `None` when the
/// member deletes their own. Returns what was done, in words: as the audit log keeps it (in English, like
/// everything stored) and in the page's language.
#[cfg(feature = "ssr")]
async fn delete(
    actor: &CurrentUser,
    user_id: i64,
    posts: Posts,
    reason: Option<&str>,
) -> Result<(String, String), AppError> {
    let state = app_state()?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let summary = match erase(&mut tx, user_id, actor.id, posts, now).await? {
        Erasure::Done { stories, posts_removed, forfeited, cancelled } => move |lang: Lang| {
            t_in!(
                lang,
                "privacy-deleted-summary",
                by = if reason.is_some() { "admin" } else { "member" },
                reason = reason.unwrap_or_default(),
                posts = posts.as_str(),
                removed = posts_removed,
                stories = stories,
                points = forfeited,
                rewards = cancelled,
            )
        },
        Erasure::Missing => return Err(AppError::NotFound(t!("privacy-that-account"))),
        Erasure::IsAdmin => return Err(AppError::invalid("user_id", t!("privacy-admin-undeletable"))),
    };
    let logged = summary(Lang::En);
    record(&mut tx, actor, "account.delete", "user", user_id, logged.clone()).await?;
    tx.commit().await?;
    Ok((logged, summary(i18n::current())))
}
