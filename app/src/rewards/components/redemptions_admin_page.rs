use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    rewards::{
        api::{all_redemptions, DecideRedemption},
        domain::RedemptionStatus,
        views::{RedemptionPage, RedemptionView},
    },
    t,
    ui::{last_error, Field, FormAlert, Tab, TabbedQueue, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/admin/redemptions`: the fulfilment queue, oldest pending first; fulfil with a note or cancel with a
/// reason (which refunds the points). Other statuses and a CSV export of everything (admins only).
#[component]
pub fn RedemptionsAdminPage() -> impl IntoView {
    let query = use_query_map();
    let status = move || query.read().get("status").unwrap_or_else(|| "pending".to_string());
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let decide = server_action::<DecideRedemption>();
    let data = Resource::new(move || (status(), page(), decide.version().get()), |(s, p, _)| all_redemptions(s, p));
    view! {
        <Title text=t!("rewards-redemptions-title") />
        <RequireRole role=Role::Admin>
            <h1>{t!("rewards-redemptions-title")}</h1>
            <p><a href="/admin/redemptions.csv" download>{t!("rewards-redemptions-export")}</a></p>
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
fn Queue(p: RedemptionPage, decide: ServerAction<DecideRedemption>) -> impl IntoView {
    let current = p.status.map(|s| s.as_str()).unwrap_or("all");
    let tabs = ["pending", "fulfilled", "cancelled", "all"]
        .into_iter()
        .map(|s| Tab::new(tab_label(s), format!("/admin/redemptions?status={s}"), s == current))
        .collect();
    let base = format!("/admin/redemptions?status={current}");
    view! {
        <TabbedQueue label=t!("rewards-redemptions-status") tabs is_empty=p.items.is_empty() base page=p.page last=p.last_page>
            <ol class="redemptions">
                {p.items.into_iter().map(|r| view! { <li class="redemption"><Item r decide /></li> }).collect_view()}
            </ol>
        </TabbedQueue>
    }
}

/// A status tab's words; `status` is the filter the address carries.
fn tab_label(status: &str) -> String {
    match status {
        "pending" => t!("rewards-tab-pending"),
        "fulfilled" => t!("rewards-tab-fulfilled"),
        "cancelled" => t!("rewards-tab-cancelled"),
        _ => t!("rewards-tab-all"),
    }
}

#[component]
fn Item(r: RedemptionView, decide: ServerAction<DecideRedemption>) -> impl IntoView {
    let id = r.id;
    let note_id = format!("note-{id}");
    let code = r.code.clone().map(|c| view! { <p>{t!("rewards-code")}" "<code>{c}</code></p> });
    let note = (!r.note.is_empty()).then(|| view! { <p class="note">{r.note.clone()}</p> });
    let actions = (r.status == RedemptionStatus::Pending).then(|| view! {
        <ActionForm action=decide attr:class="stacked-form">
            <input type="hidden" name="id" value=id />
            <Field label=t!("rewards-decision-note") id=note_id>
                <input name="note" maxlength="1000" />
            </Field>
            <button type="submit" name="decision" value="fulfil" class="button small">{t!("rewards-fulfil")}</button>
            " "
            <button type="submit" name="decision" value="cancel" class="button small secondary">{t!("rewards-cancel-refund")}</button>
        </ActionForm>
    });
    view! {
        <h2>{format!("#{id} · {}", r.reward_title)}</h2>
        <p class="meta">
            <span class=format!("status status-{}", r.status.as_str())>{r.status.label()}</span>
            " · "{t!("points-amount", points = r.cost)}{format!(" · {} ({}) · ", r.member_name, r.member_email)}
            <When at=r.created_at />
        </p>
        {code}
        {note}
        {actions}
    }
}
