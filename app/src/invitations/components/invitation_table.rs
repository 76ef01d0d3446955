use crate::{
    invitations::{
        api::{ResendInvitation, RevokeInvitation},
        domain::InvitationRow,
    },
    t,
    ui::When,
};
use leptos::prelude::*;

/// The invitations of one page, each with "Send again" and "Withdraw" while it is open.
#[component]
pub fn InvitationTable(
    rows: Vec<InvitationRow>,
    resend: ServerAction<ResendInvitation>,
    revoke: ServerAction<RevokeInvitation>,
) -> impl IntoView {
    let said = move || {
        let latest = [resend.value().get(), revoke.value().get()];
        latest.into_iter().flatten().last().map(|r| match r {
            Ok(text) => ("alert ok", "status", text),
            Err(e) => ("alert error", "alert", e.to_string()),
        })
    };
    view! {
        {move || said().map(|(class, role, text)| view! { <p class=class role=role>{text}</p> })}
        <div class="table-scroll">
            <table class="data">
                <caption class="visually-hidden">{t!("invitations-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!("invitations-email")}</th>
                        <th scope="col">{t!("invitations-name")}</th>
                        <th scope="col">{t!("invitations-role")}</th>
                        <th scope="col">{t!("invitations-group")}</th>
                        <th scope="col">{t!("invitations-status")}</th>
                        <th scope="col">{t!("invitations-sent")}</th>
                        <th scope="col">{t!("invitations-expires")}</th>
                        <th scope="col">{t!("invitations-actions")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| view! { <Line row=r resend revoke /> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn Line(
    row: InvitationRow,
    resend: ServerAction<ResendInvitation>,
    revoke: ServerAction<RevokeInvitation>,
) -> impl IntoView {
    let sends = t!("invitations-sent-by", inviter = row.invited_by.as_str(), count = row.sends);
    let (resend_label, revoke_label) = (
        t!("invitations-resend-label", address = row.email.as_str()),
        t!("invitations-withdraw-label", address = row.email.as_str()),
    );
    let status_class = format!("status status-{}", row.status.as_str());
    view! {
        <tr>
            <td>{row.email.clone()}</td>
            <td>{row.display_name.clone().unwrap_or_default()}</td>
            <td>{row.role.label()}</td>
            <td>{row.group.clone().unwrap_or_else(|| "—".to_string())}</td>
            <td><span class=status_class>{row.status.label()}</span></td>
            <td><When at=row.sent_at />" " <span class="hint">{sends}</span></td>
            <td><When at=row.expires_at /></td>
            <td class="actions">
                {row.status.can_resend().then(|| view! {
                    <ActionForm action=resend attr:class="inline-form">
                        <input type="hidden" name="id" value=row.id />
                        <button type="submit" class="button small secondary" aria-label=resend_label>{t!("invitations-resend")}</button>
                    </ActionForm>
                })}
                {row.status.can_revoke().then(|| view! {
                    <ActionForm action=revoke attr:class="inline-form">
                        <input type="hidden" name="id" value=row.id />
                        <button type="submit" class="button small danger" aria-label=revoke_label>{t!("invitations-withdraw")}</button>
                    </ActionForm>
                })}
            </td>
        </tr>
    }
}
