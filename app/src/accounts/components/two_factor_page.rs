use super::use_auth;
use crate::common::answered::server_action;
use crate::{
    accounts::api::{second_factor_waiting, VerifySecondFactor},
    t,
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
        <Title text=t!("accounts-two-factor-title") />
        <section class="panel narrow" aria-labelledby="two-factor-title">
            <h1 id="two-factor-title">{t!("accounts-two-factor-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match waiting.await {
                        Ok(true) => Either::Left(view! { <CodeForm /> }),
                        _ => Either::Right(view! {
                            <p class="empty">{t!("accounts-no-code-waiting")}" "<A href="/sign-in">{t!("accounts-sign-in")}</A></p>
                        }),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn CodeForm() -> impl IntoView {
    let action = server_action::<VerifySecondFactor>();
    use_auth().refresh_after(action.version());
    let server = last_error(action.value());
    let local = RwSignal::new(None::<String>);
    view! {
        <p>{t!("accounts-code-intro")}</p>
        <FormAlert error=form_error(server, &["code"]) />
        <ActionForm action=action>
            <TextField label=t!("accounts-code") name="code" autocomplete="one-time-code" error=field_error(local, server, "code") />
            <div class="field checkbox">
                <input id="remember-device" type="checkbox" name="remember" />
                <label for="remember-device">{t!("accounts-remember-device")}</label>
            </div>
            <button type="submit" class="button" disabled=move || action.pending().get()>{t!("accounts-sign-in")}</button>
        </ActionForm>
        <p class="aside">{t!("accounts-lost-phone")}</p>
    }
}
