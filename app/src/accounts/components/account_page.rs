use super::{
    display_name_form::DisplayNameForm,
    email_form::{EmailForm, UnconfirmedNote},
    password_form::PasswordForm,
};
use crate::{
    accounts::{api::get_me, domain::CurrentUser},
    i18n::{self, Lang},
    t,
};
use leptos::{either::EitherOf3, prelude::*};
use leptos_meta::Title;
use leptos_router::{components::Redirect, hooks::use_query_map};

/// The signed-in member's own account. Guests are sent to sign in and brought back here.
#[component]
pub fn AccountPage() -> impl IntoView {
    // Its own copy of "who am I": the header's copy reloads after a rename, and re-rendering the forms then
    // would wipe their "Saved" notes.
    let me = Resource::new(|| (), |_| get_me());
    view! {
        <Title text=t!("accounts-your-account") />
        <Suspense fallback=|| view! { <p class="loading">{t!("accounts-loading-account")}</p> }>
            {move || Suspend::new(async move {
                match me.await {
                    Ok(Some(user)) => EitherOf3::A(view! { <AccountDetails user /> }),
                    Ok(None) => EitherOf3::B(view! { <Redirect path="/sign-in?next=/account" /> }),
                    Err(e) => EitherOf3::C(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AccountDetails(user: CurrentUser) -> impl IntoView {
    let since = member_since(user.created_at);
    let query = use_query_map();
    let note = move || {
        let q = query.read();
        if q.get("confirmed").is_some() {
            Some(t!("accounts-note-confirmed"))
        } else if q.get("joined").is_some() {
            Some(t!("accounts-note-joined"))
        } else if q.get("reset").is_some() {
            Some(t!("accounts-note-reset"))
        } else {
            None
        }
    };
    view! {
        {move || note().map(|text| view! { <div class="alert ok" role="status">{text}</div> })}
        {(!user.verified).then(|| view! { <UnconfirmedNote /> })}
        <section class="panel" aria-labelledby="account-title">
            <h1 id="account-title">{t!("accounts-your-account")}</h1>
            <dl class="facts">
                <dt>{t!("accounts-email")}</dt>
                <dd>{user.email.clone()}</dd>
                <dt>{t!("accounts-role")}</dt>
                <dd>{user.role.label()}</dd>
                <dt>{t!("accounts-member-since")}</dt>
                <dd>{since}</dd>
            </dl>
            <p><a href="/me/notifications/settings">{t!("accounts-email-settings")}</a></p>
            <p><a href="/me/profile">{t!("accounts-profile-link")}</a></p>
            <p><a href="/me/security">{t!("accounts-security-link")}</a></p>
        </section>
        <DisplayNameForm current=user.display_name.clone() />
        <EmailForm current=user.email.clone() />
        <PasswordForm />
    }
}

/// The day the account was made: "5 March 2026" in English (the month written out), as the page's language
/// writes a date otherwise.
fn member_since(unix: i64) -> String {
    match i18n::current() {
        Lang::En => {
            let format = time::macros::format_description!("[day] [month repr:long] [year]");
            time::OffsetDateTime::from_unix_timestamp(unix)
                .ok()
                .and_then(|t| t.format(&format).ok())
                .unwrap_or_default()
        }
        lang => i18n::format::date(lang, unix),
    }
}
