use super::forum_page::NewTopicButton;
use crate::common::rendered::{kept_div, Rendered};
use crate::forum::{
    api::fetch_category,
    domain::{CategoryPage, TopicSummary},
};
use crate::i18n::Lang;
use crate::ui::{Pager, Problem, When};
use crate::{t, ui::Avatar};
use leptos::{either::Either, prelude::*};
use leptos_meta::{Link, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use std::sync::LazyLock;

/// `/forum/c/<slug>`: a category's topics, pinned first, then by latest activity.
#[component]
pub fn CategoryView() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let data = Resource::new(move || (slug(), page()), |(slug, page)| fetch_category(slug, page));
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!("forum-loading-topics")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => Either::Left(view! { <CategoryBody page /> }),
                    Err(error) => Either::Right(view! { <Problem error /> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CategoryBody(page: CategoryPage) -> impl IntoView {
    let c = page.category;
    let base = format!("/forum/c/{}", c.slug);
    view! {
        <Title text=c.name.clone() />
        <Link rel="alternate" type_="application/atom+xml" href=format!("/forum/c/{}/feed.xml", c.slug) title=t!("forum-category-feed", category = c.name.clone()) />
        <nav class="crumbs" aria-label=t!("forum-breadcrumb")><a href="/forum">{t!("forum-title")}</a> " › " <span aria-current="page">{c.name.clone()}</span></nav>
        <div class="page-head">
            <h1>{c.name.clone()}</h1>
            {(!c.archived).then(|| view! { <NewTopicButton category=Some(c.slug.clone()) /> })}
        </div>
        {(!c.description.is_empty()).then(|| view! { <p class="lead">{c.description.clone()}</p> })}
        {c.archived.then(|| view! { <p class="notice">{t!("forum-category-archived-notice")}</p> })}
        <p class="meta"><a href=format!("/forum/c/{}/feed.xml", c.slug)>{t!("forum-feed-link")}</a></p>
        {if page.topics.is_empty() {
            Either::Left(view! { <p class="empty">{t!("forum-no-topics")}</p> })
        } else {
            Either::Right(view! { <TopicTable slug=c.slug.clone() number=page.page topics=page.topics /> })
        }}
        <Pager base page=page.page last=page.last_page />
    }
}

/// The topics; a visitor's (a page nobody hydrates) rendered once per language for as long as the rows read
/// from the database stay the same (common::rendered).
#[component]
fn TopicTable(slug: String, number: u32, topics: Vec<TopicSummary>) -> impl IntoView {
    type Key = (String, u32, Lang);
    static KEPT: LazyLock<Rendered<Key, Vec<TopicSummary>>> = LazyLock::new(Rendered::for_pages);
    kept_div("table-scroll", &KEPT, (slug, number, crate::i18n::current()), topics, topic_table)
}

fn topic_table(topics: Vec<TopicSummary>) -> impl IntoView {
    view! {
        <table class="data topics">
            <caption class="visually-hidden">{t!("forum-topics-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t!("forum-col-topic")}</th>
                    <th scope="col">{t!("forum-col-replies")}</th>
                    <th scope="col">{t!("forum-col-latest")}</th>
                </tr>
            </thead>
            <tbody>
                {topics.into_iter().map(|t| view! {
                    <tr>
                        <td>
                            <div class="topic-cell">
                                <Avatar name=t.author_name.clone() handle=t.author_handle.clone() avatar=t.author_avatar.clone() />
                                <div>
                                    {t.pinned.then(|| view! { <span class="badge">{t!("forum-pinned")}</span> " " })}
                                    {t.locked.then(|| view! { <span class="badge muted">{t!("forum-locked")}</span> " " })}
                                    <a class="topic-link" href=format!("/forum/t/{}/{}", t.id, t.slug)>{t.title.clone()}</a>
                                    <div class="meta">{t!("forum-by", name = t.author_name.clone())}</div>
                                </div>
                            </div>
                        </td>
                        <td>{(t.post_count - 1).max(0)}</td>
                        <td>
                            <When at=t.last_post_at />
                            {t.last_poster_name.clone().map(|n| view! { <div class="meta">{t!("forum-by", name = n)}</div> })}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
