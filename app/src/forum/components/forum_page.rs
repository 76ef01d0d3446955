use crate::forum::{api::list_categories, domain::CategorySummary};
use crate::{t, ui::When};
use leptos::{either::Either, prelude::*};
use leptos_meta::{Link, Title};
use leptos_router::components::A;

/// `/forum`: the categories, with how much is in each and when it last moved.
#[component]
pub fn ForumPage() -> impl IntoView {
    let categories = Resource::new(|| (), |_| list_categories());
    view! {
        <Title text=t!("forum-title") />
        <Link rel="alternate" type_="application/atom+xml" href="/forum/feed.xml" title=t!("forum-feed-latest") />
        <div class="page-head">
            <h1>{t!("forum-heading")}</h1>
            <NewTopicButton category=None />
        </div>
        <p class="lead">{t!("forum-lead")}</p>
        <p class="meta"><a href="/search">{t!("forum-search")}</a> " · " <a href="/forum/feed.xml">{t!("forum-feed-link")}</a></p>
        <Suspense fallback=|| view! { <p class="loading">{t!("forum-loading-categories")}</p> }>
            {move || Suspend::new(async move {
                match categories.await {
                    Ok(list) if list.is_empty() => Either::Left(view! {
                        <p class="empty">{t!("forum-no-categories")}</p>
                    }.into_any()),
                    Ok(list) => Either::Left(view! { <CategoryList list /> }.into_any()),
                    Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CategoryList(list: Vec<CategorySummary>) -> impl IntoView {
    view! {
        <ul class="category-list">
            {list.into_iter().map(|c| view! {
                <li class="category">
                    <div class="category-main">
                        <h2><a href=format!("/forum/c/{}", c.slug)>{c.name.clone()}</a></h2>
                        <p>{c.description.clone()}</p>
                        {c.group_name.clone().map(|g| view! { <p class="meta private-space">{t!("forum-private-space", group = g)}</p> })}
                    </div>
                    <dl class="category-stats">
                        <div><dt>{t!("forum-stat-topics")}</dt><dd>{c.topic_count}</dd></div>
                        <div><dt>{t!("forum-stat-posts")}</dt><dd>{c.post_count}</dd></div>
                        <div>
                            <dt>{t!("forum-stat-latest")}</dt>
                            <dd>{match c.last_post_at {
                                Some(at) => Either::Left(view! { <When at /> }),
                                None => Either::Right("—"),
                            }}</dd>
                        </div>
                    </dl>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// "New topic" (into `category` when given). Guests who follow it are asked to sign in and come back.
/// It does not read the signed-in user: the header already does, and one resource read in two Suspense
/// boundaries can stall a server render (leptos-rs/leptos#4851).
#[component]
pub fn NewTopicButton(category: Option<String>) -> impl IntoView {
    let href = match &category {
        Some(slug) => format!("/forum/new?c={slug}"),
        None => "/forum/new".to_string(),
    };
    view! { <A href=href attr:class="button">{t!("forum-new-topic")}</A> }
}
