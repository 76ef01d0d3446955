use crate::analytics::{
    domain::{bar_length, nice_max},
    figures::RewardBar,
};
use crate::t;
use leptos::{either::Either, prelude::*};

const LABEL: f64 = 220.0;
const BARS: f64 = 360.0;
const ROW: f64 = 26.0;

/// Redemptions per reward in the period as horizontal bars, with the numbers in a table behind them.
#[component]
pub fn RewardBars(rewards: Vec<RewardBar>, csv: String) -> impl IntoView {
    let body = if rewards.is_empty() {
        Either::Left(view! { <p class="empty">{t!("analytics-rewards-none")}</p> })
    } else {
        let top = nice_max(rewards.iter().map(|r| r.redemptions).max().unwrap_or(0));
        let height = ROW * rewards.len() as f64;
        let bars = rewards
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let y = i as f64 * ROW;
                let w = bar_length(r.redemptions, top, BARS);
                let title: String = r.title.chars().take(32).collect();
                view! {
                    <text x=LABEL - 8.0 y=y + 17.0 text-anchor="end" font-size="13" fill="#1d2433">{title}</text>
                    <rect x=LABEL y=y + 4.0 width=w height="18" fill="#1f5fbf" />
                    <text x=LABEL + w + 6.0 y=y + 17.0 font-size="13" fill="#1d2433">{r.redemptions}</text>
                }
            })
            .collect_view();
        let rows = rewards
            .iter()
            .map(|r| {
                view! {
                    <tr>
                        <th scope="row">{r.title.clone()}</th>
                        <td class="num">{r.redemptions}</td>
                        <td class="num">{r.points}</td>
                    </tr>
                }
            })
            .collect_view();
        let desc = t!(
            "analytics-rewards-desc",
            rewards = rewards.len(),
            longest = rewards.iter().map(|r| r.redemptions).max().unwrap_or(0),
            top = top,
        );
        Either::Right(view! {
            <figure class="chart">
                <svg viewBox=format!("0 0 {} {height}", LABEL + BARS + 50.0) role="img" aria-labelledby="chart-rewards-title chart-rewards-desc" class="bar-chart">
                    <title id="chart-rewards-title">{t!("analytics-rewards-title")}</title>
                    <desc id="chart-rewards-desc">{desc}</desc>
                    {bars}
                </svg>
                <figcaption>
                    <details>
                        <summary>{t!("analytics-chart-numbers", title = t!("analytics-rewards-title"))}</summary>
                        <table class="data">
                            <thead><tr>
                                <th scope="col">{t!("analytics-reward")}</th>
                                <th scope="col" class="num">{t!("analytics-redemptions")}</th>
                                <th scope="col" class="num">{t!("analytics-points")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </details>
                </figcaption>
            </figure>
        })
    };
    view! {
        <section aria-labelledby="rewards-heading">
            <h2 id="rewards-heading">{t!("analytics-rewards-title")}</h2>
            {body}
            <p><a href=csv download>{t!("analytics-rewards-csv")}</a></p>
        </section>
    }
}
