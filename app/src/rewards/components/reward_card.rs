use crate::{
    rewards::{api::RedeemReward, views::RewardCard},
    t,
    ui::When,
};
use leptos::prelude::*;

/// One reward: what it is, its price and stock, and either a redeem button behind a confirmation or the
/// reason it is locked. The confirmation is a disclosure, so it works without JavaScript.
#[component]
pub fn RewardCardView(reward: RewardCard, redeem: ServerAction<RedeemReward>) -> impl IntoView {
    let heading = format!("reward-{}-title", reward.id);
    let stock = match reward.stock {
        None => t!("reward-unlimited"),
        Some(0) => t!("reward-out-of-stock"),
        Some(n) => t!("reward-left", count = n),
    };
    let image = reward.image_url.clone().map(|src| view! { <img src=src alt="" loading="lazy" /> });
    let ends = reward.ends_at.map(|at| view! { <p class="meta">{t!("reward-until")}" "<When at /></p> });
    let level = reward.min_level.clone().map(|l| view! { <p class="meta">{t!("reward-min-level", level = l)}</p> });
    let group = reward.group_name.clone().map(|g| view! { <p class="meta">{t!("reward-group-only", group = g)}</p> });
    let action = match reward.locked.clone() {
        Some(why) => view! {
            <p class="locked">
                <svg class="lock-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M6 11h12v10H6zM8 11V8a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" stroke-width="2" />
                </svg>
                " "{why}
            </p>
        }
        .into_any(),
        None => {
            let question = t!("reward-confirm-question", points = reward.cost, reward = reward.title.clone());
            view! {
                <details class="confirm">
                    <summary class="button">{t!("reward-redeem")}</summary>
                    <ActionForm action=redeem attr:class="confirm-form">
                        <p>{question}</p>
                        <input type="hidden" name="reward_id" value=reward.id />
                        <input type="hidden" name="key" value=reward.next_key.clone() />
                        <button type="submit" class="button">{t!("reward-confirm")}</button>
                    </ActionForm>
                </details>
            }
            .into_any()
        }
    };
    view! {
        <article class="reward" aria-labelledby=heading.clone()>
            {image}
            <h2 id=heading.clone()>{reward.title}</h2>
            <p class="meta">{reward.kind.label()}" · "{stock}</p>
            <p>{reward.description}</p>
            {level}
            {group}
            {ends}
            <p class="price"><strong>{t!("points-amount", points = reward.cost)}</strong></p>
            {action}
        </article>
    }
}
