use crate::referrals::api::get_invitation;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// On the sign-up form: who invited this visitor, or why their invitation will not credit anyone.
#[component]
pub fn InvitationNote() -> impl IntoView {
    let query = use_query_map();
    let invitation = Resource::new(move || query.read().get("invite"), get_invitation);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let message = invitation.await.ok().and_then(|i| i.message());
                message.map(|m| view! { <p class="notice invitation" role="status">{m}</p> })
            })}
        </Suspense>
    }
}
