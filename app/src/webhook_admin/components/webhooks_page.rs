use super::endpoint_form::EndpointForm;
use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    t,
    webhook_admin::api::{get_webhooks, SaveWebhook},
    webhooks::domain::EndpointRow,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/admin/webhooks` (admins only): the endpoints and a form for a new one.
#[component]
pub fn WebhooksPage() -> impl IntoView {
    let save = server_action::<SaveWebhook>();
    // Created here, outside the guard's Suspense (leptos-rs/leptos#4866).
    let list = Resource::new(move || save.version().get(), |_| get_webhooks());
    view! {
        <Title text=t!("webhook-admin-title") />
        <RequireRole role=Role::Admin>
            <section class="panel" aria-labelledby="webhooks-title">
                <h1 id="webhooks-title">{t!("webhook-admin-title")}</h1>
                <p>
                    {t!("webhook-admin-intro-before")}
                    <code>"Chorus-Signature"</code>
                    {t!("webhook-admin-intro-after")}
                </p>
                <Suspense fallback=|| view! { <p class="loading">{t!("webhook-admin-loading")}</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(page) => Either::Left(view! { <Endpoints endpoints=page.endpoints /> }),
                            Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                        }
                    })}
                </Suspense>
            </section>
            <section class="panel" aria-labelledby="new-endpoint">
                <h2 id="new-endpoint">{t!("webhook-admin-new")}</h2>
                {move || save.value().get().and_then(|r| r.ok()).map(|id| view! {
                    <p class="alert ok" role="status">
                        {t!("webhook-admin-added-before")} <a href=format!("/admin/webhooks/{id}")>{t!("webhook-admin-added-link")}</a>
                        {t!("webhook-admin-added-after")}
                    </p>
                })}
                <EndpointForm id=0 action=save />
            </section>
        </RequireRole>
    }
}

#[component]
fn Endpoints(endpoints: Vec<EndpointRow>) -> impl IntoView {
    if endpoints.is_empty() {
        return Either::Left(view! { <p class="empty">{t!("webhook-admin-empty")}</p> });
    }
    Either::Right(view! {
        <div class="table-scroll">
            <table class="data">
                <caption class="visually-hidden">{t!("webhook-admin-endpoints-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!("webhook-admin-col-address")}</th><th scope="col">{t!("webhook-admin-col-events")}</th>
                        <th scope="col">{t!("webhook-admin-col-status")}</th><th scope="col">{t!("webhook-admin-col-delivered")}</th>
                        <th scope="col">{t!("webhook-admin-col-waiting")}</th><th scope="col">{t!("webhook-admin-col-failed")}</th>
                    </tr>
                </thead>
                <tbody>
                    {endpoints.into_iter().map(|e| {
                        let events = e.events.iter().map(|e| e.as_str()).collect::<Vec<_>>().join(", ");
                        view! {
                            <tr>
                                <td>
                                    <a href=format!("/admin/webhooks/{}", e.id)>{e.url.clone()}</a>
                                    {(!e.description.is_empty()).then(|| view! { <br /><span class="hint">{e.description.clone()}</span> })}
                                </td>
                                <td>{events}</td>
                                <td>{if e.active { t!("webhook-admin-on") } else { t!("webhook-admin-off") }}</td>
                                <td>{e.delivered}</td>
                                <td>{e.waiting}</td>
                                <td>{e.failed}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    })
}
