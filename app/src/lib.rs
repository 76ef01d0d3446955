//! Chorus: the customer-advocacy community portal. This crate is the Leptos app, compiled with `ssr` for the
//! server and with `hydrate` for the browser.
#![recursion_limit = "256"]

pub mod accounts;
pub mod activity;
pub mod admin;
pub mod analytics;
pub mod api_tokens;
pub mod applications;
pub mod audit;
pub mod challenges;
pub mod common;
pub mod digest;
pub mod error;
pub mod forum;
pub mod groups;
pub mod home;
pub mod i18n;
pub mod imports;
pub mod invitations;
pub mod join;
pub mod mail;
pub mod mailroom;
pub mod markdown;
pub mod media;
pub mod notifications;
pub mod nps;
pub mod onboarding;
pub mod privacy;
pub mod profiles;
pub mod recognition;
pub mod recovery;
pub mod referrals;
pub mod rewards;
pub mod settings;
pub mod shell;
pub mod site;
pub mod sso;
pub mod stories;
pub mod ui;
pub mod webhook_admin;
pub mod webhooks;
pub mod welcome;

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod rate_limit;
#[cfg(feature = "ssr")]
pub mod state;

#[cfg(test)]
mod layering_tests;
#[cfg(test)]
mod parse_properties;

use accounts::components::{AccountPage, SignInPage};
use admin::components::MembersPage;
use audit::AuditLogPage;
use challenges::components::{ChallengesAdminPage, ChallengesPage, CompletionsPage};
use forum::components::{
    CategoriesAdminPage, CategoryView, FlagsPage, ForumPage, NewTopicPage, PostHistoryPage, SearchPage, TopicView,
};
use home::HomePage;
use join::SignUpPage;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Meta, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};
use notifications::NotificationsPage;
use profiles::ProfilePage;
use recognition::components::{BadgesPage, LeaderboardPage, PointsAdminPage, PointsPage};
use rewards::components::{MyRewardsPage, RedemptionsAdminPage, RewardsAdminPage, RewardsPage};
use shell::{Layout, NotFound};
use stories::components::{
    EditStoryPage, EmbedAdminPage, MyStoriesPage, NewStoryPage, ReviewPage, StoryView, WallPage,
};

/// The HTML document around the app, rendered on the server only: the site's favicon, its brand colour (a
/// style element carrying this response's nonce), the visitor's theme, and the site itself as JSON for the
/// browser's copy of the app.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    shell::csp::set_page_csp();
    site::provide_site();
    let site = site::use_site();
    let theme = shell::theme::requested();
    let lang = i18n::current();
    let brand = site::colour::Rgb::parse(&site.brand_colour)
        .or_else(|| site::colour::Rgb::parse(site::domain::DEFAULT_BRAND))
        .map(site::colour::brand_css)
        .unwrap_or_default();
    let nonce = use_nonce().map(|n| n.to_string());
    let favicon = site.favicon_url.clone().unwrap_or_else(|| "/favicon.svg".into());
    let favicon_type = if site.favicon_url.is_some() { "image/jpeg" } else { "image/svg+xml" };
    let json = site::context::json_for_page(&site);
    // The build names the style sheet after its content (see server::assets); the browser never sees this shell.
    #[cfg(feature = "ssr")]
    let stylesheet = state::app_state().map_or_else(|_| "/pkg/chorus.css".to_string(), |s| s.stylesheet.to_string());
    #[cfg(not(feature = "ssr"))]
    let stylesheet = "/pkg/chorus.css";
    #[cfg(feature = "ssr")]
    let hydrate = shell::hydration::loads_app();
    // A page nobody hydrates carries no resource data (and may reuse rendered HTML: common::rendered).
    #[cfg(feature = "ssr")]
    if !hydrate {
        if let Some(context) = Owner::current_shared_context() {
            context.set_is_hydrating(false);
        }
    }
    #[cfg(not(feature = "ssr"))]
    let hydrate = true;
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag() dir=lang.dir() data-theme=(theme != site::Theme::System).then_some(theme.as_str())>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="stylesheet" href=stylesheet />
                <style nonce=nonce inner_html=brand></style>
                <link rel="icon" href=favicon type=favicon_type />
                <script type="application/json" id=site::context::ELEMENT_ID inner_html=json></script>
                {hydrate.then(|| view! { <HydrationScripts options /> })}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The app: routes inside the common layout.
