use crate::ui::{last_error, FormAlert, Pager, When};
use crate::{
    accounts::{components::RequireRole, domain::Role},
    error::AppError,
    mail::views::{MailMessage, MailRow, MailStatus, Outbox},
    mailroom::api::{mail_list, read_mail, RetryMail, SendTestMail},
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
        <Title text="Mail" />
        <RequireRole role=Role::Admin>
            <section class="panel" aria-labelledby="mail-title">
                <h1 id="mail-title">"Mail"</h1>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match open.await {
                            Ok(Some(message)) => Either::Left(view! { <MessageView message /> }),
                            Ok(None) => Either::Right(None),
                            Err(e) => Either::Right(Some(view! { <div class="alert error" role="alert">{e.to_string()}</div> })),
                        }
                    })}
                </Suspense>
                <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
    let note = if outbox.delivers {
        "Every node sends queued emails over SMTP; a failed try is retried with growing waits."
    } else {
        "No SMTP server is configured (--smtp-url), so emails are kept here instead of sent. Open one to read it."
    };
    let all: i64 = outbox.counts.iter().map(|(_, n)| n).sum();
    let base = if status.is_empty() { "/admin/mail".to_string() } else { format!("/admin/mail?status={status}") };
    let tab = move |value: &'static str, label: String| {
        let current = status == value;
        let href = if value.is_empty() { "/admin/mail".to_string() } else { format!("/admin/mail?status={value}") };
        view! { <a class="tab" href=href aria-current=current.then_some("page")>{label}</a> }
    };
    view! {
        <p class="aside">{note}</p>
        <nav class="tabs" aria-label="Mail by status">
            {tab("", format!("All ({all})"))}
            {outbox.counts.iter().map(|(s, n)| tab(s.as_str(), format!("{} ({n})", s.label()))).collect_view()}
        </nav>
        {if outbox.rows.is_empty() {
            Either::Left(view! { <p class="empty">"No emails here."</p> })
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
                <caption class="visually-hidden">"Emails, newest first"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Written"</th><th scope="col">"To"</th><th scope="col">"Subject"</th>
                        <th scope="col">"Kind"</th><th scope="col">"Status"</th><th scope="col">"Tries"</th>
                        <th scope="col">"Last error"</th>
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
    let retry = ServerAction::<RetryMail>::new();
    let error = last_error(retry.value());
    let row = message.row;
    let can_retry = matches!(row.status, MailStatus::Failed | MailStatus::Kept);
    view! {
        <article class="mail-message" aria-labelledby="message-title">
            <h2 id="message-title">{row.subject.clone()}</h2>
            <dl class="facts">
                <dt>"To"</dt><dd>{row.to.clone()}</dd>
                <dt>"Kind"</dt><dd>{row.kind.clone()}</dd>
                <dt>"Status"</dt><dd>{row.status.label()}</dd>
                <dt>"Tries"</dt><dd>{row.tries}</dd>
                <dt>"Written"</dt><dd><When at=row.created_at /></dd>
                {row.sent_at.map(|at| view! { <dt>"Sent"</dt><dd><When at /></dd> })}
                {row.last_error.clone().map(|e| view! { <dt>"Server's answer"</dt><dd>{e}</dd> })}
                {message.unsubscribe.clone().map(|u| view! { <dt>"List-Unsubscribe"</dt><dd>{u}</dd> })}
            </dl>
            <h3>"Plain text"</h3>
            <pre class="mail-text">{message.text}</pre>
            <details>
                <summary>"HTML part (source)"</summary>
                <pre class="mail-text">{message.html}</pre>
            </details>
            <FormAlert error />
            {can_retry.then(|| view! {
                <ActionForm action=retry>
                    <input type="hidden" name="id" value=row.id />
                    <button type="submit" class="button secondary">"Send again"</button>
                </ActionForm>
            })}
            <p><a href="/admin/mail">"Back to all mail"</a></p>
        </article>
    }
}

#[component]
fn TestMailForm() -> impl IntoView {
    let action = ServerAction::<SendTestMail>::new();
    let error: Signal<Option<AppError>> = last_error(action.value());
    view! {
        <section class="panel" aria-labelledby="test-mail-title">
            <h2 id="test-mail-title">"Send a test email"</h2>
            <p>"Checks that mail from this portal arrives. Leave the address empty to send it to yourself."</p>
            <FormAlert error />
            <ActionForm action=action>
                <div class="field">
                    <label for="test-mail-to">"Send to"</label>
                    <input id="test-mail-to" name="to" type="email" autocomplete="email" />
                </div>
                <button type="submit" class="button" disabled=move || action.pending().get()>"Send test email"</button>
            </ActionForm>
        </section>
    }
}
