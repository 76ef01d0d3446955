use super::StoryCardView;
use crate::{
    common::rendered::{kept_div, Rendered},
    i18n::Lang,
    stories::{
        api::get_wall,
        views::{StoryCard, Wall},
    },
    t,
    ui::{Field, Pager},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;
use std::sync::LazyLock;

/// `/stories`: the public testimonial wall. Featured stories first, then the newest approved ones, filtered by
/// product and rating with a plain GET form (works without JavaScript), paginated.
#[component]
pub fn WallPage() -> impl IntoView {
    let query = use_query_map();
    let args = move || {
        let q = query.read();
        let page = q.get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
        (q.get("product").unwrap_or_default(), q.get("rating").unwrap_or_default(), page)
    };
    let data = Resource::new(args, |(product, rating, page)| get_wall(product, rating, page));
    view! {
        <Title text=t!("stories-wall-title") />
        <Meta name="description" content=t!("stories-wall-description") />
        <div class="page-head">
            <h1>{t!("stories-wall-title")}</h1>
            <a class="button" href="/stories/new">{t!("stories-share-yours")}</a>
        </div>
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(wall) => Either::Left(view! { <Stories wall /> }),
                    Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Stories(wall: Wall) -> impl IntoView {
    let mut query = Vec::new();
    if !wall.product.is_empty() {
        query.push(format!("product={}", wall.product));
    }
    if wall.min_rating > 0 {
        query.push(format!("rating={}", wall.min_rating));
    }
    let base = if query.is_empty() { "/stories".to_string() } else { format!("/stories?{}", query.join("&")) };
    let filtered = !query.is_empty();
    let list = if wall.stories.is_empty() {
        Either::Left(view! {
            <p class="empty">
                {if filtered { t!("stories-wall-none-filtered") } else { t!("stories-wall-none") }}
                " "
                <a href="/stories/new">{t!("stories-wall-be-first")}</a>
            </p>
        })
    } else {
        // A visitor's wall (a page nobody hydrates) is rendered once per language for as long as the stories
        // read from the database stay the same (common::rendered).
        type Key = (String, u8, u32, Lang);
        static KEPT: LazyLock<Rendered<Key, Vec<StoryCard>>> = LazyLock::new(Rendered::for_pages);
        let key = (wall.product.clone(), wall.min_rating, wall.page, crate::i18n::current());
        Either::Right(view! {
            <h2 class="visually-hidden">{t!("stories-wall-list")}</h2>
            {kept_div("stories", &KEPT, key, wall.stories, |stories| view! {
                <ul class="story-grid">
                    {stories.into_iter().map(|card| view! { <li><StoryCardView card /></li> }).collect_view()}
                </ul>
            })}
        })
    };
    view! {
        <form class="filters" method="get" action="/stories" role="search" aria-label=t!("stories-filter")>
            <Field label=t!("stories-product") id="filter-product">
                <select name="product">
                    <option value="">{t!("stories-all-products")}</option>
                    {wall.products.into_iter().map(|p| {
                        let selected = p.slug == wall.product;
                        view! { <option value=p.slug selected=selected>{p.name}</option> }
                    }).collect_view()}
                </select>
            </Field>
            <Field label=t!("stories-rating") id="filter-rating">
                <select name="rating">
                    <option value="">{t!("stories-any-rating")}</option>
                    {(2..=5u8).rev().map(|r| {
                        let label = if r == 5 { t!("stories-stars", count = r) } else { t!("stories-stars-and-up", count = r) };
                        view! { <option value=r selected=wall.min_rating == r>{label}</option> }
                    }).collect_view()}
                </select>
            </Field>
            <button type="submit" class="button secondary">{t!("stories-filter-button")}</button>
        </form>
        <p class="meta" role="status">{t!("stories-count", count = wall.total)}</p>
        {list}
        <Pager base page=wall.page last=wall.last_page />
    }
}