#[component]
pub fn App() -> impl IntoView {
    // First: it reads the page's data in the order the server wrote it (app::common::answered).
    common::answered::provide_answer();
    provide_meta_context();
    site::provide_site();
    let name = site::use_site().name;
    let site_name = name.clone();
    view! {
        // Shared links name the community (Open Graph); every page says it.
        <Meta property="og:site_name" content=site_name />
        // The one place titles are set: escaped here, so no page's title can add markup to the head.
        <Title formatter=move |page: String| common::html::document_title(&page, &name) />
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    // In-order streaming: every page is complete without JavaScript (out-of-order
                    // streaming would need a script to move late content into place).
                    <Route path=path!("/") view=HomePage ssr=SsrMode::InOrder />
                    <Route path=path!("/sign-up") view=SignUpPage ssr=SsrMode::InOrder />
                    <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::InOrder />
                    <Route path=path!("/sign-in/two-factor") view=accounts::components::TwoFactorPage ssr=SsrMode::InOrder />
                    <Route path=path!("/join/invitation") view=join::InvitationPage ssr=SsrMode::InOrder />
                    // Async: the guard's redirect must be decided before the status line is sent.
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/forgot-password") view=recovery::ForgotPasswordPage ssr=SsrMode::InOrder />
                    <Route path=path!("/reset-password") view=recovery::ResetPasswordPage ssr=SsrMode::InOrder />
                    <Route path=path!("/confirm-email") view=recovery::ConfirmEmailPage ssr=SsrMode::InOrder />
                    <Route path=path!("/check-email") view=recovery::CheckEmailPage ssr=SsrMode::InOrder />
                    <Route path=path!("/admin/mail") view=mailroom::MailPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/dashboard") view=analytics::components::DashboardPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/members") view=MembersPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/members/:id") view=admin::components::MemberPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/invitations") view=invitations::components::InvitationsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/api") view=api_tokens::components::ApiTokensPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/import") view=imports::components::ImportPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/sso") view=sso::components::SsoPage ssr=SsrMode::Async />
                    <Route path=path!("/me/security") view=sso::components::SecurityPage ssr=SsrMode::Async />
                    <Route path=path!("/sso/link") view=sso::components::SsoLinkPage ssr=SsrMode::InOrder />
                    <Route path=path!("/admin/webhooks") view=webhook_admin::components::WebhooksPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/webhooks/:id") view=webhook_admin::components::WebhookPage ssr=SsrMode::Async />
                    <Route path=path!("/groups") view=groups::components::GroupsPage ssr=SsrMode::Async />
                    <Route path=path!("/groups/:slug") view=groups::components::GroupPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/applications") view=applications::components::ApplicationsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/registration") view=settings::RegistrationPage ssr=SsrMode::Async />
                    <Route path=path!("/apply/confirm") view=applications::components::ConfirmApplicationPage />
                    <Route path=path!("/apply/confirmed") view=applications::components::ApplicationConfirmedPage />
                    <Route path=path!("/mod/members/:id") view=admin::components::StandingPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/categories") view=CategoriesAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/audit") view=AuditLogPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/settings") view=settings::SettingsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/settings/legal") view=settings::LegalAdminPage ssr=SsrMode::Async />
                    // Async: an unknown version must answer 404 before the status line is sent.
                    <Route path=path!("/terms") view=settings::TermsPage ssr=SsrMode::Async />
                    <Route path=path!("/accessibility") view=shell::AccessibilityPage ssr=SsrMode::Async />
                    <Route path=path!("/privacy") view=settings::PrivacyPage ssr=SsrMode::Async />
                    <Route path=path!("/guidelines") view=settings::GuidelinesPage ssr=SsrMode::Async />
                    <Route path=path!("/mod/flags") view=FlagsPage ssr=SsrMode::Async />
                    <Route path=path!("/mod/held") view=forum::components::HeldPage ssr=SsrMode::Async />
                    <Route path=path!("/mod/posts/:id/history") view=PostHistoryPage ssr=SsrMode::Async />
                    <Route path=path!("/notifications") view=NotificationsPage ssr=SsrMode::Async />
                    <Route path=path!("/me/notifications/settings") view=notifications::EmailSettingsPage ssr=SsrMode::Async />
                    <Route path=path!("/unsubscribe") view=notifications::UnsubscribePage ssr=SsrMode::InOrder />
                    <Route path=path!("/me/points") view=PointsPage ssr=SsrMode::Async />
                    <Route path=path!("/me/referrals") view=referrals::components::MyReferralsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/referrals") view=referrals::components::ReferralsAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/points") view=PointsAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/badges") view=recognition::components::BadgesAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/leaderboard") view=LeaderboardPage ssr=SsrMode::InOrder />
                    <Route path=path!("/badges") view=BadgesPage ssr=SsrMode::InOrder />
                    <Route path=path!("/earn") view=onboarding::WaysToEarnPage ssr=SsrMode::InOrder />
                    <Route path=path!("/welcome") view=welcome::WelcomePage ssr=SsrMode::Async />
                    <Route path=path!("/u/:handle") view=ProfilePage ssr=SsrMode::Async />
                    <Route path=path!("/me/profile") view=profiles::MyProfilePage ssr=SsrMode::Async />
                    <Route path=path!("/me/pictures") view=media::components::MyPicturesPage ssr=SsrMode::Async />
                    <Route path=path!("/me/data") view=privacy::MyDataPage ssr=SsrMode::Async />
                    <Route path=path!("/me/delete") view=privacy::DeleteAccountPage ssr=SsrMode::Async />
                    <Route path=path!("/goodbye") view=privacy::GoodbyePage ssr=SsrMode::InOrder />
                    <Route path=path!("/admin/members/:id/delete") view=privacy::AdminDeleteMemberPage ssr=SsrMode::Async />
                    <Route path=path!("/mod/pictures") view=media::components::PicturesPage ssr=SsrMode::Async />
                    <Route path=path!("/rewards") view=RewardsPage ssr=SsrMode::InOrder />
                    <Route path=path!("/me/rewards") view=MyRewardsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/rewards") view=RewardsAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/redemptions") view=RedemptionsAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/challenges") view=ChallengesPage ssr=SsrMode::InOrder />
                    <Route path=path!("/admin/challenges") view=ChallengesAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/nps") view=nps::components::NpsAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/mod/challenges") view=CompletionsPage ssr=SsrMode::Async />
                    <Route path=path!("/stories") view=WallPage ssr=SsrMode::InOrder />
                    <Route path=path!("/stories/new") view=NewStoryPage ssr=SsrMode::Async />
                    <Route path=path!("/stories/mine") view=MyStoriesPage ssr=SsrMode::Async />
                    <Route path=path!("/stories/mine/:id/edit") view=EditStoryPage ssr=SsrMode::Async />
                    // Async: a story taken down must answer 410 before the status line is sent.
                    <Route path=path!("/stories/:id/:slug") view=StoryView ssr=SsrMode::Async />
                    <Route path=path!("/mod/stories") view=ReviewPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/embed") view=EmbedAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/forum") view=ForumPage ssr=SsrMode::InOrder />
                    <Route path=path!("/search") view=SearchPage ssr=SsrMode::InOrder />
                    <Route path=path!("/forum/new") view=NewTopicPage ssr=SsrMode::Async />
                    <Route path=path!("/forum/c/:slug") view=CategoryView ssr=SsrMode::Async />
                    <Route path=path!("/forum/t/:id/:slug") view=TopicView ssr=SsrMode::Async />
                    <Route path=path!("/forum/t/:id") view=TopicView ssr=SsrMode::Async />
                </Routes>
            </Layout>
        </Router>
    }
}
