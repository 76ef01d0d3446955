//! Joining with an invitation: the link shows whom it is for, and the form makes the account with the
//! invited address (already confirmed, since the link came to it), the role the admin chose and the group the
//! invitation names.

use crate::{error::AppError, invitations::domain::InvitationOffer};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{DisplayName, Email, NewPassword},
        guard, repo as accounts, tokens,
    },
    invitations::{domain::unusable, repo},
    rate_limit,
    state::app_state,
    t,
};

/// What an invitation link is for (anyone with the link): the address, the suggested name, who sent it.
/// The first opening is noted for the admin's list.
#[server(endpoint = "join/open_invitation")]
pub async fn open_invitation(token: String) -> Result<InvitationOffer, AppError> {
    let state = app_state()?;
    let ip = guard::client_ip().await;
    rate_limit::hit(&state.db, &format!("invitation:ip:{ip}"), state.settings.sign_in_per_ip, 3600).await?;
    let hash = tokens::digest(&token);
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let found = repo::open(&mut tx, &hash, now).await?;
    let found = match found {
        Some(found) => found,
        None => return Err(AppError::invalid("token", unusable(repo::status_of(&mut tx, &hash, now).await?))),
    };
    tx.commit().await?;
    Ok(found)
}

/// Makes the account an invitation was for and signs this browser in. The link is used once: a second
/// submit, or one after the admin withdrew it, is refused with the reason.
#[server(endpoint = "join/accept_invitation")]
pub async fn accept_invitation(
    token: String,
    display_name: String,
    password: String,
    accept_terms: Option<String>,
) -> Result<(), AppError> {
    let state = app_state()?;
    let ip = guard::client_ip().await;
    rate_limit::hit(&state.db, &format!("sign-up:ip:{ip}"), state.settings.sign_up_per_ip_hour, 3600).await?;
    let name = DisplayName::parse(&display_name)?;
    NewPassword::parse(&password, "password", &[name.as_str()])?;
    let hash = state.passwords.hash(password.clone()).await?;
    let token_hash = tokens::digest(&token);
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let terms = crate::site::legal_repo::terms_at_sign_up(&mut tx, accept_terms.as_deref()).await?;
    let Some(claimed) = repo::claim(&mut tx, &token_hash, now).await? else {
        return Err(AppError::invalid("token", unusable(repo::status_of(&mut tx, &token_hash, now).await?)));
    };
    // The same rules as at sign-up, now that the address is known; refusing rolls back, so the link still works.
    NewPassword::parse(&password, "password", &[&claimed.email, name.as_str()])?;
    let email = Email::parse(&claimed.email)?;
    let id = match accounts::insert_user(&mut tx, &email, &name, &hash, claimed.role, true).await {
        Ok(id) => id,
        Err(accounts::InsertUserError::EmailTaken) => {
            return Err(AppError::invalid("token", t!("join-account-exists")))
        }
        Err(accounts::InsertUserError::Db(e)) => return Err(e.into()),
    };
    repo::joined_as(&mut tx, claimed.id, id).await?;
    if let Some(group) = claimed.group_id {
        crate::groups::repo::add(&mut tx, group, id, crate::groups::domain::How::Invitation, now).await?;
    }
    if let Some(version) = terms {
        crate::site::legal_repo::record_acceptance(&mut tx, id, version, now).await?;
    }
    crate::recognition::repo::ledger::welcome_new_member(&mut tx, id, now).await?;
    let version = accounts::credentials_by_id_tx(&mut tx, id).await?.map_or(1, |c| c.auth_version);
    tx.commit().await?;
    tracing::info!(user_id = id, invitation_id = claimed.id, role = claimed.role.as_str(), "invitation accepted");
    // Through the admins' password policy: staff invited where staff sign in with a provider link it next.
    let session = guard::session().await?;
    let to = crate::accounts::second_factor::sign_in_or_ask(
        &state,
        &session,
        id,
        version,
        "/account?joined=1".into(),
        None,
        None,
    )
    .await?;
    crate::common::redirect::to(&to);
    Ok(())
}
