use crate::{recognition::api::get_spotlight, t};
use leptos::prelude::*;

/// The advocate of the month on the home page, when a moderator chose one.
#[component]
pub fn SpotlightCard() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_spotlight());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data.await.ok().flatten().map(|s| view! {
                    <section class="panel spotlight" aria-labelledby="spotlight-title">
                        <h2 id="spotlight-title">{t!("recognition-spotlight-title")}</h2>
                        <p><a href=format!("/u/{}", s.handle)>{s.name}</a>" "<span class="level">{s.level}</span></p>
                        <blockquote>{s.citation}</blockquote>
                    </section>
                })
            })}
        </Suspense>
    }
}
