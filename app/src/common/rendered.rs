//! HTML kept beside the data it was rendered from, for the pages nobody hydrates.
//!
//! A visitor's reading page (no app: see `shell::hydration`) shows the same rows as the same HTML to every
//! visitor, and rendering a topic's thirty posts costs about as much as reading them. [`Rendered`] keeps the
//! last HTML of each key with the data that produced it, and hands it out again only when the data the page
//! has just read is *equal* to that data. Every request still reads the database, so a write on any node
//! (a reply, an edit, a hidden post, a renamed author) is in the next page on every node: nothing here can be
//! stale, only the render is skipped.

use leptos::{either::Either, prelude::*};
use std::{
    collections::HashMap,
    hash::Hash,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex, PoisonError,
    },
};

/// Whether the page being rendered will be hydrated by the app in the browser (the shell turns hydration off
/// for a page that does not load the app, so no resource data is written into it). Always so in the browser.
pub fn page_is_hydrated() -> bool {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::Owner::current_shared_context().is_none_or(|context| context.get_is_hydrating())
    }
    #[cfg(not(feature = "ssr"))]
    {
        true
    }
}

/// `<div class=…>` around `view(data)`; on a page nobody hydrates, its HTML comes from `store` under `key`
/// while `data` stays the same.
pub fn kept_div<K, D, V>(
    class: &'static str,
    store: &Rendered<K, D>,
    key: K,
    data: D,
    view: fn(D) -> V,
) -> impl IntoView
where
    K: Eq + Hash + Clone,
    D: PartialEq + Clone,
    V: IntoView + 'static,
{
    if !page_is_hydrated() {
        let html = store.get_or_render(key, data, |data| view(data.clone()).to_html());
        return Either::Left(leptos::view! { <div class=class inner_html=html></div> });
    }
    Either::Right(leptos::view! { <div class=class>{view(data)}</div> })
}

/// Rendered HTML per key (or another rendering `V`: the server keeps whole pages, see
/// `server::routes::kept`), within a budget of bytes (the least recently used entries go first).
pub struct Rendered<K, D, V = Arc<str>> {
    budget: usize,
    clock: AtomicU64,
    store: Mutex<Store<K, D, V>>,
}

struct Entry<D, V> {
    data: D,
    value: V,
    cost: usize,
    /// When it was last handed out, on the store's clock (for choosing what to drop).
    used: AtomicU64,
}

struct Store<K, D, V> {
    entries: HashMap<K, Arc<Entry<D, V>>>,
    bytes: usize,
}

impl<K: Eq + Hash + Clone, D: PartialEq> Rendered<K, D> {
    /// An empty store for the server's pages: it keeps as many megabytes as `--kept-html-mb` says
    /// (`Settings::kept_html_mb`; made the first time a page needs it, so the settings are known).
    pub fn for_pages() -> Self {
        #[cfg(feature = "ssr")]
        let mb = crate::state::app_state()
            .map_or(crate::state::Settings::default().kept_html_mb, |state| state.settings.kept_html_mb);
        // The browser renders every page itself (it hydrates, so this store is never asked).
        #[cfg(not(feature = "ssr"))]
        let mb = 0u32;
        Self::new(usize::try_from(mb).unwrap_or(0) << 20)
    }

    /// The HTML for `data` under `key`: the kept one when it was rendered from equal data, else `render`'s,
    /// which is kept in its place (its cost counted twice, for the data beside it).
    pub fn get_or_render(&self, key: K, data: D, render: impl FnOnce(&D) -> String) -> Arc<str> {
        if let Some(html) = self.kept(&key, &data) {
            return html;
        }
        let html: Arc<str> = render(&data).into();
        self.keep(key, data, html.clone(), html.len() * 2);
        html
    }
}

impl<K: Eq + Hash + Clone, D: PartialEq, V: Clone> Rendered<K, D, V> {
    /// An empty store that keeps renderings worth at most `budget` bytes.
    pub fn new(budget: usize) -> Self {
        Rendered { budget, clock: AtomicU64::new(0), store: Mutex::new(Store { entries: HashMap::new(), bytes: 0 }) }
    }

    /// What was kept under `key`, if it was rendered from data equal to `data`.
    pub fn kept(&self, key: &K, data: &D) -> Option<V> {
        let now = self.clock.fetch_add(1, Ordering::Relaxed);
        let kept = self.lock().entries.get(key).cloned()?;
        // Compared outside the lock: other pages are not held up by a long topic.
        if kept.data != *data {
            return None;
        }
        kept.used.store(now, Ordering::Relaxed);
        Some(kept.value.clone())
    }

    /// Keeps `value`, rendered from `data`, under `key` in place of what was there, counting `cost` bytes
    /// against the budget (what can never fit is not kept).
    pub fn keep(&self, key: K, data: D, value: V, cost: usize) {
        if cost > self.budget {
            return;
        }
        let now = self.clock.fetch_add(1, Ordering::Relaxed);
        let entry = Arc::new(Entry { data, value, cost, used: AtomicU64::new(now) });
        let mut store = self.lock();
        if let Some(old) = store.entries.insert(key, entry) {
            store.bytes -= old.cost;
        }
        store.bytes += cost;
        while store.bytes > self.budget {
            let oldest =
                store.entries.iter().min_by_key(|(_, e)| e.used.load(Ordering::Relaxed)).map(|(k, _)| k.clone());
            let Some(gone) = oldest.and_then(|key| store.entries.remove(&key)) else {
                break;
            };
            store.bytes -= gone.cost;
        }
    }

    /// How many renders are kept, and their cost in bytes.
    #[cfg(test)]
    fn size(&self) -> (usize, usize) {
        let store = self.lock();
        (store.entries.len(), store.bytes)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Store<K, D, V>> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn equal_data_is_rendered_once_and_changed_data_again() {
        let kept = Rendered::new(1 << 20);
        let renders = Cell::new(0);
        let render = |d: &Vec<&str>| {
            renders.set(renders.get() + 1);
            d.join("|")
        };
        assert_eq!(&*kept.get_or_render(1, vec!["a", "b"], render), "a|b");
        assert_eq!(&*kept.get_or_render(1, vec!["a", "b"], render), "a|b");
        assert_eq!(renders.get(), 1, "the same rows are not rendered twice");
        assert_eq!(&*kept.get_or_render(1, vec!["a", "c"], render), "a|c", "a changed row is rendered");
        assert_eq!(&*kept.get_or_render(2, vec!["a", "b"], render), "a|b", "keys are apart");
        assert_eq!(renders.get(), 3);
        assert_eq!(kept.size(), (2, 12));
    }

    #[test]
    fn the_budget_drops_the_least_recently_used() {
        let kept = Rendered::new(40);
        let page = |n: usize| move |_: &u8| "x".repeat(n);
        kept.get_or_render("a", 0u8, page(8));
        kept.get_or_render("b", 0u8, page(8));
        kept.get_or_render("a", 0u8, page(8));
        kept.get_or_render("c", 0u8, page(8));
        assert_eq!(kept.size(), (2, 32), "three of 16 bytes do not fit in 40");
        let renders = Cell::new(0);
        kept.get_or_render("a", 0u8, |_| {
            renders.set(renders.get() + 1);
            String::new()
        });
        assert_eq!(renders.get(), 0, "a, used last, was kept; b went");
        kept.get_or_render("huge", 0u8, page(100));
        assert_eq!(kept.size(), (2, 32), "what can never fit is not kept");
    }
}
