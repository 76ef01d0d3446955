use crate::accounts::{
    components::use_auth,
    domain::{DisplayName, Email, NewPassword, EMAIL_MAX},
};
use crate::join::{account_fields::AccountFields, SignUp};
use crate::ui::{field_error, form_error, last_error, FormAlert, TextField};
use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::components::A;

/// Create an account: email, display name, password. Checked in the browser by the same rules as the server.
#[component]
pub fn SignUpPage() -> impl IntoView {
    let action = ServerAction::<SignUp>::new();
    use_auth().refresh_after(action.version());
    let server = last_error(action.value());
    let email_local = RwSignal::new(None::<String>);
    let name_local = RwSignal::new(None::<String>);
    let password_local = RwSignal::new(None::<String>);

    let check_email = move |v: String| email_local.set(Email::parse(&v).err().map(|e| e.message));
    let check_name = move |v: String| name_local.set(DisplayName::parse(&v).err().map(|e| e.message));
    let check_password =
        move |v: String| password_local.set(NewPassword::parse(&v, "password", &[]).err().map(|e| e.message));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = SignUp::from_event(&ev) else {
            return;
        };
        check_email(input.email.clone());
        check_name(input.display_name.clone());
        password_local.set(
            NewPassword::parse(&input.password, "password", &[&input.email, &input.display_name])
                .err()
                .map(|e| e.message),
        );
        let clean = [email_local, name_local, password_local].iter().all(|s| s.get_untracked().is_none());
        if clean {
            action.dispatch(input);
        }
    };

    view! {
        <Title text="Join the community" />
        <section class="panel narrow" aria-labelledby="sign-up-title">
            <h1 id="sign-up-title">"Join the community"</h1>
            <crate::referrals::components::InvitationNote />
            <FormAlert error=form_error(server, &["email", "display_name", "password", "accept_terms"]) />
            <form method="post" action=SignUp::url() on:submit=on_submit novalidate>
                <TextField
                    label="Email"
                    name="email"
                    kind="email"
                    autocomplete="email"
                    maxlength=EMAIL_MAX
                    hint="We never show it to other members."
                    error=field_error(email_local, server, "email")
                    on_change=Callback::new(check_email)
                />
                <AccountFields
                    name_error=field_error(name_local, server, "display_name")
                    password_error=field_error(password_local, server, "password")
                    terms_error=crate::ui::server_field_error(server, "accept_terms")
                    on_name=Callback::new(check_name)
                    on_password=Callback::new(check_password)
                />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { "Creating your account…" } else { "Create account" }}
                </button>
            </form>
            <p class="aside">"Already a member? " <A href="/sign-in">"Sign in"</A></p>
        </section>
    }
}
