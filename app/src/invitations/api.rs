//! The admins' invitation server functions. Each checks the admin role itself and writes the email in the
//! same transaction as the invitation.

use crate::{error::AppError, invitations::domain::InvitationPage};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    audit::record,
    common::paging::{page_count, page_or_first, past_the_end},
    invitations::{
        domain::{InvitationStatus, Invitee, INVITATIONS_PER_PAGE},
        repo, send,
    },
    state::app_state,
    t,
};

/// Invites one address (admins only), into the group at address `group` if one is named. Refused for an
/// address that has an account or an open invitation, and for a group that does not exist; an expired or
/// revoked invitation to it is renewed. Returns the sentence the admin reads.
#[server(endpoint = "invitations/invite")]
pub async fn invite(
    email: String,
    display_name: String,
    role: String,
    #[server(default)] group: String,
) -> Result<String, AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let who = Invitee::parse(&email, &display_name, &role)?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let (id, group_id) = invite_one(&mut tx, &state, &admin, &who, &group, now).await?;
    let into = if group_id.is_some() { format!(", into the group {}", group.trim()) } else { String::new() };
    let detail = format!("{} as {}{into}", who.email.as_str(), who.role.as_str());
    record(&mut tx, &admin, "invite", "invitation", id, detail).await?;
    tx.commit().await?;
    tracing::info!(admin_id = admin.id, invitation_id = id, "invitation sent");
    Ok(t!("invitations-sent-to", address = who.email.as_str()))
}

/// Invites `who` (into the group at address `group`, if not empty) as `admin`, in `tx`: refused when the
/// address has an account or an open invitation, or the group does not exist. Returns the invitation's id and
/// the group's. Shared by the admin page and the API.
#[cfg(feature = "ssr")]
pub async fn invite_one(
    tx: &mut crate::db::Tx,
    state: &crate::state::AppState,
    admin: &crate::accounts::domain::CurrentUser,
    who: &Invitee,
    group: &str,
    now: i64,
) -> Result<(i64, Option<i64>), AppError> {
    let group_id = crate::groups::api::limited_to(tx, Some(group)).await?;
    if repo::member_exists(tx, who.email.as_str()).await? {
        return Err(AppError::invalid("email", t!("invitations-has-account", address = who.email.as_str())));
    }
    let Some(id) = send::invite(tx, state, admin, who, (None, group_id), now).await? else {
        return Err(AppError::Conflict {
            field: Some("email".into()),
            message: t!("invitations-open-already", address = who.email.as_str()),
        });
    };
    Ok((id, group_id))
}

/// A page of invitations (admins only), of one status (`sent`, `opened`, `joined`, `expired`, `revoked`) or
/// all when empty; with an upload's report when `batch` is not 0.
#[server(endpoint = "invitations/invitation_list")]
pub async fn invitation_list(status: String, page: u32, batch: i64) -> Result<InvitationPage, AppError> {
    require_role(Role::Admin).await?;
    let state = app_state()?;
    let status =
        match status.trim() {
            "" => None,
            s => Some(InvitationStatus::parse(s).ok_or_else(|| {
                AppError::invalid("status", t!("invitations-status-invalid", status = format!("{s:?}")))
            })?),
        };
    let now = crate::db::now();
    let page = page_or_first(page);
    let (rows, total) = repo::page(&state.db, status, page, INVITATIONS_PER_PAGE, now).await?;
    let pages = page_count(total, INVITATIONS_PER_PAGE);
    if page > pages {
        return Err(past_the_end(page, pages));
    }
    let batch = match batch {
        0 => None,
        id => {
            Some(repo::batch(&state.db, id).await?.ok_or_else(|| AppError::NotFound(crate::t!("error-that-upload")))?)
        }
    };
    Ok(InvitationPage { rows, page, pages, counts: repo::counts(&state.db, now).await?, batch })
}

/// Sends an invitation again with a new link valid for another fortnight (admins only); the old link stops
/// working.
#[server(endpoint = "invitations/resend_invitation")]
pub async fn resend_invitation(id: i64) -> Result<String, AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let Some(to) = send::resend(&mut tx, &state, &admin, id, now).await? else {
        return Err(AppError::Conflict { field: None, message: t!("invitations-cannot-resend") });
    };
    record(&mut tx, &admin, "resend_invitation", "invitation", id, to.clone()).await?;
    tx.commit().await?;
    Ok(t!("invitations-sent-again", address = to))
}

/// Withdraws an invitation (admins only): its link stops working at once.
#[server(endpoint = "invitations/revoke_invitation")]
pub async fn revoke_invitation(id: i64) -> Result<String, AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let Some(to) = repo::revoke(&mut tx, id, now).await? else {
        return Err(AppError::Conflict { field: None, message: t!("invitations-cannot-withdraw") });
    };
    record(&mut tx, &admin, "revoke_invitation", "invitation", id, to.clone()).await?;
    tx.commit().await?;
    Ok(t!("invitations-withdrawn-done", address = to))
}
