use crate::accounts::{
    components::use_auth,
    domain::{DisplayName, NewPassword},
};
use crate::common::answered::server_action;
use crate::invitations::domain::InvitationOffer;
use crate::join::{account_fields::AccountFields, open_invitation, AcceptInvitation};
use crate::{
    t,
    ui::{field_error, form_error, last_error, FormAlert, When},
};
use leptos::{either::Either, ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

/// `/join/invitation?token=…`: the sign-up form of an invitation, the address filled in and confirmed by
/// the link itself. Works without JavaScript.
#[component]
pub fn InvitationPage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let invitation = Resource::new(token, open_invitation);
    view! {
        <Title text=t!("join-invitation-title") />
        <section class="panel narrow" aria-labelledby="invitation-title">
            <h1 id="invitation-title">{t!("join-invitation-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("join-opening-invitation")}</p> }>
                {move || Suspend::new(async move {
                    match invitation.await {
                        Ok(found) => Either::Left(view! { <AcceptForm found token=token() /> }),
                        Err(e) => Either::Right(view! {
                            <div class="alert error" role="alert">{e.to_string()}</div>
                            <p>
                                <A href="/sign-in">{t!("join-sign-in")}</A>
                                {crate::site::use_site().join.sign_up_open().then(|| view! {
                                    " · "
                                    <A href="/sign-up">{t!("join-without-invitation")}</A>
                                })}
                            </p>
                        }),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn AcceptForm(found: InvitationOffer, token: String) -> impl IntoView {
    let action = server_action::<AcceptInvitation>();
    use_auth().refresh_after(action.version());
    let server = last_error(action.value());
    let name_local = RwSignal::new(None::<String>);
    let password_local = RwSignal::new(None::<String>);
    let email = found.email.clone();
    let check_name = move |v: String| name_local.set(DisplayName::parse(&v).err().map(|e| e.message));
    let check_password = {
        let email = email.clone();
        move |v: String| password_local.set(NewPassword::parse(&v, "password", &[&email]).err().map(|e| e.message))
    };
    let on_submit = {
        let check_password = check_password.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let Ok(input) = AcceptInvitation::from_event(&ev) else {
                return;
            };
            check_name(input.display_name.clone());
            check_password(input.password.clone());
            if name_local.get_untracked().is_none() && password_local.get_untracked().is_none() {
                action.dispatch(input);
            }
        }
    };
    let invited = t!("join-invited-as", inviter = found.invited_by.clone(), role = found.role.as_str());
    view! {
        <p>{invited}</p>
        <p>
            {t!("join-your-address")}" "<strong>{email}</strong>{t!("join-address-confirmed")}" "
            <When at=found.expires_at />"."
        </p>
        <FormAlert error=form_error(server, &["display_name", "password", "accept_terms"]) />
        <form method="post" action=AcceptInvitation::url() on:submit=on_submit novalidate>
            <input type="hidden" name="token" value=token />
            <AccountFields
                name=found.display_name.unwrap_or_default()
                name_error=field_error(name_local, server, "display_name")
                password_error=field_error(password_local, server, "password")
                terms_error=crate::ui::server_field_error(server, "accept_terms")
                on_name=Callback::new(check_name)
                on_password=Callback::new(check_password)
            />
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {move || if action.pending().get() { t!("join-creating") } else { t!("join-title") }}
            </button>
        </form>
    }
}
