use crate::accounts::{
    components::use_auth,
    domain::{DisplayName, Email, NewPassword, EMAIL_MAX},
};
use crate::common::answered::server_action;
use crate::join::{account_fields::AccountFields, SignUp};
use crate::site::{join_policy::ANSWER_MAX, use_site, JoinMode};
use crate::{
    t,
    ui::{field_error, form_error, last_error, server_field_error, FormAlert, TextField},
};
use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::components::A;

/// Create an account: email, display name, password. Checked in the browser by the same rules as the server.
#[component]
pub fn SignUpPage() -> impl IntoView {
    let action = server_action::<SignUp>();
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

    let policy = use_site().join;
    if !policy.sign_up_open() {
        return view! { <InvitationOnly /> }.into_any();
    }
    let applying = policy.mode == JoinMode::Approval;
    let (title, button, busy) = if applying {
        (t!("join-apply-title"), t!("join-apply-button"), t!("join-applying"))
    } else {
        (t!("join-title"), t!("join-create-button"), t!("join-creating"))
    };
    let domains = policy.domains.join(", ");
    let how = match policy.mode {
        JoinMode::Open => None,
        JoinMode::Approval if domains.is_empty() => Some(t!("join-how-approval")),
        JoinMode::Approval => Some(t!("join-how-approval-domains", domains = domains)),
        JoinMode::Invite => Some(t!("join-how-invite", domains = domains)),
    };
    let questions = applying.then(|| view! { <Questions questions=policy.questions.clone() server /> });
    view! {
        <Title text=title.clone() />
        <section class="panel narrow" aria-labelledby="sign-up-title">
            <h1 id="sign-up-title">{title}</h1>
            {how.map(|h| view! { <p class="hint">{h}</p> })}
            <crate::referrals::components::InvitationNote />
            <FormAlert error=form_error(server, &["email", "display_name", "password", "accept_terms", "answers"]) />
            <form method="post" action=SignUp::url() on:submit=on_submit novalidate>
                <TextField
                    label=t!("join-email")
                    name="email"
                    kind="email"
                    autocomplete="email"
                    maxlength=EMAIL_MAX
                    hint=t!("join-email-hint")
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
                {questions}
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { busy.clone() } else { button.clone() }}
                </button>
            </form>
            <p class="aside">{t!("join-already-member")}" "<A href="/sign-in">{t!("join-sign-in")}</A></p>
        </section>
    }
    .into_any()
}

/// The applicant's questions, each a required answer (`answers[0]`, `answers[1]`, …).
#[component]
fn Questions(questions: Vec<String>, server: Signal<Option<crate::error::AppError>>) -> impl IntoView {
    let error = server_field_error(server, "answers");
    view! {
        <fieldset class="questions" aria-describedby="answers-error">
            <legend>{t!("join-questions")}</legend>
            {questions.into_iter().enumerate().map(|(i, q)| {
                let id = format!("field-answer-{i}");
                view! {
                    <div class="field">
                        <label for=id.clone()>{q}</label>
                        <textarea id=id name=format!("answers[{i}]") rows="3" required maxlength=ANSWER_MAX></textarea>
                    </div>
                }
            }).collect_view()}
            <p class="error" id="answers-error" role="alert" aria-live="polite">{move || error.get()}</p>
        </fieldset>
    }
}

/// The sign-up page when only an invitation lets people in.
#[component]
fn InvitationOnly() -> impl IntoView {
    view! {
        <Title text=t!("join-by-invitation-title") />
        <section class="panel narrow" aria-labelledby="sign-up-title">
            <h1 id="sign-up-title">{t!("join-by-invitation-title")}</h1>
            <p>{t!("join-by-invitation-text")}</p>
            <p class="aside">{t!("join-already-member")}" "<A href="/sign-in">{t!("join-sign-in")}</A></p>
        </section>
    }
}
