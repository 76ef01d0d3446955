use crate::common::answered::server_action;
use crate::{
    accounts::components::use_auth,
    settings::api::{get_terms_standing, AcceptTerms},
    t,
    ui::last_error,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Asks a signed-in member to accept the newest terms when they have not: on every page until they do. A
/// plain form, so it works without JavaScript.
#[component]
pub fn TermsBanner() -> impl IntoView {
    let auth = use_auth();
    let location = use_location();
    // Created in the layout, inside the router: it reads a no-JavaScript error from the URL.
    let accept = server_action::<AcceptTerms>();
    let standing = Resource::new(
        move || (auth.version(), location.pathname.get(), accept.version().get()),
        |_| get_terms_standing(),
    );
    let error = last_error(accept.value());
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let standing = standing.await.ok().flatten().filter(|s| s.asks());
                standing.map(|s| {
                    let heading =
                        if s.accepted.is_some() { t!("settings-terms-changed") } else { t!("settings-terms-accept-title") };
                    view! {
                        <aside class="terms-banner" aria-labelledby="terms-banner-title">
                            <div class="terms-banner-inner">
                                <h2 id="terms-banner-title">{heading}</h2>
                                <p>
                                    {t!("settings-terms-read")}" "
                                    <a href="/terms">{t!("settings-terms-version", version = s.newest)}</a>
                                    " "{t!("settings-terms-ask")}
                                </p>
                                {move || error.get().map(|e| view! { <p class="alert error" role="alert">{e.to_string()}</p> })}
                                <ActionForm action=accept attr:class="inline-form">
                                    <input type="hidden" name="version" value=s.newest />
                                    <button type="submit" class="button small">{t!("settings-terms-accept")}</button>
                                </ActionForm>
                            </div>
                        </aside>
                    }
                })
            })}
        </Transition>
    }
}
