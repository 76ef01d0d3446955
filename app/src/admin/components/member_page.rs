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
    common::text::thousands,
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
            <Suspense fallback=|| view! { <p class="loading">"Loading the member…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => Either::Left(view! { <Detail d /> }),
                        Err(error) => Either::Right(view! { <Title text="Member" /> <Problem error /> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

fn none_yet(what: &'static str) -> impl IntoView {
    view! { <p class="empty">{what}</p> }
}

#[component]
fn Detail(d: MemberDetail) -> impl IntoView {
    let m = d.member.clone();
    let c = d.counts;
    let status = if m.deleted {
        "Deleted".to_string()
    } else if m.removed {
        "Removed as spam".to_string()
    } else if let Some(r) = &d.standing.suspended {
        format!("Suspended: {}", r.reason)
    } else if let Some(r) = &d.standing.silenced {
        format!("Silenced: {}", r.reason)
    } else {
        "Active".to_string()
    };
    let nps = match m.nps {
        Some(score) => format!("{score} ({})", NpsGroup::of(Some(score)).label()),
        None => "Not answered".to_string(),
    };
    let referrer = match m.referred_by.clone() {
        Some((name, handle)) => Either::Left(view! { <a href=format!("/u/{handle}")>{name}</a> }),
        None => Either::Right("Nobody"),
    };
    let id = m.id;
    view! {
        <Title text=format!("{} · Members", m.display_name) />
        <nav class="crumbs" aria-label="Breadcrumb">
            <a href="/admin/members">"Members"</a> " › " <span aria-current="page">{m.display_name.clone()}</span>
        </nav>
        <section class="panel member-detail" aria-labelledby="member-title">
            <div class="member-head">
                <Avatar name=m.display_name.clone() handle=m.handle.clone() avatar=m.avatar.clone() large=true />
                <div>
                    <h1 id="member-title">{m.display_name.clone()}</h1>
                    <p class="meta">{format!("@{} · {}", m.handle, m.role.label())}</p>
                    <p class="actions">
                        {(!m.deleted).then(|| view! { <a href=format!("/u/{}", m.handle)>"Public profile"</a> " · " })}
                        <a href=format!("/mod/members/{id}")>"Suspend or silence"</a>
                        {(!m.deleted).then(|| view! { " · " <a href=format!("/admin/members/{id}/delete")>"Delete the account"</a> })}
                    </p>
                </div>
            </div>
            <dl class="facts">
                <dt>"Email"</dt>
                <dd>{m.email.clone()} {if m.verified { " (confirmed)" } else { " (not confirmed)" }}</dd>
                <dt>"Standing"</dt><dd>{status}</dd>
                <dt>"Joined"</dt><dd><When at=m.created_at /></dd>
                <dt>"Last seen"</dt>
                <dd>{m.last_seen_at.map_or_else(|| Either::Left("Never"), |at| Either::Right(view! { <When at /> }))}</dd>
                <dt>"Level"</dt><dd>{if m.level.is_empty() { "—".to_string() } else { m.level.clone() }}</dd>
                <dt>"Points"</dt>
                <dd>{format!("{} to spend · {} earned in all", thousands(m.balance), thousands(m.lifetime))}</dd>
                <dt>"Groups"</dt><dd>{if m.groups.is_empty() { "None".to_string() } else { m.groups.join(", ") }}</dd>
                <dt>"Latest NPS answer"</dt><dd>{nps}</dd>
                <dt>"Referred by"</dt><dd>{referrer}</dd>
            </dl>
        </section>
        <section class="panel" aria-labelledby="activity-title">
            <h2 id="activity-title">"Activity"</h2>
            <ul class="member-counts" role="list">
                <li><strong>{thousands(c.topics)}</strong>" topics"</li>
                <li><strong>{thousands(c.posts)}</strong>" posts"</li>
                <li><strong>{thousands(c.hidden_posts)}</strong>" hidden"</li>
                <li><strong>{thousands(c.likes_received)}</strong>" likes received"</li>
                <li><strong>{thousands(c.stories)}</strong>" stories"</li>
                <li><strong>{thousands(c.redemptions)}</strong>" redemptions"</li>
            </ul>
            <h3>"Badges"</h3>
            {if d.badges.is_empty() { Either::Left(none_yet("No badges yet.")) } else {
                Either::Right(view! {
                    <ul class="inline-list">
                        {d.badges.iter().map(|(name, at)| view! { <li>{name.clone()} " (" <When at=*at /> ")"</li> }).collect_view()}
                    </ul>
                })
            }}
            <h3>"Newest posts"</h3>
            <Posts posts=d.posts.clone() />
        </section>
        <Ledger d=d.clone() />
        <Spending d=d.clone() />
        <section class="panel" aria-labelledby="flags-title">
            <h2 id="flags-title">"Flags"</h2>
            <h3>{format!("On their posts ({})", thousands(c.flags_on))}</h3>
            <Flags flags=d.flags_on.clone() who="Flagged by" empty="Nobody has flagged their posts." />
            <h3>{format!("Raised by them ({})", thousands(c.flags_by))}</h3>
            <Flags flags=d.flags_by.clone() who="Post by" empty="They have not flagged anything." />
        </section>
        <section class="panel" aria-labelledby="nps-title">
            <h2 id="nps-title">"NPS answers"</h2>
            {if d.nps.is_empty() { Either::Left(none_yet("No answers to an NPS survey.")) } else {
                Either::Right(view! {
                    <div class="table-scroll"><table class="data">
                        <thead><tr><th scope="col">"Survey"</th><th scope="col" class="num">"Score"</th><th scope="col">"Why"</th><th scope="col">"When"</th></tr></thead>
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
            <h2 id="audit-title">{format!("Audit entries ({})", thousands(c.audit))}</h2>
            <p class="hint">"Staff actions on this account and its posts, and what they did as staff; newest first."</p>
            {if d.audit.is_empty() { Either::Left(none_yet("Nothing recorded.")) } else {
                Either::Right(view! {
                    <div class="table-scroll"><table class="data">
                        <thead><tr><th scope="col">"When"</th><th scope="col">"Who"</th><th scope="col">"Action"</th><th scope="col">"On"</th><th scope="col">"Detail"</th></tr></thead>
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
        return Either::Left(none_yet("No posts yet."));
    }
    Either::Right(view! {
        <ul class="post-lines">
            {posts.into_iter().map(|p| view! {
                <li>
                    <a href=p.href()>{format!("{} #{}", p.topic_title, p.number)}</a>
                    {(!p.mark().is_empty()).then(|| view! { " " <span class="tag">{p.mark()}</span> })}
                    " · " <When at=p.created_at />
                    <p class="meta">{p.excerpt.clone()}</p>
                </li>
            }).collect_view()}
        </ul>
    })
}

#[component]
fn Flags(flags: Vec<FlagLine>, who: &'static str, empty: &'static str) -> impl IntoView {
    if flags.is_empty() {
        return Either::Left(none_yet(empty));
    }
    Either::Right(view! {
        <div class="table-scroll"><table class="data">
            <thead><tr>
                <th scope="col">"Post"</th><th scope="col">"Reason"</th><th scope="col">{who}</th>
                <th scope="col">"When"</th><th scope="col">"Outcome"</th>
            </tr></thead>
            <tbody>
                {flags.into_iter().map(|f| view! {
                    <tr>
                        <td><a href=f.post.href()>{format!("{} #{}", f.post.topic_title, f.post.number)}</a></td>
                        <td>{f.reason.clone()} {(!f.note.is_empty()).then(|| format!(": {}", f.note))}</td>
                        <td>{f.who.clone()}</td>
                        <td><When at=f.created_at /></td>
                        <td>{match f.resolution.as_deref() { Some("hidden") => "Post hidden", Some(_) => "Dismissed", None => "Open" }}</td>
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
            <h2 id="ledger-title">"Points ledger"</h2>
            {if d.ledger.is_empty() { Either::Left(none_yet("No points yet.")) } else {
                Either::Right(view! {
                    <div class="table-scroll"><table class="data">
                        <thead><tr><th scope="col">"When"</th><th scope="col">"What"</th><th scope="col" class="num">"Points"</th><th scope="col">"Note"</th></tr></thead>
                        <tbody>
                            {d.ledger.iter().map(|e| view! {
                                <tr>
                                    <td><When at=e.created_at /></td>
                                    <td>{e.reason.label()} {e.reversed.then_some(" (reversed)")}</td>
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
            <h2 id="rewards-title">{format!("Redemptions ({})", thousands(d.counts.redemptions))}</h2>
            {if d.redemptions.is_empty() { Either::Left(none_yet("No rewards redeemed.")) } else {
                Either::Right(view! {
                    <div class="table-scroll"><table class="data">
                        <thead><tr><th scope="col">"Reward"</th><th scope="col" class="num">"Cost"</th><th scope="col">"Status"</th><th scope="col">"When"</th></tr></thead>
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
            <h2 id="referrals-title">"Referrals"</h2>
            <p>{format!(
                "{} people referred · {} visits to their link · {} points from referrals",
                d.referrals.len(), thousands(d.referral_clicks), thousands(d.referral_points)
            )}</p>
            {if d.referrals.is_empty() { Either::Left(none_yet("Nobody referred yet.")) } else {
                Either::Right(view! {
                    <div class="table-scroll"><table class="data">
                        <thead><tr><th scope="col">"Friend"</th><th scope="col">"Status"</th><th scope="col">"Joined"</th></tr></thead>
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
