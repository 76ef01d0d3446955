use super::challenge_editor::ChallengeEditor;
use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    challenges::api::{get_challenges_admin, SaveChallenge},
    t,
    ui::{last_error, FormAlert},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/admin/challenges`: publish a challenge and change the running ones.
#[component]
pub fn ChallengesAdminPage() -> impl IntoView {
    let save = server_action::<SaveChallenge>();
    let last = RwSignal::new(None::<i64>);
    let data = Resource::new(move || save.version().get(), |_| get_challenges_admin());
    let groups = Resource::new(|| (), |_| crate::groups::api::list_groups());
    view! {
        <Title text=t!("challenges-title") />
        <RequireRole role=Role::Admin>
            <h1>{t!("challenges-title")}</h1>
            <FormAlert error=Signal::derive(move || last_error(save.value()).get().filter(|e| e.field().is_none())) />
            {move || save.value().get().and_then(|r| r.ok()).map(|_| view! { <p class="alert ok" role="status">{t!("challenges-saved")}</p> })}
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    let groups: Vec<crate::groups::domain::GroupChoice> = groups
                        .await
                        .unwrap_or_default()
                        .into_iter()
                        .map(|g| crate::groups::domain::GroupChoice { id: g.id, slug: g.slug, name: g.name })
                        .collect();
                    let fresh = groups.clone();
                    let new = view! {
                        <details class="panel">
                            <summary>{t!("challenges-publish-new")}</summary>
                            <ChallengeEditor id=0 form=Default::default() save last groups=fresh />
                        </details>
                    };
                    let list = match data.await {
                        Ok(list) if list.is_empty() => Either::Left(view! { <p class="empty">{t!("challenges-none-yet")}</p> }.into_any()),
                        Ok(list) => Either::Left(view! {
                            <ul class="challenge-list">
                                {list.into_iter().map(|c| {
                                    let running = if c.form.active.is_some() { t!("challenges-running") } else { t!("challenges-off") };
                                    let summary = t!(
                                        "challenges-admin-summary",
                                        title = c.form.title.clone(),
                                        points = c.form.points.clone(),
                                        running = running,
                                        completed = c.approved,
                                        taken = c.taken,
                                    );
                                    view! {
                                        <li>
                                            <details class="panel">
                                                <summary>{summary}</summary>
                                                <ChallengeEditor id=c.id form=c.form save last groups=groups.clone() />
                                            </details>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    };
                    view! { {new} {list} }
                })}
            </Suspense>
        </RequireRole>
    }
}
