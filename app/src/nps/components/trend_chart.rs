use crate::{nps::domain::MonthPoint, t};
use leptos::{either::Either, prelude::*};

const WIDTH: i64 = 440;
const HEIGHT: i64 = 200;
const LEFT: i64 = 40;
const RIGHT: i64 = 30;
const TOP: i64 = 12;
const BOTTOM: i64 = 28;

/// The y of a score from −100 (bottom) to 100 (top).
fn y_of(score: i64) -> i64 {
    TOP + (100 - score) * (HEIGHT - TOP - BOTTOM) / 200
}

/// The NPS of each calendar month as a line drawn on the server; months without answers break the line.
/// The same numbers follow in a table.
#[component]
pub fn TrendChart(points: Vec<MonthPoint>) -> impl IntoView {
    if points.is_empty() {
        return Either::Left(view! { <p class="empty">{t!("nps-no-answers")}</p> });
    }
    let n = points.len() as i64;
    let step = if n > 1 { (WIDTH - LEFT - RIGHT) / (n - 1) } else { 0 };
    let x_of = move |i: usize| if n > 1 { LEFT + i as i64 * step } else { (LEFT + WIDTH - RIGHT) / 2 };
    // One polyline per run of months with answers.
    let mut runs: Vec<Vec<String>> = vec![Vec::new()];
    for (i, p) in points.iter().enumerate() {
        match p.tally.score() {
            Some(s) => runs.last_mut().into_iter().for_each(|r| r.push(format!("{},{}", x_of(i), y_of(s)))),
            None => runs.push(Vec::new()),
        }
    }
    let lines = runs
        .into_iter()
        .filter(|r| r.len() > 1)
        .map(|r| view! { <polyline class="trend-line" points={r.join(" ")} /> })
        .collect_view();
    let summary = points
        .iter()
        .map(|p| match p.tally.score() {
            Some(s) => format!("{}: {s}", p.month),
            None => t!("nps-trend-month-empty", month = p.month.as_str()),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let dots = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            // At most about eight month labels fit under the line.
            let every = points.len().div_ceil(8);
            let label = (i % every == 0).then(|| {
                view! { <text class="axis" x={x_of(i)} y={HEIGHT - 8} text-anchor="middle">{p.month.clone()}</text> }
            });
            let dot = p.tally.score().map(|s| {
                view! {
                    <g>
                        <title>{t!("nps-trend-dot", month = p.month.as_str(), score = s, count = p.tally.total())}</title>
                        <circle class="trend-dot" cx={x_of(i)} cy={y_of(s)} r="4" />
                    </g>
                }
            });
            view! { {label} {dot} }
        })
        .collect_view();
    let grid = [100, 50, 0, -50, -100]
        .into_iter()
        .map(|s| {
            view! {
                <line class={if s == 0 { "baseline" } else { "grid" }} x1=LEFT x2={WIDTH - RIGHT} y1={y_of(s)} y2={y_of(s)} />
                <text class="axis" x={LEFT - 6} y={y_of(s) + 4} text-anchor="end">{s}</text>
            }
        })
        .collect_view();
    let rows = points
        .into_iter()
        .map(|p| {
            let score = p.tally.score().map_or_else(|| "–".to_string(), |s| s.to_string());
            let t = p.tally;
            view! {
                <tr>
                    <th scope="row">{p.month}</th><td>{t.total()}</td><td>{t.promoters}</td>
                    <td>{t.passives}</td><td>{t.detractors}</td><td>{score}</td>
                </tr>
            }
        })
        .collect_view();
    Either::Right(view! {
        <figure class="nps-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="nps-trend-title" aria-describedby="nps-trend-desc">
                <title id="nps-trend-title">{t!("nps-by-month")}</title>
                <desc id="nps-trend-desc">{t!("nps-trend-desc", months = summary)}</desc>
                {grid}
                {lines}
                {dots}
            </svg>
            <details>
                <summary>{t!("nps-by-month-table")}</summary>
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{t!("nps-col-month")}</th><th scope="col">{t!("nps-col-answers")}</th><th scope="col">{t!("nps-promoters")}</th>
                            <th scope="col">{t!("nps-passives")}</th><th scope="col">{t!("nps-detractors")}</th><th scope="col">"NPS"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    })
}
