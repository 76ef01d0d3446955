use crate::t;
use leptos::prelude::*;

/// Previous/next links and "page N of M" for a paginated list at `base` (a path, with or without a query).
#[component]
pub fn Pager(base: String, page: u32, last: u32) -> impl IntoView {
    let join = if base.contains('?') { '&' } else { '?' };
    let href = move |p: u32| if p <= 1 { base.clone() } else { format!("{base}{join}page={p}") };
    (last > 1).then(|| {
        view! {
            <nav class="pager" aria-label=t!("ui-pages")>
                {(page > 1).then(|| view! { <a href=href(page - 1) rel="prev">{t!("ui-previous")}</a> })}
                <span>{t!("ui-page-of", page = page, last = last)}</span>
                {(page < last).then(|| view! { <a href=href(page + 1) rel="next">{t!("ui-next")}</a> })}
            </nav>
        }
    })
}
