use crate::{
    sso::{
        domain::TwoFactorStatus,
        two_factor_api::{get_two_factor, ConfirmTwoFactor, DisableTwoFactor, NewRecoveryCodes, StartTwoFactor},
    },
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
        let start = ServerAction::<StartTwoFactor>::new();
        let confirm = ServerAction::<ConfirmTwoFactor>::new();
        let renew = ServerAction::<NewRecoveryCodes>::new();
        let disable = ServerAction::<DisableTwoFactor>::new();
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
        <h2 id="two-factor">"Two-factor sign-in"</h2>
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
                <p><strong>"Your recovery codes."</strong>" Each works once, instead of a code from the app. Keep them somewhere safe: they are not shown again."</p>
                <ul class="recovery-codes">{s.fresh_codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ul>
            </div>
        }
    });
    let required = s.required.then(|| {
        view! { <p class="alert error" role="alert">"The admins require two-factor sign-in of moderators and admins: set it up to reach the staff pages."</p> }
    });
    let body = match (s.enabled, s.setup) {
        (true, _) => EitherOf3::A(view! {
            <p>"On. Signing in asks for a code from your authenticator app. " {s.recovery_left} " recovery codes left."</p>
            <FormAlert error=form_error(last_error(renew.value()), &["code"]) />
            <ActionForm action=renew attr:class="stacked-form">
                <CodeField label="Code from your app, to make new recovery codes" id="renew" error=code_error(renew.value()) />
                <button type="submit" class="button secondary">"Make new recovery codes"</button>
            </ActionForm>
            {(!s.required).then(|| view! {
                <FormAlert error=form_error(last_error(disable.value()), &["code"]) />
                <ActionForm action=disable attr:class="stacked-form">
                    <CodeField label="Code from your app (or a recovery code), to turn it off" id="disable" error=code_error(disable.value()) />
                    <button type="submit" class="button secondary">"Turn off two-factor sign-in"</button>
                </ActionForm>
            })}
        }),
        (false, Some(setup)) => EitherOf3::B(view! {
            <p>"Scan this with your authenticator app (or type the key), then type the code it shows."</p>
            <div class="qr" inner_html=setup.qr_svg></div>
            <p>"Key: " <code class="secret">{setup.secret}</code></p>
            <FormAlert error=form_error(last_error(confirm.value()), &["code"]) />
            <ActionForm action=confirm attr:class="stacked-form">
                <CodeField label="Code from your app" id="confirm" error=code_error(confirm.value()) />
                <button type="submit" class="button">"Turn on"</button>
            </ActionForm>
        }),
        (false, None) => EitherOf3::C(view! {
            <p>"Off. With it on, signing in also asks for a code from an authenticator app on your phone."</p>
            <ActionForm action=start>
                <button type="submit" class="button">"Set up two-factor sign-in"</button>
            </ActionForm>
        }),
    };
    view! { {required} {codes} {body} }
}

/// The code field of the forms that take one, with the server's answer about it.
#[component]
fn CodeField(label: &'static str, id: &'static str, error: Signal<Option<String>>) -> impl IntoView {
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
