use super::challenge_card::ChallengeCardView;
use crate::common::answered::server_action;
use crate::{
    challenges::api::{get_challenges, CompleteChallenge},
    t,
    ui::{last_error, FormAlert},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/challenges`: the running challenges, what each is worth and how to complete it; members see where they
/// stand and take part (every form works without JavaScript).
#[component]
pub fn ChallengesPage() -> impl IntoView {
    let complete = server_action::<CompleteChallenge>();
    // The card whose form was sent last (JavaScript on) shows the answer itself; without JavaScript the page does.
    let last = RwSignal::new(None::<i64>);
    let data = Resource::new(move || complete.version().get(), |_| get_challenges());
    view! {
        <Title text=t!("challenges-title") />
        <h1>{t!("challenges-title")}</h1>
        <p class="lead">{t!("challenges-lead")}</p>
        <FormAlert error=Signal::derive(move || last.get().is_none().then(|| last_error(complete.value()).get()).flatten()) />
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) if list.challenges.is_empty() => Either::Left(view! {
                        <p class="empty">{t!("challenges-empty")}</p>
                    }.into_any()),
                    Ok(list) => Either::Left(view! {
                        <ul class="challenge-list">
                            {list.challenges.into_iter().map(|card| view! { <li><ChallengeCardView card complete last /></li> }).collect_view()}
                        </ul>
                    }.into_any()),
                    Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                }
            })}
        </Suspense>
    }
}
