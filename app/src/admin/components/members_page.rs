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
    common::paging::page_count,
    i18n::{current, format::number},
    t,
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
        <Title text=t!("admin-members-title") />
        <RequireRole role=Role::Admin>
            <section class="panel" aria-labelledby="members-title">
                <h1 id="members-title">{t!("admin-members-title")}</h1>
                <Suspense fallback=|| view! { <p class="loading">{t!("admin-members-loading")}</p> }>
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
        <form method="get" action="/admin/members" class="member-search" role="search" aria-label=t!("admin-members-title")>
            <div class="field">
                <label for="member-q">{t!("admin-search-label")}</label>
                <input id="member-q" type="search" name="q" value=f.q.clone() maxlength=SEARCH_MAX />
            </div>
            <div class="field">
                <label for="member-role">{t!("admin-role")}</label>
                <select id="member-role" name="role">
                    <option value="">{t!("admin-any")}</option>
                    {[Role::Member, Role::Moderator, Role::Admin].into_iter().map(|r| view! {
                        <option value=r.as_str() selected=f.role == Some(r)>{r.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="member-status">{t!("admin-status")}</label>
                <select id="member-status" name="status">
                    <option value="">{t!("admin-any")}</option>
                    {MemberStatus::ALL.into_iter().map(|s| view! {
                        <option value=s.as_str() selected=f.status == Some(s)>{s.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="member-level">{t!("admin-level")}</label>
                <select id="member-level" name="level">
                    <option value="">{t!("admin-any")}</option>
                    {page.levels.iter().map(|(id, name)| view! {
                        <option value=*id selected=f.level == Some(*id)>{name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="member-group">{t!("admin-group")}</label>
                <select id="member-group" name="group">
                    <option value="">{t!("admin-any")}</option>
                    {page.groups.iter().map(|(id, name)| view! {
                        <option value=*id selected=f.group == Some(*id)>{name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="member-nps">{t!("admin-nps")}</label>
                <select id="member-nps" name="nps">
                    <option value="">{t!("admin-any")}</option>
                    {NpsGroup::ALL.into_iter().map(|g| view! {
                        <option value=g.as_str() selected=f.nps == Some(g)>{g.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="member-sort">{t!("admin-order")}</label>
                <select id="member-sort" name="sort">
                    {MemberSort::ALL.into_iter().map(|s| view! {
                        <option value=s.as_str() selected=f.sort == s>{s.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{t!("admin-search")}</button>
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
    let found = if page.filter.narrows() {
        t!("admin-members-found", count = page.total)
    } else {
        t!("admin-members-count", count = page.total)
    };
    let summary = view! {
        <p class="list-summary" role="status">
            {found} " · " <a href=csv download>{t!("admin-members-csv")}</a>
            {page.filter.narrows().then(|| view! { " · " <a href="/admin/members">{t!("admin-members-clear")}</a> })}
        </p>
    };
    if page.members.is_empty() {
        let empty = if page.filter.narrows() { t!("admin-members-none-found") } else { t!("admin-members-none-here") };
        return Either::Left(view! { {summary} <p class="empty">{empty}</p> });
    }
    let base = base(&page.filter);
    Either::Right(view! {
        {summary}
        <div class="table-scroll">
            <table class="data members">
                <caption class="visually-hidden">{t!("admin-members-caption", sort = page.filter.sort.as_str())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!("admin-member")}</th><th scope="col">{t!("admin-email")}</th>
                        <th scope="col">{t!("admin-level")}</th><th scope="col" class="num">{t!("admin-points")}</th>
                        <th scope="col">{t!("admin-groups")}</th><th scope="col">{t!("admin-nps")}</th>
                        <th scope="col">{t!("admin-referred-by")}</th><th scope="col">{t!("admin-joined")}</th>
                        <th scope="col">{t!("admin-last-seen")}</th><th scope="col">{t!("admin-standing")}</th>
                        <th scope="col">{t!("admin-role")}</th><th scope="col">{t!("admin-account")}</th>
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
        Either::Left(t!("admin-status-deleted"))
    } else if m.removed {
        Either::Left(t!("admin-status-removed"))
    } else {
        let state = match (m.suspended_until, m.silenced_until) {
            (Some(_), _) => MemberStatus::Suspended,
            (None, Some(_)) => MemberStatus::Silenced,
            _ => MemberStatus::Active,
        }
        .label();
        let label = t!("admin-standing-of", name = m.display_name.clone(), standing = state.clone());
        Either::Right(view! {
            <a href=format!("/mod/members/{}", m.id) aria-label=label>{state}</a>
        })
    };
    let nps = match m.nps {
        Some(score) => format!("{score} · {}", NpsGroup::of(Some(score)).name()),
        None => "—".to_string(),
    };
    let referrer = match m.referred_by.clone() {
        Some((name, handle)) => Either::Left(view! { <a href=format!("/u/{handle}")>{name}</a> }),
        None => Either::Right("—"),
    };
    let seen =
        m.last_seen_at.map_or_else(|| Either::Left(t!("admin-never")), |at| Either::Right(view! { <When at /> }));
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
            <td class="num">{number(current(), m.balance)}</td>
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
