//! The checklist card (home page, for a member's first month) and `/welcome` (always).

use crate::{
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
        <Title text="Getting started" />
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
    let reward = (list.points_per_step > 0).then(|| format!(" Each step earns {} points.", list.points_per_step));
    view! {
        <section class="panel checklist" aria-labelledby="checklist-title">
            <h2 id="checklist-title">"Getting started"</h2>
            <p>{format!("{done} of {total} done.")}{reward}</p>
            <progress max=total value=done aria-label="Steps done">{format!("{done} of {total}")}</progress>
            <ol class="checklist-steps">
                {list.steps.into_iter().map(|s| {
                    let state = if s.done { "Done" } else { "To do" };
                    view! {
                        <li class:done=s.done>
                            <span class="check" aria-hidden="true">{if s.done { "✓" } else { "○" }}</span>
                            <span class="visually-hidden">{format!("{state}: ")}</span>
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
            {(done == total).then(|| view! { <p class="status">"All done — welcome aboard!"</p> })}
        </section>
    }
}
