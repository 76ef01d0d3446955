use crate::accounts::domain::{DISPLAY_NAME_MAX, PASSWORD_MAX};
use crate::{site::use_site, ui::TextField};
use leptos::prelude::*;

/// The display name and password of a new account, as both ways of joining ask for them; each field shows
/// the browser's check first, then the server's answer. Once terms are published, the box that accepts
/// their newest version (the server refuses a sign-up without it).
#[component]
pub fn AccountFields(
    #[prop(into)] name_error: Signal<Option<String>>,
    #[prop(into)] password_error: Signal<Option<String>>,
    #[prop(into)] terms_error: Signal<Option<String>>,
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
        <TermsBox error=terms_error />
    }
}

/// "I accept the terms of service (version N)", when terms are published; the privacy notice linked too.
#[component]
fn TermsBox(error: Signal<Option<String>>) -> impl IntoView {
    let site = use_site();
    (site.terms_version > 0).then(|| {
        let version = site.terms_version;
        let privacy = (site.privacy_version > 0).then(|| view! {
            " and have read the " <a href="/privacy" target="_blank" rel="noopener">"privacy notice"</a>
        });
        view! {
            <div class="field" class:has-error=move || error.get().is_some()>
                <label class="choice">
                    <input type="checkbox" name="accept_terms" value=version required
                        aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                        aria-describedby=move || error.get().map(|_| "accept_terms-error") />
                    " I accept the " <a href="/terms" target="_blank" rel="noopener">{format!("terms of service (version {version})")}</a>
                    {privacy}
                    "."
                </label>
                <p class="error" id="accept_terms-error" role="alert">{move || error.get()}</p>
            </div>
        }
    })
}
