use super::{display_name_form::DisplayNameForm, password_form::PasswordForm};
use crate::accounts::{api::get_me, domain::CurrentUser};
use leptos::{either::EitherOf3, prelude::*};
use leptos_meta::Title;
use leptos_router::components::Redirect;

/// The signed-in member's own account. Guests are sent to sign in and brought back here.
#[component]
pub fn AccountPage() -> impl IntoView {
    // Its own copy of "who am I": the header's copy reloads after a rename, and re-rendering the forms then
    // would wipe their "Saved" notes.
    let me = Resource::new(|| (), |_| get_me());
    view! {
        <Title text="Your account" />
        <Suspense fallback=|| view! { <p class="loading">"Loading your account…"</p> }>
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
    view! {
        <section class="panel" aria-labelledby="account-title">
            <h1 id="account-title">"Your account"</h1>
            <dl class="facts">
                <dt>"Email"</dt>
                <dd>{user.email.clone()}</dd>
                <dt>"Role"</dt>
                <dd>{user.role.label()}</dd>
                <dt>"Member since"</dt>
                <dd>{since}</dd>
            </dl>
        </section>
        <DisplayNameForm current=user.display_name.clone() />
        <PasswordForm />
    }
}

fn member_since(unix: i64) -> String {
    let format = time::macros::format_description!("[day] [month repr:long] [year]");
    time::OffsetDateTime::from_unix_timestamp(unix).ok().and_then(|t| t.format(&format).ok()).unwrap_or_default()
}
