use crate::{
    accounts::{api::get_me, domain::Role},
    t,
};
use leptos::{either::EitherOf4, prelude::*};
use leptos_router::{components::Redirect, hooks::use_location};

/// The route guard every protected page wraps itself in: guests go to sign in (and come back), members
/// without the role get a 403 page, everyone else sees `children`. The server functions behind the page
/// check the role again: this guard is for people, not for security. Staff who must set up a second factor
/// are sent to do that first.
#[component]
pub fn RequireRole(role: Role, children: ChildrenFn) -> impl IntoView {
    let me = Resource::new(|| (), |_| get_me());
    let location = use_location();
    let children = StoredValue::new(children);
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!("accounts-checking-access")}</p> }>
            {move || Suspend::new(async move {
                match me.await {
                    // Staff the admins require a second factor of set one up before any staff page.
                    Ok(Some(user)) if user.second_factor_due && role != Role::Member => {
                        EitherOf4::C(view! { <Redirect path="/me/security?setup=1" /> })
                    }
                    Ok(Some(user)) if user.role.allows(role) => EitherOf4::A(children.with_value(|c| c())),
                    Ok(Some(_)) => EitherOf4::B(view! { <Forbidden /> }),
                    Ok(None) => {
                        let next = location.pathname.get_untracked();
                        EitherOf4::C(view! { <Redirect path=format!("/sign-in?next={next}") /> })
                    }
                    Err(e) => EitherOf4::D(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Forbidden() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.set_status(http::StatusCode::FORBIDDEN);
    }
    view! {
        <section class="panel narrow">
            <h1>{t!("accounts-forbidden-title")}</h1>
            <p>{t!("accounts-forbidden-text")}</p>
            <p><a href="/">{t!("accounts-forbidden-home")}</a></p>
        </section>
    }
}
