use super::Stars;
use crate::stories::views::StoryCard;
use leptos::prelude::*;

/// A public story on the wall or the home page: rating, quote, title and who wrote it (nobody, when anonymous).
#[component]
pub fn StoryCardView(card: StoryCard) -> impl IntoView {
    let heading = format!("story-{}-title", card.id);
    let labelled = heading.clone();
    let author = match &card.byline {
        Some(b) => {
            let affiliation = b.affiliation();
            view! {
                <a href=format!("/u/{}", b.handle)>{b.name.clone()}</a>
                {(!affiliation.is_empty()).then(|| format!(", {affiliation}"))}
            }
            .into_any()
        }
        None => view! { <span>"Anonymous customer"</span> }.into_any(),
    };
    view! {
        <article class="story-card" class:featured=card.featured aria-labelledby=labelled>
            {card.featured.then(|| view! { <p class="badge">"Featured"</p> })}
            <Stars rating=card.rating />
            <blockquote>{format!("“{}”", card.quote)}</blockquote>
            <h3 id=heading><a href=card.href()>{card.title.clone()}</a></h3>
            <p class="meta">"— " {author} " · " <span class="tag">{card.product.clone()}</span></p>
        </article>
    }
}
