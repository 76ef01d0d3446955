use super::use_auth;
use crate::{
    accounts::api::{second_factor_waiting, VerifySecondFactor},
    ui::{field_error, form_error, last_error, FormAlert, TextField},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

/// `/sign-in/two-factor`: the second step of signing in, for members with a second factor.
#[component]
pub fn TwoFactorPage() -> impl IntoView {
    let waiting = Resource::new(|| (), |_| second_factor_waiting());
    view! {
        <Title text="Two-factor sign-in" />
        <section class="panel narrow" aria-labelledby="two-factor-title">
            <h1 id="two-factor-title">"Two-factor sign-in"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match waiting.await {
                        Ok(true) => Either::Left(view! { <CodeForm /> }),
                        _ => Either::Right(view! {
                            <p class="empty">"No sign-in is waiting for a code. " <A href="/sign-in">"Sign in"</A></p>
                        }),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn CodeForm() -> impl IntoView {
    let action = ServerAction::<VerifySecondFactor>::new();
    use_auth().refresh_after(action.version());
    let server = last_error(action.value());
    let local = RwSignal::new(None::<String>);
    view! {
        <p>"Type the 6-digit code your authenticator app shows now, or one of your recovery codes."</p>
        <FormAlert error=form_error(server, &["code"]) />
        <ActionForm action=action>
            <TextField label="Code" name="code" autocomplete="one-time-code" error=field_error(local, server, "code") />
            <div class="field checkbox">
                <input id="remember-device" type="checkbox" name="remember" />
                <label for="remember-device">"Remember this device for 30 days"</label>
            </div>
            <button type="submit" class="button" disabled=move || action.pending().get()>"Sign in"</button>
        </ActionForm>
        <p class="aside">"Lost your phone and your recovery codes? The community's admins can turn two-factor sign-in off for you."</p>
    }
}
