use super::add_picture::{AddPicture, PictureStatus};
use crate::common::html::textarea_text;
use crate::markdown::{preview, BODY_MAX};
use crate::{t, ui::Field};
use leptos::{html::Textarea, prelude::*};

/// The Markdown editor: a labelled textarea with its hint and error, and a preview rendered by the server
/// exactly as the post will look (the preview needs JavaScript; the form itself does not).
#[component]
pub fn BodyField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] value: Signal<String>,
    #[prop(default = 8)] rows: u32,
    /// The form field's name.
    #[prop(default = "body")]
    name: &'static str,
    #[prop(default = BODY_MAX)] maxlength: usize,
) -> impl IntoView {
    let draft = RwSignal::new(String::new());
    let textarea = NodeRef::<Textarea>::new();
    let status = RwSignal::new(PictureStatus::Idle);
    let picture_id = id.clone();
    let picture_label = label.clone();
    let shown = RwSignal::new(None::<Result<String, String>>);
    let render = Action::new(move |body: &String| {
        let body = body.clone();
        async move { preview(body).await }
    });
    Effect::new(move |_| {
        if let Some(result) = render.value().get() {
            shown.set(Some(result.map_err(|e| e.to_string())));
        }
    });
    let preview_bar = move || {
        view! {
            <AddPicture id=picture_id.clone() field=picture_label.clone() textarea status />
            <div class="preview-bar js-only">
                <button
                    type="button"
                    class="button small secondary"
                    on:click=move |_| {
                        let text = if draft.get_untracked().is_empty() { value.get_untracked() } else { draft.get_untracked() };
                        render.dispatch(text);
                    }
                >
                    {move || if render.pending().get() { t!("markdown-rendering") } else { t!("markdown-preview") }}
                </button>
            </div>
            {move || shown.get().map(|result| match result {
                Ok(html) => view! {
                    <section class="preview" aria-label=t!("markdown-preview")><div class="post-body" inner_html=html></div></section>
                }.into_any(),
                Err(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
            })}
        }
    };
    view! {
        <Field label id hint=t!("markdown-hint") error after=preview_bar>
            <textarea
                node_ref=textarea
                on:dragover=|ev| ev.prevent_default()
                on:drop=move |ev| {
                    #[cfg(feature = "hydrate")]
                    super::add_picture::upload::take(&ev, ev.data_transfer(), textarea, status);
                    #[cfg(not(feature = "hydrate"))]
                    let _ = ev;
                }
                on:paste=move |ev| {
                    #[cfg(feature = "hydrate")]
                    super::add_picture::upload::take(&ev, ev.clipboard_data(), textarea, status);
                    #[cfg(not(feature = "hydrate"))]
                    let _ = ev;
                }
                name=name
                rows=rows
                maxlength=maxlength
                on:input=move |ev| draft.set(event_target_value(&ev))
                prop:value=move || value.get()
            >
                {move || textarea_text(value.get())}
            </textarea>
        </Field>
    }
}
