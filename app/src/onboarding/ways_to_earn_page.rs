use crate::{
    onboarding::{api::get_ways_to_earn, views::WaysToEarn},
    t,
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
        <Title text=t!("onboarding-title") />
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
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
        Either::Left(view! { <p class="empty">{t!("onboarding-no-rules")}</p> })
    } else {
        Either::Right(view! {
            <table class="data earn-table">
                <caption class="visually-hidden">{t!("onboarding-points")}</caption>
                <thead>
                    <tr><th scope="col">{t!("onboarding-what-you-do")}</th><th scope="col">{t!("onboarding-what-you-earn")}</th></tr>
                </thead>
                <tbody>
                    {ways.rules.into_iter().map(|r| view! { <tr><td>{r.action}</td><td>{r.reward}</td></tr> }).collect_view()}
                </tbody>
            </table>
        })
    };
    let challenges = if ways.challenges.is_empty() {
        Either::Left(view! { <p class="empty">{t!("onboarding-no-challenges")}</p> })
    } else {
        Either::Right(view! {
            <ul class="earn-list">
                {ways.challenges.into_iter().map(|c| view! {
                    <li>
                        <strong>{c.title}</strong>{format!(" — {}", t!("points-amount", points = c.points))}
                        {c.ends_at.map(|at| view! { <span class="meta">" · "{t!("onboarding-ends")}" "<When at /></span> })}
                    </li>
                }).collect_view()}
            </ul>
            <p><a href="/challenges">{t!("onboarding-take-part")}</a></p>
        })
    };
    let badges = if ways.badges.is_empty() {
        Either::Left(view! { <p class="empty">{t!("onboarding-no-badges")}</p> })
    } else {
        Either::Right(view! {
            <ul class="earn-list">
                {ways.badges.into_iter().map(|b| view! {
                    <li><strong>{b.name}</strong>{format!(" — {}. ", b.how)}<span class="meta">{b.description}</span></li>
                }).collect_view()}
            </ul>
            <p><a href="/badges">{t!("onboarding-all-badges")}</a></p>
        })
    };
    view! {
        <section class="panel" aria-labelledby="earn-title">
            <h1 id="earn-title">{t!("onboarding-title")}</h1>
            <p class="lead">
                {t!("onboarding-lead-before")}" "<a href="/rewards">{t!("onboarding-lead-rewards")}</a>{t!("onboarding-lead-after")}
            </p>
            <h2 id="earn-points">{t!("onboarding-points")}</h2>
            {rules}
            <h2 id="earn-challenges">{t!("onboarding-challenges")}</h2>
            {challenges}
            <h2 id="earn-badges">{t!("onboarding-badges")}</h2>
            {badges}
        </section>
    }
}
