//! The mail page's server functions (admins only).

use crate::{
    error::AppError,
    mail::views::{MailMessage, Outbox},
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Email, domain::Role, guard::require_role},
    common::paging::{page_count, page_or_first, past_the_end},
    mail::{outbox, views::MailStatus, Letter},
    mailroom::MAIL_PER_PAGE,
    state::app_state,
    t,
};

/// A page of the outbox, newest first, of one status (`queued`, `failed`, …) or of all when empty.
#[server(endpoint = "mailroom/mail_list")]
pub async fn mail_list(status: String, page: u32) -> Result<Outbox, AppError> {
    require_role(Role::Admin).await?;
    let state = app_state()?;
    let status = match status.trim() {
        "" => None,
        s => Some(
            MailStatus::parse(s)
                .ok_or_else(|| AppError::invalid("status", t!("mailroom-status-invalid", value = format!("{s:?}"))))?,
        ),
    };
    let page = page_or_first(page);
    let (rows, total) = outbox::page(&state.db, status, page, MAIL_PER_PAGE).await?;
    let pages = page_count(total, MAIL_PER_PAGE);
    if page > pages {
        return Err(past_the_end(page, pages));
    }
    let counts = outbox::counts(&state.db).await?;
    Ok(Outbox { rows, page, pages, counts, delivers: state.settings.mail.delivers })
}

/// One email in full.
#[server(endpoint = "mailroom/read_mail")]
pub async fn read_mail(id: i64) -> Result<MailMessage, AppError> {
    require_role(Role::Admin).await?;
    outbox::message(&app_state()?.db, id).await?.ok_or_else(|| AppError::NotFound(t!("mailroom-that-email")))
}

/// Queues a failed email again, with a fresh count of tries.
#[server(endpoint = "mailroom/retry_mail")]
pub async fn retry_mail(id: i64) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    if !state.settings.mail.delivers {
        return Err(AppError::Conflict { field: None, message: t!("mailroom-retry-no-smtp") });
    }
    if !outbox::retry(&state.db, id, crate::db::now()).await? {
        return Err(AppError::Conflict { field: None, message: t!("mailroom-retry-refused") });
    }
    tracing::info!(admin_id = admin.id, mail_id = id, "email queued again");
    crate::common::redirect::to("/admin/mail?status=queued");
    Ok(())
}

/// Writes a test email to `to` (the admin's own address when empty), to check the SMTP settings.
#[server(endpoint = "mailroom/send_test_mail")]
pub async fn send_test_mail(to: String) -> Result<i64, AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let to = if to.trim().is_empty() { admin.email.clone() } else { to };
    let to = Email::parse(&to).map_err(|e| AppError::invalid("to", e.message))?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let lang = outbox::language_of(&mut tx, None, crate::i18n::of_request()).await?;
    let letter = Letter {
        kind: "test",
        to: to.as_str(),
        user_id: None,
        lang,
        subject: crate::t_in!(lang, "mail-test-subject"),
        template: "test",
        vars: minijinja::context! { sender => &admin.display_name },
        unsubscribe: None,
    };
    let id = outbox::post(&mut tx, &state.settings.mail, letter, now).await?;
    tx.commit().await?;
    tracing::info!(admin_id = admin.id, mail_id = id, "test email written");
    crate::common::redirect::to(&format!("/admin/mail?id={id}"));
    Ok(id)
}
