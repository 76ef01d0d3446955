use super::{story_editor::StoryEditor, story_pictures::StoryPictures};
use crate::{
    accounts::{components::RequireRole, domain::Role},
    stories::{
        api::{get_story_edit, RemoveStoryPicture, SaveStory},
        domain::StoryForm,
    },
    ui::Problem,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/stories/new`: write a story (members).
#[component]
pub fn NewStoryPage() -> impl IntoView {
    let save = ServerAction::<SaveStory>::new();
    view! {
        <Title text="Share your story" />
        <RequireRole role=Role::Member>
            <section class="panel" aria-labelledby="new-story-title">
                <h1 id="new-story-title">"Share your story"</h1>
                <p class="lead">
                    "Tell other customers how you use the product: the problem, what you did, what changed. "
                    "A moderator reads every story before it is published, and you choose whether your name goes with it."
                </p>
                <StoryEditor id=0 form=StoryForm::default() save />
                <p class="hint">"A photo and your company's logo can be added once the draft is saved: choose “Save draft”, then edit it from your stories."</p>
            </section>
        </RequireRole>
    }
}

/// `/stories/mine/<id>/edit`: change a draft (its author only), with the moderator's request beside it.
#[component]
pub fn EditStoryPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|i| i.parse::<i64>().ok()).unwrap_or(0);
    let save = ServerAction::<SaveStory>::new();
    let remove = ServerAction::<RemoveStoryPicture>::new();
    let data = Resource::new(move || (id(), remove.version().get()), |(id, _)| get_story_edit(id));
    let query = use_query_map();
    let saved = move || query.read().get("picture").as_deref() == Some("saved");
    view! {
        <Title text="Edit your story" />
        <RequireRole role=Role::Member>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(edit) => Either::Left(view! {
                            <section class="panel" aria-labelledby="edit-story-title">
                                <h1 id="edit-story-title">"Edit your story"</h1>
                                {(!edit.review_note.is_empty()).then(|| view! {
                                    <aside class="alert info" aria-label="The moderator's request">
                                        <p><strong>"A moderator asked for changes: "</strong>{edit.review_note.clone()}</p>
                                    </aside>
                                })}
                                {saved().then(|| view! { <div class="alert success" role="status">"The picture is saved with your draft."</div> })}
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
