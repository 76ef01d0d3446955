use crate::error::AppError;
use crate::nps::{
    api::SaveSurvey,
    domain::{SurveyForm, PERIOD_DAYS_MAX, PERIOD_DAYS_MIN, QUESTION_MAX, TITLE_MAX},
};
use crate::{groups::components::GroupSelect, t, ui::Field};
use leptos::prelude::*;

/// The form that creates a survey (`id` 0) or changes one.
#[component]
pub fn SurveyEditor(
    id: i64,
    form: SurveyForm,
    save: ServerAction<SaveSurvey>,
    /// The editor whose form was sent last (JavaScript on): only it shows the answer's field errors.
    last: RwSignal<Option<i64>>,
    /// The groups a survey can be limited to.
    groups: Vec<crate::groups::domain::GroupChoice>,
    /// Members have answered: the first day and the period number their answers, so they stay fixed.
    #[prop(optional)]
    answered: bool,
) -> impl IntoView {
    let f = move |name: &str| format!("survey-{id}-{name}");
    let error = move |name: &'static str| {
        Signal::derive(move || {
            let mine = last.get().is_none_or(|l| l == id);
            AppError::for_field(save.value().get(), name).filter(|_| mine)
        })
    };
    // The note that explains why the first day and the period can no longer change.
    let fixed = move || answered.then(|| f("fixed"));
    view! {
        <ActionForm action=save attr:class="stacked-form">
            <input type="hidden" name="id" value=id />
            <Field label=t!("nps-field-title") id=f("title") error=error("title")>
                <input name="form[title]" value=form.title maxlength=TITLE_MAX />
            </Field>
            <Field label=t!("nps-field-question") id=f("question") error=error("question")>
                <input name="form[question]" value=form.question maxlength=QUESTION_MAX />
            </Field>
            <div class="field checkbox">
                <input id=f("why") type="checkbox" name="form[ask_why]" value="on" checked=form.ask_why.is_some() />
                <label for=f("why")>{t!("nps-field-ask-why")}</label>
            </div>
            <div class="field-row">
                <Field
                    label=t!("nps-field-period", min = PERIOD_DAYS_MIN, max = PERIOD_DAYS_MAX)
                    id=f("period")
                    class="narrow-field"
                    described_by=fixed()
                    error=error("period_days")
                >
                    <input name="form[period_days]" value=form.period_days inputmode="numeric" readonly=answered />
                </Field>
                <Field label=t!("nps-field-first-day") id=f("starts") class="narrow-field" described_by=fixed() error=error("starts_at")>
                    <input type="date" name="form[starts_at]" value=form.starts_at readonly=answered />
                </Field>
                <Field label=t!("nps-field-last-day") id=f("ends") class="narrow-field" error=error("ends_at")>
                    <input type="date" name="form[ends_at]" value=form.ends_at />
                </Field>
            </div>
            <GroupSelect name="form[group]" id=f("group") label=t!("nps-field-group") everyone=t!("nps-everyone") current=form.group groups
                hint=t!("nps-field-group-hint") error=error("group") />
            {answered
                .then(|| {
                    view! {
                        <p class="hint" id=f("fixed")>{t!("nps-fixed-note")}</p>
                    }
                })}
            <button type="submit" class="button" on:click=move |_| last.set(Some(id))>
                {if id == 0 { t!("nps-create-survey") } else { t!("nps-save") }}
            </button>
        </ActionForm>
    }
}
