use crate::{
    invitations::domain::BatchReport,
    t,
    ui::{RefusedLines, When},
};
use leptos::prelude::*;

/// What an upload did: rows read, people invited, and each refused line with its reason.
#[component]
pub fn BatchReportView(report: BatchReport) -> impl IntoView {
    let refused = report.refused_total;
    let summary = t!("invitations-batch-summary", rows = report.rows_read, invited = report.invited, refused = refused);
    let more = refused - i64::try_from(report.refused.len()).unwrap_or(0);
    let kind = if refused == 0 { "alert ok" } else { "alert info" };
    view! {
        <section class="batch-report" aria-labelledby="batch-title">
            <h3 id="batch-title">{t!("invitations-batch-title")}" "<When at=report.created_at /></h3>
            <p class=kind role="status">{summary}</p>
            <RefusedLines refused=report.refused more what=t!("invitations-address") />
        </section>
    }
}
