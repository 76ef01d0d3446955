use crate::ui::{Avatar, When};
use crate::{
    accounts::{components::RequireRole, domain::Role},
    notifications::{my_notifications, views::NotificationPage},
};
use crate::{i18n, t};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/notifications`: replies in topics you follow, mentions and likes; opening the page marks them read.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let query = use_query_map();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    // Created once, outside the guard: loading marks the notifications read, so it must run exactly once per
    // render, or the server would render one answer and hydrate another.
    let data = Resource::new(page, my_notifications);
    view! {
        <Title text=t!("notifications-title") />
        <RequireRole role=Role::Member>
            <NotificationList data />
        </RequireRole>
    }
}

#[component]
fn NotificationList(data: Resource<Result<NotificationPage, crate::error::AppError>>) -> impl IntoView {
    // Once they are read, the count in the header should say so.
    if let Some(refresh) = use_context::<crate::notifications::NavRefresh>() {
        Effect::new(move |_| {
            if data.get().is_some() {
                refresh.bump();
            }
        });
    }
    view! {
        <h1>{t!("notifications-title")}</h1>
        <p class="aside"><a href="/me/notifications/settings">{t!("notifications-choose-email")}</a></p>
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => Either::Left(view! { <Items page /> }),
                    Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Items(page: NotificationPage) -> impl IntoView {
    if page.items.is_empty() {
        return Either::Left(view! {
            <p class="empty">{t!("notifications-empty")}</p>
        });
    }
    let current = page.page;
    Either::Right(view! {
        <ol class="notifications">
            {page.items.into_iter().map(|n| view! {
                <li class="notification" class:unread=n.unread>
                    <Avatar name=n.actor_name.clone() handle=n.actor_handle.clone() avatar=n.actor_avatar.clone() />
                    " "
                    {n.unread.then(|| view! { <span class="badge">{t!("notifications-new")}</span> " " })}
                    <a href=n.href()>{n.sentence(i18n::current())}</a>
                    <div class="meta"><When at=n.created_at /></div>
                </li>
            }).collect_view()}
        </ol>
        <nav class="pager" aria-label=t!("notifications-pages")>
            {(current > 1).then(|| view! { <a href=format!("/notifications?page={}", current - 1) rel="prev">{t!("notifications-newer")}</a> })}
            {page.has_more.then(|| view! { <a href=format!("/notifications?page={}", current + 1) rel="next">{t!("notifications-older")}</a> })}
        </nav>
    })
}
