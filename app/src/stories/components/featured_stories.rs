use super::StoryCardView;
use crate::{stories::api::get_featured_stories, t};
use leptos::prelude::*;

/// The home page's spotlight of featured stories; nothing at all when none is featured.
#[component]
pub fn FeaturedStories() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_featured_stories());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data.await.ok().filter(|list| !list.is_empty()).map(|list| view! {
                    <section class="featured-stories" aria-labelledby="featured-stories-title">
                        <h2 id="featured-stories-title">{t!("stories-featured-title")}</h2>
                        <ul class="story-grid">
                            {list.into_iter().map(|card| view! { <li><StoryCardView card /></li> }).collect_view()}
                        </ul>
                        <p><a href="/stories">{t!("stories-read-all")}</a></p>
                    </section>
                })
            })}
        </Suspense>
    }
}
