use super::{story_editor::StoryEditor, story_pictures::StoryPictures};
use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    stories::{
        api::{get_story_edit, RemoveStoryPicture, SaveStory},
        domain::StoryForm,
    },
    t,
    ui::Problem,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/stories/new`: write a story (members).
#[component]
pub fn NewStoryPage() -> impl IntoView {
    let save = server_action::<SaveStory>();
    view! {
        <Title text=t!("stories-share-yours") />
        <RequireRole role=Role::Member>
            <section class="panel" aria-labelledby="new-story-title">
                <h1 id="new-story-title">{t!("stories-share-yours")}</h1>
                <p class="lead">{t!("stories-new-lead")}</p>
                <StoryEditor id=0 form=StoryForm::default() save />
                <p class="hint">{t!("stories-new-pictures-hint")}</p>
            </section>
        </RequireRole>
    }
}

/// `/stories/mine/<id>/edit`: change a draft (its author only), with the moderator's request beside it.
#[component]
pub fn EditStoryPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|i| i.parse::<i64>().ok()).unwrap_or(0);
    let save = server_action::<SaveStory>();
    let remove = server_action::<RemoveStoryPicture>();
    let data = Resource::new(move || (id(), remove.version().get()), |(id, _)| get_story_edit(id));
    let query = use_query_map();
    let saved = move || query.read().get("picture").as_deref() == Some("saved");
    view! {
        <Title text=t!("stories-edit-title") />
        <RequireRole role=Role::Member>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(edit) => Either::Left(view! {
                            <section class="panel" aria-labelledby="edit-story-title">
                                <h1 id="edit-story-title">{t!("stories-edit-title")}</h1>
                                {(!edit.review_note.is_empty()).then(|| view! {
                                    <aside class="alert info" aria-label=t!("stories-edit-request")>
                                        <p><strong>{t!("stories-edit-request-intro")}" "</strong>{edit.review_note.clone()}</p>
                                    </aside>
                                })}
                                {saved().then(|| view! { <div class="alert success" role="status">{t!("stories-picture-saved")}</div> })}
                                <StoryEditor id=edit.id form=edit.form save />
                                <StoryPictures id=edit.id photo_url=edit.photo_url logo_url=edit.logo_url remove />
                            </section>
                        }),
                        Err(error) => Either::Right(view! { <Problem error /> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}
