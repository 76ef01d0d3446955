use crate::notifications::NavRefresh;
use crate::{
    accounts::{
        components::{use_auth, SignOutButton},
        domain::Role,
    },
    nps::components::NpsBanner,
    settings::TermsBanner,
    shell::{language::LanguageSwitch, theme::ThemeSwitch},
    site::{use_site, Site},
    t,
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
        <a class="skip-link" href="#main">{t!("shell-skip-link")}</a>
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

/// The tagline, the programme's own links, the terms, privacy notice and guidelines once published, the
/// accessibility statement, the theme and language switches.
#[component]
fn Footer(site: Site) -> impl IntoView {
    let legal = [
        (site.terms_version > 0).then(|| ("/terms", t!("footer-terms"))),
        (site.privacy_version > 0).then(|| ("/privacy", t!("footer-privacy"))),
        (site.guidelines_version > 0).then(|| ("/guidelines", t!("footer-guidelines"))),
        Some(("/accessibility", t!("footer-accessibility"))),
    ];
    let links: Vec<(String, String)> = site
        .footer_links
        .iter()
        .map(|l| (l.url.clone(), l.label.clone()))
        .chain(legal.into_iter().flatten().map(|(url, label)| (url.to_string(), label)))
        .collect();
    let line = if site.tagline.is_empty() { site.name.clone() } else { format!("{} — {}", site.name, site.tagline) };
    view! {
        <footer class="site-footer">
            <p>{line}</p>
            <nav aria-label=t!("footer-nav")>
                <ul class="footer-links">
                    {links.into_iter().map(|(url, label)| view! { <li><a href=url>{label}</a></li> }).collect_view()}
                </ul>
            </nav>
            <div class="footer-switches">
                <ThemeSwitch />
                <LanguageSwitch />
            </div>
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
    // A member whose own language is not the page's (they have just signed in here) gets the page again in theirs.
    Effect::new(move |_| {
        let guard = header.read();
        let chosen =
            guard.as_ref().and_then(|(me, _)| me.as_ref().ok()).and_then(Option::as_ref).and_then(|u| u.language);
        crate::i18n::follow_member(chosen);
    });
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
                        <summary class="button secondary small">{t!("nav-menu")}</summary>
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
            <nav aria-label=t!("nav-main")>
            <ul class="nav-list">
                <PublicLinks />
                <li><UnreadLink unread /></li>
                <li><A href="/groups">{t!("nav-groups")}</A></li>
                <li><A href="/stories/mine">{t!("nav-my-stories")}</A></li>
                <li><A href="/me/points">{t!("nav-my-points")}</A></li>
                <li><A href="/me/referrals">{t!("nav-invite")}</A></li>
                <li>
                    <A href="/account">
                        <span class="visually-hidden">{t!("nav-account-of")}" "</span>
                        {user.display_name}
                    </A>
                </li>
                <li><SignOutButton /></li>
            </ul>
            </nav>
            {user.role.allows(Role::Moderator).then(|| view! { <StaffNav role=user.role /> })}
        }),
        None => Either::Right(view! {
            <nav aria-label=t!("nav-main")>
            <ul class="nav-list">
                <PublicLinks />
                <li><A href="/sign-in">{t!("nav-sign-in")}</A></li>
                {crate::site::use_site().join.sign_up_open().then(|| view! {
                    <li><A href="/sign-up" attr:class="button small">{t!("nav-join")}</A></li>
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
        <li><A href="/forum">{t!("nav-forum")}</A></li>
        <li><A href="/stories">{t!("nav-stories")}</A></li>
        <li><A href="/challenges">{t!("nav-challenges")}</A></li>
        <li><A href="/rewards">{t!("nav-rewards")}</A></li>
        <li><A href="/leaderboard">{t!("nav-leaderboard")}</A></li>
        <li><A href="/search">{t!("nav-search")}</A></li>
    }
}

/// "Notifications" with the unread count.
#[component]
fn UnreadLink(unread: i64) -> impl IntoView {
    view! {
        <A href="/notifications">
            {t!("nav-notifications")}
            {(unread > 0).then(|| view! { <span class="count" aria-label=t!("nav-unread", count = unread)>{crate::i18n::format::number(crate::i18n::current(), unread)}</span> })}
        </A>
    }
}

/// A second row for moderators and admins: the queue and the admin pages. Rendered by `UserNav` from the
/// same read of the signed-in user: one resource read in two Suspense boundaries can stall a server render
/// (leptos-rs/leptos#4851).
#[component]
fn StaffNav(role: Role) -> impl IntoView {
    view! {
        <nav class="staff-nav" aria-label=t!("nav-staff")>
            <ul class="nav-list">
                <li><A href="/mod/flags">{t!("staff-flags")}</A></li>
                <li><A href="/mod/held">{t!("staff-held")}</A></li>
                <li><A href="/mod/stories">{t!("staff-story-review")}</A></li>
                <li><A href="/mod/challenges">{t!("staff-challenge-review")}</A></li>
                <li><A href="/mod/pictures">{t!("staff-pictures")}</A></li>
                {role.allows(Role::Admin).then(|| view! {
                    <li><A href="/admin/dashboard">{t!("staff-dashboard")}</A></li>
                    <li><A href="/admin/members">{t!("staff-members")}</A></li>
                    <li><A href="/admin/invitations">{t!("staff-invitations")}</A></li>
                    <li><A href="/admin/import">{t!("staff-import")}</A></li>
                    <li><A href="/admin/applications">{t!("staff-applications")}</A></li>
                    <li><A href="/admin/categories">{t!("staff-categories")}</A></li>
                    <li><A href="/admin/points">{t!("staff-points")}</A></li>
                    <li><A href="/admin/badges">{t!("staff-badges")}</A></li>
                    <li><A href="/admin/challenges">{t!("staff-challenges")}</A></li>
                    <li><A href="/admin/nps">{t!("staff-nps")}</A></li>
                    <li><A href="/admin/rewards">{t!("staff-rewards")}</A></li>
                    <li><A href="/admin/redemptions">{t!("staff-redemptions")}</A></li>
                    <li><A href="/admin/referrals">{t!("staff-referrals")}</A></li>
                    <li><A href="/admin/embed">{t!("staff-embed")}</A></li>
                    <li><A href="/admin/api">{t!("staff-api")}</A></li>
                    <li><A href="/admin/webhooks">{t!("staff-webhooks")}</A></li>
                    <li><A href="/admin/sso">{t!("staff-sso")}</A></li>
                    <li><A href="/admin/settings">{t!("staff-settings")}</A></li>
                    <li><A href="/admin/audit">{t!("staff-audit")}</A></li>
                })}
            </ul>
        </nav>
    }
}
