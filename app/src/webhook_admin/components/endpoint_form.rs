use crate::{
    error::AppError,
    t,
    ui::{form_error, last_error, Field, FormAlert},
    webhook_admin::api::SaveWebhook,
    webhooks::domain::{Event, DESCRIPTION_MAX, URL_MAX},
};
use leptos::prelude::*;

/// The endpoint form: a new one (`id` 0) or changing one, with the events it is sent.
#[component]
pub fn EndpointForm(
    id: i64,
    action: ServerAction<SaveWebhook>,
    #[prop(optional)] url: String,
    #[prop(optional)] description: String,
    #[prop(optional)] events: Vec<Event>,
) -> impl IntoView {
    let server = last_error(action.value());
    let error = move |name: &'static str| Signal::derive(move || AppError::for_field(action.value().get(), name));
    let f = move |name: &str| format!("webhook-{id}-{name}");
    let button = if id == 0 { t!("webhook-admin-add") } else { t!("webhook-admin-save") };
    view! {
        <FormAlert error=form_error(server, &["url", "description", "events"]) />
        <ActionForm action=action attr:class="stacked-form">
            <input type="hidden" name="id" value=id />
            <Field label=t!("webhook-admin-field-url") id=f("url") hint=t!("webhook-admin-field-url-hint") error=error("url")>
                <input name="form[url]" type="url" maxlength=URL_MAX value=url required />
            </Field>
            <Field label=t!("webhook-admin-field-description") id=f("description") error=error("description")>
                <input name="form[description]" maxlength=DESCRIPTION_MAX value=description />
            </Field>
            <fieldset class="choices" aria-describedby=f("events-error")>
                <legend>{t!("webhook-admin-events")}</legend>
                {Event::ALL.into_iter().enumerate().map(|(i, e)| {
                    let box_id = f(&format!("event-{i}"));
                    view! {
                        <div class="field checkbox">
                            <input id=box_id.clone() type="checkbox" name=format!("form[events][{i}]") value=e.as_str() checked=events.contains(&e) />
                            <label for=box_id><code>{e.as_str()}</code>" " {e.label()}</label>
                        </div>
                    }
                }).collect_view()}
                <p id=f("events-error") class="field-error" role="alert">{move || error("events").get()}</p>
            </fieldset>
            <button type="submit" class="button" disabled=move || action.pending().get()>{button}</button>
        </ActionForm>
    }
}
