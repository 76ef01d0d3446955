use crate::notifications::NavRefresh;
use crate::{
    accounts::{
        components::{use_auth, SignOutButton},
        domain::Role,
    },
    nps::components::NpsBanner,
    settings::TermsBanner,
    shell::theme::ThemeSwitch,
    site::{use_site, Site},
};
use leptos::{either::Either, prelude::*};
use leptos_router::components::A;

/// The frame around every page: a skip link, the header with the community's name (or logo) and navigation,
/// the main landmark and a footer with the tagline, the programme's links, the legal pages and the theme
/// switch.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    // Inside the router, so that actions can read a no-JavaScript form error from the URL.
    crate::accounts::components::provide_auth();
    provide_context(NavRefresh(RwSignal::new(0)));
    let site = use_site();
    let brand = match site.logo_url.clone() {
        Some(src) => Either::Left(view! { <img class="brand-logo" src=src alt=site.name.clone() /> }),
        None => Either::Right(view! {
            <span class="brand-mark" aria-hidden="true">"◆"</span>
            " "
            {site.name.clone()}
        }),
    };
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <div class="bar">
                <A href="/" attr:class="brand">{brand}</A>
                <UserNav />
            </div>
        </header>
        <TermsBanner />
        <NpsBanner />
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <Footer site />
    }
}

/// The tagline, the programme's own links, the terms, privacy notice and guidelines once published, the theme switch.
#[component]
fn Footer(site: Site) -> impl IntoView {
    let legal = [
        (site.terms_version > 0).then_some(("/terms", "Terms of service")),
        (site.privacy_version > 0).then_some(("/privacy", "Privacy notice")),
        (site.guidelines_version > 0).then_some(("/guidelines", "Community guidelines")),
    ];
    let links: Vec<(String, String)> = site
        .footer_links
        .iter()
        .map(|l| (l.url.clone(), l.label.clone()))
        .chain(legal.into_iter().flatten().map(|(url, label)| (url.to_string(), label.to_string())))
        .collect();
    let line = if site.tagline.is_empty() { site.name.clone() } else { format!("{} — {}", site.name, site.tagline) };
    view! {
        <footer class="site-footer">
            <p>{line}</p>
            {(!links.is_empty()).then(|| view! {
                <nav aria-label="Footer">
                    <ul class="footer-links">
                        {links.into_iter().map(|(url, label)| view! { <li><a href=url>{label}</a></li> }).collect_view()}
                    </ul>
                </nav>
            })}
            <ThemeSwitch />
        </footer>
    }
}

/// Sign-in links for guests; the account link and sign-out for members. On a wide screen the links are in a
/// row; on a phone they fold into a menu button (a `<details>` element, so it opens without JavaScript). Both
/// are rendered and the stylesheet shows one, so the page needs no script to pick.
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
                let signed_in = me.ok().flatten();
                let wide = nav_links(signed_in.clone(), unread);
                let narrow = nav_links(signed_in, unread);
                view! {
                    <div class="wide-only">{wide}</div>
                    // Rendered afresh on every navigation (the resource follows the path), so it starts closed.
                    <details class="menu narrow-only">
                        <summary class="button secondary small">"Menu"</summary>
                        <div class="menu-panel">{narrow}</div>
                    </details>
                }
            })}
        </Transition>
    }
}

/// The main navigation (and, for moderators and admins, the staff's), for a member or a guest.
fn nav_links(user: Option<crate::accounts::domain::CurrentUser>, unread: i64) -> impl IntoView {
    match user {
        Some(user) => Either::Left(view! {
            <nav aria-label="Main">
            <ul class="nav-list">
                <PublicLinks />
                <li><UnreadLink unread /></li>
                <li><A href="/groups">"Groups"</A></li>
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
        None => Either::Right(view! {
            <nav aria-label="Main">
            <ul class="nav-list">
                <PublicLinks />
                <li><A href="/sign-in">"Sign in"</A></li>
                {crate::site::use_site().join.sign_up_open().then(|| view! {
                    <li><A href="/sign-up" attr:class="button small">"Join"</A></li>
                })}
            </ul>
            </nav>
        }),
    }
}

/// What everyone may visit, signed in or not.
#[component]
fn PublicLinks() -> impl IntoView {
    view! {
        <li><A href="/forum">"Forum"</A></li>
        <li><A href="/stories">"Stories"</A></li>
        <li><A href="/challenges">"Challenges"</A></li>
        <li><A href="/rewards">"Rewards"</A></li>
        <li><A href="/leaderboard">"Leaderboard"</A></li>
        <li><A href="/search">"Search"</A></li>
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
                <li><A href="/mod/held">"Approvals"</A></li>
                <li><A href="/mod/stories">"Story review"</A></li>
                <li><A href="/mod/challenges">"Challenge review"</A></li>
                <li><A href="/mod/pictures">"Pictures"</A></li>
                {role.allows(Role::Admin).then(|| view! {
                    <li><A href="/admin/dashboard">"Dashboard"</A></li>
                    <li><A href="/admin/members">"Members"</A></li>
                    <li><A href="/admin/invitations">"Invitations"</A></li>
                    <li><A href="/admin/import">"Import"</A></li>
                    <li><A href="/admin/applications">"Applications"</A></li>
                    <li><A href="/admin/categories">"Categories"</A></li>
                    <li><A href="/admin/points">"Points"</A></li>
                    <li><A href="/admin/badges">"Badges"</A></li>
                    <li><A href="/admin/challenges">"Challenges"</A></li>
                    <li><A href="/admin/nps">"NPS"</A></li>
                    <li><A href="/admin/rewards">"Rewards"</A></li>
                    <li><A href="/admin/redemptions">"Redemptions"</A></li>
                    <li><A href="/admin/referrals">"Referrals"</A></li>
                    <li><A href="/admin/embed">"Embed"</A></li>
                    <li><A href="/admin/api">"API"</A></li>
                    <li><A href="/admin/webhooks">"Webhooks"</A></li>
                    <li><A href="/admin/sso">"Sign-in"</A></li>
                    <li><A href="/admin/settings">"Settings"</A></li>
                    <li><A href="/admin/audit">"Audit log"</A></li>
                })}
            </ul>
        </nav>
    }
}
