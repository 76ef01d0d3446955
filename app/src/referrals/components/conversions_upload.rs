use crate::{
    common::text::thousands,
    referrals::conversion::{UploadReport, MAX_ROWS},
    ui::RefusedLines,
};
use leptos::prelude::*;

/// "Report orders": paste rows or choose a CSV of referred friends' orders, preview what recording would do,
/// then record. A plain multipart form to `/admin/referrals/conversions`, with or without JavaScript; the
/// answer is the report of the upload just made, shown once above the form.
#[component]
pub fn ConversionsUpload(report: Option<UploadReport>, currency: String) -> impl IntoView {
    view! {
        {report.map(|r| view! { <UploadReportView r /> })}
        <h2 id="report-orders">"Report orders"</h2>
        <p id="orders-format" class="hint">
            "A header row naming the columns, then one order per line: "<code>"email"</code>" (the friend's), "
            <code>"code"</code>" (the referral code they used), "<code>"order_ref"</code>" (required: an order counts once however often it is sent), "
            <code>"amount"</code>{format!(" (in {currency}, like 49.90, optional). Give the email, the code, or both. ")}
            {format!("Up to {} orders at once. ", thousands(MAX_ROWS as i64))}
            "Preview tries every line and records nothing; orders recorded before are skipped, so an interrupted upload can simply be sent again."
        </p>
        <form method="post" action="/admin/referrals/conversions" enctype="multipart/form-data" aria-labelledby="report-orders">
            <div class="field">
                <label for="field-orders">"Paste rows"</label>
                <textarea id="field-orders" name="csv" rows="6" aria-describedby="orders-format"
                    placeholder="email,code,order_ref,amount\nada@example.com,,A-1001,49.90"></textarea>
            </div>
            <div class="field">
                <label for="field-orders-file">"Or choose a CSV file"</label>
                <input id="field-orders-file" type="file" name="file" accept=".csv,text/csv,text/plain" aria-describedby="orders-format" />
            </div>
            <div class="actions">
                <button type="submit" class="button secondary" name="mode" value="preview">"Preview"</button>
                <button type="submit" class="button" name="mode" value="record">"Record orders"</button>
            </div>
        </form>
    }
}

/// What the upload did (or, for a preview, would do).
#[component]
fn UploadReportView(r: UploadReport) -> impl IntoView {
    let verb = if r.dry_run { "would be recorded" } else { "recorded" };
    let summary = format!(
        "{} orders read: {} {verb}, {} recorded before, {} refused.{}",
        thousands(r.read as i64),
        thousands(r.recorded as i64),
        thousands(r.already as i64),
        thousands(r.refused_total as i64),
        if r.rewarded > 0 { format!(" Referrers rewarded: {}.", thousands(r.rewarded as i64)) } else { String::new() },
    );
    let more = (r.refused_total - r.refused.len()) as i64;
    let heading = if r.dry_run { "Preview: nothing was recorded" } else { "Orders recorded" };
    let kind = if r.refused_total == 0 { "alert ok" } else { "alert info" };
    let preview = (!r.preview.is_empty()).then(|| {
        view! {
            <div class="table-scroll">
                <table class="data">
                    <caption>{if r.dry_run { "The first orders that would be recorded" } else { "The first orders recorded" }}</caption>
                    <thead><tr>
                        <th scope="col">"Line"</th><th scope="col">"Email"</th><th scope="col">"Code"</th>
                        <th scope="col">"Order"</th><th scope="col">"Amount"</th>
                    </tr></thead>
                    <tbody>
                        {r.preview.into_iter().map(|p| view! {
                            <tr><td>{p.line}</td><td>{p.email}</td><td>{p.code}</td><td>{p.order_ref}</td><td>{p.amount}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    });
    view! {
        <section class="batch-report" id="conversions-report" aria-labelledby="conversions-report-title">
            <h2 id="conversions-report-title">{heading}</h2>
            <p class=kind role="status">{summary}</p>
            {preview}
            <RefusedLines refused=r.refused more what="Order" />
        </section>
    }
}
