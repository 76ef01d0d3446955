//! `/admin/members/:id`: one member for an admin: who they are, where they stand, what they did, what they
//! earned and spent, whom they referred, the flags on their posts and by them, their NPS answers and the audit
//! trail. Read-only; the standing and deletion pages it links to act.

use crate::{
    accounts::{components::RequireRole, domain::Role},
    admin::{
        detail::{FlagLine, MemberDetail, PostLine},
        detail_api::get_member_detail,
        filter::NpsGroup,
    },
    i18n::{current, format::number},
    t,
    ui::{Avatar, Pager, Problem, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn MemberPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let args = move || {
        let id = params.read().get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
        let page = query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
        (id, page)
    };
    // Outside the guard's Suspense (leptos-rs/leptos#4866).
    let data = Resource::new(args, |(id, page)| get_member_detail(id, page));
    view! {
        <RequireRole role=Role::Admin>
            <Suspense fallback=|| view! { <p class="loading">{t!("admin-member-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => Either::Left(view! { <Detail d /> }),
                        Err(error) => Either::Right(view! { <Title text=t!("admin-member") /> <Problem error /> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

/// A figure as the page's language groups it.
fn thousands(n: i64) -> String {
    number(current(), n)
}

fn none_yet(what: String) -> impl IntoView {
    view! { <p class="empty">{what}</p> }
}

#[component]
fn Detail(d: MemberDetail) -> impl IntoView {
    let m = d.member.clone();
    let c = d.counts;
    let status = if m.deleted {
        t!("admin-status-deleted")
    } else if m.removed {
        t!("admin-status-removed")
    } else if let Some(r) = &d.standing.suspended {
        t!("admin-suspended-because", reason = r.reason.clone())
    } else if let Some(r) = &d.standing.silenced {
        t!("admin-silenced-because", reason = r.reason.clone())
    } else {
        t!("admin-status-active")
    };
    let nps = match m.nps {
        Some(score) => format!("{score} ({})", NpsGroup::of(Some(score)).label()),
        None => NpsGroup::Unanswered.label(),
    };
    let referrer = match m.referred_by.clone() {
        Some((name, handle)) => Either::Left(view! { <a href=format!("/u/{handle}")>{name}</a> }),
        None => Either::Right(t!("admin-nobody")),
    };
    let id = m.id;
    view! {
        <Title text=t!("admin-member-page-title", name = m.display_name.clone()) />
        <nav class="crumbs" aria-label=t!("admin-breadcrumb")>
            <a href="/admin/members">{t!("admin-members-title")}</a> " › " <span aria-current="page">{m.display_name.clone()}</span>
        </nav>
        <section class="panel member-detail" aria-labelledby="member-title">
            <div class="member-head">
                <Avatar name=m.display_name.clone() handle=m.handle.clone() avatar=m.avatar.clone() large=true />
                <div>
                    <h1 id="member-title">{m.display_name.clone()}</h1>
                    <p class="meta">{format!("@{} · {}", m.handle, m.role.label())}</p>
                    <p class="actions">
                        {(!m.deleted).then(|| view! { <a href=format!("/u/{}", m.handle)>{t!("admin-public-profile")}</a> " · " })}
                        <a href=format!("/mod/members/{id}")>{t!("admin-suspend-or-silence")}</a>
                        {(!m.deleted).then(|| view! { " · " <a href=format!("/admin/members/{id}/delete")>{t!("admin-delete-the-account")}</a> })}
                    </p>
                </div>
            </div>
            <dl class="facts">
                <dt>{t!("admin-email")}</dt>
                <dd>
                    {m.email.clone()} " "
                    {if m.verified { t!("admin-email-confirmed-note") } else { t!("admin-email-not-confirmed-note") }}
                </dd>
                <dt>{t!("admin-standing")}</dt><dd>{status}</dd>
                <dt>{t!("admin-joined")}</dt><dd><When at=m.created_at /></dd>
                <dt>{t!("admin-last-seen")}</dt>
                <dd>{m.last_seen_at.map_or_else(|| Either::Left(t!("admin-never")), |at| Either::Right(view! { <When at /> }))}</dd>
                <dt>{t!("admin-level")}</dt><dd>{if m.level.is_empty() { "—".to_string() } else { m.level.clone() }}</dd>
                <dt>{t!("admin-points")}</dt>
                <dd>{t!("admin-points-summary", balance = m.balance, lifetime = m.lifetime)}</dd>
                <dt>{t!("admin-groups")}</dt><dd>{if m.groups.is_empty() { t!("admin-groups-none") } else { m.groups.join(", ") }}</dd>
                <dt>{t!("admin-latest-nps")}</dt><dd>{nps}</dd>
                <dt>{t!("admin-referred-by")}</dt><dd>{referrer}</dd>
            </dl>
        </section>
        <section class="panel" aria-labelledby="activity-title">
            <h2 id="activity-title">{t!("admin-activity")}</h2>
            <ul class="member-counts" role="list">
                <li><strong>{thousands(c.topics)}</strong>" "{t!("admin-count-topics", count = c.topics)}</li>
                <li><strong>{thousands(c.posts)}</strong>" "{t!("admin-count-posts", count = c.posts)}</li>
                <li><strong>{thousands(c.hidden_posts)}</strong>" "{t!("admin-count-hidden", count = c.hidden_posts)}</li>
                <li><strong>{thousands(c.likes_received)}</strong>" "{t!("admin-count-likes", count = c.likes_received)}</li>
                <li><strong>{thousands(c.stories)}</strong>" "{t!("admin-count-stories", count = c.stories)}</li>
                <li><strong>{thousands(c.redemptions)}</strong>" "{t!("admin-count-redemptions", count = c.redemptions)}</li>
            </ul>
            <h3>{t!("admin-badges")}</h3>
            {if d.badges.is_empty() { Either::Left(none_yet(t!("admin-badges-none"))) } else {
                Either::Right(view! {
                    <ul class="inline-list">
                        {d.badges.iter().map(|(name, at)| view! { <li>{name.clone()} " (" <When at=*at /> ")"</li> }).collect_view()}
                    </ul>
                })
            }}
            <h3>{t!("admin-newest-posts")}</h3>
            <Posts posts=d.posts.clone() />
        </section>
        <Ledger d=d.clone() />
        <Spending d=d.clone() />
        <section class="panel" aria-labelledby="flags-title">
            <h2 id="flags-title">{t!("admin-flags")}</h2>
            <h3>{t!("admin-flags-on", count = c.flags_on)}</h3>
            <Flags flags=d.flags_on.clone() who=t!("admin-flagged-by") empty=t!("admin-flags-on-none") />
            <h3>{t!("admin-flags-by", count = c.flags_by)}</h3>
            <Flags flags=d.flags_by.clone() who=t!("admin-post-by") empty=t!("admin-flags-by-none") />
        </section>
        <section class="panel" aria-labelledby="nps-title">
            <h2 id="nps-title">{t!("admin-nps-answers")}</h2>
            {if d.nps.is_empty() { Either::Left(none_yet(t!("admin-nps-answers-none"))) } else {
                Either::Right(view! {
                    <div class="table-scroll"><table class="data">
                        <thead><tr>
                            <th scope="col">{t!("admin-survey")}</th><th scope="col" class="num">{t!("admin-score")}</th>
                            <th scope="col">{t!("admin-why")}</th><th scope="col">{t!("admin-when")}</th>
                        </tr></thead>
                        <tbody>
                            {d.nps.iter().map(|a| view! {
                                <tr><td>{a.survey.clone()}</td><td class="num">{a.score}</td><td>{a.comment.clone()}</td><td><When at=a.created_at /></td></tr>
                            }).collect_view()}
                        </tbody>
                    </table></div>
                })
            }}
        </section>
        <section class="panel" aria-labelledby="audit-title">
            <h2 id="audit-title">{t!("admin-audit-entries", count = c.audit)}</h2>
            <p class="hint">{t!("admin-audit-hint")}</p>
            {if d.audit.is_empty() { Either::Left(none_yet(t!("admin-audit-none"))) } else {
                Either::Right(view! {
                    <div class="table-scroll"><table class="data">
                        <thead><tr>
                            <th scope="col">{t!("admin-when")}</th><th scope="col">{t!("admin-who")}</th>
                            <th scope="col">{t!("admin-action")}</th><th scope="col">{t!("admin-on")}</th>
                            <th scope="col">{t!("admin-detail")}</th>
                        </tr></thead>
                        <tbody>
                            {d.audit.iter().map(|a| view! {
                                <tr>
                                    <td><When at=a.created_at /></td><td>{a.actor_name.clone()}</td><td>{a.action.clone()}</td>
                                    <td>{format!("{} {}", a.target_kind, a.target_id)}</td><td>{a.detail.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table></div>
                })
            }}
        </section>
    }
}

#[component]
fn Posts(posts: Vec<PostLine>) -> impl IntoView {
    if posts.is_empty() {
        return Either::Left(none_yet(t!("admin-posts-none")));
    }
    Either::Right(view! {
        <ul class="post-lines">
            {posts.into_iter().map(|p| view! {
                <li>
                    <a href=p.href()>{format!("{} #{}", p.topic_title, p.number)}</a>
                    {Some(p.mark()).filter(|mark| !mark.is_empty()).map(|mark| view! { " " <span class="tag">{mark}</span> })}
                    " · " <When at=p.created_at />
                    <p class="meta">{p.excerpt.clone()}</p>
                </li>
            }).collect_view()}
        </ul>
    })
}

#[component]
fn Flags(flags: Vec<FlagLine>, who: String, empty: String) -> impl IntoView {
    if flags.is_empty() {
        return Either::Left(none_yet(empty));
    }
    Either::Right(view! {
        <div class="table-scroll"><table class="data">
            <thead><tr>
                <th scope="col">{t!("admin-post")}</th><th scope="col">{t!("admin-reason")}</th><th scope="col">{who}</th>
                <th scope="col">{t!("admin-when")}</th><th scope="col">{t!("admin-outcome")}</th>
            </tr></thead>
            <tbody>
                {flags.into_iter().map(|f| view! {
                    <tr>
                        <td><a href=f.post.href()>{format!("{} #{}", f.post.topic_title, f.post.number)}</a></td>
                        <td>{f.reason.clone()} {(!f.note.is_empty()).then(|| format!(": {}", f.note))}</td>
                        <td>{f.who.clone()}</td>
                        <td><When at=f.created_at /></td>
                        <td>{match f.resolution.as_deref() {
                            Some("hidden") => t!("admin-flag-hidden"),
                            Some(_) => t!("admin-flag-dismissed"),
                            None => t!("admin-flag-open"),
                        }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table></div>
    })
}

#[component]
fn Ledger(d: MemberDetail) -> impl IntoView {
    let base = format!("/admin/members/{}", d.member.id);
    view! {
        <section class="panel" aria-labelledby="ledger-title">
            <h2 id="ledger-title">{t!("admin-ledger")}</h2>
            {if d.ledger.is_empty() { Either::Left(none_yet(t!("admin-ledger-none"))) } else {
                Either::Right(view! {
                    <div class="table-scroll"><table class="data">
                        <thead><tr>
                            <th scope="col">{t!("admin-when")}</th><th scope="col">{t!("admin-what")}</th>
                            <th scope="col" class="num">{t!("admin-points")}</th><th scope="col">{t!("admin-note")}</th>
                        </tr></thead>
                        <tbody>
                            {d.ledger.iter().map(|e| view! {
                                <tr>
                                    <td><When at=e.created_at /></td>
                                    <td>{e.reason.label()} {e.reversed.then(|| view! { " " {t!("admin-ledger-reversed")} })}</td>
                                    <td class="num">{if e.amount > 0 { format!("+{}", thousands(e.amount)) } else { thousands(e.amount) }}</td>
                                    <td>{e.note.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table></div>
                })
            }}
            <Pager base page=d.ledger_page last=d.ledger_last />
        </section>
    }
}

#[component]
fn Spending(d: MemberDetail) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="rewards-title">
            <h2 id="rewards-title">{t!("admin-redemptions", count = d.counts.redemptions)}</h2>
            {if d.redemptions.is_empty() { Either::Left(none_yet(t!("admin-redemptions-none"))) } else {
                Either::Right(view! {
                    <div class="table-scroll"><table class="data">
                        <thead><tr>
                            <th scope="col">{t!("admin-reward")}</th><th scope="col" class="num">{t!("admin-cost")}</th>
                            <th scope="col">{t!("admin-status")}</th><th scope="col">{t!("admin-when")}</th>
                        </tr></thead>
                        <tbody>
                            {d.redemptions.iter().map(|r| view! {
                                <tr>
                                    <td>{r.reward_title.clone()}</td><td class="num">{thousands(r.cost)}</td>
                                    <td>{r.status.label()}</td><td><When at=r.created_at /></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table></div>
                })
            }}
        </section>
        <section class="panel" aria-labelledby="referrals-title">
            <h2 id="referrals-title">{t!("admin-referrals")}</h2>
            <p>{t!(
                "admin-referrals-summary",
                people = d.referrals.len(),
                visits = d.referral_clicks,
                points = d.referral_points,
            )}</p>
            {if d.referrals.is_empty() { Either::Left(none_yet(t!("admin-referrals-none"))) } else {
                Either::Right(view! {
                    <div class="table-scroll"><table class="data">
                        <thead><tr>
                            <th scope="col">{t!("admin-friend")}</th><th scope="col">{t!("admin-status")}</th>
                            <th scope="col">{t!("admin-joined")}</th>
                        </tr></thead>
                        <tbody>
                            {d.referrals.iter().map(|r| view! {
                                <tr>
                                    <td>{match r.handle.clone() {
                                        Some(h) => Either::Left(view! { <a href=format!("/u/{h}")>{r.name.clone()}</a> }),
                                        None => Either::Right(r.name.clone()),
                                    }}</td>
                                    <td>{r.status.label()}</td><td><When at=r.joined_at /></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table></div>
                })
            }}
        </section>
    }
}
