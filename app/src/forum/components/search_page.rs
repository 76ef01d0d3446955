use crate::forum::{api::search_posts, domain::SearchResults};
use crate::{t, ui::When};
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
        <Title text=t!("forum-search-title") />
        <h1>{t!("forum-search")}</h1>
        <form method="get" action="/search" role="search" class="search-form">
            <label for="search-q" class="visually-hidden">{t!("forum-search-words")}</label>
            <input id="search-q" type="search" name="q" value=q maxlength="200" placeholder=t!("forum-search-placeholder") />
            <button type="submit" class="button">{t!("forum-search-title")}</button>
        </form>
        <Suspense fallback=|| view! { <p class="loading">{t!("forum-searching")}</p> }>
            {move || Suspend::new(async move {
                match results.await {
                    None => EitherOf3::A(view! { <p class="empty">{t!("forum-search-prompt")}</p> }),
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
        let message = if found.page > 1 { t!("forum-search-no-more") } else { t!("forum-search-nothing") };
        return view! { <p class="empty" role="status">{message}</p> }.into_any();
    }
    let q = found.query.clone();
    let href = move |p: u32| format!("/search?q={}&page={p}", q.replace(' ', "+"));
    view! {
        <ol class="search-results" aria-label=t!("forum-search-results")>
            {found.hits.into_iter().map(|h| view! {
                <li class="search-hit">
                    <a class="topic-link" href=h.href()>{h.topic_title.clone()}</a>
                    <p class="snippet" inner_html=h.snippet_html.clone()></p>
                    <div class="meta">{t!("forum-search-hit", number = h.number.to_string(), name = h.author_name.clone())}" · "<When at=h.created_at /></div>
                </li>
            }).collect_view()}
        </ol>
        <nav class="pager" aria-label=t!("ui-pages")>
            {(found.page > 1).then(|| view! { <a href=href(found.page - 1) rel="prev">{t!("ui-previous")}</a> })}
            <span>{t!("forum-search-page", page = found.page)}</span>
            {found.has_more.then(|| view! { <a href=href(found.page + 1) rel="next">{t!("ui-next")}</a> })}
        </nav>
    }
    .into_any()
}
