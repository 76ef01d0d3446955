use crate::notifications::NavRefresh;
use crate::{
    accounts::{
        components::{use_auth, SignOutButton},
        domain::Role,
    },
    nps::components::NpsBanner,
};
use leptos::{either::Either, prelude::*};
use leptos_router::components::A;

/// The frame around every page: a skip link, the header with navigation, the main landmark and a footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    // Inside the router, so that actions can read a no-JavaScript form error from the URL.
    crate::accounts::components::provide_auth();
    provide_context(NavRefresh(RwSignal::new(0)));
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <div class="bar">
                <A href="/" attr:class="brand">
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    " Chorus"
                </A>
                <UserNav />
            </div>
        </header>
        <NpsBanner />
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
    let refresh = expect_context::<NavRefresh>().0;
    // One resource for the whole header, created outside the Transition: two resources resolving under one
    // Suspense boundary can lose a wake-up and stall the server render (leptos-rs/leptos#4698, #4851).
    let header = Resource::new(
        move || (auth.version(), location.pathname.get(), refresh.get()),
        |_| async {
            let me = crate::accounts::api::get_me().await;
            let unread = match &me {
                Ok(Some(_)) => crate::notifications::unread_notifications().await.unwrap_or(0),
                _ => 0,
            };
            (me, unread)
        },
    );
    view! {
        <Transition fallback=|| view! { <span class="nav-placeholder"></span> }>
            {move || Suspend::new(async move {
                let (me, unread) = header.await;
                match me {
                    Ok(Some(user)) => Either::Left(view! {
                        <nav aria-label="Main">
                        <ul class="nav-list">
                            <li><A href="/forum">"Forum"</A></li>
                            <li><A href="/stories">"Stories"</A></li>
                            <li><A href="/challenges">"Challenges"</A></li>
                            <li><A href="/rewards">"Rewards"</A></li>
                            <li><A href="/leaderboard">"Leaderboard"</A></li>
                            <li><A href="/search">"Search"</A></li>
                            <li><UnreadLink unread /></li>
                            <li><A href="/stories/mine">"My stories"</A></li>
                            <li><A href="/me/points">"My points"</A></li>
                            <li><A href="/me/referrals">"Invite friends"</A></li>
                            <li>
                                <A href="/account">
                                    <span class="visually-hidden">"Account of "</span>
                                    {user.display_name}
                                </A>
                            </li>
                            <li><SignOutButton /></li>
                        </ul>
                        </nav>
                        {user.role.allows(Role::Moderator).then(|| view! { <StaffNav role=user.role /> })}
                    }),
                    _ => Either::Right(view! {
                        <nav aria-label="Main">
                        <ul class="nav-list">
                            <li><A href="/forum">"Forum"</A></li>
                            <li><A href="/stories">"Stories"</A></li>
                            <li><A href="/challenges">"Challenges"</A></li>
                            <li><A href="/rewards">"Rewards"</A></li>
                            <li><A href="/leaderboard">"Leaderboard"</A></li>
                            <li><A href="/search">"Search"</A></li>
                            <li><A href="/sign-in">"Sign in"</A></li>
                            <li><A href="/sign-up" attr:class="button small">"Join"</A></li>
                        </ul>
                        </nav>
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
            {(unread > 0).then(|| view! { <span class="count" aria-label=format!("{unread} unread")>{unread}</span> })}
        </A>
    }
}

/// A second row for moderators and admins: the queue and the admin pages. Rendered by `UserNav` from the
/// same read of the signed-in user: one resource read in two Suspense boundaries can stall a server render
/// (leptos-rs/leptos#4851).
#[component]
fn StaffNav(role: Role) -> impl IntoView {
    view! {
        <nav class="staff-nav" aria-label="Staff">
            <ul class="nav-list">
                <li><A href="/mod/flags">"Flag queue"</A></li>
                <li><A href="/mod/stories">"Story review"</A></li>
                <li><A href="/mod/challenges">"Challenge review"</A></li>
                <li><A href="/mod/pictures">"Pictures"</A></li>
                {role.allows(Role::Admin).then(|| view! {
                    <li><A href="/admin/dashboard">"Dashboard"</A></li>
                    <li><A href="/admin/members">"Members"</A></li>
                    <li><A href="/admin/invitations">"Invitations"</A></li>
                    <li><A href="/admin/categories">"Categories"</A></li>
                    <li><A href="/admin/points">"Points"</A></li>
                    <li><A href="/admin/challenges">"Challenges"</A></li>
                    <li><A href="/admin/nps">"NPS"</A></li>
                    <li><A href="/admin/rewards">"Rewards"</A></li>
                    <li><A href="/admin/redemptions">"Redemptions"</A></li>
                    <li><A href="/admin/referrals">"Referrals"</A></li>
                    <li><A href="/admin/embed">"Embed"</A></li>
                    <li><A href="/admin/audit">"Audit log"</A></li>
                })}
            </ul>
        </nav>
    }
}
