use crate::stories::api::RemoveStoryPicture;
use leptos::prelude::*;

/// A draft's photo and company logo: each shown, a plain upload form (multipart, so it works with JavaScript
/// off; its own form, since forms cannot nest inside the story's) and a button to take it off. They appear
/// with the story only when it is published with the author's name.
#[component]
pub fn StoryPictures(
    id: i64,
    photo_url: Option<String>,
    logo_url: Option<String>,
    remove: ServerAction<RemoveStoryPicture>,
) -> impl IntoView {
    view! {
        <section class="story-pictures" aria-labelledby="story-pictures-title">
            <h2 id="story-pictures-title">"Photo and logo (optional)"</h2>
            <p class="hint">"Shown on the wall, on the story's page (and when it is shared) and in embeds, only if you publish the story with your name."</p>
            <div class="field-row">
                <PictureSlot id which="photo" kind="story" label="Photo" url=photo_url remove
                    help="A photo of you or your team: JPEG, PNG, GIF or WebP; shown up to 1600 pixels wide." />
                <PictureSlot id which="logo" kind="logo" label="Company logo" url=logo_url remove
                    help="Your company's logo: shown within 400 × 200 pixels, transparency kept." />
            </div>
        </section>
    }
}

#[component]
fn PictureSlot(
    id: i64,
    which: &'static str,
    kind: &'static str,
    label: &'static str,
    url: Option<String>,
    help: &'static str,
    remove: ServerAction<RemoveStoryPicture>,
) -> impl IntoView {
    let file_id = format!("story-{which}-file");
    let help_id = format!("story-{which}-help");
    let has = url.is_some();
    let current = url.map(|src| {
        view! {
            <img class=format!("story-{which}-preview") src=src alt=format!("The story's {}", label.to_lowercase()) loading="lazy" />
            <ActionForm action=remove>
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="which" value=which />
                <button type="submit" class="button secondary small">{format!("Remove {}", label.to_lowercase())}</button>
            </ActionForm>
        }
    });
    view! {
        <div class="story-picture">
            <h3>{label}</h3>
            {current}
            <form class="avatar-form" method="post" action="/media/upload" enctype="multipart/form-data">
                <input type="hidden" name="kind" value=kind />
                <input type="hidden" name="story" value=id />
                <input type="hidden" name="then" value=format!("/stories/mine/{id}/edit?picture=saved") />
                <div class="field">
                    <label for=file_id.clone()>{if has { format!("Replace the {}", label.to_lowercase()) } else { format!("Upload a {}", label.to_lowercase()) }}</label>
                    <input id=file_id type="file" name="file" required accept="image/jpeg,image/png,image/gif,image/webp" aria-describedby=help_id.clone() />
                    <p class="help" id=help_id>{help}</p>
                </div>
                <button type="submit" class="button small">{format!("Upload {}", label.to_lowercase())}</button>
            </form>
        </div>
    }
}
