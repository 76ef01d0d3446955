use leptos::prelude::*;

/// Asks the header to reload what it counts (unread notifications), after a page changed it.
#[derive(Clone, Copy)]
pub struct NavRefresh(pub RwSignal<u64>);

impl NavRefresh {
    pub fn bump(&self) {
        self.0.update(|n| *n += 1);
    }
}
