use crate::forum::{api::search_posts, domain::SearchResults};
use crate::ui::When;
use leptos::{either::EitherOf3, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/search?q=…`: full-text search over topics and posts. A plain GET form, so it works without JavaScript.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let results = Resource::new(
        move || (q(), page()),
        |(q, page)| async move {
            if q.trim().is_empty() {
                None
            } else {
                Some(search_posts(q, page).await)
            }
        },
    );
    view! {
        <Title text="Search" />
        <h1>"Search the forum"</h1>
        <form method="get" action="/search" role="search" class="search-form">
            <label for="search-q" class="visually-hidden">"Search words"</label>
            <input id="search-q" type="search" name="q" value=q maxlength="200" placeholder="e.g. onboarding checklist" />
            <button type="submit" class="button">"Search"</button>
        </form>
        <Suspense fallback=|| view! { <p class="loading">"Searching…"</p> }>
            {move || Suspend::new(async move {
                match results.await {
                    None => EitherOf3::A(view! { <p class="empty">"Type a few words to find topics and posts."</p> }),
                    Some(Ok(found)) => EitherOf3::B(view! { <Results found /> }),
                    Some(Err(e)) => EitherOf3::C(view! { <p class="alert error" role="alert">{e.to_string()}</p> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Results(found: SearchResults) -> impl IntoView {
    if found.hits.is_empty() {
        let message = if found.page > 1 {
            "No more results."
        } else {
            "Nothing matches those words. Try fewer or different words."
        };
        return view! { <p class="empty" role="status">{message}</p> }.into_any();
    }
    let q = found.query.clone();
    let href = move |p: u32| format!("/search?q={}&page={p}", q.replace(' ', "+"));
    view! {
        <ol class="search-results" aria-label="Results">
            {found.hits.into_iter().map(|h| view! {
                <li class="search-hit">
                    <a class="topic-link" href=h.href()>{h.topic_title.clone()}</a>
                    <p class="snippet" inner_html=h.snippet_html.clone()></p>
                    <div class="meta">{format!("#{} by {} · ", h.number, h.author_name)} <When at=h.created_at /></div>
                </li>
            }).collect_view()}
        </ol>
        <nav class="pager" aria-label="Pages">
            {(found.page > 1).then(|| view! { <a href=href(found.page - 1) rel="prev">"← Previous"</a> })}
            <span>{format!("Page {}", found.page)}</span>
            {found.has_more.then(|| view! { <a href=href(found.page + 1) rel="next">"Next →"</a> })}
        </nav>
    }
    .into_any()
}
