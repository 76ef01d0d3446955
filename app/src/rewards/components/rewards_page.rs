use super::reward_card::RewardCardView;
use crate::common::answered::server_action;
use crate::{
    rewards::{
        api::{get_catalogue, RedeemReward},
        views::Catalogue,
    },
    t,
    ui::{last_error, FormAlert, StandingCard},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::{Meta, Title};

/// `/rewards`: what points buy. Members see their balance, what they can afford, and why the rest is locked.
#[component]
pub fn RewardsPage() -> impl IntoView {
    let redeem = server_action::<RedeemReward>();
    let data = Resource::new(move || redeem.version().get(), |_| get_catalogue());
    view! {
        <Title text=t!("rewards-title") />
        <Meta name="description" content=t!("rewards-description") />
        <h1>{t!("rewards-title")}</h1>
        <FormAlert error=last_error(redeem.value()) />
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(c) => Either::Left(view! { <Shelf c redeem /> }),
                    Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Shelf(c: Catalogue, redeem: ServerAction<RedeemReward>) -> impl IntoView {
    let standing = c.standing.map(|standing| {
        view! {
            <section class="panel" aria-label=t!("rewards-your-points")>
                <StandingCard standing />
                <p><a href="/me/rewards">{t!("rewards-yours")}</a>" · "<a href="/me/points">{t!("rewards-history")}</a></p>
            </section>
        }
    });
    let shelf = if c.rewards.is_empty() {
        Either::Left(view! { <p class="empty">{t!("rewards-empty")}</p> })
    } else {
        Either::Right(view! {
            <ul class="reward-grid">
                {c.rewards.into_iter().map(|reward| view! { <li><RewardCardView reward redeem /></li> }).collect_view()}
            </ul>
        })
    };
    view! { {standing} {shelf} }
}
