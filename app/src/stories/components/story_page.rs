use super::{
    story_card::{logo_alt, BylineView},
    Stars,
};
use crate::{
    stories::{api::get_story, views::StoryPage},
    t,
    ui::{Problem, ShareLinks, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;

/// `/stories/<id>/<slug>`: a public story with its Open Graph and Twitter card tags, schema.org `Review`
/// JSON-LD and share links. A story taken down answers 410 Gone; one never published, 404.
#[component]
pub fn StoryView() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|i| i.parse::<i64>().ok()).unwrap_or(0);
    let data = Resource::new(id, get_story);
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => Either::Left(view! { <Story page /> }),
                    Err(error) => Either::Right(view! { <Problem error /> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Story(page: StoryPage) -> impl IntoView {
    let card = page.card;
    let author = card.author_name();
    let description = card.quote.clone();
    let nonce = use_nonce().map(|n| n.to_string());
    // Shared links show the photo, else the logo: an absolute address on this site.
    let origin = page.url.find("/stories/").map_or("", |at| &page.url[..at]).to_string();
    let share_image = card.photo_url().or_else(|| card.logo_url()).map(|path| format!("{origin}{path}"));
    let photo = card.photo_url().map(|src| {
        view! {
            <figure class="story-photo"><img src=src alt=t!("stories-photo-alt", title = card.title.clone()) /></figure>
        }
    });
    let logo = card.logo_url().map(|src| view! { <img class="story-logo" src=src alt=logo_alt(&card) /> });
    view! {
        <Title text=card.title.clone() />
        <Meta name="description" content=description.clone() />
        <Link rel="canonical" href=page.url.clone() />
        <Meta property="og:type" content="article" />
        <Meta property="og:title" content=card.title.clone() />
        <Meta property="og:description" content=description.clone() />
        <Meta property="og:url" content=page.url.clone() />
        {share_image.clone().map(|src| view! { <Meta property="og:image" content=src /> })}
        {share_image.map(|src| view! { <Meta name="twitter:image" content=src /> })}
        <Meta name="twitter:card" content=if card.photo.is_some() { "summary_large_image" } else { "summary" } />
        <Meta name="twitter:title" content=card.title.clone() />
        <Meta name="twitter:description" content=description />
        <script type="application/ld+json" nonce=nonce inner_html=page.json_ld></script>
        <article class="story" aria-labelledby="story-title">
            <p><a href="/stories">{t!("stories-back-to-all")}</a></p>
            {card.featured.then(|| view! { <p class="badge">{t!("stories-featured-story")}</p> })}
            {logo}
            <h1 id="story-title">{card.title.clone()}</h1>
            <p class="meta">
                <Stars rating=card.rating />
                " · " <span class="tag">{card.product.clone()}</span>
                " · " {t!("stories-by")} " " <BylineView byline=card.byline.clone() /> " · " <When at=card.approved_at />
            </p>
            <blockquote class="story-quote">{format!("“{}”", card.quote)}</blockquote>
            {photo}
            <div class="post-body" inner_html=page.body_html></div>
        </article>
        <ShareLinks url=page.url title=t!("stories-share-title", title = card.title.clone(), author = author) />
    }
}
