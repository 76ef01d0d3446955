//! Data the server read for a page just before rendering it, handed to the page's own server function so the
//! page is rendered from exactly those rows (`server::routes::kept` keeps a visitor's whole page beside the
//! data it was rendered from, so the two must be the same read, not two reads a write could fall between).

use std::sync::{
    atomic::{AtomicBool, Ordering},
    Arc,
};

/// What was read for this request, put in its extensions by the server.
pub struct Preread<T> {
    data: Arc<T>,
    taken: Arc<AtomicBool>,
}

impl<T> Clone for Preread<T> {
    fn clone(&self) -> Self {
        Preread { data: self.data.clone(), taken: self.taken.clone() }
    }
}

impl<T> Preread<T> {
    pub fn new(data: T) -> Self {
        Preread { data: Arc::new(data), taken: Arc::new(AtomicBool::new(false)) }
    }

    /// Whether the page took this data (rather than reading rows of its own): only then was it rendered from
    /// exactly what was read.
    pub fn was_taken(&self) -> bool {
        self.taken.load(Ordering::Acquire)
    }
}

/// The data of type `T` read for the request being rendered, if the server read it and `wanted` says it is
/// what the page asks for.
pub fn take<T: Clone + Send + Sync + 'static>(wanted: impl Fn(&T) -> bool) -> Option<T> {
    leptos::prelude::with_context(|parts: &http::request::Parts| {
        let read = parts.extensions.get::<Preread<T>>().filter(|read| wanted(&read.data))?;
        read.taken.store(true, Ordering::Release);
        Some(T::clone(&read.data))
    })
    .flatten()
}
