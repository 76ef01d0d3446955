use crate::common::pictures::{avatar_url, default_avatar};
use leptos::prelude::*;

/// A member's picture beside their name: the uploaded one, or their initials on their colour. Decorative
/// (`alt=""`, `aria-hidden`), since the name is always written next to it.
#[component]
pub fn Avatar(
    name: String,
    handle: String,
    avatar: Option<String>,
    /// 96 px on the profile page; 32 px elsewhere.
    #[prop(optional)]
    large: bool,
) -> impl IntoView {
    let (class, side) = if large { ("avatar avatar-lg", 96) } else { ("avatar", 32) };
    match avatar {
        Some(hash) => view! {
            <img class=class src=avatar_url(&hash, !large) alt="" width=side height=side loading="lazy" decoding="async" />
        }
        .into_any(),
        None => {
            let initials = default_avatar(&name, &handle);
            let class = format!("{class} avatar-initials avatar-hue-{}", initials.hue);
            view! { <span class=class aria-hidden="true">{initials.initials}</span> }.into_any()
        }
    }
}
