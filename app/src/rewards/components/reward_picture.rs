use crate::rewards::{api::RemoveRewardPicture, views::RewardAdmin};
use leptos::prelude::*;

/// A reward's picture: the one shown, a plain upload form (multipart, so it works with JavaScript off; its own
/// form, since forms cannot nest) and a button to remove it. An address saved before uploads existed is
/// named, with what to do about it.
#[component]
pub fn RewardPicture(r: RewardAdmin, remove: ServerAction<RemoveRewardPicture>) -> impl IntoView {
    let file_id = format!("reward-{}-picture", r.id);
    let legacy = r.legacy_image_url.clone().filter(|_| r.image_url.is_none()).map(|url| view! {
        <p class="notice" role="note">
            {format!("This reward had an image address ({url}) that browsers never showed: the site shows only pictures uploaded to it. Upload the picture here instead; saving the reward clears the old address.")}
        </p>
    });
    let current = r.image_url.clone().map(|src| {
        view! {
            <img class="reward-image-preview" src=src alt=format!("The picture of {}", r.title) loading="lazy" />
            <ActionForm action=remove>
                <input type="hidden" name="reward_id" value=r.id />
                <button type="submit" class="secondary small">"Remove picture"</button>
            </ActionForm>
        }
    });
    view! {
        <div class="reward-picture">
            <h3>"Picture"</h3>
            {legacy}
            {current}
            <form class="avatar-form" method="post" action="/media/upload" enctype="multipart/form-data">
                <input type="hidden" name="kind" value="reward" />
                <input type="hidden" name="reward" value=r.id />
                <input type="hidden" name="then" value=format!("/admin/rewards#reward-{}", r.id) />
                <div class="field">
                    <label for=file_id.clone()>{if r.image_url.is_some() { "Replace the picture" } else { "Upload a picture" }}</label>
                    <input id=file_id type="file" name="file" required accept="image/jpeg,image/png,image/gif,image/webp" />
                    <p class="help">"JPEG, PNG, GIF or WebP; shown within 800 × 800 pixels, transparency kept."</p>
                </div>
                <button type="submit" class="button small">"Upload"</button>
            </form>
        </div>
    }
}
