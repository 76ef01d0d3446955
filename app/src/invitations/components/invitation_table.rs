use crate::{
    invitations::{
        api::{ResendInvitation, RevokeInvitation},
        domain::InvitationRow,
    },
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
                <caption class="visually-hidden">"Invitations, most recently sent first"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Email"</th><th scope="col">"Name"</th><th scope="col">"Role"</th><th scope="col">"Group"</th>
                        <th scope="col">"Status"</th><th scope="col">"Sent"</th><th scope="col">"Expires"</th>
                        <th scope="col">"Actions"</th>
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
    let sends = match row.sends {
        1 => format!("by {}", row.invited_by),
        n => format!("by {}, {n} times", row.invited_by),
    };
    let (resend_label, revoke_label) =
        (format!("Send again to {}", row.email), format!("Withdraw the invitation to {}", row.email));
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
                        <button type="submit" class="button small secondary" aria-label=resend_label>"Send again"</button>
                    </ActionForm>
                })}
                {row.status.can_revoke().then(|| view! {
                    <ActionForm action=revoke attr:class="inline-form">
                        <input type="hidden" name="id" value=row.id />
                        <button type="submit" class="button small danger" aria-label=revoke_label>"Withdraw"</button>
                    </ActionForm>
                })}
            </td>
        </tr>
    }
}
