use crate::{
    analytics::domain::{line_points, nice_max},
    common::dates::iso_date,
    i18n::{current, format::date},
    t,
};
use leptos::prelude::*;

const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 160.0;
/// Colours and dash patterns tell the lines apart without relying on colour alone.
const STYLES: [(&str, &str); 3] = [("#1f5fbf", ""), ("#b4451f", "6 4"), ("#2f7d32", "2 3")];

/// A server-drawn line chart with its title as the accessible name and the numbers in a table behind it.
#[component]
pub fn LineChart(id: &'static str, title: String, dates: Vec<i64>, series: Vec<(String, Vec<i64>)>) -> impl IntoView {
    let top = nice_max(series.iter().flat_map(|(_, v)| v.iter().copied()).max().unwrap_or(0));
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let labelled = format!("{title_id} {desc_id}");
    let first = dates.first().map(|d| date(current(), *d)).unwrap_or_default();
    let last = dates.last().map(|d| date(current(), *d)).unwrap_or_default();
    let names: Vec<&str> = series.iter().map(|(n, _)| n.as_str()).collect();
    let desc =
        t!("analytics-chart-desc", lines = names.join(", "), first = first.clone(), last = last.clone(), top = top);
    let lines = series
        .iter()
        .zip(STYLES)
        .map(|((_, values), (colour, dash))| {
            let points = line_points(values, WIDTH, HEIGHT, top);
            view! { <polyline points=points fill="none" stroke=colour stroke-width="2" stroke-dasharray=dash /> }
        })
        .collect_view();
    let legend = series
        .iter()
        .zip(STYLES)
        .map(|((name, _), (colour, dash))| {
            view! {
                <li>
                    <svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke=colour stroke-width="2" stroke-dasharray=dash /></svg>
                    {name.clone()}
                </li>
            }
        })
        .collect_view();
    let head = names.iter().map(|n| view! { <th scope="col" class="num">{n.to_string()}</th> }).collect_view();
    let rows = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let cells = series
                .iter()
                .map(|(_, v)| view! { <td class="num">{v.get(i).copied().unwrap_or(0)}</td> })
                .collect_view();
            view! { <tr><th scope="row">{iso_date(*d)}</th>{cells}</tr> }
        })
        .collect_view();
    let summary = t!("analytics-chart-numbers", title = title.clone());
    view! {
        <figure class="chart">
            <svg viewBox="-44 -10 660 196" role="img" aria-labelledby=labelled class="line-chart">
                <title id=title_id>{title.clone()}</title>
                <desc id=desc_id>{desc}</desc>
                <line x1="0" y1=HEIGHT x2=WIDTH y2=HEIGHT stroke="#8a93a6" />
                <line x1="0" y1="0" x2=WIDTH y2="0" stroke="#e3e6ec" />
                <text x="-6" y="4" text-anchor="end" font-size="12" fill="#4a5263">{top}</text>
                <text x="-6" y=HEIGHT text-anchor="end" font-size="12" fill="#4a5263">"0"</text>
                <text x="0" y="180" font-size="12" fill="#4a5263">{first}</text>
                <text x=WIDTH y="180" text-anchor="end" font-size="12" fill="#4a5263">{last}</text>
                {lines}
            </svg>
            <figcaption>
                <ul class="legend">{legend}</ul>
                <details>
                    <summary>{summary}</summary>
                    <div class="table-scroll">
                        <table class="data">
                            <thead><tr><th scope="col">{t!("analytics-chart-from")}</th>{head}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </details>
            </figcaption>
        </figure>
    }
}
