use leptos::prelude::*;

/// Previous/next links and "page N of M" for a paginated list at `base` (a path, with or without a query).
#[component]
pub fn Pager(base: String, page: u32, last: u32) -> impl IntoView {
    let join = if base.contains('?') { '&' } else { '?' };
    let href = move |p: u32| if p <= 1 { base.clone() } else { format!("{base}{join}page={p}") };
    (last > 1).then(|| {
        view! {
            <nav class="pager" aria-label="Pages">
                {(page > 1).then(|| view! { <a href=href(page - 1) rel="prev">"← Previous"</a> })}
                <span>{format!("Page {page} of {last}")}</span>
                {(page < last).then(|| view! { <a href=href(page + 1) rel="next">"Next →"</a> })}
            </nav>
        }
    })
}
