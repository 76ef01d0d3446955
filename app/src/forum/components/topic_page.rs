use super::{
    post_view::PostView as PostCard, reply_form::ReplyForm, topic_actions::TopicActions, topic_tools::TopicTools,
};
use crate::ui::{Pager, Problem};
use crate::{
    common::{
        rendered::{kept_div, Rendered},
        shipped::HtmlInPage,
    },
    forum::{
        api::fetch_topic,
        domain::{PostView as Post, TopicPage, TopicRights},
    },
    i18n::Lang,
    t,
    ui::FormAlert,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use std::sync::LazyLock;

/// `/forum/t/<id>/<slug>`: a topic with its posts, paginated, each post at a stable `#post-N` anchor.
#[component]
pub fn TopicView() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.read().get("id").and_then(|p| p.parse::<i64>().ok()).unwrap_or(0);
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let actions = TopicActions::provide();
    super::reply_form::QuoteDraft::provide();
    // The post bodies reach the browser once, in the HTML (see common::shipped).
    let data: Resource<_, HtmlInPage> = Resource::new_with_options(
        move || (id(), page(), actions.version()),
        |(id, page, _)| fetch_topic(id, page),
        false,
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!("forum-loading-topic")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => Either::Left(view! { <TopicBody page /> }),
                    Err(error) => Either::Right(view! { <Problem error /> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn TopicBody(page: TopicPage) -> impl IntoView {
    let actions = super::topic_actions::use_topic_actions();
    let topic = page.topic.clone();
    let base = format!("/forum/t/{}/{}", topic.id, topic.slug);
    let rights = page.rights;
    view! {
        <Title text=topic.title.clone() />
        // Search engines' summary: the topic, its category and its size (never a post's text, which the page
        // already carries once).
        <Meta
            name="description"
            content=t!(
                "forum-topic-description",
                title = topic.title.clone(),
                category = topic.category_name.clone(),
                posts = topic.post_count,
            )
        />
        <nav class="crumbs" aria-label=t!("forum-breadcrumb")>
            <a href="/forum">{t!("forum-title")}</a> " › " <a href=format!("/forum/c/{}", topic.category_slug)>{topic.category_name.clone()}</a>
        </nav>
        <h1 class="topic-title">
            {topic.title.clone()}
            {topic.pinned.then(|| view! { " " <span class="badge">{t!("forum-pinned")}</span> })}
            {topic.locked.then(|| view! { " " <span class="badge muted">{t!("forum-locked")}</span> })}
        </h1>
        {rights.signed_in.then(|| view! {
            <ActionForm action=actions.follow attr:class="inline-form follow-form">
                <input type="hidden" name="topic_id" value=topic.id />
                <input type="hidden" name="follow" value=(!rights.following).to_string() />
                <button type="submit" class="button small secondary" aria-pressed=rights.following.to_string()>
                    {if rights.following { t!("forum-following-stop") } else { t!("forum-follow") }}
                </button>
                <span class="meta">
                    " "{if rights.following { t!("forum-following-note") } else { t!("forum-follow-note") }}
                </span>
            </ActionForm>
        })}
        {rights.can_moderate.then(|| view! { <TopicTools topic=topic.clone() targets=page.move_targets.clone() /> })}
        <FormAlert error=actions.error() />
        <p class="status" role="status">
            {move || actions.flag.value().get().and_then(|r| r.ok()).map(|_| t!("forum-flag-thanks"))}
        </p>
        <Pager base=base.clone() page=page.page last=page.last_page />
        <PostList topic=topic.id number=page.page rights posts=page.posts />
        <Pager base page=page.page last=page.last_page />
        <ReplyForm topic rights />
    }
}

/// The page's posts; a visitor's (a page nobody hydrates) rendered once per language for as long as the posts
/// read from the database stay the same (common::rendered).
#[component]
fn PostList(topic: i64, number: u32, rights: TopicRights, posts: Vec<Post>) -> impl IntoView {
    type Key = (i64, u32, Lang);
    type Shown = (TopicRights, u32, Vec<Post>);
    // 16 MB (the default) holds about five hundred topic pages of thirty posts.
    static KEPT: LazyLock<Rendered<Key, Shown>> = LazyLock::new(Rendered::for_pages);
    kept_div(
        "posts",
        &KEPT,
        (topic, number, crate::i18n::current()),
        (rights, number, posts),
        |(rights, page, posts)| posts.into_iter().map(|post| view! { <PostCard post rights page /> }).collect_view(),
    )
}
