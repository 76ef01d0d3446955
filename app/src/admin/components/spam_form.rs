use crate::{
    accounts::domain::Role,
    admin::{
        api::{ConfirmMemberEmail, ReinstateAccount, RemoveAsSpam},
        domain::MemberSummary,
    },
    t,
};
use leptos::prelude::*;

/// "Remove as spam" for one member, or "Removed as spam" with "Reinstate" once it is done. A plain form
/// post without JavaScript; admins are demoted before they can be removed.
#[component]
pub fn SpamForm(member: MemberSummary) -> impl IntoView {
    let action = ServerAction::<RemoveAsSpam>::new();
    if member.deleted {
        return view! { <span class="hint">{t!("admin-status-deleted")}</span> }.into_any();
    }
    if member.removed {
        return view! { <ReinstateForm member=member /> }.into_any();
    }
    if member.role == Role::Admin {
        return view! { <span class="hint">{t!("admin-spam-admin")}</span> }.into_any();
    }
    let message = move || match action.value().get() {
        Some(Ok(done)) => Some(("status", done.said())),
        Some(Err(e)) => Some(("alert", e.to_string())),
        None => None,
    };
    // The visible words start each name (WCAG 2.5.3, label in name); the member's name follows for screen readers.
    let whom = format!(": {}", member.display_name);
    let whom_too = whom.clone();
    view! {
        <ActionForm action=action attr:class="role-form">
            <input type="hidden" name="user_id" value=member.id />
            <button type="submit" class="button small danger">{t!("admin-spam-remove")}<span class="visually-hidden">{whom_too}</span></button>
            {move || message().map(|(role, text)| view! { <span role=role class="role-note">{text}</span> })}
        </ActionForm>
        <a href=format!("/admin/members/{}/delete", member.id) class="small-link">{t!("admin-delete-account")}<span class="visually-hidden">{whom}</span></a>
    }
    .into_any()
}

/// A removed account, with the admin's way back: reinstating shows its posts again with their points.
#[component]
fn ReinstateForm(member: MemberSummary) -> impl IntoView {
    let action = ServerAction::<ReinstateAccount>::new();
    let message = move || match action.value().get() {
        Some(Ok(done)) => Some(("status", done)),
        Some(Err(e)) => Some(("alert", e.to_string())),
        None => None,
    };
    let label = t!("admin-reinstate-label", name = member.display_name.clone());
    view! {
        <ActionForm action=action attr:class="role-form">
            <span class="status status-rejected">{t!("admin-status-removed")}</span>
            <input type="hidden" name="user_id" value=member.id />
            <button type="submit" class="button small secondary" aria-label=label>{t!("admin-reinstate")}</button>
            {move || message().map(|(role, text)| view! { <span role=role class="role-note">{text}</span> })}
        </ActionForm>
    }
}

/// "Confirmed", or "Confirm address" for a member whose confirmation email never arrived.
#[component]
pub fn ConfirmEmailForm(member: MemberSummary) -> impl IntoView {
    let action = ServerAction::<ConfirmMemberEmail>::new();
    if member.verified {
        return view! { <span class="hint">{t!("admin-email-confirmed")}</span> }.into_any();
    }
    let message = move || match action.value().get() {
        Some(Ok(())) => Some(("status", t!("admin-email-confirmed"))),
        Some(Err(e)) => Some(("alert", e.to_string())),
        None => None,
    };
    let whom = format!(": {}", member.display_name);
    view! {
        <ActionForm action=action attr:class="role-form">
            <span class="hint">{t!("admin-email-not-confirmed")}</span>
            <input type="hidden" name="user_id" value=member.id />
            <button type="submit" class="button small secondary">{t!("admin-confirm-address")}<span class="visually-hidden">{whom}</span></button>
            {move || message().map(|(role, text)| view! { <span role=role class="role-note">{text}</span> })}
        </ActionForm>
    }
    .into_any()
}
