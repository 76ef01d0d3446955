use super::reward_card::RewardCardView;
use crate::{
    rewards::{
        api::{get_catalogue, RedeemReward},
        views::Catalogue,
    },
    ui::{last_error, FormAlert, StandingCard},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::{Meta, Title};

/// `/rewards`: what points buy. Members see their balance, what they can afford, and why the rest is locked.
#[component]
pub fn RewardsPage() -> impl IntoView {
    let redeem = ServerAction::<RedeemReward>::new();
    let data = Resource::new(move || redeem.version().get(), |_| get_catalogue());
    view! {
        <Title text="Rewards" />
        <Meta name="description" content="The rewards members can spend their points on: discounts, early access and more." />
        <h1>"Rewards"</h1>
        <FormAlert error=last_error(redeem.value()) />
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
            <section class="panel" aria-label="Your points">
                <StandingCard standing />
                <p><a href="/me/rewards">"Your rewards"</a>" · "<a href="/me/points">"Points history"</a></p>
            </section>
        }
    });
    let shelf = if c.rewards.is_empty() {
        Either::Left(view! { <p class="empty">"No rewards on offer right now. Check back soon."</p> })
    } else {
        Either::Right(view! {
            <ul class="reward-grid">
                {c.rewards.into_iter().map(|reward| view! { <li><RewardCardView reward redeem /></li> }).collect_view()}
            </ul>
        })
    };
    view! { {standing} {shelf} }
}
