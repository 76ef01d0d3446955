use super::use_auth;
use crate::accounts::{api::SignIn, domain::Email};
use crate::ui::{field_error, form_error, last_error, FormAlert, TextField};
use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

/// Sign in with email and password. A plain form post when JavaScript is off.
#[component]
pub fn SignInPage() -> impl IntoView {
    let action = ServerAction::<SignIn>::new();
    use_auth().refresh_after(action.version());
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let server = last_error(action.value());
    let email_local = RwSignal::new(None::<String>);
    let password_local = RwSignal::new(None::<String>);

    let check_email = move |v: String| email_local.set(Email::parse(&v).err().map(|e| e.message));
    let check_password = move |v: String| password_local.set(v.is_empty().then(|| "Enter your password.".to_string()));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = SignIn::from_event(&ev) else {
            return;
        };
        check_email(input.email.clone());
        check_password(input.password.clone());
        if email_local.get_untracked().is_none() && password_local.get_untracked().is_none() {
            action.dispatch(input);
        }
    };

    view! {
        <Title text="Sign in" />
        <section class="panel narrow" aria-labelledby="sign-in-title">
            <h1 id="sign-in-title">"Sign in"</h1>
            <FormAlert error=form_error(server, &["email", "password"]) />
            <form method="post" action=SignIn::url() on:submit=on_submit novalidate>
                <input type="hidden" name="next" value=next />
                <TextField
                    label="Email"
                    name="email"
                    kind="email"
                    autocomplete="email"
                    error=field_error(email_local, server, "email")
                    on_change=Callback::new(check_email)
                />
                <TextField
                    label="Password"
                    name="password"
                    kind="password"
                    autocomplete="current-password"
                    error=field_error(password_local, server, "password")
                    on_change=Callback::new(check_password)
                />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { "Signing in…" } else { "Sign in" }}
                </button>
            </form>
            <p class="aside"><A href="/forgot-password">"Forgot your password?"</A></p>
            {crate::site::use_site().join.sign_up_open().then(|| view! {
                <p class="aside">"New here? " <A href="/sign-up">"Create an account"</A></p>
            })}
        </section>
    }
}
