use crate::{common::text::thousands, invitations::domain::BatchReport, ui::When};
use leptos::{either::Either, prelude::*};

/// What an upload did: rows read, people invited, and each refused line with its reason.
#[component]
pub fn BatchReportView(report: BatchReport) -> impl IntoView {
    let refused = report.refused_total;
    let summary = format!(
        "{} rows read: {} invited, {} refused.",
        thousands(report.rows_read),
        thousands(report.invited),
        thousands(refused)
    );
    let more = refused - i64::try_from(report.refused.len()).unwrap_or(0);
    let kind = if refused == 0 { "alert ok" } else { "alert info" };
    view! {
        <section class="batch-report" aria-labelledby="batch-title">
            <h3 id="batch-title">"Upload of " <When at=report.created_at /></h3>
            <p class=kind role="status">{summary}</p>
            {if report.refused.is_empty() {
                Either::Left(())
            } else {
                Either::Right(view! {
                    <div class="table-scroll">
                        <table class="data">
                            <caption>"Refused lines"</caption>
                            <thead><tr><th scope="col">"Line"</th><th scope="col">"Address"</th><th scope="col">"Why"</th></tr></thead>
                            <tbody>
                                {report.refused.into_iter().map(|r| view! {
                                    <tr>
                                        <td>{if r.line == 0 { "The file".to_string() } else { r.line.to_string() }}</td>
                                        <td>{r.text}</td>
                                        <td>{r.reason}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {(more > 0).then(|| view! { <p class="hint">{format!("…and {} more refused lines.", thousands(more))}</p> })}
                })
            }}
        </section>
    }
}
