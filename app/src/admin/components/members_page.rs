use super::{
    role_form::RoleForm,
    spam_form::{ConfirmEmailForm, SpamForm},
};
use crate::{
    accounts::{components::RequireRole, domain::Role},
    admin::{
        api::list_members,
        domain::{MemberPage, MemberSummary, MEMBERS_PER_PAGE},
        filter::{MemberFilter, MemberSort, MemberStatus, MembersQuery, NpsGroup, SEARCH_MAX},
    },
    common::{paging::page_count, text::thousands},
    ui::{Avatar, Pager, Problem, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/admin/members`: everyone in the community, searched by name, email or handle, filtered by role, status
/// and level, in the order chosen (admins only). The search is a plain GET form, so it works without
/// JavaScript and every result page has an address; the CSV link downloads everything the search finds.
#[component]
pub fn MembersPage() -> impl IntoView {
    let query = use_query_map();
    let args = move || {
        let q = query.read();
        let get = |k: &str| q.get(k).unwrap_or_default();
        let page = q.get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
        let filter = MembersQuery {
            q: get("q"),
            role: get("role"),
            status: get("status"),
            level: get("level"),
            group: get("group"),
            nps: get("nps"),
            sort: get("sort"),
        };
        (filter, page)
    };
    // Created here, outside the guard's Suspense: a resource created inside a Suspense can stall the server
    // render (leptos-rs/leptos#4866).
    let members = Resource::new(args, |(filter, page)| list_members(filter, page));
    view! {
        <Title text="Members" />
        <RequireRole role=Role::Admin>
            <section class="panel" aria-labelledby="members-title">
                <h1 id="members-title">"Members"</h1>
                <Suspense fallback=|| view! { <p class="loading">"Loading members…"</p> }>
                    {move || Suspend::new(async move {
                        match members.await {
                            Ok(page) => Either::Left(view! { <Search page=page.clone() /> <MemberTable page /> }),
                            Err(error) => Either::Right(view! { <Problem error /> }),
                        }
                    })}
                </Suspense>
            </section>
        </RequireRole>
    }
}

/// The search form, filled in with the search on screen.
#[component]
fn Search(page: MemberPage) -> impl IntoView {
    let f = page.filter.clone();
    view! {
        <form method="get" action="/admin/members" class="member-search" role="search" aria-label="Members">
            <div class="field">
                <label for="member-q">"Name, email or handle"</label>
                <input id="member-q" type="search" name="q" value=f.q.clone() maxlength=SEARCH_MAX />
            </div>
            <div class="field">
                <label for="member-role">"Role"</label>
                <select id="member-role" name="role">
                    <option value="">"Any"</option>
                    {[Role::Member, Role::Moderator, Role::Admin].into_iter().map(|r| view! {
                        <option value=r.as_str() selected=f.role == Some(r)>{r.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="member-status">"Status"</label>
                <select id="member-status" name="status">
                    <option value="">"Any"</option>
                    {MemberStatus::ALL.into_iter().map(|s| view! {
                        <option value=s.as_str() selected=f.status == Some(s)>{s.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="member-level">"Level"</label>
                <select id="member-level" name="level">
                    <option value="">"Any"</option>
                    {page.levels.iter().map(|(id, name)| view! {
                        <option value=*id selected=f.level == Some(*id)>{name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="member-group">"Group"</label>
                <select id="member-group" name="group">
                    <option value="">"Any"</option>
                    {page.groups.iter().map(|(id, name)| view! {
                        <option value=*id selected=f.group == Some(*id)>{name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="member-nps">"NPS"</label>
                <select id="member-nps" name="nps">
                    <option value="">"Any"</option>
                    {NpsGroup::ALL.into_iter().map(|g| view! {
                        <option value=g.as_str() selected=f.nps == Some(g)>{g.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="member-sort">"Order"</label>
                <select id="member-sort" name="sort">
                    {MemberSort::ALL.into_iter().map(|s| view! {
                        <option value=s.as_str() selected=f.sort == s>{s.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">"Search"</button>
        </form>
    }
}

fn base(filter: &MemberFilter) -> String {
    match filter.query_string() {
        q if q.is_empty() => "/admin/members".to_string(),
        q => format!("/admin/members?{q}"),
    }
}

#[component]
fn MemberTable(page: MemberPage) -> impl IntoView {
    let last = page_count(page.total, MEMBERS_PER_PAGE);
    let query = page.filter.query_string();
    let csv = if query.is_empty() { "/admin/members.csv".to_string() } else { format!("/admin/members.csv?{query}") };
    let found = match (page.total, page.filter.narrows()) {
        (1, true) => "1 member found".to_string(),
        (n, true) => format!("{} members found", thousands(n)),
        (1, false) => "1 member".to_string(),
        (n, false) => format!("{} members", thousands(n)),
    };
    let summary = view! {
        <p class="list-summary" role="status">
            {found} " · " <a href=csv download>"Download these as CSV"</a>
            {page.filter.narrows().then(|| view! { " · " <a href="/admin/members">"Clear the search"</a> })}
        </p>
    };
    if page.members.is_empty() {
        let empty = if page.filter.narrows() { "Nobody matches this search." } else { "No members on this page." };
        return Either::Left(view! { {summary} <p class="empty">{empty}</p> });
    }
    let base = base(&page.filter);
    Either::Right(view! {
        {summary}
        <div class="table-scroll">
            <table class="data members">
                <caption class="visually-hidden">{format!("Members, {}", page.filter.sort.label().to_lowercase())}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Member"</th><th scope="col">"Email"</th><th scope="col">"Level"</th>
                        <th scope="col" class="num">"Points"</th><th scope="col">"Groups"</th><th scope="col">"NPS"</th>
                        <th scope="col">"Referred by"</th><th scope="col">"Joined"</th><th scope="col">"Last seen"</th>
                        <th scope="col">"Standing"</th><th scope="col">"Role"</th><th scope="col">"Account"</th>
                    </tr>
                </thead>
                <tbody>
                    {page.members.into_iter().map(|m| view! { <MemberRow m /> }).collect_view()}
                </tbody>
            </table>
        </div>
        <Pager base page=page.page last />
    })
}

#[component]
fn MemberRow(m: MemberSummary) -> impl IntoView {
    let standing = if m.deleted {
        Either::Left("Deleted")
    } else if m.removed {
        Either::Left("Removed as spam")
    } else {
        let state = match (m.suspended_until, m.silenced_until) {
            (Some(_), _) => "Suspended",
            (None, Some(_)) => "Silenced",
            _ => "Active",
        };
        Either::Right(view! {
            <a href=format!("/mod/members/{}", m.id) aria-label=format!("Standing of {}: {state}", m.display_name)>{state}</a>
        })
    };
    let nps = match m.nps {
        Some(score) => format!("{score} · {}", NpsGroup::of(Some(score)).as_str()),
        None => "—".to_string(),
    };
    let referrer = match m.referred_by.clone() {
        Some((name, handle)) => Either::Left(view! { <a href=format!("/u/{handle}")>{name}</a> }),
        None => Either::Right("—"),
    };
    let seen = m.last_seen_at.map_or_else(|| Either::Left("Never"), |at| Either::Right(view! { <When at /> }));
    view! {
        <tr>
            <td class="member-cell">
                <Avatar name=m.display_name.clone() handle=m.handle.clone() avatar=m.avatar.clone() />
                " "
                <a href=format!("/admin/members/{}", m.id)>{m.display_name.clone()}</a>
                <span class="meta">{format!(" @{}", m.handle)}</span>
            </td>
            <td>{m.email.clone()} <ConfirmEmailForm member=m.clone() /></td>
            <td>{m.level.clone()}</td>
            <td class="num">{thousands(m.balance)}</td>
            <td>{if m.groups.is_empty() { "—".to_string() } else { m.groups.join(", ") }}</td>
            <td>{nps}</td>
            <td>{referrer}</td>
            <td><When at=m.created_at /></td>
            <td>{seen}</td>
            <td>{standing}</td>
            <td><RoleForm member=m.clone() /></td>
            <td><SpamForm member=m /></td>
        </tr>
    }
}
