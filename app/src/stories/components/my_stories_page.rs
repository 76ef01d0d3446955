use crate::{
    accounts::{components::RequireRole, domain::Role},
    stories::{
        api::{get_my_stories, ActOnStory},
        domain::{Action, Status},
        views::MyStory,
    },
    ui::{last_error, FormAlert, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/stories/mine`: the member's stories, where each stands, every change with the moderator's messages, and
/// what they can do: edit and submit drafts, withdraw consent, delete.
#[component]
pub fn MyStoriesPage() -> impl IntoView {
    let act = ServerAction::<ActOnStory>::new();
    let data = Resource::new(move || act.version().get(), |_| get_my_stories());
    view! {
        <Title text="Your stories" />
        <RequireRole role=Role::Member>
            <div class="page-head">
                <h1>"Your stories"</h1>
                <a class="button" href="/stories/new">"Share a story"</a>
            </div>
            <FormAlert error=last_error(act.value()) />
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(list) if list.is_empty() => Either::Left(view! {
                            <p class="empty">"You have not written a story yet. "<a href="/stories/new">"Share how you use the product"</a></p>
                        }.into_any()),
                        Ok(list) => Either::Left(view! {
                            <ol class="my-stories">
                                {list.into_iter().map(|story| view! { <li><Mine story act /></li> }).collect_view()}
                            </ol>
                        }.into_any()),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Mine(story: MyStory, act: ServerAction<ActOnStory>) -> impl IntoView {
    let id = story.id;
    let heading = format!("my-story-{id}");
    let labelled = heading.clone();
    let title = story.title.clone();
    let link = if story.public {
        Either::Left(view! { <a href=format!("/stories/{id}/{}", story.slug)>{title}</a> })
    } else {
        Either::Right(view! { <span>{title}</span> })
    };
    let note = (!story.review_note.is_empty() && matches!(story.status, Status::Draft | Status::Rejected)).then(|| {
        view! { <p class="alert info">"Moderator: " {story.review_note.clone()}</p> }
    });
    let edit = story
        .editable
        .then(|| view! { <a class="button small secondary" href=format!("/stories/mine/{id}/edit")>"Edit"</a> });
    let moves = story.moves.iter().map(|a| view! { <Move id action=*a act /> }).collect_view();
    let history = story
        .events
        .iter()
        .rev()
        .map(|e| {
            let message = (!e.message.is_empty()).then(|| format!(": “{}”", e.message));
            view! { <li>{e.action.past_tense()} " by " {e.actor_name.clone()} {message} " · " <When at=e.at /></li> }
        })
        .collect_view();
    view! {
        <article class="my-story" aria-labelledby=labelled>
            <h2 id=heading>{link}</h2>
            <p class="meta">
                <span class=format!("status status-{}", story.status.as_str())>{story.status.label()}</span>
                {story.featured.then_some(" · Featured")}
                " · " {story.consent.label()}
                {story.public.then_some(" · Public")}
            </p>
            {note}
            <div class="actions">{edit} {moves}</div>
            <details class="history">
                <summary>"History"</summary>
                <ol>{history}</ol>
            </details>
        </article>
    }
}

/// One of the author's moves. Withdrawing and deleting sit behind a confirmation that needs no JavaScript.
#[component]
fn Move(id: i64, action: Action, act: ServerAction<ActOnStory>) -> impl IntoView {
    let (label, confirm) = match action {
        Action::Submit => ("Submit for review", None),
        Action::WithdrawConsent => (
            "Withdraw consent",
            Some("The story disappears from every public page, embed and feed at once, and the points it earned are taken back. Moderators keep it for internal use."),
        ),
        _ => ("Delete", Some("The story is erased for good and the points it earned are taken back.")),
    };
    let form = move || {
        view! {
            <ActionForm action=act attr:class="inline-form">
                <input type="hidden" name="id" value=id />
                <button type="submit" class="button small" class:danger=confirm.is_some() name="action" value=action.as_str()>
                    {if confirm.is_some() { format!("Yes, {}", label.to_lowercase()) } else { label.to_string() }}
                </button>
            </ActionForm>
        }
    };
    match confirm {
        None => Either::Left(form()),
        Some(warning) => Either::Right(view! {
            <details class="confirm">
                <summary class="button small secondary">{label}</summary>
                <p>{warning}</p>
                {form()}
            </details>
        }),
    }
}
