use super::Stars;
use crate::{stories::views::StoryCard, t, ui::Avatar};
use leptos::prelude::*;

/// A public story on the wall or the home page: rating, quote, title and who wrote it (nobody, when anonymous).
#[component]
pub fn StoryCardView(card: StoryCard) -> impl IntoView {
    let heading = format!("story-{}-title", card.id);
    let labelled = heading.clone();
    let logo =
        card.logo_url().map(|src| view! { <img class="story-logo" src=src alt=logo_alt(&card) loading="lazy" /> });
    view! {
        <article class="story-card" class:featured=card.featured aria-labelledby=labelled>
            {card.featured.then(|| view! { <p class="badge">{t!("stories-featured")}</p> })}
            {logo}
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
                <Avatar name=b.name.clone() handle=b.handle.clone() avatar=b.avatar.clone() />
                " "
                <a href=format!("/u/{}", b.handle)>{b.name}</a>
                {(!affiliation.is_empty()).then(|| format!(", {affiliation}"))}
            }
            .into_any()
        }
        None => view! { <span>{t!("stories-anonymous")}</span> }.into_any(),
    }
}

/// The logo's alternative text: "Acme logo", or "Company logo" when the company is not given.
pub fn logo_alt(card: &StoryCard) -> String {
    match card.byline.as_ref().map(|b| b.company.as_str()).filter(|c| !c.is_empty()) {
        Some(company) => t!("stories-logo-of", company = company),
        None => t!("stories-company-logo"),
    }
}
