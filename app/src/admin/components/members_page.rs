use super::{
    role_form::RoleForm,
    spam_form::{ConfirmEmailForm, SpamForm},
};
use crate::{
    accounts::{components::RequireRole, domain::Role},
    admin::{api::list_members, domain::MemberPage},
    ui::Avatar,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/admin/members`: everyone in the community, with their roles (admins only).
#[component]
pub fn MembersPage() -> impl IntoView {
    let query = use_query_map();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    // Created here, outside the guard's Suspense: a resource created inside a Suspense can stall the server
    // render (leptos-rs/leptos#4866).
    let members = Resource::new(page, list_members);
    view! {
        <Title text="Members" />
        <RequireRole role=Role::Admin>
            <MemberList members />
        </RequireRole>
    }
}

#[component]
fn MemberList(members: Resource<Result<MemberPage, crate::error::AppError>>) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="members-title">
            <h1 id="members-title">"Members"</h1>
            <p>"Give trusted advocates the moderator role to keep the forums healthy and review stories."</p>
            <Suspense fallback=|| view! { <p class="loading">"Loading members…"</p> }>
                {move || Suspend::new(async move {
                    match members.await {
                        Ok(page) => Either::Left(view! { <MemberTable page /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn MemberTable(page: MemberPage) -> impl IntoView {
    let last = page.last_page();
    let current = page.page;
    if page.members.is_empty() {
        return Either::Left(
            view! { <p class="empty">"No members on this page. " <a href="/admin/members">"Back to the first page"</a></p> },
        );
    }
    Either::Right(view! {
        <p>{format!("{} members · page {current} of {last}", page.total)}</p>
        <div class="table-scroll">
            <table class="data">
                <caption class="visually-hidden">"Members, newest first"</caption>
                <thead>
                    <tr><th scope="col">"Name"</th><th scope="col">"Email"</th><th scope="col">"Address"</th><th scope="col">"Role"</th><th scope="col">"Account"</th></tr>
                </thead>
                <tbody>
                    {page.members.into_iter().map(|m| view! {
                        <tr>
                            <td class="member-cell">
                                <Avatar name=m.display_name.clone() handle=m.handle.clone() avatar=m.avatar.clone() />
                                " "
                                {if m.deleted { Either::Left(m.display_name.clone()) } else {
                                    Either::Right(view! { <a href=format!("/u/{}", m.handle)>{m.display_name.clone()}</a> })
                                }}
                            </td>
                            <td>{m.email.clone()}</td>
                            <td><ConfirmEmailForm member=m.clone() /></td>
                            <td><RoleForm member=m.clone() /></td>
                            <td><SpamForm member=m /></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <nav class="pager" aria-label="Pages">
            {(current > 1).then(|| view! { <a href=format!("/admin/members?page={}", current - 1)>"← Newer"</a> })}
            {(current < last).then(|| view! { <a href=format!("/admin/members?page={}", current + 1)>"Older →"</a> })}
        </nav>
    })
}
