use super::BadgeChip;
use crate::{recognition::api::get_badges, t};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/badges`: every badge, how to earn it, and how rare it is.
#[component]
pub fn BadgesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_badges());
    view! {
        <Title text=t!("recognition-badges") />
        <h1>{t!("recognition-badges")}</h1>
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) => Either::Left(view! {
                        <ul class="badge-grid">
                            {list.into_iter().map(|badge| view! { <li><BadgeChip badge /></li> }).collect_view()}
                        </ul>
                    }),
                    Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                }
            })}
        </Suspense>
    }
}
