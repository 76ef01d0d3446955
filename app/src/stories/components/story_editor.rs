use crate::{
    markdown::BodyField,
    stories::{
        api::SaveStory,
        domain::{Consent, StoryForm, BODY_MAX, COMPANY_MAX, PRODUCT_MAX, QUOTE_MAX, TITLE_MAX},
    },
    t,
    ui::{last_error, Field, FormAlert},
};
use leptos::prelude::*;

const FIELDS: &[&str] = &["title", "body", "product", "rating", "quote", "company", "job_title", "consent"];

/// The story form: a new story (`id` 0) or a draft being changed. "Save draft" keeps it private; "Submit for
/// review" sends it to the moderators. Works without JavaScript.
#[component]
pub fn StoryEditor(id: i64, form: StoryForm, save: ServerAction<SaveStory>) -> impl IntoView {
    let server = last_error(save.value());
    let error = move |field: &'static str| {
        Signal::derive(move || server.get().filter(|e| e.field() == Some(field)).map(|e| e.to_string()))
    };
    let general = Signal::derive(move || server.get().filter(|e| e.field().is_none_or(|f| !FIELDS.contains(&f))));
    let rating = form.rating.clone();
    let consent = form.consent.clone();
    let body = form.body.clone();
    view! {
        <FormAlert error=general />
        <ActionForm action=save attr:class="stacked-form story-form">
            <input type="hidden" name="id" value=id />
            <Field label=t!("stories-field-title") id="story-title" error=error("title")
                hint=t!("stories-field-title-hint")>
                <input name="form[title]" value=form.title maxlength=TITLE_MAX />
            </Field>
            <BodyField id="story-body" name="form[body]" label=t!("stories-body-label") maxlength=BODY_MAX rows=14
                value=Signal::derive(move || body.clone()) error=error("body") />
            <Field label=t!("stories-field-product") id="story-product" error=error("product")
                hint=t!("stories-field-product-hint")>
                <input name="form[product]" value=form.product maxlength=PRODUCT_MAX />
            </Field>
            <fieldset class="field rating-field" class:has-error=move || error("rating").get().is_some()>
                <legend>{t!("stories-field-rating")}</legend>
                <div class="choices">
                    {(1..=5u8).map(|n| {
                        let input_id = format!("rating-{n}");
                        let label = t!("stories-stars", count = n);
                        view! {
                            <span class="choice">
                                <input type="radio" id=input_id.clone() name="form[rating]" value=n checked=rating == n.to_string()
                                    aria-describedby="story-rating-error" />
                                <label for=input_id>{label}</label>
                            </span>
                        }
                    }).collect_view()}
                </div>
                <p class="error" id="story-rating-error" role="alert">{move || error("rating").get()}</p>
            </fieldset>
            <Field label=t!("stories-field-quote") id="story-quote" error=error("quote")
                hint=t!("stories-field-quote-hint")>
                <input name="form[quote]" value=form.quote maxlength=QUOTE_MAX />
            </Field>
            <div class="field-row">
                <Field label=t!("stories-field-company") id="story-company" error=error("company")>
                    <input name="form[company]" value=form.company maxlength=COMPANY_MAX />
                </Field>
                <Field label=t!("stories-field-role") id="story-job_title" error=error("job_title")>
                    <input name="form[job_title]" value=form.job_title maxlength=COMPANY_MAX />
                </Field>
            </div>
            <fieldset class="field consent-field" class:has-error=move || error("consent").get().is_some()>
                <legend>{t!("stories-field-consent")}</legend>
                {Consent::ALL.into_iter().map(|c| {
                    let input_id = format!("consent-{}", c.as_str());
                    let hint = match c {
                        Consent::Named => t!("stories-consent-named-hint"),
                        Consent::Anonymous => t!("stories-consent-anonymous-hint"),
                        Consent::Internal => t!("stories-consent-internal-hint"),
                    };
                    view! {
                        <div class="choice">
                            <input type="radio" id=input_id.clone() name="form[consent]" value=c.as_str() checked=consent == c.as_str()
                                aria-describedby="story-consent-error" />
                            <label for=input_id>{c.label()}<span class="hint">{format!(" — {hint}")}</span></label>
                        </div>
                    }
                }).collect_view()}
                <p class="hint">{t!("stories-field-consent-hint")}</p>
                <p class="error" id="story-consent-error" role="alert">{move || error("consent").get()}</p>
            </fieldset>
            <div class="actions">
                <button type="submit" class="button secondary" disabled=move || save.pending().get()>{t!("stories-save-draft")}</button>
                " "
                <button type="submit" class="button" name="submit" value="yes" disabled=move || save.pending().get()>
                    {t!("stories-submit")}
                </button>
            </div>
        </ActionForm>
    }
}
