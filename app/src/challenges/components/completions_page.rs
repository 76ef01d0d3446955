use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    challenges::{
        api::{get_completions, DecideCompletion},
        domain::{CompletionStatus, NOTE_MAX},
        views::{CompletionPage, CompletionView},
    },
    t,
    ui::{last_error, DecisionFields, FormAlert, Tab, TabbedQueue, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/mod/challenges`: completions waiting for review, oldest first; approve (awarding the points) or reject
/// with a reason (freeing the place).
#[component]
pub fn CompletionsPage() -> impl IntoView {
    let query = use_query_map();
    let status = move || query.read().get("status").unwrap_or_else(|| "pending".to_string());
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let decide = server_action::<DecideCompletion>();
    let data = Resource::new(move || (status(), page(), decide.version().get()), |(s, p, _)| get_completions(s, p));
    view! {
        <Title text=t!("challenges-completions-title") />
        <RequireRole role=Role::Moderator>
            <h1>{t!("challenges-completions-title")}</h1>
            <FormAlert error=last_error(decide.value()) />
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(p) => Either::Left(view! { <Queue p decide /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Queue(p: CompletionPage, decide: ServerAction<DecideCompletion>) -> impl IntoView {
    let tabs = [
        ("pending", t!("challenges-tab-pending")),
        ("approved", t!("challenges-tab-approved")),
        ("rejected", t!("challenges-tab-rejected")),
    ]
    .into_iter()
    .map(|(key, label)| Tab::new(label, format!("/mod/challenges?status={key}"), key == p.status))
    .collect();
    let base = format!("/mod/challenges?status={}", p.status);
    view! {
        <TabbedQueue label=t!("challenges-queue-status") tabs is_empty=p.items.is_empty() base page=p.page last=p.last_page>
            <ol class="redemptions">
                {p.items.into_iter().map(|c| view! { <li class="redemption"><Item c decide /></li> }).collect_view()}
            </ol>
        </TabbedQueue>
    }
}

#[component]
fn Item(c: CompletionView, decide: ServerAction<DecideCompletion>) -> impl IntoView {
    let id = c.id;
    let heading = format!("completion-{id}");
    let labelled = heading.clone();
    let note_id = format!("completion-{id}-note");
    let note = (!c.note.is_empty()).then(|| view! { <p class="note">{c.note.clone()}</p> });
    let form = (c.status == CompletionStatus::Pending).then(|| {
        view! {
            <ActionForm action=decide attr:class="stacked-form">
                <input type="hidden" name="id" value=id />
                <DecisionFields note_id note_label=t!("challenges-note-label") note_max=NOTE_MAX />
            </ActionForm>
        }
    });
    view! {
        <article aria-labelledby=labelled>
            <h2 id=heading>{format!("{} · {}", c.challenge_title, t!("points-amount", points = c.points))}</h2>
            <p class="meta">
                <a href=format!("/u/{}", c.member_handle)>{c.member_name.clone()}</a>
                " · " <span class=format!("status status-{}", c.status.as_str())>{c.status.label()}</span>
                " · " <When at=c.created_at />
            </p>
            <blockquote class="evidence">{c.evidence.clone()}</blockquote>
            {note}
            {form}
        </article>
    }
}
