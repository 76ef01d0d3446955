use super::endpoint_form::EndpointForm;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    webhook_admin::api::{get_webhooks, SaveWebhook},
    webhooks::domain::EndpointRow,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/admin/webhooks` (admins only): the endpoints and a form for a new one.
#[component]
pub fn WebhooksPage() -> impl IntoView {
    let save = ServerAction::<SaveWebhook>::new();
    // Created here, outside the guard's Suspense (leptos-rs/leptos#4866).
    let list = Resource::new(move || save.version().get(), |_| get_webhooks());
    view! {
        <Title text="Webhooks" />
        <RequireRole role=Role::Admin>
            <section class="panel" aria-labelledby="webhooks-title">
                <h1 id="webhooks-title">"Webhooks"</h1>
                <p>
                    "Chorus tells your other systems what happens in the programme: each event is POSTed as JSON to "
                    "the endpoints that asked for it, signed with the endpoint's secret (the "
                    <code>"Chorus-Signature"</code>
                    " header), and retried for a day until the endpoint answers 2xx. See the README for checking the signature."
                </p>
                <Suspense fallback=|| view! { <p class="loading">"Loading endpoints…"</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(page) => Either::Left(view! { <Endpoints endpoints=page.endpoints /> }),
                            Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                        }
                    })}
                </Suspense>
            </section>
            <section class="panel" aria-labelledby="new-endpoint">
                <h2 id="new-endpoint">"New endpoint"</h2>
                {move || save.value().get().and_then(|r| r.ok()).map(|id| view! {
                    <p class="alert ok" role="status">"Added. " <a href=format!("/admin/webhooks/{id}")>"Open it"</a>" to copy its signing secret."</p>
                })}
                <EndpointForm id=0 action=save />
            </section>
        </RequireRole>
    }
}

#[component]
fn Endpoints(endpoints: Vec<EndpointRow>) -> impl IntoView {
    if endpoints.is_empty() {
        return Either::Left(
            view! { <p class="empty">"No endpoints yet. Add one below when another system should hear about events."</p> },
        );
    }
    Either::Right(view! {
        <div class="table-scroll">
            <table class="data">
                <caption class="visually-hidden">"Webhook endpoints, newest first"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Address"</th><th scope="col">"Events"</th><th scope="col">"Status"</th>
                        <th scope="col">"Delivered"</th><th scope="col">"Waiting"</th><th scope="col">"Failed"</th>
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
                                <td>{if e.active { "On" } else { "Off" }}</td>
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
