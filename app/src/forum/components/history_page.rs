use crate::{
    accounts::{components::RequireRole, domain::Role},
    forum::{api::post_revisions, domain::Revision},
};
use crate::{t, ui::When};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/mod/posts/<id>/history`: the earlier versions of an edited post, newest first (moderators).
#[component]
pub fn PostHistoryPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|p| p.parse::<i64>().ok()).unwrap_or(0);
    // Created here, outside the guard's Suspense: a resource created inside a Suspense can stall the server
    // render (leptos-rs/leptos#4866).
    let data = Resource::new(id, post_revisions);
    view! {
        <Title text=t!("forum-history-title") />
        <RequireRole role=Role::Moderator>
            <History data />
        </RequireRole>
    }
}

#[component]
fn History(data: Resource<Result<Vec<Revision>, crate::error::AppError>>) -> impl IntoView {
    view! {
            <h1>{t!("forum-history-heading")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(list) if list.is_empty() => Either::Left(view! { <p class="empty">{t!("forum-history-empty")}</p> }.into_any()),
                        Ok(list) => Either::Left(view! { <Versions list /> }.into_any()),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
    }
}

#[component]
fn Versions(list: Vec<Revision>) -> impl IntoView {
    view! {
        <ol class="revisions">
            {list.into_iter().map(|r| view! {
                <li class="panel">
                    <p class="meta">{t!("forum-history-written")}" "<When at=r.created_at /></p>
                    <pre class="excerpt">{r.body_md}</pre>
                </li>
            }).collect_view()}
        </ol>
    }
}
