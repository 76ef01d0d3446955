use super::Pager;
use leptos::prelude::*;

/// One link in a row of [`StatusTabs`].
pub struct Tab {
    pub label: String,
    pub href: String,
    /// The tab for the list on screen: marked `aria-current="page"`.
    pub current: bool,
}

impl Tab {
    pub fn new(label: impl Into<String>, href: impl Into<String>, current: bool) -> Self {
        Tab { label: label.into(), href: href.into(), current }
    }
}

/// A row of links that switch a list between statuses or periods, the one on screen marked current.
#[component]
pub fn StatusTabs(
    /// What the tabs choose between, for screen readers ("Status", "Period").
    #[prop(into)]
    label: String,
    tabs: Vec<Tab>,
) -> impl IntoView {
    let links = tabs
        .into_iter()
        .map(|t| view! { <a class="tab" href=t.href aria-current=t.current.then_some("page")>{t.label}</a> })
        .collect_view();
    view! { <nav class="tabs" aria-label=label>{links}</nav> }
}

/// A moderation queue: its status tabs, then the list (the children) or the sentence saying it is empty,
/// then the pager.
#[component]
pub fn TabbedQueue(
    label: &'static str,
    tabs: Vec<Tab>,
    is_empty: bool,
    #[prop(default = "Nothing here.")] empty: &'static str,
    /// The address of this tab's first page; the pager adds `page=`.
    base: String,
    page: u32,
    last: u32,
    children: Children,
) -> impl IntoView {
    view! {
        <StatusTabs label tabs />
        {if is_empty { view! { <p class="empty">{empty}</p> }.into_any() } else { children().into_any() }}
        <Pager base page last />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_current_tab_is_marked_and_an_empty_queue_says_so() {
        let html = Owner::new().with(|| {
            let tabs = vec![Tab::new("Waiting", "/q?status=pending", true), Tab::new("Done", "/q?status=done", false)];
            view! {
                <TabbedQueue label="Status" tabs is_empty=true base="/q?status=pending".to_string() page=1 last=1>
                    <ol class="items"></ol>
                </TabbedQueue>
            }
            .to_html()
        });
        assert!(html.contains(r#"<nav aria-label="Status" class="tabs">"#), "{html}");
        assert!(html.contains(r#"href="/q?status=pending" aria-current="page" class="tab">Waiting</a>"#), "{html}");
        assert!(html.contains(r#"href="/q?status=done" class="tab">Done</a>"#), "{html}");
        assert!(html.contains(r#"<p class="empty">Nothing here.</p>"#), "{html}");
        assert!(!html.contains("items"), "{html}");
    }
}
