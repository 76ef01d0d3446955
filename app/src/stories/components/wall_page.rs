use super::StoryCardView;
use crate::{
    stories::{api::get_wall, views::Wall},
    ui::{Field, Pager},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

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
        <Title text="Customer stories" />
        <Meta name="description" content="Stories from our customers: how they use the product, in their own words." />
        <div class="page-head">
            <h1>"Customer stories"</h1>
            <a class="button" href="/stories/new">"Share your story"</a>
        </div>
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
                {if filtered { "No stories match these filters yet. " } else { "No stories have been published yet. " }}
                <a href="/stories/new">"Be the first to share yours"</a>
            </p>
        })
    } else {
        Either::Right(view! {
            <h2 class="visually-hidden">"Stories"</h2>
            <ul class="story-grid">
                {wall.stories.into_iter().map(|card| view! { <li><StoryCardView card /></li> }).collect_view()}
            </ul>
        })
    };
    view! {
        <form class="filters" method="get" action="/stories" role="search" aria-label="Filter stories">
            <Field label="Product" id="filter-product">
                <select name="product">
                    <option value="">"All products"</option>
                    {wall.products.into_iter().map(|p| {
                        let selected = p.slug == wall.product;
                        view! { <option value=p.slug selected=selected>{p.name}</option> }
                    }).collect_view()}
                </select>
            </Field>
            <Field label="Rating" id="filter-rating">
                <select name="rating">
                    <option value="">"Any rating"</option>
                    {(2..=5u8).rev().map(|r| {
                        let label = if r == 5 { "5 stars".to_string() } else { format!("{r} stars and up") };
                        view! { <option value=r selected=wall.min_rating == r>{label}</option> }
                    }).collect_view()}
                </select>
            </Field>
            <button type="submit" class="button secondary">"Filter"</button>
        </form>
        <p class="meta" role="status">{format!("{} {}", wall.total, if wall.total == 1 { "story" } else { "stories" })}</p>
        {list}
        <Pager base page=wall.page last=wall.last_page />
    }
}
