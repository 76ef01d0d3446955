use super::use_auth;
use crate::t;
use leptos::prelude::*;

/// Sign-out is a POST (a link could be triggered by another site); it works as a plain form without JavaScript.
#[component]
pub fn SignOutButton() -> impl IntoView {
    let action = use_auth().sign_out;
    view! {
        <ActionForm action=action attr:class="inline-form">
            <button type="submit" class="link-button">{t!("accounts-sign-out")}</button>
        </ActionForm>
    }
}
