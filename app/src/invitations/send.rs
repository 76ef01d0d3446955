//! Writing invitations and their emails: one at a time from the form, or a whole CSV upload.

use super::{
    domain::{Invitee, RefusedLine, INVITATION_DAYS},
    repo::{self, Link},
    sheet,
};
use crate::{
    accounts::{domain::CurrentUser, tokens},
    audit::record,
    db::Tx,
    error::AppError,
    mail::{outbox, Letter},
    state::AppState,
};
use minijinja::context;

/// Rows written per transaction during an upload, so that other writers wait at most a moment.
const CHUNK: usize = 250;

/// Records an invitation for `who` (into `group`, if given) and writes its email. `None` when the address has
/// an open invitation.
pub async fn invite(
    tx: &mut Tx,
    state: &AppState,
    admin: &CurrentUser,
    who: &Invitee,
    (batch, group): (Option<i64>, Option<i64>),
    now: i64,
) -> Result<Option<i64>, AppError> {
    let token = tokens::fresh();
    let hash = tokens::digest(&token);
    let link = Link { token_hash: &hash, now, expires_at: now + INVITATION_DAYS * 86_400 };
    let Some(id) = repo::invite(tx, who, admin.id, batch, group, &link).await? else {
        return Ok(None);
    };
    let name = who.name.as_ref().map(|n| n.as_str());
    write_email(tx, state, &admin.display_name, who.email.as_str(), name, &token, now).await?;
    Ok(Some(id))
}

/// Sends invitation `id` again with a new link; returns its address, or `None` when it was used or revoked.
pub async fn resend(
    tx: &mut Tx,
    state: &AppState,
    admin: &CurrentUser,
    id: i64,
    now: i64,
) -> Result<Option<String>, AppError> {
    let token = tokens::fresh();
    let hash = tokens::digest(&token);
    let link = Link { token_hash: &hash, now, expires_at: now + INVITATION_DAYS * 86_400 };
    let Some(to) = repo::resend(tx, id, &link).await? else {
        return Ok(None);
    };
    write_email(tx, state, &admin.display_name, &to.email, to.display_name.as_deref(), &token, now).await?;
    Ok(Some(to.email))
}

async fn write_email(
    tx: &mut Tx,
    state: &AppState,
    inviter: &str,
    to: &str,
    name: Option<&str>,
    token: &str,
    now: i64,
) -> Result<(), AppError> {
    let link = format!("{}/join/invitation?token={token}", state.settings.mail.origin);
    // Not a member yet: the community's language.
    let lang = outbox::language_of(tx, None, None).await?;
    let letter = Letter {
        kind: "invitation",
        to,
        user_id: None,
        lang,
        subject: crate::t_in!(lang, "mail-invitation-subject"),
        template: "invitation",
        vars: context! { name, inviter, link, days => INVITATION_DAYS },
        unsubscribe: None,
    };
    outbox::post(tx, &state.settings.mail, letter, now).await?;
    Ok(())
}

/// Invites everyone in a CSV upload (see [`sheet::read`]) into the group at address `group` (empty for none):
/// each good row is invited, each bad one is kept with its line number and reason, and the report is saved.
/// Returns the report's id. A file that cannot be taken at all (empty, too long) is reported the same way, with
/// nobody invited; a group that does not exist is refused before anything is stored.
pub async fn invite_sheet(state: &AppState, admin: &CurrentUser, upload: &[u8], group: &str) -> Result<i64, AppError> {
    let now = crate::db::now();
    let (rows, mut refused, read) = match sheet::read(upload) {
        Ok(sheet) => (sheet.rows, sheet.refused, sheet.read),
        Err(whole) => (Vec::new(), vec![RefusedLine { line: 0, text: String::new(), reason: whole }], 0),
    };
    let mut tx = state.db.begin_write().await?;
    let group = crate::groups::api::limited_to(&mut tx, Some(group)).await?;
    let batch = repo::save_batch(&mut tx, admin.id, now, read).await?;
    tx.commit().await?;
    let mut invited = 0;
    for chunk in rows.chunks(CHUNK) {
        let mut tx = state.db.begin_write().await?;
        for (line, who) in chunk {
            let refuse =
                |reason: &str| RefusedLine { line: *line, text: who.email.as_str().into(), reason: reason.into() };
            if repo::member_exists(&mut tx, who.email.as_str()).await? {
                refused.push(refuse("This address has an account already."));
            } else if invite(&mut tx, state, admin, who, (Some(batch), group), now).await?.is_some() {
                invited += 1;
            } else {
                refused.push(refuse("This address has an open invitation already; send it again from the list."));
            }
        }
        tx.commit().await?;
    }
    refused.sort_by_key(|r| r.line);
    let mut tx = state.db.begin_write().await?;
    repo::finish_batch(&mut tx, batch, invited, &refused).await?;
    let summary = format!("{invited} invited, {} refused, from {read} rows", refused.len());
    record(&mut tx, admin, "invite_csv", "invitation_batch", batch, summary.clone()).await?;
    tx.commit().await?;
    tracing::info!(admin_id = admin.id, batch_id = batch, "{summary}");
    Ok(batch)
}
