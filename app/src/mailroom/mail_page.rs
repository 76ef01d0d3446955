use crate::common::answered::server_action;
use crate::ui::{last_error, FormAlert, Pager, When};
use crate::{
    accounts::{components::RequireRole, domain::Role},
    error::AppError,
    mail::views::{MailMessage, MailRow, MailStatus, Outbox},
    mailroom::api::{mail_list, read_mail, RetryMail, SendTestMail},
    t,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/admin/mail`: the outbox (admins only). `?status=` picks one status, `?id=` opens one email.
#[component]
pub fn MailPage() -> impl IntoView {
    let query = use_query_map();
    let status = move || query.read().get("status").unwrap_or_default();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let id = move || query.read().get("id").and_then(|p| p.parse::<i64>().ok());
    // Created here, outside the guard's Suspense (leptos-rs/leptos#4866).
    let list = Resource::new(move || (status(), page()), |(s, p)| mail_list(s, p));
    let open = Resource::new(id, |id| async move {
        match id {
            Some(id) => read_mail(id).await.map(Some),
            None => Ok(None),
        }
    });
    view! {
        <Title text=t!("mailroom-title") />
        <RequireRole role=Role::Admin>
            <section class="panel" aria-labelledby="mail-title">
                <h1 id="mail-title">{t!("mailroom-title")}</h1>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match open.await {
                            Ok(Some(message)) => Either::Left(view! { <MessageView message /> }),
                            Ok(None) => Either::Right(None),
                            Err(e) => Either::Right(Some(view! { <div class="alert error" role="alert">{e.to_string()}</div> })),
                        }
                    })}
                </Suspense>
                <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(outbox) => Either::Left(view! { <OutboxView outbox status=status() /> }),
                            Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                        }
                    })}
                </Suspense>
            </section>
            <TestMailForm />
        </RequireRole>
    }
}

#[component]
fn OutboxView(outbox: Outbox, status: String) -> impl IntoView {
    let note = if outbox.delivers { t!("mailroom-delivers") } else { t!("mailroom-keeps") };
    let all: i64 = outbox.counts.iter().map(|(_, n)| n).sum();
    let base = if status.is_empty() { "/admin/mail".to_string() } else { format!("/admin/mail?status={status}") };
    let tab = move |value: &'static str, label: String| {
        let current = status == value;
        let href = if value.is_empty() { "/admin/mail".to_string() } else { format!("/admin/mail?status={value}") };
        view! { <a class="tab" href=href aria-current=current.then_some("page")>{label}</a> }
    };
    view! {
        <p class="aside">{note}</p>
        <nav class="tabs" aria-label=t!("mailroom-by-status")>
            {tab("", t!("mailroom-all", count = all))}
            {outbox.counts.iter().map(|(s, n)| tab(s.as_str(), t!("mailroom-status-count", status = s.label(), count = *n))).collect_view()}
        </nav>
        {if outbox.rows.is_empty() {
            Either::Left(view! { <p class="empty">{t!("mailroom-empty")}</p> })
        } else {
            Either::Right(view! { <MailTable rows=outbox.rows /> })
        }}
        <Pager base page=outbox.page last=outbox.pages />
    }
}

#[component]
fn MailTable(rows: Vec<MailRow>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data">
                <caption class="visually-hidden">{t!("mailroom-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!("mailroom-written")}</th><th scope="col">{t!("mailroom-to")}</th>
                        <th scope="col">{t!("mailroom-subject")}</th><th scope="col">{t!("mailroom-kind")}</th>
                        <th scope="col">{t!("mailroom-status")}</th><th scope="col">{t!("mailroom-tries")}</th>
                        <th scope="col">{t!("mailroom-last-error")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <td><When at=r.created_at /></td>
                            <td>{r.to}</td>
                            <td><a href=format!("/admin/mail?id={}", r.id)>{r.subject}</a></td>
                            <td>{r.kind}</td>
                            <td>{r.status.label()}</td>
                            <td>{r.tries}</td>
                            <td>{r.last_error.unwrap_or_default()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn MessageView(message: MailMessage) -> impl IntoView {
    let retry = server_action::<RetryMail>();
    let error = last_error(retry.value());
    let row = message.row;
    let can_retry = matches!(row.status, MailStatus::Failed | MailStatus::Kept);
    view! {
        <article class="mail-message" aria-labelledby="message-title">
            <h2 id="message-title">{row.subject.clone()}</h2>
            <dl class="facts">
                <dt>{t!("mailroom-to")}</dt><dd>{row.to.clone()}</dd>
                <dt>{t!("mailroom-kind")}</dt><dd>{row.kind.clone()}</dd>
                <dt>{t!("mailroom-status")}</dt><dd>{row.status.label()}</dd>
                <dt>{t!("mailroom-tries")}</dt><dd>{row.tries}</dd>
                <dt>{t!("mailroom-written")}</dt><dd><When at=row.created_at /></dd>
                {row.sent_at.map(|at| view! { <dt>{t!("mailroom-sent")}</dt><dd><When at /></dd> })}
                {row.last_error.clone().map(|e| view! { <dt>{t!("mailroom-server-answer")}</dt><dd>{e}</dd> })}
                {message.unsubscribe.clone().map(|u| view! { <dt>"List-Unsubscribe"</dt><dd>{u}</dd> })}
            </dl>
            <h3>{t!("mailroom-plain-text")}</h3>
            <pre class="mail-text">{message.text}</pre>
            <details>
                <summary>{t!("mailroom-html-part")}</summary>
                <pre class="mail-text">{message.html}</pre>
            </details>
            <FormAlert error />
            {can_retry.then(|| view! {
                <ActionForm action=retry>
                    <input type="hidden" name="id" value=row.id />
                    <button type="submit" class="button secondary">{t!("mailroom-send-again")}</button>
                </ActionForm>
            })}
            <p><a href="/admin/mail">{t!("mailroom-back")}</a></p>
        </article>
    }
}

#[component]
fn TestMailForm() -> impl IntoView {
    let action = server_action::<SendTestMail>();
    let error: Signal<Option<AppError>> = last_error(action.value());
    view! {
        <section class="panel" aria-labelledby="test-mail-title">
            <h2 id="test-mail-title">{t!("mailroom-test-heading")}</h2>
            <p>{t!("mailroom-test-intro")}</p>
            <FormAlert error />
            <ActionForm action=action>
                <div class="field">
                    <label for="test-mail-to">{t!("mailroom-test-to")}</label>
                    <input id="test-mail-to" name="to" type="email" autocomplete="email" />
                </div>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!("mailroom-test-send")}</button>
            </ActionForm>
        </section>
    }
}
