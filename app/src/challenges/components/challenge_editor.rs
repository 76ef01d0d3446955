use crate::challenges::{
    api::SaveChallenge,
    domain::{ChallengeForm, Mode, ANSWER_MAX, DESCRIPTION_MAX, TITLE_MAX},
};
use crate::common::html::textarea_text;
use crate::error::AppError;
use leptos::prelude::*;

/// The form that publishes a challenge (`id` 0) or changes one.
#[component]
pub fn ChallengeEditor(
    id: i64,
    form: ChallengeForm,
    save: ServerAction<SaveChallenge>,
    /// The editor whose form was sent last (JavaScript on): only it shows the answer's field errors.
    last: RwSignal<Option<i64>>,
) -> impl IntoView {
    let f = move |name: &str| format!("challenge-{id}-{name}");
    let error = move |name: &'static str| {
        move || {
            let mine = last.get().is_none_or(|l| l == id);
            AppError::for_field(save.value().get(), name).filter(|_| mine)
        }
    };
    let mode = form.mode.clone();
    view! {
        <ActionForm action=save attr:class="stacked-form">
            <input type="hidden" name="id" value=id />
            <div class="field">
                <label for=f("title")>"Title"</label>
                <input id=f("title") name="form[title]" value=form.title maxlength=TITLE_MAX />
                <p class="error" role="alert">{error("title")}</p>
            </div>
            <div class="field">
                <label for=f("description")>"What to do"</label>
                <textarea id=f("description") name="form[description]" rows="3" maxlength=DESCRIPTION_MAX>{textarea_text(form.description)}</textarea>
                <p class="error" role="alert">{error("description")}</p>
            </div>
            <div class="field-row">
                <div class="field narrow-field">
                    <label for=f("points")>"Points"</label>
                    <input id=f("points") name="form[points]" value=form.points inputmode="numeric" />
                    <p class="error" role="alert">{error("points")}</p>
                </div>
                <div class="field narrow-field">
                    <label for=f("max")>"Places (empty: no limit)"</label>
                    <input id=f("max") name="form[max_completions]" value=form.max_completions inputmode="numeric" />
                    <p class="error" role="alert">{error("max_completions")}</p>
                </div>
                <div class="field narrow-field">
                    <label for=f("starts")>"First day (UTC, optional)"</label>
                    <input id=f("starts") type="date" name="form[starts_at]" value=form.starts_at />
                    <p class="error" role="alert">{error("starts_at")}</p>
                </div>
                <div class="field narrow-field">
                    <label for=f("ends")>"Last day (UTC, optional)"</label>
                    <input id=f("ends") type="date" name="form[ends_at]" value=form.ends_at />
                    <p class="error" role="alert">{error("ends_at")}</p>
                </div>
            </div>
            <div class="field">
                <label for=f("mode")>"How it is completed"</label>
                <select id=f("mode") name="form[mode]">
                    {Mode::ALL.into_iter().map(|m| view! { <option value=m.as_str() selected=mode == m.as_str()>{m.label()}</option> }).collect_view()}
                </select>
                <p class="error" role="alert">{error("mode")}</p>
            </div>
            <div class="field">
                <label for=f("link")>"Link to visit (link challenges, https://)"</label>
                <input id=f("link") name="form[link_url]" value=form.link_url />
                <p class="error" role="alert">{error("link_url")}</p>
            </div>
            <div class="field">
                <label for=f("answer")>"Expected answer (answer challenges; case and spacing do not count)"</label>
                <input id=f("answer") name="form[answer]" value=form.answer maxlength=ANSWER_MAX />
                <p class="error" role="alert">{error("answer")}</p>
            </div>
            <div class="field checkbox">
                <input id=f("active") type="checkbox" name="form[active]" value="on" checked=id == 0 || form.active.is_some() />
                <label for=f("active")>"Running"</label>
            </div>
            <button type="submit" class="button" on:click=move |_| last.set(Some(id))>{if id == 0 { "Publish challenge" } else { "Save" }}</button>
        </ActionForm>
    }
}
