use crate::error::AppError;
use leptos::{
    attr::{self, AriaDescribedby, AriaInvalid, Attr, Id},
    prelude::*,
    tachys::view::add_attr::AddAnyAttr,
};

/// What [`Field`] puts on its control: the id its label points at, and the screen-reader wiring.
pub type ControlAttrs =
    (Attr<Id, String>, Attr<AriaInvalid, Signal<&'static str>>, Attr<AriaDescribedby, Signal<Option<String>>>);

/// A labelled form control (its one child: an input, select or textarea) with its hint and its error.
/// The control gets `id`, `aria-invalid` and `aria-describedby` (the hint, then the error when there is one),
/// so every form is wired for screen readers the same way. Without `error` the field has no error line.
#[component]
pub fn Field<C>(
    #[prop(into)] label: String,
    /// The control's id; the hint and error take `{id}-hint` and `{id}-error`.
    #[prop(into)]
    id: String,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    /// Other elements that describe the control (a note shared by several fields).
    #[prop(into, default = None)]
    described_by: Option<String>,
    /// More classes for the wrapper, such as `narrow-field`.
    #[prop(optional)]
    class: Option<&'static str>,
    /// What follows the error inside the field, such as the Markdown preview.
    #[prop(optional, into)]
    after: Option<ViewFnOnce>,
    children: TypedChildren<C>,
) -> impl IntoView
where
    C: AddAnyAttr + IntoView + 'static,
    C::Output<ControlAttrs>: IntoView,
{
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let failed = Signal::derive(move || error.is_some_and(|e| e.with(Option::is_some)));
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        Signal::derive(move || {
            let mut ids = Vec::new();
            if hint.with(Option::is_some) {
                ids.push(hint_id.clone());
            }
            ids.extend(described_by.clone());
            if failed.get() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    };
    let invalid = Signal::derive(move || if failed.get() { "true" } else { "false" });
    let control = children.into_inner()().add_any_attr((
        attr::id(id.clone()),
        attr::aria_invalid(invalid),
        attr::aria_describedby(described),
    ));
    let class = class.map_or_else(|| "field".to_string(), |more| format!("field {more}"));
    view! {
        <div class=class class:has-error=failed>
            <label for=id>{label}</label>
            {move || hint.get().map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {control}
            {error.map(|e| view! {
                <p class="error" id=error_id role="alert" aria-live="polite">{move || e.get()}</p>
            })}
            {after.map(ViewFnOnce::run)}
        </div>
    }
}

/// A one-line text input in a [`Field`]. `error` shows the browser-side check first, then the server's answer.
#[component]
pub fn TextField(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] maxlength: Option<usize>,
    /// Runs the shared validation when the person leaves the field.
    #[prop(optional)]
    on_change: Option<Callback<String>>,
) -> impl IntoView {
    view! {
        <Field label id=format!("field-{name}") hint error>
            <input
                name=name
                type=kind
                autocomplete=autocomplete
                value=value
                maxlength=maxlength
                on:change=move |ev| {
                    if let Some(cb) = on_change {
                        cb.run(event_target_value(&ev));
                    }
                }
            />
        </Field>
    }
}

/// An error that belongs to no single field (rate limit, server trouble), or a success note.
#[component]
pub fn FormAlert(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    view! {
        <Show when=move || error.get().is_some()>
            <div class="alert error" role="alert">
                {move || error.get().map(|e| e.to_string())}
            </div>
        </Show>
    }
}

/// The error from an action's last result, if it failed.
pub fn last_error<T: Clone + Send + Sync + 'static>(
    value: impl Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
) -> Signal<Option<AppError>> {
    Signal::derive(move || value.get().and_then(|r| r.err()))
}

/// What to show under `field`: the browser-side check first, else the server's error for that field.
pub fn field_error(
    local: RwSignal<Option<String>>,
    server: Signal<Option<AppError>>,
    field: &'static str,
) -> Signal<Option<String>> {
    let server = server_field_error(server, field);
    Signal::derive(move || local.get().or_else(|| server.get()))
}

/// The server's error for `field`, for a field the browser does not check.
pub fn server_field_error(server: Signal<Option<AppError>>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || server.get().filter(|e| e.field() == Some(field)).map(|e| e.to_string()))
}

/// The server's error when it names none of the form's fields (rate limit, trouble on the server).
pub fn form_error(server: Signal<Option<AppError>>, fields: &'static [&'static str]) -> Signal<Option<AppError>> {
    Signal::derive(move || server.get().filter(|e| e.field().is_none_or(|f| !fields.contains(&f))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(view: impl FnOnce() -> AnyView) -> String {
        Owner::new().with(|| view().to_html())
    }

    #[test]
    fn a_failed_field_points_its_control_at_its_hint_and_its_error() {
        let html = render(|| {
            view! {
                <Field label="Title" id="t" hint="A few words." error=Signal::derive(|| Some("Too long.".to_string()))>
                    <input name="form[title]" maxlength="100" />
                </Field>
            }
            .into_any()
        });
        assert!(html.contains(r#"<label for="t">Title</label>"#), "{html}");
        assert!(html.contains(r#"<p id="t-hint" class="hint">A few words.</p>"#), "{html}");
        assert!(
            html.contains(r#"<input name="form[title]" maxlength="100" id="t" aria-invalid="true" aria-describedby="t-hint t-error">"#),
            "{html}"
        );
        assert!(html.contains(r#"<p id="t-error" role="alert" aria-live="polite" class="error">Too long."#), "{html}");
        assert!(html.contains(r#"class="field has-error""#), "{html}");
    }

    #[test]
    fn a_field_without_an_error_is_valid_and_has_no_error_line() {
        let html = render(|| {
            view! {
                <Field label="Theme" id="theme" class="narrow-field" described_by="note".to_string()>
                    <select name="theme"><option value="light">"Light"</option></select>
                </Field>
            }
            .into_any()
        });
        assert!(html.contains(r#"<div class="field narrow-field">"#), "{html}");
        assert!(
            html.contains(r#"<select name="theme" id="theme" aria-invalid="false" aria-describedby="note">"#),
            "{html}"
        );
        assert!(!html.contains("role=\"alert\""), "{html}");
    }

    #[test]
    fn a_textarea_keeps_its_escaped_value() {
        use crate::common::html::textarea_text;
        let body = "</textarea><script>".to_string();
        let html = render(|| {
            view! {
                <Field label="Body" id="b" error=Signal::derive(|| None::<String>)>
                    <textarea name="body" rows="3">{textarea_text(body)}</textarea>
                </Field>
            }
            .into_any()
        });
        assert!(html.contains(r#"name="body" rows="3" id="b" aria-invalid="false">"#), "{html}");
        assert!(!html.contains("<script>"), "{html}");
    }
}
