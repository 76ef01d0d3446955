use super::Stars;
use crate::stories::views::StoryCard;
use leptos::prelude::*;

/// A public story on the wall or the home page: rating, quote, title and who wrote it (nobody, when anonymous).
#[component]
pub fn StoryCardView(card: StoryCard) -> impl IntoView {
    let heading = format!("story-{}-title", card.id);
    let labelled = heading.clone();
    view! {
        <article class="story-card" class:featured=card.featured aria-labelledby=labelled>
            {card.featured.then(|| view! { <p class="badge">"Featured"</p> })}
            <Stars rating=card.rating />
            <blockquote>{format!("“{}”", card.quote)}</blockquote>
            <h3 id=heading><a href=card.href()>{card.title.clone()}</a></h3>
            <p class="meta">"— " <BylineView byline=card.byline.clone() /> " · " <span class="tag">{card.product.clone()}</span></p>
        </article>
    }
}

/// Who wrote a public story: their name (linked to their profile) with role and company, or "Anonymous
/// customer".
#[component]
pub fn BylineView(byline: Option<crate::stories::views::Byline>) -> impl IntoView {
    match byline {
        Some(b) => {
            let affiliation = b.affiliation();
            view! {
                <a href=format!("/u/{}", b.handle)>{b.name}</a>
                {(!affiliation.is_empty()).then(|| format!(", {affiliation}"))}
            }
            .into_any()
        }
        None => view! { <span>"Anonymous customer"</span> }.into_any(),
    }
}
