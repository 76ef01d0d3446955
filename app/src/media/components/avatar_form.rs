use crate::media::{api::RemoveAvatar, domain::MAX_UPLOAD_BYTES, views::MyPicture};
use crate::ui::Avatar;
use crate::ui::{last_error, FormAlert};
use leptos::prelude::*;

/// The member's picture with a plain upload form (multipart, so it works with JavaScript off) and a button
/// to go back to initials.
#[component]
pub fn AvatarForm(me: MyPicture, on_removed: Callback<()>) -> impl IntoView {
    let remove = ServerAction::<RemoveAvatar>::new();
    let error = last_error(remove.value());
    Effect::new(move |_| {
        if matches!(remove.value().get(), Some(Ok(()))) {
            on_removed.run(());
        }
    });
    let has_picture = me.avatar.is_some();
    view! {
        <div class="profile-head">
            <Avatar name=me.name.clone() handle=me.handle.clone() avatar=me.avatar.clone() large=true />
            <p class="meta">
                {if has_picture { "Your picture, shown beside your name." } else { "Your initials are shown until you upload a picture." }}
            </p>
        </div>
        <form class="avatar-form" method="post" action="/media/upload" enctype="multipart/form-data">
            <input type="hidden" name="kind" value="avatar" />
            <input type="hidden" name="then" value="/me/profile?picture=saved" />
            <div class="field">
                <label for="avatar-file">"New picture"</label>
                <input id="avatar-file" type="file" name="file" required
                    accept="image/jpeg,image/png,image/gif,image/webp" aria-describedby="avatar-help" />
                <p class="help" id="avatar-help">
                    {format!("JPEG, PNG, GIF or WebP, up to {} MB. The middle of it is cut to a square; location and camera details are removed.", MAX_UPLOAD_BYTES >> 20)}
                </p>
            </div>
            <button type="submit">"Upload picture"</button>
        </form>
        {has_picture.then(|| view! {
            <FormAlert error />
            <ActionForm action=remove>
                <button type="submit" class="secondary">"Remove picture"</button>
            </ActionForm>
        })}
    }
}
