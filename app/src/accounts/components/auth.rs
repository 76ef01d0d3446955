use crate::accounts::api::SignOut;
use crate::common::answered::server_action;
use leptos::prelude::*;

/// What moves when the signed-in user may have changed (sign-in, sign-out, a new name), shared by every page.
/// The header loads the user itself (`shell::Layout`), keyed on [`Auth::version`].
#[derive(Clone, Copy)]
pub struct Auth {
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

impl Auth {
    /// Moves (and is tracked) whenever the signed-in user may have changed.
    pub fn version(&self) -> (u64, usize) {
        (self.changed.get(), self.sign_out.version().get())
    }
}

/// Creates the auth context once, in the layout.
pub fn provide_auth() {
    let sign_out = server_action::<SignOut>();
    let changed = RwSignal::new(0u64);
    provide_context(Auth { sign_out, changed });
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
