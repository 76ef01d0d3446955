//! Pictures into the editor: the "Add picture" button, dropping files on the text and pasting them. Each file
//! is uploaded to `/media/upload` and a Markdown line pointing at it is put where the cursor is. Without
//! JavaScript the editor links to `/me/pictures` instead, where a plain form does the upload.

use crate::{common::pictures::StoredPicture, t};
use leptos::{html::Textarea, prelude::*};

/// What the picture bar says: nothing, an upload under way, or why one failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))] // only the browser uploads
pub enum PictureStatus {
    Idle,
    Sending(usize),
    Failed(String),
}

/// The Markdown for an uploaded picture, its alt text taken from the file's name until the writer changes it.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub fn picture_markdown(file_name: &str, picture: &StoredPicture) -> String {
    let stem = file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem);
    let words: String = stem
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let alt = if words.is_empty() { t!("markdown-picture-alt") } else { words };
    format!("![{alt}]({})", picture.url)
}

/// The button, its hidden file input, and the status line (announced to screen readers).
#[component]
pub fn AddPicture(
    id: String,
    /// The editor's label, so each button on a page has its own name ("Add picture to Reply").
    field: String,
    textarea: NodeRef<Textarea>,
    status: RwSignal<PictureStatus>,
) -> impl IntoView {
    let input_id = format!("{id}-picture");
    let chosen = move |ev: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(files) = input.as_ref().and_then(|i| i.files()) {
                upload::send_all(files, textarea, status);
            }
            if let Some(input) = input {
                input.set_value("");
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, textarea);
    };
    view! {
        <div class="picture-bar js-only">
            <input id=input_id.clone() class="visually-hidden" type="file" multiple accept="image/jpeg,image/png,image/gif,image/webp" on:change=chosen />
            <label class="button small secondary" for=input_id>
                {t!("markdown-add-picture")}<span class="visually-hidden">" "{t!("markdown-add-picture-to", field = field)}</span>
            </label>
            <span class="help">{t!("markdown-drop-or-paste")}</span>
            <span role="status" aria-live="polite">
                {move || match status.get() {
                    PictureStatus::Idle => String::new(),
                    PictureStatus::Sending(n) => t!("markdown-uploading", count = n as i64),
                    PictureStatus::Failed(why) => why,
                }}
            </span>
        </div>
        <p class="help no-js-only">
            <a href="/me/pictures" target="_blank">{t!("markdown-add-a-picture")}</a>
            " "{t!("markdown-add-a-picture-how")}
        </p>
    }
}

#[cfg(feature = "hydrate")]
pub mod upload {
    use super::{picture_markdown, PictureStatus};
    use crate::{common::pictures::StoredPicture, error::AppError, t};
    use leptos::{html::Textarea, prelude::*};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    /// The files a drop or a paste carries, if any: uploaded instead of the browser's own handling.
    pub fn take(
        event: &web_sys::Event,
        carried: Option<web_sys::DataTransfer>,
        textarea: NodeRef<Textarea>,
        status: RwSignal<PictureStatus>,
    ) {
        if let Some(files) = carried.and_then(|d| d.files()).filter(|f| f.length() > 0) {
            event.prevent_default();
            send_all(files, textarea, status);
        }
    }

    /// Uploads every file in `files`, one after another, inserting each picture's line at the cursor.
    pub fn send_all(files: web_sys::FileList, textarea: NodeRef<Textarea>, status: RwSignal<PictureStatus>) {
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        if files.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            let count = files.len();
            for (i, file) in files.into_iter().enumerate() {
                status.set(PictureStatus::Sending(count - i));
                match send(&file).await {
                    Ok(picture) => insert(textarea, &picture_markdown(&file.name(), &picture)),
                    Err(why) => {
                        status.set(PictureStatus::Failed(format!("{}: {why}", file.name())));
                        return;
                    }
                }
            }
            status.set(PictureStatus::Idle);
        });
    }

    async fn send(file: &web_sys::File) -> Result<StoredPicture, String> {
        let unreachable = |_| t!("markdown-upload-unreachable");
        let form = web_sys::FormData::new().map_err(unreachable)?;
        form.append_with_str("kind", "post").map_err(unreachable)?;
        form.append_with_blob_and_filename("file", file, &file.name()).map_err(unreachable)?;
        let headers = web_sys::Headers::new().map_err(unreachable)?;
        headers.set("accept", "application/json").map_err(unreachable)?;
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_body(&form);
        init.set_headers(&headers);
        let window = web_sys::window().ok_or("no window")?;
        let answer =
            JsFuture::from(window.fetch_with_str_and_init("/media/upload", &init)).await.map_err(unreachable)?;
        let answer: web_sys::Response = answer.dyn_into().map_err(unreachable)?;
        let text = JsFuture::from(answer.text().map_err(unreachable)?).await.map_err(unreachable)?;
        let text = text.as_string().unwrap_or_default();
        if answer.ok() {
            return serde_json::from_str(&text).map_err(|_| t!("markdown-upload-unreadable"));
        }
        Err(match serde_json::from_str::<AppError>(&text) {
            Ok(e) => e.to_string(),
            Err(_) if answer.status() == 413 => t!("markdown-upload-too-large", megabytes = 15),
            Err(_) => t!("markdown-upload-failed", status = answer.status().to_string()),
        })
    }

    /// Puts `line` at the cursor on a line of its own, and leaves the cursor after it.
    fn insert(textarea: NodeRef<Textarea>, line: &str) {
        let Some(area) = textarea.get_untracked() else { return };
        let text = area.value();
        let at = area.selection_end().ok().flatten().map_or(text.encode_utf16().count(), |n| n as usize);
        let split = text.encode_utf16().take(at).count();
        let before: String = String::from_utf16_lossy(&text.encode_utf16().take(split).collect::<Vec<_>>());
        let after: String = String::from_utf16_lossy(&text.encode_utf16().skip(split).collect::<Vec<_>>());
        let lead = if before.is_empty() || before.ends_with('\n') { "" } else { "\n" };
        let joined = format!("{before}{lead}{line}\n{after}");
        area.set_value(&joined);
        let cursor = (before.encode_utf16().count() + lead.len() + line.encode_utf16().count() + 1) as u32;
        let _ = area.set_selection_range(cursor, cursor);
        // Tell the editor (and its preview) that the text changed.
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = area.dispatch_event(&event);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inserted_line_takes_its_alt_text_from_the_file_name() {
        let picture = StoredPicture { hash: "h".into(), url: "/media/h.jpg".into(), width: 1, height: 1 };
        assert_eq!(picture_markdown("team_at-summit.2026.jpg", &picture), "![team at summit 2026](/media/h.jpg)");
        assert_eq!(picture_markdown("[x](y).png", &picture), "![x y](/media/h.jpg)");
        assert_eq!(picture_markdown(".png", &picture), "![picture](/media/h.jpg)");
    }
}
