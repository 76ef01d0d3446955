use crate::{stories::api::RemoveStoryPicture, t};
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
            <h2 id="story-pictures-title">{t!("stories-pictures-title")}</h2>
            <p class="hint">{t!("stories-pictures-hint")}</p>
            <div class="field-row">
                <PictureSlot id which="photo" kind="story" url=photo_url remove />
                <PictureSlot id which="logo" kind="logo" url=logo_url remove />
            </div>
        </section>
    }
}

/// One of the two pictures, `which` being `photo` or `logo` (the catalogue words each for it).
#[component]
fn PictureSlot(
    id: i64,
    which: &'static str,
    kind: &'static str,
    url: Option<String>,
    remove: ServerAction<RemoveStoryPicture>,
) -> impl IntoView {
    let file_id = format!("story-{which}-file");
    let help_id = format!("story-{which}-help");
    let has = url.is_some();
    let current = url.map(|src| {
        view! {
            <img class=format!("story-{which}-preview") src=src alt=t!("stories-picture-alt", which = which) loading="lazy" />
            <ActionForm action=remove>
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="which" value=which />
                <button type="submit" class="button secondary small">{t!("stories-picture-remove", which = which)}</button>
            </ActionForm>
        }
    });
    view! {
        <div class="story-picture">
            <h3>{t!("stories-picture-heading", which = which)}</h3>
            {current}
            <form class="avatar-form" method="post" action="/media/upload" enctype="multipart/form-data">
                <input type="hidden" name="kind" value=kind />
                <input type="hidden" name="story" value=id />
                <input type="hidden" name="then" value=format!("/stories/mine/{id}/edit?picture=saved") />
                <div class="field">
                    <label for=file_id.clone()>
                        {if has { t!("stories-picture-replace", which = which) } else { t!("stories-picture-choose", which = which) }}
                    </label>
                    <input id=file_id type="file" name="file" required accept="image/jpeg,image/png,image/gif,image/webp" aria-describedby=help_id.clone() />
                    <p class="help" id=help_id>{t!("stories-picture-help", which = which)}</p>
                </div>
                <button type="submit" class="button small">{t!("stories-picture-upload", which = which)}</button>
            </form>
        </div>
    }
}
