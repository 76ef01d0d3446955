use crate::{nps::domain::Group, t};
use leptos::prelude::*;

const WIDTH: i64 = 440;
const HEIGHT: i64 = 180;
const TOP: i64 = 20;
const BOTTOM: i64 = 24;
const SLOT: i64 = WIDTH / 11;

/// Answers per score, 0 to 10, as a bar chart drawn on the server (no script), coloured by group, with the
/// same numbers in a table for screen readers and for copying.
#[component]
pub fn DistributionChart(counts: Vec<i64>) -> impl IntoView {
    let total: i64 = counts.iter().sum();
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let plot = HEIGHT - TOP - BOTTOM;
    let summary = t!(
        "nps-dist-summary",
        counts = counts.iter().enumerate().map(|(s, n)| format!("{s}: {n}")).collect::<Vec<_>>().join(", ")
    );
    let bars = counts
        .iter()
        .enumerate()
        .map(|(s, &n)| {
            let h = n * plot / max;
            let x = s as i64 * SLOT + 4;
            let y = TOP + plot - h;
            let class = format!("bar nps-{}", Group::of(s as i64).as_str());
            view! {
                <g>
                    <title>{t!("nps-dist-bar", score = s, count = n)}</title>
                    <rect class=class x=x y=y width={SLOT - 8} height={h.max(1)} />
                    <text class="count" x={x + (SLOT - 8) / 2} y={y - 4} text-anchor="middle">{n}</text>
                    <text class="axis" x={x + (SLOT - 8) / 2} y={HEIGHT - 6} text-anchor="middle">{s}</text>
                </g>
            }
        })
        .collect_view();
    let rows = counts
        .iter()
        .enumerate()
        .map(|(s, &n)| {
            view! { <tr><th scope="row">{s}</th><td>{Group::of(s as i64).name()}</td><td>{n}</td></tr> }
        })
        .collect_view();
    view! {
        <figure class="nps-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="nps-dist-title" aria-describedby="nps-dist-desc">
                <title id="nps-dist-title">{t!("nps-per-score")}</title>
                <desc id="nps-dist-desc">{summary}</desc>
                <line class="baseline" x1="0" x2=WIDTH y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
                {bars}
            </svg>
            <figcaption>{t!("nps-dist-caption", count = total)}</figcaption>
            <details>
                <summary>{t!("nps-per-score-table")}</summary>
                <table class="data">
                    <thead><tr><th scope="col">{t!("nps-col-score")}</th><th scope="col">{t!("nps-col-group")}</th><th scope="col">{t!("nps-col-answers")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
