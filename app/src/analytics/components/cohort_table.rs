use crate::{
    analytics::domain::{percent_text, shade, CohortRow, COHORT_MONTHS},
    t,
};
use leptos::prelude::*;

/// Monthly retention: for each sign-up month, the share of its members active in each month since. Cells are
/// shaded by the share (the number is always written too).
#[component]
pub fn CohortTable(rows: Vec<CohortRow>, csv: String) -> impl IntoView {
    let head = (0..COHORT_MONTHS)
        .map(|k| view! { <th scope="col" class="num">{if k == 0 { t!("analytics-signup-month") } else { format!("+{k}") }}</th> })
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
                    <th scope="row">{crate::i18n::format::month(crate::i18n::current(), r.month)}</th>
                    <td class="num">{r.size}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="retention-heading">
            <h2 id="retention-heading">{t!("analytics-retention")}</h2>
            <p id="retention-note">{t!("analytics-retention-note")}</p>
            <div class="table-scroll">
                <table class="data cohorts" aria-describedby="retention-note">
                    <caption>{t!("analytics-retention-caption", months = COHORT_MONTHS)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!("analytics-signed-up")}</th>
                            <th scope="col" class="num">{t!("analytics-members")}</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <p><a href=csv download>{t!("analytics-retention-csv")}</a></p>
        </section>
    }
}
