use crate::{
    accounts::{
        api::{get_me, SignOut},
        domain::CurrentUser,
    },
    error::AppError,
};
use leptos::prelude::*;

/// The signed-in user, shared by every page, and what refreshes it.
#[derive(Clone, Copy)]
pub struct Auth {
    pub me: Resource<Result<Option<CurrentUser>, AppError>>,
    pub sign_out: ServerAction<SignOut>,
    changed: RwSignal<u64>,
}

impl Auth {
    /// Reloads the signed-in user whenever `version` moves (an action that changes who is signed in, or their
    /// name, has finished). Page actions are created inside `<Routes>` so they can show a no-JavaScript error.
    pub fn refresh_after(&self, version: RwSignal<usize>) {
        let changed = self.changed;
        Effect::new(move |_| {
            if version.get() > 0 {
                changed.update(|n| *n += 1);
            }
        });
    }
}

/// Creates the auth context once, in the layout.
pub fn provide_auth() {
    let sign_out = ServerAction::<SignOut>::new();
    let changed = RwSignal::new(0u64);
    let me = Resource::new(move || (changed.get(), sign_out.version().get()), |_| get_me());
    provide_context(Auth { me, sign_out, changed });
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
