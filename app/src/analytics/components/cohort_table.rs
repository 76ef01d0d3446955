use crate::{
    analytics::domain::{percent_text, shade, CohortRow, COHORT_MONTHS},
    common::dates::month_label,
};
use leptos::prelude::*;

/// Monthly retention: for each sign-up month, the share of its members active in each month since. Cells are
/// shaded by the share (the number is always written too).
#[component]
pub fn CohortTable(rows: Vec<CohortRow>, csv: String) -> impl IntoView {
    let head = (0..COHORT_MONTHS)
        .map(|k| view! { <th scope="col" class="num">{if k == 0 { "Sign-up month".to_string() } else { format!("+{k}") }}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|r| {
            let cells = (0..COHORT_MONTHS as usize)
                .map(|k| match r.shares.get(k) {
                    Some(share) => {
                        view! { <td class=format!("num heat-{}", shade(*share))>{percent_text(*share)}</td> }.into_any()
                    }
                    None => view! { <td class="future"></td> }.into_any(),
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{month_label(r.month)}</th>
                    <td class="num">{r.size}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="retention-heading">
            <h2 id="retention-heading">"Retention"</h2>
            <p id="retention-note">
                "Members who signed up in each month, and the share of them who posted, submitted a story or redeemed a reward in that month and in each month after it."
            </p>
            <div class="table-scroll">
                <table class="data cohorts" aria-describedby="retention-note">
                    <caption>"Retention by sign-up month (last 12 months)"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Signed up"</th>
                            <th scope="col" class="num">"Members"</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <p><a href=csv download>"Download the retention table (CSV)"</a></p>
        </section>
    }
}
