use crate::ui::{Pager, When};
use crate::{
    accounts::{components::RequireRole, domain::Role},
    audit::{audit_log, views::AuditPage},
    t,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/admin/audit`: every moderator and admin action, newest first (admins only).
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let query = use_query_map();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    // Created here, outside the guard's Suspense: a resource created inside a Suspense can stall the server
    // render (leptos-rs/leptos#4866).
    let data = Resource::new(page, audit_log);
    view! {
        <Title text=t!("audit-title") />
        <RequireRole role=Role::Admin>
            <AuditList data />
        </RequireRole>
    }
}

#[component]
fn AuditList(data: Resource<Result<AuditPage, crate::error::AppError>>) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="audit-title">
            <h1 id="audit-title">{t!("audit-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => Either::Left(view! { <AuditTable page /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn AuditTable(page: AuditPage) -> impl IntoView {
    if page.entries.is_empty() {
        return Either::Left(view! { <p class="empty">{t!("audit-empty")}</p> });
    }
    Either::Right(view! {
        <div class="table-scroll">
            <table class="data">
                <caption class="visually-hidden">{t!("audit-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!("audit-when")}</th><th scope="col">{t!("audit-who")}</th>
                        <th scope="col">{t!("audit-action")}</th><th scope="col">{t!("audit-on")}</th>
                        <th scope="col">{t!("audit-detail")}</th>
                    </tr>
                </thead>
                <tbody>
                    {page.entries.into_iter().map(|e| view! {
                        <tr>
                            <td><When at=e.created_at /></td>
                            <td>{e.actor_name}</td>
                            <td>{e.action}</td>
                            <td>{format!("{} {}", e.target_kind, e.target_id)}</td>
                            <td>{e.detail}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <Pager base="/admin/audit".to_string() page=page.page last=page.last_page />
    })
}
