//! `/admin/applications`: the applications waiting for review, oldest first, each with its answers and the
//! admin's two buttons; tabs for those whose address is not confirmed yet and for past decisions.

use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    applications::{
        api::{get_application_queue, ApproveApplication, DeclineApplication},
        domain::{ApplicationQueue, ApplicationView, Status, APPLICATIONS_PER_PAGE, NOTE_MAX},
    },
    common::paging::page_count,
    t,
    ui::{last_error, FormAlert, Problem, Tab, TabbedQueue, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ApplicationsPage() -> impl IntoView {
    let query = use_query_map();
    let status = move || query.read().get("status");
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let approve = server_action::<ApproveApplication>();
    let decline = server_action::<DeclineApplication>();
    let data = Resource::new(
        move || (status(), page(), approve.version().get(), decline.version().get()),
        |(status, page, _, _)| get_application_queue(status, page),
    );
    view! {
        <Title text=t!("applications-title") />
        <RequireRole role=Role::Admin>
            <section class="panel" aria-labelledby="applications-title">
                <h1 id="applications-title">{t!("applications-heading")}</h1>
                <p class="hint">
                    {t!("applications-hint-before")} <a href="/admin/registration">{t!("applications-hint-link")}</a>
                    {t!("applications-hint-after")}
                </p>
                <FormAlert error=last_error(approve.value()) />
                <FormAlert error=last_error(decline.value()) />
                <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok(q) => Either::Left(view! { <Queue q approve decline /> }),
                            Err(error) => Either::Right(view! { <Problem error /> }),
                        }
                    })}
                </Suspense>
            </section>
        </RequireRole>
    }
}

#[component]
fn Queue(
    q: ApplicationQueue,
    approve: ServerAction<ApproveApplication>,
    decline: ServerAction<DeclineApplication>,
) -> impl IntoView {
    let tab =
        |s: Status, label: String| Tab::new(label, format!("/admin/applications?status={}", s.as_str()), q.status == s);
    let tabs = vec![
        tab(Status::Pending, t!("applications-tab-waiting", count = q.pending)),
        tab(Status::Unconfirmed, t!("applications-tab-unconfirmed", count = q.unconfirmed)),
        tab(Status::Approved, t!("applications-approved")),
        tab(Status::Declined, t!("applications-declined")),
    ];
    let empty = match q.status {
        Status::Pending => t!("applications-empty-pending"),
        Status::Unconfirmed => t!("applications-empty-unconfirmed"),
        Status::Approved => t!("applications-empty-approved"),
        Status::Declined => t!("applications-empty-declined"),
    };
    let last = page_count(q.total, APPLICATIONS_PER_PAGE);
    let base = format!("/admin/applications?status={}", q.status.as_str());
    view! {
        <TabbedQueue label=t!("applications-queue-status") tabs is_empty=q.applications.is_empty() empty base page=q.page last>
            <ol class="items applications">
                {q.applications.into_iter().map(|a| view! { <Card a approve decline /> }).collect_view()}
            </ol>
        </TabbedQueue>
    }
}

#[component]
fn Card(
    a: ApplicationView,
    approve: ServerAction<ApproveApplication>,
    decline: ServerAction<DeclineApplication>,
) -> impl IntoView {
    let heading = format!("application-{}", a.id);
    let answers = if a.answers.is_empty() {
        Either::Left(view! { <p class="hint">{t!("applications-no-questions")}</p> })
    } else {
        Either::Right(view! {
            <dl class="answers">
                {a.answers.iter().map(|x| view! { <dt>{x.question.clone()}</dt><dd>{x.answer.clone()}</dd> }).collect_view()}
            </dl>
        })
    };
    let decided = a.decided_at.map(|at| {
        let decided = match a.decided_by.clone() {
            Some(by) => t!("applications-decided-by", status = a.status.label(), admin = by),
            None => t!("applications-decided-by-former", status = a.status.label()),
        };
        let note = (!a.decision_note.is_empty())
            .then(|| view! { <p>{t!("applications-note-sent", note = a.decision_note.as_str())}</p> });
        let member = a.handle.clone().map(|h| view! { " · " <a href=format!("/u/{h}")>{format!("@{h}")}</a> });
        view! { <p class="meta">{decided}" "<When at /> {member}</p> {note} }
    });
    let (approve_label, decline_label) = (
        t!("applications-approve-named", name = a.display_name.as_str()),
        t!("applications-decline-named", name = a.display_name.as_str()),
    );
    let actions = (a.status == Status::Pending).then(|| {
        view! {
            <div class="decision">
                <ActionForm action=approve>
                    <input type="hidden" name="id" value=a.id />
                    <button type="submit" class="button" aria-label=approve_label>{t!("applications-approve")}</button>
                </ActionForm>
                <ActionForm action=decline attr:class="decline-form">
                    <input type="hidden" name="id" value=a.id />
                    <label for=format!("note-{}", a.id)>{t!("applications-note-label")}</label>
                    <textarea id=format!("note-{}", a.id) name="note" rows="2" maxlength=NOTE_MAX></textarea>
                    <button type="submit" class="button secondary" aria-label=decline_label>{t!("applications-decline")}</button>
                </ActionForm>
            </div>
        }
    });
    view! {
        <li class="panel item" aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>{a.display_name.clone()}</h2>
            <p class="meta">{a.email.clone()} " · " {t!("applications-applied")} " " <When at=a.created_at /></p>
            {answers}
            {decided}
            {actions}
        </li>
    }
}
