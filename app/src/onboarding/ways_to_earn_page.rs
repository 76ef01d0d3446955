use crate::{
    onboarding::{api::get_ways_to_earn, views::WaysToEarn},
    ui::{Problem, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/earn`: what earns points and badges here, generated from the programme's live rules, challenges and
/// badges (so it never drifts from what the ledger pays).
#[component]
pub fn WaysToEarnPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_ways_to_earn());
    view! {
        <Title text="Ways to earn" />
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(ways) => Either::Left(view! { <Ways ways /> }),
                    Err(error) => Either::Right(view! { <Problem error /> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Ways(ways: WaysToEarn) -> impl IntoView {
    let rules = if ways.rules.is_empty() {
        Either::Left(view! { <p class="empty">"No activity earns points at the moment."</p> })
    } else {
        Either::Right(view! {
            <table class="data earn-table">
                <caption class="visually-hidden">"Points for taking part"</caption>
                <thead><tr><th scope="col">"What you do"</th><th scope="col">"What you earn"</th></tr></thead>
                <tbody>
                    {ways.rules.into_iter().map(|r| view! { <tr><td>{r.action}</td><td>{r.reward}</td></tr> }).collect_view()}
                </tbody>
            </table>
        })
    };
    let challenges = if ways.challenges.is_empty() {
        Either::Left(view! { <p class="empty">"No challenges are running right now."</p> })
    } else {
        Either::Right(view! {
            <ul class="earn-list">
                {ways.challenges.into_iter().map(|c| view! {
                    <li>
                        <strong>{c.title}</strong>{format!(" — {} points", c.points)}
                        {c.ends_at.map(|at| view! { <span class="meta">" · ends " <When at /></span> })}
                    </li>
                }).collect_view()}
            </ul>
            <p><a href="/challenges">"Take part in a challenge"</a></p>
        })
    };
    let badges = if ways.badges.is_empty() {
        Either::Left(view! { <p class="empty">"There are no badges yet."</p> })
    } else {
        Either::Right(view! {
            <ul class="earn-list">
                {ways.badges.into_iter().map(|b| view! {
                    <li><strong>{b.name}</strong>{format!(" — {}. ", b.how)}<span class="meta">{b.description}</span></li>
                }).collect_view()}
            </ul>
            <p><a href="/badges">"See every badge and who holds it"</a></p>
        })
    };
    view! {
        <section class="panel" aria-labelledby="earn-title">
            <h1 id="earn-title">"Ways to earn"</h1>
            <p class="lead">"Points add up to levels and can be spent on "<a href="/rewards">"rewards"</a>". Here is everything that earns them, as the programme is set up today."</p>
            <h2 id="earn-points">"Points for taking part"</h2>
            {rules}
            <h2 id="earn-challenges">"Challenges"</h2>
            {challenges}
            <h2 id="earn-badges">"Badges"</h2>
            {badges}
        </section>
    }
}
