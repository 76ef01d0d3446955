//! `/admin/registration`: who may join: open, by invitation only, or by approval with the questions applicants
//! answer, and the email domains that join directly whatever the mode. One plain form; saving reloads the
//! page, so the header's "Join" link and the sign-up page follow at once.

use crate::{
    accounts::{components::RequireRole, domain::Role},
    common::html::textarea_text,
    settings::api::SaveJoinPolicy,
    site::{
        join_policy::{JoinMode, DOMAINS_MAX, HELD_POSTS_MAX, QUESTIONS_MAX, QUESTION_MAX},
        use_site,
    },
    ui::{form_error, last_error, server_field_error, Field, FormAlert},
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn RegistrationPage() -> impl IntoView {
    view! {
        <Title text="Who may join" />
        <RequireRole role=Role::Admin>
            <RegistrationForm />
        </RequireRole>
    }
}

#[component]
fn RegistrationForm() -> impl IntoView {
    let policy = use_site().join;
    let (questions, domains) = (policy.questions_text(), policy.domains_text());
    let save = ServerAction::<SaveJoinPolicy>::new();
    let server = last_error(save.value());
    let query = use_query_map();
    let saved = move || query.read().get("saved").is_some();
    view! {
        <section class="panel" aria-labelledby="registration-title">
            <div class="page-head">
                <h1 id="registration-title">"Who may join"</h1>
                <a href="/admin/applications">"Applications"</a>
            </div>
            {move || saved().then(|| view! { <p class="alert ok" role="status">"Saved: the sign-up page follows it now."</p> })}
            <FormAlert error=form_error(server, &["mode", "questions", "domains", "held_posts"]) />
            <form method="post" action=SaveJoinPolicy::url() class="stacked-form" aria-labelledby="registration-title">
                <fieldset>
                    <legend>"How people join"</legend>
                    {JoinMode::ALL.into_iter().map(|m| view! {
                        <label class="choice">
                            <input type="radio" name="mode" value=m.as_str() checked=m == policy.mode />
                            " " {m.label()}
                        </label>
                    }).collect_view()}
                    <p class="hint">"Invitations (at " <a href="/admin/invitations">"Invitations"</a> ") work in every mode."</p>
                </fieldset>
                <Field label="Questions for applicants" id="field-questions" error=server_field_error(server, "questions")
                    hint=format!("One per line, at most {QUESTIONS_MAX}, each up to {QUESTION_MAX} characters. Asked only when joining is by approval; every question needs an answer.")>
                    <textarea name="questions" rows="4">{textarea_text(questions)}</textarea>
                </Field>
                <Field label="Email domains that join directly" id="field-domains" error=server_field_error(server, "domains")
                    hint=format!("One per line, such as example.com (at most {DOMAINS_MAX}). Addresses at exactly these domains join without an invitation or approval, after confirming their address; subdomains are not included.")>
                    <textarea name="domains" rows="3" spellcheck="false" autocapitalize="none">{textarea_text(domains)}</textarea>
                </Field>
                <Field label="New members' first posts held for approval" id="field-held-posts" error=server_field_error(server, "held_posts")
                    hint=format!("0 to {HELD_POSTS_MAX}. A member's first posts (topics and replies) wait in the moderators' approval queue; only the member and staff see them until one is approved. 0 holds none. Moderators and admins are never held.")>
                    <input type="number" name="held_posts" min="0" max=HELD_POSTS_MAX inputmode="numeric" value=policy.held_posts />
                </Field>
                <button type="submit" class="button">"Save"</button>
            </form>
        </section>
    }
}
