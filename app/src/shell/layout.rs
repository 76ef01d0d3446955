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
use leptos_router::hooks::use_location;

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
                <NavLink href="/" class="brand">{brand}</NavLink>
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
                <li><NavLink href="/groups">{t!("nav-groups")}</NavLink></li>
                <li><NavLink href="/stories/mine">{t!("nav-my-stories")}</NavLink></li>
                <li><NavLink href="/me/points">{t!("nav-my-points")}</NavLink></li>
                <li><NavLink href="/me/referrals">{t!("nav-invite")}</NavLink></li>
                <li>
                    <NavLink href="/account">
                        <span class="visually-hidden">{t!("nav-account-of")}" "</span>
                        {user.display_name}
                    </NavLink>
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
                <li><NavLink href="/sign-in">{t!("nav-sign-in")}</NavLink></li>
                {crate::site::use_site().join.sign_up_open().then(|| view! {
                    <li><NavLink href="/sign-up" class="button small">{t!("nav-join")}</NavLink></li>
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
        <li><NavLink href="/forum">{t!("nav-forum")}</NavLink></li>
        <li><NavLink href="/stories">{t!("nav-stories")}</NavLink></li>
        <li><NavLink href="/challenges">{t!("nav-challenges")}</NavLink></li>
        <li><NavLink href="/rewards">{t!("nav-rewards")}</NavLink></li>
        <li><NavLink href="/leaderboard">{t!("nav-leaderboard")}</NavLink></li>
        <li><NavLink href="/search">{t!("nav-search")}</NavLink></li>
    }
}

/// "Notifications" with the unread count.
#[component]
fn UnreadLink(unread: i64) -> impl IntoView {
    view! {
        <NavLink href="/notifications">
            {t!("nav-notifications")}
            {(unread > 0).then(|| view! { <span class="count" aria-label=t!("nav-unread", count = unread)>{crate::i18n::format::number(crate::i18n::current(), unread)}</span> })}
        </NavLink>
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
                <li><NavLink href="/mod/flags">{t!("staff-flags")}</NavLink></li>
                <li><NavLink href="/mod/held">{t!("staff-held")}</NavLink></li>
                <li><NavLink href="/mod/stories">{t!("staff-story-review")}</NavLink></li>
                <li><NavLink href="/mod/challenges">{t!("staff-challenge-review")}</NavLink></li>
                <li><NavLink href="/mod/pictures">{t!("staff-pictures")}</NavLink></li>
                {role.allows(Role::Admin).then(|| view! {
                    <li><NavLink href="/admin/dashboard">{t!("staff-dashboard")}</NavLink></li>
                    <li><NavLink href="/admin/members">{t!("staff-members")}</NavLink></li>
                    <li><NavLink href="/admin/invitations">{t!("staff-invitations")}</NavLink></li>
                    <li><NavLink href="/admin/import">{t!("staff-import")}</NavLink></li>
                    <li><NavLink href="/admin/applications">{t!("staff-applications")}</NavLink></li>
                    <li><NavLink href="/admin/categories">{t!("staff-categories")}</NavLink></li>
                    <li><NavLink href="/admin/points">{t!("staff-points")}</NavLink></li>
                    <li><NavLink href="/admin/badges">{t!("staff-badges")}</NavLink></li>
                    <li><NavLink href="/admin/challenges">{t!("staff-challenges")}</NavLink></li>
                    <li><NavLink href="/admin/nps">{t!("staff-nps")}</NavLink></li>
                    <li><NavLink href="/admin/rewards">{t!("staff-rewards")}</NavLink></li>
                    <li><NavLink href="/admin/redemptions">{t!("staff-redemptions")}</NavLink></li>
                    <li><NavLink href="/admin/referrals">{t!("staff-referrals")}</NavLink></li>
                    <li><NavLink href="/admin/embed">{t!("staff-embed")}</NavLink></li>
                    <li><NavLink href="/admin/api">{t!("staff-api")}</NavLink></li>
                    <li><NavLink href="/admin/webhooks">{t!("staff-webhooks")}</NavLink></li>
                    <li><NavLink href="/admin/sso">{t!("staff-sso")}</NavLink></li>
                    <li><NavLink href="/admin/settings">{t!("staff-settings")}</NavLink></li>
                    <li><NavLink href="/admin/audit">{t!("staff-audit")}</NavLink></li>
                })}
            </ul>
        </nav>
    }
}

/// A link of the header's navigation, marked `aria-current="page"` on its page and the pages under it (as the
/// router's `<A>` marks them). A plain `<a>`: the router follows plain links in the browser all the same, and
/// the header's links (up to 38, for an admin) no longer each make the router's reactive path resolution on every page view.
#[component]
fn NavLink(href: &'static str, #[prop(optional)] class: &'static str, children: Children) -> impl IntoView {
    let location = use_location();
    let current = move || location.pathname.with(|path| is_under(path, href)).then_some("page");
    view! { <a href=href class=(!class.is_empty()).then_some(class) aria-current=current>{children()}</a> }
}

/// Whether `path` is `href` or a page under it (`/forum/t/1` is under `/forum`; `/` is under nothing but itself).
fn is_under(path: &str, href: &str) -> bool {
    let path = path.strip_suffix('/').filter(|p| !p.is_empty()).unwrap_or(path);
    path == href || (href != "/" && path.strip_prefix(href).is_some_and(|rest| rest.starts_with('/')))
}

#[cfg(test)]
mod nav_tests {
    use super::is_under;

    #[test]
    fn a_link_is_current_on_its_page_and_the_pages_under_it() {
        assert!(is_under("/forum", "/forum") && is_under("/forum/", "/forum") && is_under("/forum/t/1", "/forum"));
        assert!(!is_under("/forums", "/forum") && !is_under("/", "/forum"));
        assert!(is_under("/", "/") && !is_under("/forum", "/"));
        assert!(is_under("/me/points", "/me/points") && !is_under("/me/pointsx", "/me/points"));
    }
}
