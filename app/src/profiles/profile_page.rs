use crate::{
    profiles::{get_profile, views::Profile},
    recognition::{
        api::{SetBadge, SetSpotlight},
        components::BadgeChip,
    },
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
    let badge = ServerAction::<SetBadge>::new();
    let spotlight = ServerAction::<SetSpotlight>::new();
    let data =
        Resource::new(move || (handle(), badge.version().get(), spotlight.version().get()), |(h, _, _)| get_profile(h));
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
            <aside class="panel spotlight" aria-label="Advocate of the month">
                <p class="badge">"Advocate of the month"</p>
                <blockquote>{s.citation}</blockquote>
            </aside>
        }
    });
    let badges = if p.badges.is_empty() {
        Either::Left(view! { <p class="empty">"No badges yet."</p> })
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
        Either::Left(view! { <p class="empty">"No posts yet."</p> })
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
        facts.push(view! { <li>{format!("Based in {}", d.location)}</li> }.into_any());
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
                    <p class="meta">{format!("@{} · {} points · member since ", p.handle, p.lifetime)}<When at=p.member_since /></p>
                </div>
            </div>
            {(!p.bio_html.is_empty()).then(|| view! { <div class="prose profile-bio" inner_html=p.bio_html.clone()></div> })}
            {(!facts.is_empty()).then(|| view! {
                <ul class="profile-facts" aria-label="About">
                    {facts}
                </ul>
            })}
        </section>
        {spot}
        <section aria-labelledby="badges-title">
            <h2 id="badges-title">"Badges"</h2>
            {badges}
        </section>
        {(!p.featured_stories.is_empty()).then(|| view! {
            <section aria-labelledby="stories-title">
                <h2 id="stories-title">"Featured stories"</h2>
                <ul class="story-grid">
                    {p.featured_stories.clone().into_iter().map(|card| view! {
                        <li><crate::stories::components::StoryCardView card /></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section aria-labelledby="posts-title">
            <h2 id="posts-title">"Recent posts"</h2>
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
                <h2 id="mod-tools">"Moderator tools"</h2>
                <a href=format!("/mod/members/{}", p.user_id)>"Suspend or silence…"</a>
            </div>
            <FormAlert error=last_error(badge.value()) />
            <FormAlert error=last_error(spotlight.value()) />
            <ActionForm action=badge attr:class="stacked-form">
                <input type="hidden" name="handle" value=award_handle />
                <input type="hidden" name="award" value="true" />
                <Field label="Award a badge" id="award-badge">
                    <select name="badge_id">
                        {p.manual_badges.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </Field>
                <Field label="Reason (the member sees it)" id="award-reason">
                    <input name="reason" maxlength="300" required />
                </Field>
                <button type="submit" class="button small">"Award"</button>
            </ActionForm>
            {(!held.is_empty()).then(|| view! {
                <ActionForm action=badge attr:class="stacked-form">
                    <input type="hidden" name="handle" value=revoke_handle.clone() />
                    <input type="hidden" name="award" value="false" />
                    <Field label="Revoke a badge" id="revoke-badge">
                        <select name="badge_id">
                            {held.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                        </select>
                    </Field>
                    <Field label="Reason" id="revoke-reason">
                        <input name="reason" maxlength="300" required />
                    </Field>
                    <button type="submit" class="button small secondary">"Revoke"</button>
                </ActionForm>
            })}
            <ActionForm action=spotlight attr:class="stacked-form">
                <input type="hidden" name="handle" value=spotlight_handle />
                <Field label="Make advocate of the month: citation" id="spotlight-citation">
                    <textarea name="citation" rows="2" maxlength="500" required></textarea>
                </Field>
                <button type="submit" class="button small">"Put in the spotlight"</button>
            </ActionForm>
        </section>
    }
}
