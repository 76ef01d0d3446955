use crate::{
    recognition::badges::{icon_path, BadgeView},
    t,
};
use leptos::{either::Either, prelude::*};

/// A badge as a small card: its uploaded picture or its icon from the bundled set, name, and how to earn it.
#[component]
pub fn BadgeChip(badge: BadgeView, #[prop(optional)] detail: Option<String>) -> impl IntoView {
    let path = icon_path(&badge.icon);
    let manual = badge.rule.is_none();
    // The name beside it says what it is, so either picture is decoration.
    let icon = match badge.image_url.clone() {
        Some(src) => {
            Either::Left(view! { <img class="badge-icon" src=src alt="" width="32" height="32" loading="lazy" /> })
        }
        None => Either::Right(view! {
            <svg class="badge-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
                <path d=path fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" stroke-linecap="round" />
            </svg>
        }),
    };
    view! {
        <div class="badge-chip" id=format!("badge-{}", badge.slug)>
            {icon}
            <div>
                <strong>{badge.name.clone()}</strong>
                <p class="meta">{badge.description.clone()}{manual.then(|| format!(" {}", t!("recognition-badge-manual-note")))}</p>
                <p class="meta">{badge.rarity()}</p>
                {detail.map(|d| view! { <p class="meta">{d}</p> })}
            </div>
        </div>
    }
}
