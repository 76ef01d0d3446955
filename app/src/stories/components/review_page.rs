use super::review_item::ReviewCard;
use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    stories::{
        api::{get_review_queue, DecideStory},
        views::ReviewQueue,
    },
    t,
    ui::{last_error, FormAlert, Tab, TabbedQueue},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The queue's tabs: the `tab` the server reads, and its name.
fn tabs() -> [(&'static str, String); 5] {
    [
        ("submitted", t!("stories-tab-submitted")),
        ("approved", t!("stories-tab-approved")),
        ("featured", t!("stories-tab-featured")),
        ("rejected", t!("stories-tab-rejected")),
        ("archived", t!("stories-tab-archived")),
    ]
}

/// `/mod/stories`: the review queue, oldest submission first, each story with its author's profile beside it
/// and the decisions open for it.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let query = use_query_map();
    let tab = move || query.read().get("tab").unwrap_or_else(|| "submitted".to_string());
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let decide = server_action::<DecideStory>();
    let data = Resource::new(move || (tab(), page(), decide.version().get()), |(t, p, _)| get_review_queue(t, p));
    view! {
        <Title text=t!("stories-review-title") />
        <RequireRole role=Role::Moderator>
            <h1>{t!("stories-review-title")}</h1>
            <FormAlert error=last_error(decide.value()) />
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(q) => Either::Left(view! { <Queue q decide /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Queue(q: ReviewQueue, decide: ServerAction<DecideStory>) -> impl IntoView {
    let tabs = tabs()
        .into_iter()
        .map(|(key, label)| Tab::new(label, format!("/mod/stories?tab={key}"), key == q.tab))
        .collect();
    let base = format!("/mod/stories?tab={}", q.tab);
    let empty = if q.tab == "submitted" { t!("stories-review-empty") } else { t!("stories-review-nothing") };
    view! {
        <TabbedQueue label=t!("stories-review-status") tabs is_empty=q.items.is_empty() empty base page=q.page last=q.last_page>
            <ol class="review-queue">
                {q.items.into_iter().map(|item| view! { <li><ReviewCard item decide /></li> }).collect_view()}
            </ol>
        </TabbedQueue>
    }
}
