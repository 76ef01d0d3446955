use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    stories::{
        api::{get_my_stories, ActOnStory},
        domain::{Action, Status},
        views::MyStory,
    },
    t,
    ui::{last_error, FormAlert, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/stories/mine`: the member's stories, where each stands, every change with the moderator's messages, and
/// what they can do: edit and submit drafts, withdraw consent, delete.
#[component]
pub fn MyStoriesPage() -> impl IntoView {
    let act = server_action::<ActOnStory>();
    let data = Resource::new(move || act.version().get(), |_| get_my_stories());
    view! {
        <Title text=t!("stories-mine-title") />
        <RequireRole role=Role::Member>
            <div class="page-head">
                <h1>{t!("stories-mine-title")}</h1>
                <a class="button" href="/stories/new">{t!("stories-share-a-story")}</a>
            </div>
            <FormAlert error=last_error(act.value()) />
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(list) if list.is_empty() => Either::Left(view! {
                            <p class="empty">{t!("stories-mine-empty")}" "<a href="/stories/new">{t!("stories-mine-share-how")}</a></p>
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
        view! { <p class="alert info">{t!("stories-moderator-note", note = story.review_note.clone())}</p> }
    });
    let edit = story.editable.then(
        || view! { <a class="button small secondary" href=format!("/stories/mine/{id}/edit")>{t!("stories-edit")}</a> },
    );
    let moves = story.moves.iter().map(|a| view! { <Move id action=*a act /> }).collect_view();
    let history = story
        .events
        .iter()
        .rev()
        .map(|e| {
            let (what, name) = (e.action.past_tense(), e.actor_name.clone());
            let line = if e.message.is_empty() {
                t!("stories-event", action = what, name = name)
            } else {
                t!("stories-event-message", action = what, name = name, message = e.message.clone())
            };
            view! { <li>{line} " · " <When at=e.at /></li> }
        })
        .collect_view();
    view! {
        <article class="my-story" aria-labelledby=labelled>
            <h2 id=heading>{link}</h2>
            <p class="meta">
                <span class=format!("status status-{}", story.status.as_str())>{story.status.label()}</span>
                {story.featured.then(|| format!(" · {}", t!("stories-featured")))}
                " · " {story.consent.label()}
                {story.public.then(|| format!(" · {}", t!("stories-public")))}
            </p>
            {note}
            <div class="actions">{edit} {moves}</div>
            <details class="history">
                <summary>{t!("stories-history")}</summary>
                <ol>{history}</ol>
            </details>
        </article>
    }
}

/// One of the author's moves. Withdrawing and deleting sit behind a confirmation that needs no JavaScript.
#[component]
fn Move(id: i64, action: Action, act: ServerAction<ActOnStory>) -> impl IntoView {
    // The button's words, and for a move that cannot be undone: its warning and the confirming button's words.
    let (label, confirm) = match action {
        Action::Submit => (t!("stories-submit"), None),
        Action::WithdrawConsent => {
            (t!("stories-withdraw"), Some((t!("stories-withdraw-warning"), t!("stories-withdraw-confirm"))))
        }
        _ => (t!("stories-delete"), Some((t!("stories-delete-warning"), t!("stories-delete-confirm")))),
    };
    let form = move |text: String, danger: bool| {
        view! {
            <ActionForm action=act attr:class="inline-form">
                <input type="hidden" name="id" value=id />
                <button type="submit" class="button small" class:danger=danger name="action" value=action.as_str()>
                    {text}
                </button>
            </ActionForm>
        }
    };
    match confirm {
        None => Either::Left(form(label, false)),
        Some((warning, yes)) => Either::Right(view! {
            <details class="confirm">
                <summary class="button small secondary">{label}</summary>
                <p>{warning}</p>
                {form(yes, true)}
            </details>
        }),
    }
}
