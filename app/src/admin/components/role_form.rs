use crate::{
    accounts::domain::Role,
    admin::{api::SetMemberRole, domain::MemberSummary},
    t,
};
use leptos::prelude::*;

/// A small form per member: pick a role, save. A plain form post without JavaScript.
#[component]
pub fn RoleForm(member: MemberSummary) -> impl IntoView {
    let action = ServerAction::<SetMemberRole>::new();
    let select_id = format!("role-{}", member.id);
    let message = move || match action.value().get() {
        Some(Ok(())) => Some(("status", t!("admin-role-saved"))),
        Some(Err(e)) => Some(("alert", e.to_string())),
        None => None,
    };
    view! {
        <ActionForm action=action attr:class="role-form">
            <input type="hidden" name="user_id" value=member.id />
            <label class="visually-hidden" for=select_id.clone()>{t!("admin-role-of", name = member.display_name.clone())}</label>
            <select id=select_id name="role">
                {[Role::Member, Role::Moderator, Role::Admin].into_iter().map(|r| view! {
                    <option value=r.as_str() selected=r == member.role>{r.label()}</option>
                }).collect_view()}
            </select>
            " "
            <button type="submit" class="button small secondary">{t!("admin-role-save")}</button>
            {move || message().map(|(role, text)| view! { <span role=role class="role-note">{text}</span> })}
        </ActionForm>
    }
}
