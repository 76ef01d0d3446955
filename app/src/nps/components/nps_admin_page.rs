use super::{results::Results, survey_editor::SurveyEditor};
use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    nps::{
        api::{get_nps_results, get_surveys_admin, SaveSurvey},
        domain::{SurveyForm, PERIOD_DAYS_DEFAULT},
        views::SurveysAdmin,
    },
    t,
    ui::{last_error, FormAlert},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/admin/nps`: create and change surveys, and read one survey's results (`?survey=<id>`, the newest by
/// default), with its comments filtered by group (`&group=promoter`) and paged.
#[component]
pub fn NpsAdminPage() -> impl IntoView {
    let query = use_query_map();
    let number = move |key: &str| query.read().get(key).and_then(|v| v.parse::<i64>().ok());
    let survey = move || number("survey").unwrap_or(0);
    let group = move || query.read().get("group").unwrap_or_default();
    let page = move || number("page").and_then(|p| u32::try_from(p).ok()).unwrap_or(1);
    let save = server_action::<SaveSurvey>();
    let last = RwSignal::new(None::<i64>);
    let list = Resource::new(move || save.version().get(), |_| get_surveys_admin());
    let results = Resource::new(
        move || (survey(), group(), page(), save.version().get()),
        |(s, g, p, _)| get_nps_results(s, g, p),
    );
    view! {
        <Title text=t!("nps-admin-title") />
        <RequireRole role=Role::Admin>
            <h1>{t!("nps-admin-title")}</h1>
            <FormAlert error=Signal::derive(move || last_error(save.value()).get().filter(|e| e.field().is_none())) />
            {move || save.value().get().and_then(|r| r.ok()).map(|_| view! { <p class="alert ok" role="status">{t!("nps-saved")}</p> })}
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) => Either::Left(view! { <Surveys list save last /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
            <Suspense fallback=|| view! { <p class="loading">{t!("nps-loading-results")}</p> }>
                {move || Suspend::new(async move {
                    match results.await {
                        Ok(Some(r)) => Either::Left(view! { <Results r /> }.into_any()),
                        Ok(None) => Either::Left(().into_any()),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Surveys(list: SurveysAdmin, save: ServerAction<SaveSurvey>, last: RwSignal<Option<i64>>) -> impl IntoView {
    let blank = SurveyForm {
        question: t!("nps-default-question"),
        ask_why: Some("on".to_string()),
        period_days: PERIOD_DAYS_DEFAULT.to_string(),
        starts_at: list.today.clone(),
        ..Default::default()
    };
    let groups = list.groups.clone();
    let items = if list.surveys.is_empty() {
        Either::Left(view! { <p class="empty">{t!("nps-surveys-empty")}</p> })
    } else {
        Either::Right(view! {
            <ul class="nps-surveys">
                {list.surveys.into_iter().map(|s| {
                    let groups = groups.clone();
                    let summary = t!(
                        "nps-survey-summary",
                        phase = s.phase.label(),
                        days = s.form.period_days.as_str(),
                        answers = s.answers,
                        dismissed = s.dismissals,
                    );
                    let title = s.form.title.clone();
                    let answered = s.answers + s.dismissals > 0;
                    view! {
                        <li class="panel">
                            <h2><a href=format!("/admin/nps?survey={}", s.id)>{title}</a></h2>
                            <p class="meta">{summary}</p>
                            <details>
                                <summary>{t!("nps-edit")}</summary>
                                <SurveyEditor id=s.id form=s.form save last answered groups />
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })
    };
    view! {
        <details class="panel">
            <summary>{t!("nps-create")}</summary>
            <SurveyEditor id=0 form=blank save last groups=list.groups />
        </details>
        {items}
    }
}
