use crate::accounts::domain::{DISPLAY_NAME_MAX, PASSWORD_MAX};
use crate::ui::TextField;
use leptos::prelude::*;

/// The display name and password of a new account, as both ways of joining ask for them; each field shows
/// the browser's check first, then the server's answer.
#[component]
pub fn AccountFields(
    #[prop(into)] name_error: Signal<Option<String>>,
    #[prop(into)] password_error: Signal<Option<String>>,
    on_name: Callback<String>,
    on_password: Callback<String>,
    /// A name to suggest (an invitation's).
    #[prop(optional)]
    name: Option<String>,
) -> impl IntoView {
    view! {
        <TextField
            label="Display name"
            name="display_name"
            autocomplete="name"
            maxlength=DISPLAY_NAME_MAX
            value=name.unwrap_or_default()
            hint="Shown next to everything you post."
            error=name_error
            on_change=on_name
        />
        <TextField
            label="Password"
            name="password"
            kind="password"
            autocomplete="new-password"
            maxlength=PASSWORD_MAX
            hint="At least 10 characters. A few unrelated words make a strong one."
            error=password_error
            on_change=on_password
        />
    }
}
