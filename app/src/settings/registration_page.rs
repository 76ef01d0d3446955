//! `/admin/registration`: who may join: open, by invitation only, or by approval with the questions applicants
//! answer, and the email domains that join directly whatever the mode. One plain form; saving reloads the
//! page, so the header's "Join" link and the sign-up page follow at once.

use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    common::html::textarea_text,
    settings::api::SaveJoinPolicy,
    site::{
        join_policy::{JoinMode, DOMAINS_MAX, HELD_POSTS_MAX, QUESTIONS_MAX, QUESTION_MAX},
        use_site,
    },
    t,
    ui::{form_error, last_error, server_field_error, Field, FormAlert},
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn RegistrationPage() -> impl IntoView {
    view! {
        <Title text=t!("settings-join-title") />
        <RequireRole role=Role::Admin>
            <RegistrationForm />
        </RequireRole>
    }
}

#[component]
fn RegistrationForm() -> impl IntoView {
    let policy = use_site().join;
    let (questions, domains) = (policy.questions_text(), policy.domains_text());
    let save = server_action::<SaveJoinPolicy>();
    let server = last_error(save.value());
    let query = use_query_map();
    let saved = move || query.read().get("saved").is_some();
    view! {
        <section class="panel" aria-labelledby="registration-title">
            <div class="page-head">
                <h1 id="registration-title">{t!("settings-join-title")}</h1>
                <a href="/admin/applications">{t!("settings-join-applications")}</a>
            </div>
            {move || saved().then(|| view! { <p class="alert ok" role="status">{t!("settings-join-saved")}</p> })}
            <FormAlert error=form_error(server, &["mode", "questions", "domains", "held_posts"]) />
            <form method="post" action=SaveJoinPolicy::url() class="stacked-form" aria-labelledby="registration-title">
                <fieldset>
                    <legend>{t!("settings-join-how")}</legend>
                    {JoinMode::ALL.into_iter().map(|m| view! {
                        <label class="choice">
                            <input type="radio" name="mode" value=m.as_str() checked=m == policy.mode />
                            " " {m.label()}
                        </label>
                    }).collect_view()}
                    <p class="hint">
                        {t!("settings-join-invitations-before")}" "<a href="/admin/invitations">{t!("settings-join-invitations-link")}</a>
                        {t!("settings-join-invitations-after")}
                    </p>
                </fieldset>
                <Field label=t!("settings-join-questions") id="field-questions" error=server_field_error(server, "questions")
                    hint=t!("settings-join-questions-hint", questions = QUESTIONS_MAX, characters = QUESTION_MAX)>
                    <textarea name="questions" rows="4">{textarea_text(questions)}</textarea>
                </Field>
                <Field label=t!("settings-join-domains") id="field-domains" error=server_field_error(server, "domains")
                    hint=t!("settings-join-domains-hint", max = DOMAINS_MAX)>
                    <textarea name="domains" rows="3" spellcheck="false" autocapitalize="none">{textarea_text(domains)}</textarea>
                </Field>
                <Field label=t!("settings-join-held") id="field-held-posts" error=server_field_error(server, "held_posts")
                    hint=t!("settings-join-held-hint", max = HELD_POSTS_MAX)>
                    <input type="number" name="held_posts" min="0" max=HELD_POSTS_MAX inputmode="numeric" value=policy.held_posts />
                </Field>
                <button type="submit" class="button">{t!("settings-save")}</button>
            </form>
        </section>
    }
}
