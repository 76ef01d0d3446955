use crate::error::AppError;
use crate::nps::{
    api::SaveSurvey,
    domain::{SurveyForm, PERIOD_DAYS_MAX, PERIOD_DAYS_MIN, QUESTION_MAX, TITLE_MAX},
};
use leptos::prelude::*;

/// The form that creates a survey (`id` 0) or changes one.
#[component]
pub fn SurveyEditor(
    id: i64,
    form: SurveyForm,
    save: ServerAction<SaveSurvey>,
    /// The editor whose form was sent last (JavaScript on): only it shows the answer's field errors.
    last: RwSignal<Option<i64>>,
    /// Members have answered: the first day and the period number their answers, so they stay fixed.
    #[prop(optional)]
    answered: bool,
) -> impl IntoView {
    let f = move |name: &str| format!("survey-{id}-{name}");
    let error = move |name: &'static str| {
        move || {
            let mine = last.get().is_none_or(|l| l == id);
            AppError::for_field(save.value().get(), name).filter(|_| mine)
        }
    };
    view! {
        <ActionForm action=save attr:class="stacked-form">
            <input type="hidden" name="id" value=id />
            <div class="field">
                <label for=f("title")>"Title (for admins)"</label>
                <input id=f("title") name="form[title]" value=form.title maxlength=TITLE_MAX />
                <p class="error" role="alert">{error("title")}</p>
            </div>
            <div class="field">
                <label for=f("question")>"Question (members answer it from 0 to 10)"</label>
                <input id=f("question") name="form[question]" value=form.question maxlength=QUESTION_MAX />
                <p class="error" role="alert">{error("question")}</p>
            </div>
            <div class="field checkbox">
                <input id=f("why") type="checkbox" name="form[ask_why]" value="on" checked=form.ask_why.is_some() />
                <label for=f("why")>"Ask for the reason of the score (optional free text)"</label>
            </div>
            <div class="field-row">
                <div class="field narrow-field">
                    <label for=f("period")>{format!("Ask again after (days, {PERIOD_DAYS_MIN}–{PERIOD_DAYS_MAX})")}</label>
                    <input
                        id=f("period")
                        name="form[period_days]"
                        value=form.period_days
                        inputmode="numeric"
                        readonly=answered
                        aria-describedby=answered.then(|| f("fixed"))
                    />
                    <p class="error" role="alert">{error("period_days")}</p>
                </div>
                <div class="field narrow-field">
                    <label for=f("starts")>"First day (UTC)"</label>
                    <input
                        id=f("starts")
                        type="date"
                        name="form[starts_at]"
                        value=form.starts_at
                        readonly=answered
                        aria-describedby=answered.then(|| f("fixed"))
                    />
                    <p class="error" role="alert">{error("starts_at")}</p>
                </div>
                <div class="field narrow-field">
                    <label for=f("ends")>"Last day (UTC, optional)"</label>
                    <input id=f("ends") type="date" name="form[ends_at]" value=form.ends_at />
                    <p class="error" role="alert">{error("ends_at")}</p>
                </div>
            </div>
            {answered
                .then(|| {
                    view! {
                        <p class="hint" id=f("fixed")>
                            "Members have answered, so the first day and the period stay as they are: answers are counted by period from the first day."
                        </p>
                    }
                })}
            <button type="submit" class="button" on:click=move |_| last.set(Some(id))>
                {if id == 0 { "Create survey" } else { "Save" }}
            </button>
        </ActionForm>
    }
}
