//! Story server functions. Anyone reads the public wall and story pages; members write and manage their own
//! stories (`author`); moderators review them (`review`).

use crate::{
    error::AppError,
    stories::views::{StoryCard, StoryPage, Wall},
};
use leptos::prelude::*;

mod author;
mod review;
pub use author::*;
pub use review::*;

#[cfg(feature = "ssr")]
use crate::{
    common::paging::page_count,
    markdown,
    state::{app_state, site_origin},
    stories::{
        domain::{WallFilter, STORIES_PER_PAGE},
        repo::read::{self, Found},
    },
    t,
};

/// A page of the testimonial wall: featured stories first, then the newest approved, filtered by product and
/// lowest rating.
#[server(endpoint = "stories/get_wall")]
pub async fn get_wall(product: String, rating: String, page: u32) -> Result<Wall, AppError> {
    let db = &app_state()?.db;
    let filter = WallFilter::from_query(Some(&product), Some(&rating));
    let page = page.max(1);
    let (stories, total) = read::wall(db, &filter, page).await?;
    let products = read::products(db).await?;
    Ok(Wall {
        stories,
        products,
        product: filter.product,
        min_rating: filter.min_rating,
        page,
        last_page: page_count(total, STORIES_PER_PAGE),
        total,
    })
}

/// Featured stories for the home page's spotlight, newest first.
#[server(endpoint = "stories/get_featured_stories")]
pub async fn get_featured_stories() -> Result<Vec<StoryCard>, AppError> {
    Ok(read::top(&app_state()?.db, &WallFilter::default(), true, 3).await?)
}

/// A public story's page. A story whose author withdrew consent or deleted it, or that was archived, is Gone.
#[server(endpoint = "stories/get_story")]
pub async fn get_story(id: i64) -> Result<StoryPage, AppError> {
    let state = app_state()?;
    match read::public_story(&state.db, id).await? {
        Found::Public(card, body_html, body) => {
            let url = format!("{}{}", site_origin(&state.settings), card.href());
            let body_text = markdown::plain_text(&body, 5000);
            let json_ld = crate::stories::public::review_json_ld(&card, &body_text, &url);
            Ok(StoryPage { card: *card, body_html, url, json_ld })
        }
        Found::Gone => Err(AppError::Gone(t!("stories-this-story"))),
        Found::Missing => Err(AppError::NotFound(t!("stories-that-story"))),
    }
}
