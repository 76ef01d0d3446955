use crate::groups::{components::GroupSelect, domain::GroupChoice};
use crate::{
    accounts::domain::{DisplayName, Email, Role, DISPLAY_NAME_MAX, EMAIL_MAX},
    invitations::api::Invite,
    t,
    ui::{field_error, form_error, last_error, Field, FormAlert, TextField},
};
use leptos::prelude::*;

/// "Invite someone": an address, a name to suggest, the role they will have and a group to put them in. A plain form post without
/// JavaScript.
#[component]
pub fn InviteForm(action: ServerAction<Invite>, groups: Vec<GroupChoice>) -> impl IntoView {
    let server = last_error(action.value());
    let email_local = RwSignal::new(None::<String>);
    let name_local = RwSignal::new(None::<String>);
    let done = move || action.value().get().and_then(|r| r.ok());
    view! {
        <h2 id="invite-one">{t!("invitations-invite-one")}</h2>
        <FormAlert error=form_error(server, &["email", "display_name", "role", "group"]) />
        {move || done().map(|said| view! { <p class="alert ok" role="status">{said}</p> })}
        <ActionForm action=action attr:aria-labelledby="invite-one">
            <TextField
                label=t!("invitations-email")
                name="email"
                kind="email"
                maxlength=EMAIL_MAX
                error=field_error(email_local, server, "email")
                on_change=Callback::new(move |v: String| email_local.set(Email::parse(&v).err().map(|e| e.message)))
            />
            <TextField
                label=t!("invitations-name-optional")
                name="display_name"
                maxlength=DISPLAY_NAME_MAX
                hint=t!("invitations-name-hint")
                error=field_error(name_local, server, "display_name")
                on_change=Callback::new(move |v: String| {
                    name_local.set(if v.trim().is_empty() { None } else { DisplayName::parse(&v).err().map(|e| e.message) })
                })
            />
            <Field label=t!("invitations-role") id="field-role" error=field_error(RwSignal::new(None), server, "role")>
                <select name="role">
                    {[Role::Member, Role::Moderator, Role::Admin].into_iter().map(|r| view! {
                        <option value=r.as_str()>{r.label()}</option>
                    }).collect_view()}
                </select>
            </Field>
            {(!groups.is_empty()).then(|| view! {
                <GroupSelect name="group" id="field-invite-group".to_string() label=t!("invitations-group")
                    everyone=t!("invitations-no-group") hint=t!("invitations-group-hint") current=String::new() groups
                    error=field_error(RwSignal::new(None), server, "group") />
            })}
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {move || if action.pending().get() { t!("invitations-sending") } else { t!("invitations-send") }}
            </button>
        </ActionForm>
    }
}
