use crate::{
    rewards::{api::RemoveRewardPicture, views::RewardAdmin},
    t,
};
use leptos::prelude::*;

/// A reward's picture: the one shown, a plain upload form (multipart, so it works with JavaScript off; its own
/// form, since forms cannot nest) and a button to remove it. An address saved before uploads existed is
/// named, with what to do about it.
#[component]
pub fn RewardPicture(r: RewardAdmin, remove: ServerAction<RemoveRewardPicture>) -> impl IntoView {
    let file_id = format!("reward-{}-picture", r.id);
    let legacy = r.legacy_image_url.clone().filter(|_| r.image_url.is_none()).map(|url| {
        view! {
            <p class="notice" role="note">
                {t!("rewards-picture-legacy", url = url)}
            </p>
        }
    });
    let current = r.image_url.clone().map(|src| {
        view! {
            <img class="reward-image-preview" src=src alt=t!("rewards-picture-alt", reward = r.title.clone()) loading="lazy" />
            <ActionForm action=remove>
                <input type="hidden" name="reward_id" value=r.id />
                <button type="submit" class="secondary small">{t!("rewards-picture-remove")}</button>
            </ActionForm>
        }
    });
    view! {
        <div class="reward-picture">
            <h3>{t!("rewards-picture")}</h3>
            {legacy}
            {current}
            <form class="avatar-form" method="post" action="/media/upload" enctype="multipart/form-data">
                <input type="hidden" name="kind" value="reward" />
                <input type="hidden" name="reward" value=r.id />
                <input type="hidden" name="then" value=format!("/admin/rewards#reward-{}", r.id) />
                <div class="field">
                    <label for=file_id.clone()>{if r.image_url.is_some() { t!("rewards-picture-replace") } else { t!("rewards-picture-upload") }}</label>
                    <input id=file_id type="file" name="file" required accept="image/jpeg,image/png,image/gif,image/webp" />
                    <p class="help">{t!("rewards-picture-help")}</p>
                </div>
                <button type="submit" class="button small">{t!("rewards-picture-send")}</button>
            </form>
        </div>
    }
}
