use crate::t;
use leptos::prelude::*;

/// A 1–5 star rating, read out as "Rated 4 out of 5".
#[component]
pub fn Stars(rating: u8) -> impl IntoView {
    let rating = rating.clamp(1, 5);
    let full = "★".repeat(usize::from(rating));
    let empty = "☆".repeat(usize::from(5 - rating));
    view! {
        <span class="stars" role="img" aria-label=t!("stories-rated", rating = rating)>
            {full}<span class="stars-empty">{empty}</span>
        </span>
    }
}
