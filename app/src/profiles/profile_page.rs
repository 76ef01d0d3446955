use crate::common::answered::server_action;
use crate::{
    profiles::{get_profile, views::Profile},
    recognition::{
        api::{SetBadge, SetSpotlight},
        components::BadgeChip,
    },
    t,
    ui::Avatar,
    ui::{last_error, Field, FormAlert, Problem, When},
};
use leptos::{
    either::{Either, EitherOf3},
    prelude::*,
};
use leptos_meta::Title;
use leptos_router::{components::Redirect, hooks::use_params_map};

/// `/u/<handle>`: a member's level, points, badges and recent posts; moderators award badges and choose the
/// advocate of the month here.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let params = use_params_map();
    let handle = move || params.read().get("handle").unwrap_or_default();
    let badge = server_action::<SetBadge>();
    let spotlight = server_action::<SetSpotlight>();
    let data =
        Resource::new(move || (handle(), badge.version().get(), spotlight.version().get()), |(h, _, _)| get_profile(h));
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    // An old handle: the member's page lives at their new one.
                    Ok(p) if p.handle != handle().trim().trim_start_matches('@').to_lowercase() => {
                        EitherOf3::A(view! { <Redirect path=format!("/u/{}", p.handle) /> })
                    }
                    Ok(p) => EitherOf3::B(view! { <Page p badge spotlight /> }),
                    Err(error) => EitherOf3::C(view! { <Problem error /> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Page(p: Profile, badge: ServerAction<SetBadge>, spotlight: ServerAction<SetSpotlight>) -> impl IntoView {
    let spot = p.spotlight.clone().map(|s| {
        view! {
            <aside class="panel spotlight" aria-label=t!("profiles-advocate")>
                <p class="badge">{t!("profiles-advocate")}</p>
                <blockquote>{s.citation}</blockquote>
            </aside>
        }
    });
    let badges = if p.badges.is_empty() {
        Either::Left(view! { <p class="empty">{t!("profiles-no-badges")}</p> })
    } else {
        Either::Right(view! {
            <ul class="badge-grid">
                {p.badges.clone().into_iter().map(|h| {
                    let detail = (!h.reason.is_empty()).then(|| h.reason.clone());
                    view! { <li><BadgeChip badge=h.badge detail=detail.unwrap_or_default() /></li> }
                }).collect_view()}
            </ul>
        })
    };
    let posts = if p.recent_posts.is_empty() {
        Either::Left(view! { <p class="empty">{t!("profiles-no-posts")}</p> })
    } else {
        Either::Right(view! {
            <ul class="recent-posts">
                {p.recent_posts.clone().into_iter().map(|r| view! {
                    <li><a href=r.href>{r.topic_title}</a>" "<span class="meta"><When at=r.created_at /></span></li>
                }).collect_view()}
            </ul>
        })
    };
    let role_line = p.details.role_line();
    let d = &p.details;
    let mut facts = Vec::new();
    if !d.location.is_empty() {
        facts.push(view! { <li>{t!("profiles-based-in", location = d.location.clone())}</li> }.into_any());
    }
    if !d.website.is_empty() {
        let shown =
            d.website.split_once("://").map_or(d.website.as_str(), |(_, r)| r).trim_end_matches('/').to_string();
        facts.push(view! { <li><a href=d.website.clone() rel="nofollow ugc noopener">{shown}</a></li> }.into_any());
    }
    if !d.linkedin.is_empty() {
        facts.push(view! { <li><a href=d.linkedin.clone() rel="nofollow ugc noopener">"LinkedIn"</a></li> }.into_any());
    }
    let tools = p.can_award.then(|| view! { <ModeratorTools p=p.clone() badge spotlight /> });
    view! {
        <Title text=p.name.clone() />
        <section class="panel profile" aria-labelledby="profile-name">
            <div class="profile-head">
                <Avatar name=p.name.clone() handle=p.handle.clone() avatar=p.avatar.clone() large=true />
                <div>
                    <h1 id="profile-name">{p.name.clone()}" "<span class="level">{p.level.clone()}</span></h1>
                    {(!role_line.is_empty()).then(|| view! { <p class="profile-role">{role_line}</p> })}
                    <p class="meta">
                        {t!("profiles-meta", handle = p.handle.clone(), points = p.lifetime)}" "<When at=p.member_since />
                    </p>
                </div>
            </div>
            {(!p.bio_html.is_empty()).then(|| view! { <div class="prose profile-bio" inner_html=p.bio_html.clone()></div> })}
            {(!facts.is_empty()).then(|| view! {
                <ul class="profile-facts" aria-label=t!("profiles-facts")>
                    {facts}
                </ul>
            })}
        </section>
        {spot}
        <section aria-labelledby="badges-title">
            <h2 id="badges-title">{t!("profiles-badges")}</h2>
            {badges}
        </section>
        {(!p.featured_stories.is_empty()).then(|| view! {
            <section aria-labelledby="stories-title">
                <h2 id="stories-title">{t!("profiles-featured-stories")}</h2>
                <ul class="story-grid">
                    {p.featured_stories.clone().into_iter().map(|card| view! {
                        <li><crate::stories::components::StoryCardView card /></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section aria-labelledby="posts-title">
            <h2 id="posts-title">{t!("profiles-recent-posts")}</h2>
            {posts}
        </section>
        {tools}
    }
}

#[component]
fn ModeratorTools(p: Profile, badge: ServerAction<SetBadge>, spotlight: ServerAction<SetSpotlight>) -> impl IntoView {
    let held: Vec<(i64, String)> = p.badges.iter().map(|h| (h.badge.id, h.badge.name.clone())).collect();
    let (award_handle, revoke_handle, spotlight_handle) = (p.handle.clone(), p.handle.clone(), p.handle.clone());
    view! {
        <section class="panel" aria-labelledby="mod-tools">
            <div class="page-head">
                <h2 id="mod-tools">{t!("profiles-mod-tools")}</h2>
                <a href=format!("/mod/members/{}", p.user_id)>{t!("profiles-mod-restrict")}</a>
            </div>
            <FormAlert error=last_error(badge.value()) />
            <FormAlert error=last_error(spotlight.value()) />
            <ActionForm action=badge attr:class="stacked-form">
                <input type="hidden" name="handle" value=award_handle />
                <input type="hidden" name="award" value="true" />
                <Field label=t!("profiles-award-badge") id="award-badge">
                    <select name="badge_id">
                        {p.manual_badges.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </Field>
                <Field label=t!("profiles-award-reason") id="award-reason">
                    <input name="reason" maxlength="300" required />
                </Field>
                <button type="submit" class="button small">{t!("profiles-award")}</button>
            </ActionForm>
            {(!held.is_empty()).then(|| view! {
                <ActionForm action=badge attr:class="stacked-form">
                    <input type="hidden" name="handle" value=revoke_handle.clone() />
                    <input type="hidden" name="award" value="false" />
                    <Field label=t!("profiles-revoke-badge") id="revoke-badge">
                        <select name="badge_id">
                            {held.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                        </select>
                    </Field>
                    <Field label=t!("profiles-revoke-reason") id="revoke-reason">
                        <input name="reason" maxlength="300" required />
                    </Field>
                    <button type="submit" class="button small secondary">{t!("profiles-revoke")}</button>
                </ActionForm>
            })}
            <ActionForm action=spotlight attr:class="stacked-form">
                <input type="hidden" name="handle" value=spotlight_handle />
                <Field label=t!("profiles-spotlight-citation") id="spotlight-citation">
                    <textarea name="citation" rows="2" maxlength="500" required></textarea>
                </Field>
                <button type="submit" class="button small">{t!("profiles-spotlight")}</button>
            </ActionForm>
        </section>
    }
}
