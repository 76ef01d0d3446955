//! The checklist card (home page, for a member's first month) and `/welcome` (always).

use crate::{
    t,
    ui::Problem,
    welcome::{api::get_checklist, domain::Checklist},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// On the home page: the member's checklist while they are new and it is not complete.
#[component]
pub fn ChecklistCard() -> impl IntoView {
    let list = Resource::new(|| (), |_| get_checklist());
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                list.await.ok().flatten().filter(|c| c.on_home && !c.complete()).map(|c| view! { <Steps list=c /> })
            })}
        </Transition>
    }
}

/// `/welcome`: the checklist at any time.
#[component]
pub fn WelcomePage() -> impl IntoView {
    let list = Resource::new(|| (), |_| get_checklist());
    view! {
        <Title text=t!("welcome-title") />
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(Some(c)) => Either::Left(view! { <Steps list=c /> }),
                    Ok(None) => Either::Right(view! { <Problem error=crate::error::AppError::Unauthorized /> }),
                    Err(error) => Either::Right(view! { <Problem error /> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Steps(list: Checklist) -> impl IntoView {
    let (done, total) = (list.done(), list.steps.len());
    let reward = (list.points_per_step > 0)
        .then(|| format!(" {}", t!("welcome-points-per-step", points = list.points_per_step)));
    view! {
        <section class="panel checklist" aria-labelledby="checklist-title">
            <h2 id="checklist-title">{t!("welcome-title")}</h2>
            <p>{t!("welcome-done-sentence", done = done, total = total)}{reward}</p>
            <progress max=total value=done aria-label=t!("welcome-steps-done")>{t!("welcome-done-of", done = done, total = total)}</progress>
            <ol class="checklist-steps">
                {list.steps.into_iter().map(|s| {
                    let state = if s.done { t!("welcome-step-done") } else { t!("welcome-step-to-do") };
                    view! {
                        <li class:done=s.done>
                            <span class="check" aria-hidden="true">{if s.done { "✓" } else { "○" }}</span>
                            <span class="visually-hidden">{t!("welcome-step-state", state = state)}</span>
                            {if s.done {
                                Either::Left(view! { <span class="step-title">{s.step.title()}</span> })
                            } else {
                                Either::Right(view! { <a class="step-title" href=s.step.href()>{s.step.title()}</a> })
                            }}
                            <span class="meta">" — " {s.step.how()}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            {(done == total).then(|| view! { <p class="status">{t!("welcome-all-done")}</p> })}
        </section>
    }
}
