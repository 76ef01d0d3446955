use crate::{
    sso::api::{get_pending_link, ConfirmLink},
    ui::{field_error, form_error, last_error, FormAlert, TextField},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

/// `/sso/link`: a provider signed someone in with an address an account here holds; that account's password
/// links the two (once), so nobody who merely controls an address at a provider takes over an account.
#[component]
pub fn SsoLinkPage() -> impl IntoView {
    let pending = Resource::new(|| (), |_| get_pending_link());
    view! {
        <Title text="Link your sign-in" />
        <section class="panel narrow" aria-labelledby="link-title">
            <h1 id="link-title">"Link your sign-in"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match pending.await {
                        Ok(Some((provider, email))) => Either::Left(view! { <LinkForm provider email /> }),
                        _ => Either::Right(view! {
                            <p class="empty">"Nothing is waiting to be linked. " <A href="/sign-in">"Sign in"</A></p>
                        }),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn LinkForm(provider: String, email: String) -> impl IntoView {
    let action = ServerAction::<ConfirmLink>::new();
    let server = last_error(action.value());
    let local = RwSignal::new(None::<String>);
    view! {
        <p>
            "An account here already uses " <strong>{email}</strong> ". Enter its password to link " {provider.clone()}
            " to it: from then on, " {provider} " signs you in directly."
        </p>
        <FormAlert error=form_error(server, &["password"]) />
        <ActionForm action=action>
            <TextField label="Password" name="password" kind="password" autocomplete="current-password" error=field_error(local, server, "password") />
            <button type="submit" class="button" disabled=move || action.pending().get()>"Link and sign in"</button>
        </ActionForm>
        <p class="aside"><A href="/forgot-password">"Forgot your password?"</A></p>
    }
}
