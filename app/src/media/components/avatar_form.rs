use crate::media::{api::RemoveAvatar, domain::MAX_UPLOAD_BYTES, views::MyPicture};
use crate::t;
use crate::ui::Avatar;
use crate::ui::{last_error, FormAlert};
use leptos::prelude::*;

/// The member's picture with a plain upload form (multipart, so it works with JavaScript off) and a button
/// to go back to initials.
#[component]
pub fn AvatarForm(me: MyPicture, on_removed: Callback<()>) -> impl IntoView {
    // Not `server_action`: its answer only reloads the profile (below), which a page rendered after a plain
    // post has done already.
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
                {if has_picture { t!("media-avatar-yours") } else { t!("media-avatar-initials") }}
            </p>
        </div>
        <form class="avatar-form" method="post" action="/media/upload" enctype="multipart/form-data">
            <input type="hidden" name="kind" value="avatar" />
            <input type="hidden" name="then" value="/me/profile?picture=saved" />
            <div class="field">
                <label for="avatar-file">{t!("media-avatar-new")}</label>
                <input id="avatar-file" type="file" name="file" required
                    accept="image/jpeg,image/png,image/gif,image/webp" aria-describedby="avatar-help" />
                <p class="help" id="avatar-help">
                    {t!("media-avatar-help", megabytes = (MAX_UPLOAD_BYTES >> 20) as i64)}
                </p>
            </div>
            <button type="submit">{t!("media-avatar-upload")}</button>
        </form>
        {has_picture.then(|| view! {
            <FormAlert error />
            <ActionForm action=remove>
                <button type="submit" class="secondary">{t!("media-avatar-remove")}</button>
            </ActionForm>
        })}
    }
}
