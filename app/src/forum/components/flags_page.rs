use crate::common::answered::server_action;
use crate::ui::When;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    forum::{
        api::{flag_queue, ResolveFlags},
        domain::PostLocation,
        flags::FlaggedPost,
    },
    t,
    ui::FormAlert,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/mod/flags`: posts members flagged, oldest first; hide the post or dismiss the flags (moderators).
#[component]
pub fn FlagsPage() -> impl IntoView {
    let resolve = server_action::<ResolveFlags>();
    // Created here, outside the guard's Suspense: a resource created inside a Suspense can stall the server
    // render (leptos-rs/leptos#4866).
    let queue = Resource::new(move || resolve.version().get(), |_| flag_queue());
    view! {
        <Title text=t!("forum-flags-title") />
        <RequireRole role=Role::Moderator>
            <FlagQueue resolve queue />
        </RequireRole>
    }
}

#[component]
fn FlagQueue(
    resolve: ServerAction<ResolveFlags>,
    queue: Resource<Result<Vec<FlaggedPost>, crate::error::AppError>>,
) -> impl IntoView {
    let error = Signal::derive(move || resolve.value().get().and_then(|r| r.err()));
    view! {
        <h1>{t!("forum-flags-heading")}</h1>
        <p>{t!("forum-flags-intro")}</p>
        <FormAlert error />
        <Suspense fallback=|| view! { <p class="loading">{t!("forum-loading-queue")}</p> }>
            {move || Suspend::new(async move {
                match queue.await {
                    Ok(list) if list.is_empty() => Either::Left(view! { <p class="empty" role="status">{t!("forum-flags-empty")}</p> }.into_any()),
                    Ok(list) => Either::Left(list.into_iter().map(|item| view! { <FlagCard item resolve /> }).collect_view().into_any()),
                    Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn FlagCard(item: FlaggedPost, resolve: ServerAction<ResolveFlags>) -> impl IntoView {
    let href = PostLocation {
        topic_id: item.topic_id,
        topic_slug: item.topic_slug.clone(),
        post_id: item.post_id,
        number: item.number,
    }
    .href();
    let heading = format!("flag-{}", item.post_id);
    let labelled_by = heading.clone();
    view! {
        <section class="panel flag-card" aria-labelledby=labelled_by>
            <h2 id=heading><a href=href>{t!("forum-flags-post", topic = item.topic_title.clone(), number = item.number.to_string())}</a></h2>
            <p class="meta">{t!("forum-written-by", name = item.author_name.clone())}</p>
            <blockquote class="excerpt">{item.excerpt.clone()}</blockquote>
            <ul class="flag-notes">
                {item.flags.into_iter().map(|f| view! {
                    <li>
                        <strong>{f.reason.words()}</strong>
                        {(!f.note.is_empty()).then(|| t!("forum-flags-note", note = f.note.clone()))}
                        <span class="meta">" — " {f.flagger_name} ", " <When at=f.created_at /></span>
                    </li>
                }).collect_view()}
            </ul>
            <div class="flag-actions">
                <ActionForm action=resolve attr:class="inline-form">
                    <input type="hidden" name="post_id" value=item.post_id />
                    <input type="hidden" name="action" value="hide" />
                    <button type="submit" class="button small danger">{t!("forum-hide-post")}</button>
                </ActionForm>
                <ActionForm action=resolve attr:class="inline-form">
                    <input type="hidden" name="post_id" value=item.post_id />
                    <input type="hidden" name="action" value="dismiss" />
                    <button type="submit" class="button small secondary">{t!("forum-flags-dismiss")}</button>
                </ActionForm>
            </div>
        </section>
    }
}
