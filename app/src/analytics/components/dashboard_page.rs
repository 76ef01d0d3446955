use super::{
    cohort_table::CohortTable, figures_table::FiguresTable, line_chart::LineChart, period_form::PeriodForm,
    reward_bars::RewardBars,
};
use crate::{
    accounts::{components::RequireRole, domain::Role},
    analytics::{api::get_dashboard, figures::Dashboard},
    t,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/admin/dashboard?days=30` or `?from=2026-01-01&to=2026-03-31`: the programme's figures for the period
/// against the period before it, trends, redemptions, NPS and retention, each downloadable as CSV.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let query = use_query_map();
    let param = move |k: &str| query.read().get(k).unwrap_or_default();
    let data = Resource::new(
        move || (param("days"), param("from"), param("to")),
        |(days, from, to)| get_dashboard(days, from, to),
    );
    view! {
        <Title text=t!("analytics-title") />
        <RequireRole role=Role::Admin>
            <h1>{t!("analytics-title")}</h1>
            <PeriodForm days=param("days") from=param("from") to=param("to") />
            <Suspense fallback=|| view! { <p class="loading">{t!("analytics-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => Either::Left(view! { <Board d /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Board(d: Dashboard) -> impl IntoView {
    let q = d.query.query_string();
    let csv = move |table: &str| format!("/admin/dashboard.csv?{q}&table={table}");
    let dates: Vec<i64> = d.series.iter().map(|b| b.start).collect();
    let members = vec![
        (t!("analytics-new-members"), d.series.iter().map(|b| b.new_members).collect::<Vec<_>>()),
        (t!("analytics-active-members"), d.series.iter().map(|b| b.active).collect()),
    ];
    let posts = vec![(t!("analytics-posts"), d.series.iter().map(|b| b.posts).collect::<Vec<_>>())];
    // Each chart point is this many days.
    let per = d.period.bucket_secs() / crate::common::dates::DAY;
    view! {
        <p class="period-label" role="status">
            <strong>{d.period.label()}</strong>
            " "{t!("analytics-compared", days = d.period.days(), previous = d.previous.label())}
        </p>
        <FiguresTable current=d.current before=d.before csv=csv("figures") />
        <section aria-labelledby="trends-heading">
            <h2 id="trends-heading">{t!("analytics-trends")}</h2>
            <LineChart id="chart-members" title=t!("analytics-chart-members", days = per) dates=dates.clone() series=members />
            <LineChart id="chart-posts" title=t!("analytics-chart-posts", days = per) dates series=posts />
            <p><a href=csv("trend") download>{t!("analytics-trend-csv")}</a></p>
        </section>
        <RewardBars rewards=d.rewards csv=csv("rewards") />
        <CohortTable rows=d.cohorts csv=csv("retention") />
    }
}
