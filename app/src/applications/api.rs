//! The applications' server functions: the applicant confirms their address (anyone with the link), and admins
//! read the queue and approve or decline.

use crate::{applications::domain::ApplicationQueue, error::AppError};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{DisplayName, Email, Role},
        guard::{self, require_role},
        repo as accounts, tokens,
    },
    applications::{
        domain::{parse_note, Status},
        repo::{self, NotConfirmed},
    },
    audit::record,
    mail::{outbox, Letter},
    rate_limit,
    state::app_state,
    t,
};
#[cfg(feature = "ssr")]
use minijinja::context;

/// Confirms an applicant's address from the emailed link: the application joins the admins' queue.
#[server(endpoint = "applications/confirm_application")]
pub async fn confirm_application(token: String) -> Result<(), AppError> {
    let state = app_state()?;
    let ip = guard::client_ip().await;
    rate_limit::hit(&state.db, &format!("confirm:ip:{ip}"), state.settings.sign_in_per_ip, 3600).await?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let done = repo::confirm(&mut tx, &tokens::digest(&token), now).await?.map_err(|why| {
        let message = match why {
            NotConfirmed::Unknown => t!("applications-link-invalid"),
            NotConfirmed::Expired => t!("applications-link-expired"),
            NotConfirmed::Used => t!("applications-link-used"),
        };
        AppError::invalid("token", message)
    })?;
    tx.commit().await?;
    tracing::info!(application_id = done.id, "application confirmed; waiting for review");
    crate::common::redirect::to("/apply/confirmed");
    Ok(())
}

/// A page of applications in one status (`pending` by default), with how many wait (admins only).
#[server(endpoint = "applications/get_application_queue")]
pub async fn get_application_queue(status: Option<String>, page: u32) -> Result<ApplicationQueue, AppError> {
    require_role(Role::Admin).await?;
    let status = match status.as_deref().filter(|s| !s.is_empty()) {
        None => Status::Pending,
        Some(raw) => Status::parse(raw).ok_or_else(|| {
            AppError::invalid("status", t!("applications-status-unknown", value = format!("{raw:?}")))
        })?,
    };
    let state = app_state()?;
    let page = crate::common::paging::page_or_first(page);
    let now = crate::db::now();
    let (applications, total) = repo::list(&state.db, status, page, now).await?;
    let (pending, unconfirmed) = repo::counts(&state.db, now).await?;
    Ok(ApplicationQueue { status, applications, page, total, pending, unconfirmed })
}

/// Approves a waiting application (admins only): the account is made with the confirmed address, the terms
/// the applicant accepted, the referral that brought them and the welcome bonus, and the applicant is told
/// they can sign in.
#[server(endpoint = "applications/approve_application")]
pub async fn approve_application(id: i64) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let Some(found) = repo::waiting(&mut tx, id).await? else {
        return Err(undecidable(repo::status_of(&mut tx, id).await?));
    };
    let email = Email::parse(&found.email)?;
    let name = DisplayName::parse(&found.display_name)?;
    let user_id = match accounts::insert_user(&mut tx, &email, &name, &found.password_hash, Role::Member, true).await {
        Ok(user_id) => user_id,
        Err(accounts::InsertUserError::EmailTaken) => {
            return Err(AppError::Conflict { field: None, message: t!("applications-email-taken") })
        }
        Err(accounts::InsertUserError::Db(e)) => return Err(e.into()),
    };
    if let Some(version) = found.terms_version {
        crate::site::legal_repo::record_acceptance(&mut tx, user_id, version, found.confirmed_at.unwrap_or(now))
            .await?;
    }
    if let Some(code) = found.referral_code.as_deref() {
        let referrer = crate::referrals::repo::referrer_by_code(&state.db, code).await?.filter(|r| !r.removed);
        if let Some(referrer) = referrer {
            crate::referrals::repo::attribute(&mut tx, &referrer, user_id, &found.email, code, &found.ip, now).await?;
            crate::referrals::repo::confirmed(&mut tx, &state.settings.mail, user_id, None, now).await?;
        }
    }
    crate::recognition::repo::ledger::welcome_new_member(&mut tx, user_id, now).await?;
    if !repo::approved(&mut tx, id, user_id, admin.id, now).await? {
        return Err(AppError::Internal);
    }
    let link = format!("{}/sign-in", state.settings.mail.origin);
    // The applicant has no language of their own yet: the community's.
    let lang = outbox::language_of(&mut tx, Some(user_id), None).await?;
    let letter = Letter {
        kind: "application_approved",
        to: &found.email,
        user_id: Some(user_id),
        lang,
        subject: crate::t_in!(lang, "mail-application-approved-subject"),
        template: "application_approved",
        vars: context! { name => &found.display_name, link },
        unsubscribe: None,
    };
    outbox::post(&mut tx, &state.settings.mail, letter, now).await?;
    record(&mut tx, &admin, "approve_application", "application", id, format!("account {user_id} made")).await?;
    tx.commit().await?;
    Ok(())
}

/// Declines a waiting application (admins only) and emails the applicant, with the note if one is given.
#[server(endpoint = "applications/decline_application")]
pub async fn decline_application(id: i64, note: String) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let note = parse_note(&note)?;
    let state = app_state()?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let Some((email, name)) = repo::declined(&mut tx, id, admin.id, &note, now).await? else {
        return Err(undecidable(repo::status_of(&mut tx, id).await?));
    };
    let lang = outbox::language_of(&mut tx, None, None).await?;
    let letter = Letter {
        kind: "application_declined",
        to: &email,
        user_id: None,
        lang,
        subject: crate::t_in!(lang, "mail-application-declined-subject"),
        template: "application_declined",
        vars: context! { name, note },
        unsubscribe: None,
    };
    outbox::post(&mut tx, &state.settings.mail, letter, now).await?;
    let detail = if note.is_empty() { "no note".to_string() } else { format!("note: {note}") };
    record(&mut tx, &admin, "decline_application", "application", id, detail).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(feature = "ssr")]
fn undecidable(status: Option<Status>) -> AppError {
    match status {
        None => AppError::NotFound(crate::t!("error-that-application")),
        Some(Status::Unconfirmed) => AppError::Conflict { field: None, message: t!("applications-not-confirmed-yet") },
        Some(s) => AppError::Conflict { field: None, message: t!("applications-decided-already", status = s.as_str()) },
    }
}
