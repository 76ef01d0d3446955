use crate::accounts::domain::{DISPLAY_NAME_MAX, PASSWORD_MAX};
use crate::{site::use_site, t, ui::TextField};
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
            label=t!("join-display-name")
            name="display_name"
            autocomplete="name"
            maxlength=DISPLAY_NAME_MAX
            value=name.unwrap_or_default()
            hint=t!("join-display-name-hint")
            error=name_error
            on_change=on_name
        />
        <TextField
            label=t!("join-password")
            name="password"
            kind="password"
            autocomplete="new-password"
            maxlength=PASSWORD_MAX
            hint=t!("join-password-hint")
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
        // The sentence ends after the privacy notice's link when there is one (where German puts its verb).
        let (privacy, end) = if site.privacy_version > 0 {
            let link = view! {
                " "{t!("join-terms-privacy")}" "
                <a href="/privacy" target="_blank" rel="noopener">{t!("join-terms-privacy-link")}</a>
            };
            (Some(link), t!("join-terms-privacy-end"))
        } else {
            (None, t!("join-terms-end"))
        };
        view! {
            <div class="field" class:has-error=move || error.get().is_some()>
                <label class="choice">
                    <input type="checkbox" name="accept_terms" value=version required
                        aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                        aria-describedby=move || error.get().map(|_| "accept_terms-error") />
                    " "{t!("join-terms-accept")}" "
                    <a href="/terms" target="_blank" rel="noopener">{t!("join-terms-link", version = version.to_string())}</a>
                    {privacy}
                    {end}
                </label>
                <p class="error" id="accept_terms-error" role="alert">{move || error.get()}</p>
            </div>
        }
    })
}
