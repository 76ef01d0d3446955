use crate::common::answered::server_action;
use crate::{
    sso::{
        domain::TwoFactorStatus,
        two_factor_api::{get_two_factor, ConfirmTwoFactor, DisableTwoFactor, NewRecoveryCodes, StartTwoFactor},
    },
    t,
    ui::{form_error, last_error, Field, FormAlert},
};
use leptos::{either::EitherOf3, prelude::*};

/// The second factor's actions and what it shows, made by the page outside its guard's Suspense
/// (leptos-rs/leptos#4866).
#[derive(Clone, Copy)]
pub struct TwoFactorActions {
    start: ServerAction<StartTwoFactor>,
    confirm: ServerAction<ConfirmTwoFactor>,
    renew: ServerAction<NewRecoveryCodes>,
    disable: ServerAction<DisableTwoFactor>,
    status: Resource<Result<TwoFactorStatus, crate::error::AppError>>,
}

impl Default for TwoFactorActions {
    fn default() -> Self {
        Self::new()
    }
}

impl TwoFactorActions {
    pub fn new() -> TwoFactorActions {
        let start = server_action::<StartTwoFactor>();
        let confirm = server_action::<ConfirmTwoFactor>();
        let renew = server_action::<NewRecoveryCodes>();
        let disable = server_action::<DisableTwoFactor>();
        let status = Resource::new(
            move || (start.version().get(), confirm.version().get(), renew.version().get(), disable.version().get()),
            |_| get_two_factor(),
        );
        TwoFactorActions { start, confirm, renew, disable, status }
    }
}

/// The second factor at `/me/security`: set it up (scan, then a first code), see recovery codes once, make new
/// ones, or turn it off. Works without JavaScript: each form posts and the page shows what changed.
#[component]
pub fn TwoFactorSection(t: TwoFactorActions) -> impl IntoView {
    let TwoFactorActions { start, confirm, renew, disable, status } = t;
    view! {
        <h2 id="two-factor">{t!("sso-two-factor")}</h2>
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match status.await {
                    Ok(s) => view! { <Status s start confirm renew disable /> }.into_any(),
                    Err(e) => view! { <div class="alert error" role="alert">{e.to_string()}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Status(
    s: TwoFactorStatus,
    start: ServerAction<StartTwoFactor>,
    confirm: ServerAction<ConfirmTwoFactor>,
    renew: ServerAction<NewRecoveryCodes>,
    disable: ServerAction<DisableTwoFactor>,
) -> impl IntoView {
    let codes = (!s.fresh_codes.is_empty()).then(|| {
        view! {
            <div class="alert ok" role="status">
                <p><strong>{t!("sso-codes-title")}</strong>" "{t!("sso-codes-text")}</p>
                <ul class="recovery-codes">{s.fresh_codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ul>
            </div>
        }
    });
    let required = s.required.then(|| {
        view! { <p class="alert error" role="alert">{t!("sso-two-factor-required-note")}</p> }
    });
    let body = match (s.enabled, s.setup) {
        (true, _) => EitherOf3::A(view! {
            <p>{t!("sso-two-factor-on", count = s.recovery_left)}</p>
            <FormAlert error=form_error(last_error(renew.value()), &["code"]) />
            <ActionForm action=renew attr:class="stacked-form">
                <CodeField label=t!("sso-code-renew") id="renew" error=code_error(renew.value()) />
                <button type="submit" class="button secondary">{t!("sso-renew-codes")}</button>
            </ActionForm>
            {(!s.required).then(|| view! {
                <FormAlert error=form_error(last_error(disable.value()), &["code"]) />
                <ActionForm action=disable attr:class="stacked-form">
                    <CodeField label=t!("sso-code-disable") id="disable" error=code_error(disable.value()) />
                    <button type="submit" class="button secondary">{t!("sso-turn-off")}</button>
                </ActionForm>
            })}
        }),
        (false, Some(setup)) => EitherOf3::B(view! {
            <p>{t!("sso-scan")}</p>
            <div class="qr" inner_html=setup.qr_svg></div>
            <p>{t!("sso-key")}" "<code class="secret">{setup.secret}</code></p>
            <FormAlert error=form_error(last_error(confirm.value()), &["code"]) />
            <ActionForm action=confirm attr:class="stacked-form">
                <CodeField label=t!("sso-code-confirm") id="confirm" error=code_error(confirm.value()) />
                <button type="submit" class="button">{t!("sso-turn-on")}</button>
            </ActionForm>
        }),
        (false, None) => EitherOf3::C(view! {
            <p>{t!("sso-two-factor-off")}</p>
            <ActionForm action=start>
                <button type="submit" class="button">{t!("sso-set-up")}</button>
            </ActionForm>
        }),
    };
    view! { {required} {codes} {body} }
}

/// The code field of the forms that take one, with the server's answer about it.
#[component]
fn CodeField(label: String, id: &'static str, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <Field label=label id=format!("two-factor-{id}") error=error>
            <input name="code" autocomplete="one-time-code" required />
        </Field>
    }
}

fn code_error<T: Clone + Send + Sync + 'static>(
    value: impl Get<Value = Option<Result<T, crate::error::AppError>>> + Send + Sync + 'static,
) -> Signal<Option<String>> {
    Signal::derive(move || crate::error::AppError::for_field(value.get(), "code"))
}
