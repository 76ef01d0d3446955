use crate::challenges::{
    api::SaveChallenge,
    domain::{ChallengeForm, Mode, ANSWER_MAX, DESCRIPTION_MAX, TITLE_MAX},
};
use crate::common::html::textarea_text;
use crate::error::AppError;
use crate::{groups::components::GroupSelect, t, ui::Field};
use leptos::prelude::*;

/// The form that publishes a challenge (`id` 0) or changes one.
#[component]
pub fn ChallengeEditor(
    id: i64,
    form: ChallengeForm,
    save: ServerAction<SaveChallenge>,
    /// The groups a challenge can be limited to.
    groups: Vec<crate::groups::domain::GroupChoice>,
    /// The editor whose form was sent last (JavaScript on): only it shows the answer's field errors.
    last: RwSignal<Option<i64>>,
) -> impl IntoView {
    let f = move |name: &str| format!("challenge-{id}-{name}");
    let error = move |name: &'static str| {
        Signal::derive(move || {
            let mine = last.get().is_none_or(|l| l == id);
            AppError::for_field(save.value().get(), name).filter(|_| mine)
        })
    };
    let mode = form.mode.clone();
    view! {
        <ActionForm action=save attr:class="stacked-form">
            <input type="hidden" name="id" value=id />
            <Field label=t!("challenges-field-title") id=f("title") error=error("title")>
                <input name="form[title]" value=form.title maxlength=TITLE_MAX />
            </Field>
            <Field label=t!("challenges-field-description") id=f("description") error=error("description")>
                <textarea name="form[description]" rows="3" maxlength=DESCRIPTION_MAX>{textarea_text(form.description)}</textarea>
            </Field>
            <div class="field-row">
                <Field label=t!("challenges-field-points") id=f("points") class="narrow-field" error=error("points")>
                    <input name="form[points]" value=form.points inputmode="numeric" />
                </Field>
                <Field label=t!("challenges-field-places") id=f("max") class="narrow-field" error=error("max_completions")>
                    <input name="form[max_completions]" value=form.max_completions inputmode="numeric" />
                </Field>
                <Field label=t!("challenges-field-first-day") id=f("starts") class="narrow-field" error=error("starts_at")>
                    <input type="date" name="form[starts_at]" value=form.starts_at />
                </Field>
                <Field label=t!("challenges-field-last-day") id=f("ends") class="narrow-field" error=error("ends_at")>
                    <input type="date" name="form[ends_at]" value=form.ends_at />
                </Field>
            </div>
            <Field label=t!("challenges-field-mode") id=f("mode") error=error("mode")>
                <select name="form[mode]">
                    {Mode::ALL.into_iter().map(|m| view! { <option value=m.as_str() selected=mode == m.as_str()>{m.label()}</option> }).collect_view()}
                </select>
            </Field>
            <Field label=t!("challenges-field-link") id=f("link") error=error("link_url")>
                <input name="form[link_url]" value=form.link_url />
            </Field>
            <Field label=t!("challenges-field-answer") id=f("answer") error=error("answer")>
                <input name="form[answer]" value=form.answer maxlength=ANSWER_MAX />
            </Field>
            <GroupSelect name="form[group]" id=f("group") label=t!("challenges-who-sees") everyone=t!("challenges-everyone") current=form.group groups
                hint=t!("challenges-group-hint") error=error("group") />
            <div class="field checkbox">
                <input id=f("active") type="checkbox" name="form[active]" value="on" checked=id == 0 || form.active.is_some() />
                <label for=f("active")>{t!("challenges-field-running")}</label>
            </div>
            <button type="submit" class="button" on:click=move |_| last.set(Some(id))>
                {if id == 0 { t!("challenges-publish") } else { t!("challenges-save") }}
            </button>
        </ActionForm>
    }
}
