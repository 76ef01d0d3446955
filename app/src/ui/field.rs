use crate::error::AppError;
use leptos::prelude::*;

/// A labelled input with its hint and its error, wired for screen readers (`aria-invalid`,
/// `aria-describedby`). `error` shows the browser-side check first, then the server's answer.
#[component]
pub fn TextField(
    label: &'static str,
    name: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] maxlength: Option<usize>,
    /// Runs the shared validation when the person leaves the field.
    #[prop(optional)]
    on_change: Option<Callback<String>>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <input
                id=id
                name=name
                type=kind
                autocomplete=autocomplete
                value=value
                maxlength=maxlength
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=described
                on:change=move |ev| {
                    if let Some(cb) = on_change {
                        cb.run(event_target_value(&ev));
                    }
                }
            />
            <p class="error" id=error_id role="alert" aria-live="polite">
                {move || error.get()}
            </p>
        </div>
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
    Signal::derive(move || {
        local.get().or_else(|| server.get().filter(|e| e.field() == Some(field)).map(|e| e.to_string()))
    })
}

/// The server's error when it names none of the form's fields (rate limit, trouble on the server).
pub fn form_error(server: Signal<Option<AppError>>, fields: &'static [&'static str]) -> Signal<Option<AppError>> {
    Signal::derive(move || server.get().filter(|e| e.field().is_none_or(|f| !fields.contains(&f))))
}
