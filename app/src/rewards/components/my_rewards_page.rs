use super::redemption_row::RedemptionSummary;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    rewards::{api::my_redemptions, views::RedemptionPage},
    t,
    ui::Pager,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/me/rewards`: what you redeemed and where each stands; codes show once fulfilled.
#[component]
pub fn MyRewardsPage() -> impl IntoView {
    let query = use_query_map();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let data = Resource::new(page, my_redemptions);
    view! {
        <Title text=t!("rewards-yours") />
        <RequireRole role=Role::Member>
            <h1>{t!("rewards-yours")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(p) => Either::Left(view! { <Mine p /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Mine(p: RedemptionPage) -> impl IntoView {
    if p.items.is_empty() {
        return Either::Left(view! {
            <p class="empty">{t!("rewards-mine-empty")}" "<a href="/rewards">{t!("rewards-mine-browse")}</a></p>
        });
    }
    Either::Right(view! {
        <ol class="redemptions">
            {p.items.into_iter().map(|r| view! { <li class="redemption"><RedemptionSummary r /></li> }).collect_view()}
        </ol>
        <Pager base="/me/rewards".to_string() page=p.page last=p.last_page />
    })
}
