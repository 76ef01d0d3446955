use super::endpoint_form::EndpointForm;
use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    t,
    ui::{Pager, When},
    webhook_admin::api::{
        get_webhook_log, DeleteWebhook, RedeliverWebhook, RollWebhookSecret, SaveWebhook, SetWebhookActive,
    },
    webhooks::domain::{DeliveryLog, DeliveryRow, DeliveryStatus},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/admin/webhooks/<id>` (admins only): one endpoint, its signing secret, its settings and its delivery log.
#[component]
pub fn WebhookPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.read().get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let save = server_action::<SaveWebhook>();
    let active = server_action::<SetWebhookActive>();
    let roll = server_action::<RollWebhookSecret>();
    let delete = server_action::<DeleteWebhook>();
    let redeliver = server_action::<RedeliverWebhook>();
    let changes =
        move || (save.version().get(), active.version().get(), roll.version().get(), redeliver.version().get());
    // Created here, outside the guard's Suspense (leptos-rs/leptos#4866).
    let log = Resource::new(move || (id(), page(), changes()), |(id, page, _)| get_webhook_log(id, page));
    let said = move || {
        let latest = [active.value().get(), roll.value().get(), delete.value().get(), redeliver.value().get()];
        latest.into_iter().flatten().last().map(|r| match r {
            Ok(text) => ("alert ok", "status", text),
            Err(e) => ("alert error", "alert", e.to_string()),
        })
    };
    view! {
        <Title text=t!("webhook-admin-endpoint-title") />
        <RequireRole role=Role::Admin>
            <p><a href="/admin/webhooks">{t!("webhook-admin-back")}</a></p>
            {move || said().map(|(class, role, text)| view! { <p class=class role=role>{text}</p> })}
            <Suspense fallback=|| view! { <p class="loading">{t!("webhook-admin-loading-endpoint")}</p> }>
                {move || Suspend::new(async move {
                    match log.await {
                        Ok(found) => Either::Left(view! { <Endpoint found save active roll delete redeliver /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Endpoint(
    found: DeliveryLog,
    save: ServerAction<SaveWebhook>,
    active: ServerAction<SetWebhookActive>,
    roll: ServerAction<RollWebhookSecret>,
    delete: ServerAction<DeleteWebhook>,
    redeliver: ServerAction<RedeliverWebhook>,
) -> impl IntoView {
    let e = found.endpoint;
    let id = e.id;
    let deleted = move || delete.value().get().is_some_and(|r| r.is_ok());
    view! {
        <section class="panel" aria-labelledby="endpoint-title">
            <h1 id="endpoint-title">{e.url.clone()}</h1>
            <p>
                {t!(
                    "webhook-admin-endpoint-summary",
                    state = if e.active { t!("webhook-admin-on") } else { t!("webhook-admin-off") },
                    delivered = e.delivered,
                    waiting = e.waiting,
                    failed = e.failed,
                )}
            </p>
            <label for="webhook-secret">{t!("webhook-admin-secret")}</label>
            <input id="webhook-secret" class="secret" readonly value=e.secret.clone() size="72" />
            <div class="actions">
                <ActionForm action=active attr:class="inline-form">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="active" value=(!e.active).to_string() />
                    <button type="submit" class="button small secondary">
                        {if e.active { t!("webhook-admin-turn-off") } else { t!("webhook-admin-turn-on") }}
                    </button>
                </ActionForm>
                <ActionForm action=roll attr:class="inline-form">
                    <input type="hidden" name="id" value=id />
                    <button type="submit" class="button small secondary">{t!("webhook-admin-new-secret")}</button>
                </ActionForm>
                <ActionForm action=delete attr:class="inline-form">
                    <input type="hidden" name="id" value=id />
                    <button type="submit" class="button small danger" disabled=deleted>{t!("webhook-admin-delete")}</button>
                </ActionForm>
            </div>
        </section>
        <section class="panel" aria-labelledby="endpoint-settings">
            <h2 id="endpoint-settings">{t!("webhook-admin-settings")}</h2>
            <EndpointForm id action=save url=e.url description=e.description events=e.events />
        </section>
        <section class="panel" aria-labelledby="endpoint-log">
            <h2 id="endpoint-log">{t!("webhook-admin-deliveries")}</h2>
            {if found.deliveries.is_empty() {
                Either::Left(view! { <p class="empty">{t!("webhook-admin-deliveries-empty")}</p> })
            } else {
                Either::Right(view! { <Deliveries id rows=found.deliveries redeliver /> })
            }}
            <Pager base=format!("/admin/webhooks/{id}") page=found.page last=found.last_page />
        </section>
    }
}

#[component]
fn Deliveries(id: i64, rows: Vec<DeliveryRow>, redeliver: ServerAction<RedeliverWebhook>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data">
                <caption class="visually-hidden">{t!("webhook-admin-deliveries-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!("webhook-admin-col-event")}</th><th scope="col">{t!("webhook-admin-col-status")}</th>
                        <th scope="col">{t!("webhook-admin-col-answer")}</th><th scope="col">{t!("webhook-admin-col-tries")}</th>
                        <th scope="col">{t!("webhook-admin-col-created")}</th><th scope="col">{t!("webhook-admin-col-last-try")}</th>
                        <th scope="col">{t!("webhook-admin-col-actions")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|d| {
                        let answer = match (d.response_status, d.last_error.clone()) {
                            (Some(s), _) => s.to_string(),
                            (None, Some(e)) => e,
                            (None, None) => "—".to_string(),
                        };
                        let label = t!("webhook-admin-send-again-named", delivery = d.id.to_string());
                        let status_class = format!("status status-{}", d.status.as_str());
                        view! {
                            <tr>
                                <td><code>{d.event.clone()}</code>" " <span class="hint">{format!("#{}", d.id)}</span></td>
                                <td><span class=status_class>{d.status.label()}</span></td>
                                <td>{answer}</td>
                                <td>{d.tries}</td>
                                <td><When at=d.created_at /></td>
                                <td>{match d.last_attempt_at { Some(at) => Either::Left(view! { <When at /> }), None => Either::Right("—") }}</td>
                                <td class="actions">
                                    {(d.status != DeliveryStatus::Sending).then(|| view! {
                                        <ActionForm action=redeliver attr:class="inline-form">
                                            <input type="hidden" name="endpoint_id" value=id />
                                            <input type="hidden" name="delivery_id" value=d.id />
                                            <button type="submit" class="button small secondary" aria-label=label>{t!("webhook-admin-send-again")}</button>
                                        </ActionForm>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
