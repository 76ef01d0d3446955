use crate::accounts::{
    components::{use_auth, SignOutButton},
    domain::Role,
};
use leptos::{either::Either, prelude::*};
use leptos_router::components::A;

/// The frame around every page: a skip link, the header with navigation, the main landmark and a footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    // Inside the router, so that actions can read a no-JavaScript form error from the URL.
    crate::accounts::components::provide_auth();
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <div class="bar">
                <A href="/" attr:class="brand">
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    " Chorus"
                </A>
                <nav aria-label="Main">
                    <UserNav />
                </nav>
            </div>
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <p>"Chorus — a self-hosted home for your customer advocates."</p>
        </footer>
    }
}

/// Sign-in links for guests; the account link and sign-out for members.
#[component]
fn UserNav() -> impl IntoView {
    let auth = use_auth();
    let location = leptos_router::hooks::use_location();
    // Created here, not inside the Suspend below, so that server and browser create resources in one order.
    let unread = Resource::new(move || location.pathname.get(), |_| crate::forum::api::unread_notifications());
    view! {
        <Transition fallback=|| view! { <span class="nav-placeholder"></span> }>
            {move || Suspend::new(async move {
                let me = auth.me.await;
                let unread = unread.await.unwrap_or(0);
                match me {
                    Ok(Some(user)) => Either::Left(view! {
                        <ul class="nav-list">
                            <li><A href="/forum">"Forum"</A></li>
                            <li><A href="/search">"Search"</A></li>
                            <li><UnreadLink unread /></li>
                            <li>
                                <A href="/account">
                                    <span class="visually-hidden">"Account of "</span>
                                    {user.display_name}
                                </A>
                            </li>
                            {user.role.allows(Role::Moderator).then(|| view! {
                                <li><A href="/mod/flags">"Flags"</A></li>
                            })}
                            {user.role.allows(Role::Admin).then(|| view! {
                                <li><A href="/admin/members">"Members"</A></li>
                                <li><A href="/admin/categories">"Categories"</A></li>
                                <li><A href="/admin/audit">"Audit log"</A></li>
                            })}
                            <li><SignOutButton /></li>
                        </ul>
                    }),
                    _ => Either::Right(view! {
                        <ul class="nav-list">
                            <li><A href="/forum">"Forum"</A></li>
                            <li><A href="/search">"Search"</A></li>
                            <li><A href="/sign-in">"Sign in"</A></li>
                            <li><A href="/sign-up" attr:class="button small">"Join"</A></li>
                        </ul>
                    }),
                }
            })}
        </Transition>
    }
}

/// "Notifications" with the unread count.
#[component]
fn UnreadLink(unread: i64) -> impl IntoView {
    view! {
        <A href="/notifications">
            "Notifications"
            {(unread > 0).then(|| view! { " " <span class="count" aria-label=format!("{unread} unread")>{unread}</span> })}
        </A>
    }
}
