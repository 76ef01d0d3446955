use crate::common::answered::server_action;
use crate::{
    accounts::components::use_auth,
    nps::{
        api::{get_nps_prompt, AnswerSurvey},
        domain::{question_text, COMMENT_MAX},
        views::{NpsPrompt, SurveyPrompt},
    },
    t,
    ui::{last_error, Field},
};
use leptos::{either::EitherOf3, prelude::*};
use leptos_router::hooks::use_location;

/// The survey banner above every page for signed-in members (not staff) with an open survey to answer this
/// period. It never blocks the page: "Not now" puts it away for the period, on every device. Without JavaScript the form
/// posts and the server sends the member back to the page they were on.
#[component]
pub fn NpsBanner() -> impl IntoView {
    let auth = use_auth();
    let location = use_location();
    // Created in the layout, inside the router: it reads a no-JavaScript error from the URL.
    let answer = server_action::<AnswerSurvey>();
    let prompt =
        Resource::new(move || (auth.version(), location.pathname.get(), answer.version().get()), |_| get_nps_prompt());
    let error = last_error(answer.value());
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match prompt.await {
                    Ok(NpsPrompt::Ask(p)) => EitherOf3::A(view! { <Ask p answer error /> }),
                    Ok(NpsPrompt::Thanks { points }) => EitherOf3::B(view! { <Thanks points /> }),
                    // A refusal (answered in another tab, survey closed) once the question is gone.
                    _ => EitherOf3::C(move || error.get().filter(|e| e.field().is_none()).map(|e| view! {
                        <aside class="nps-banner" aria-label=t!("nps-survey")>
                            <p class="alert error" role="alert">{e.to_string()}</p>
                        </aside>
                    })),
                }
            })}
        </Transition>
    }
}

#[component]
fn Ask(
    p: SurveyPrompt,
    answer: ServerAction<AnswerSurvey>,
    error: Signal<Option<crate::error::AppError>>,
) -> impl IntoView {
    let options = (0..=10)
        .map(|s| {
            view! {
                <label class="nps-option">
                    <input type="radio" name="score" value=s required />
                    <span>{s}</span>
                </label>
            }
        })
        .collect_view();
    let why = p.ask_why.then(|| {
        view! {
            <Field label=t!("nps-why-label") id="nps-comment">
                <textarea name="comment" rows="2" maxlength=COMMENT_MAX></textarea>
            </Field>
        }
    });
    view! {
        <aside class="nps-banner" aria-labelledby="nps-question">
            <ActionForm action=answer attr:class="nps-form">
                <input type="hidden" name="id" value=p.id />
                <fieldset class="nps-scale" aria-describedby="nps-ends">
                    <legend id="nps-question">{question_text(&p.question)}</legend>
                    <div class="nps-range">
                        <div class="nps-options">{options}</div>
                        <p id="nps-ends" class="nps-ends">
                            <span>{t!("nps-scale-low")}</span>
                            <span>{t!("nps-scale-high")}</span>
                        </p>
                    </div>
                </fieldset>
                {why}
                {move || error.get().map(|e| view! { <p class="error" role="alert">{e.to_string()}</p> })}
                <div class="nps-actions">
                    <button type="submit" class="button small" name="choice" value="answer">{t!("nps-submit")}</button>
                    <button type="submit" class="button small secondary" name="choice" value="dismiss" formnovalidate>
                        {t!("nps-not-now")}
                    </button>
                </div>
            </ActionForm>
        </aside>
    }
}

#[component]
fn Thanks(points: i64) -> impl IntoView {
    let earned = (points > 0).then(|| format!(" {}", t!("nps-earned", points = points)));
    view! {
        <aside class="nps-banner thanks" aria-label=t!("nps-survey")>
            <p role="status">{t!("nps-thanks")}{earned}</p>
        </aside>
    }
}
