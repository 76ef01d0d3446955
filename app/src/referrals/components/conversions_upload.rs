use crate::{
    referrals::conversion::{UploadReport, MAX_ROWS},
    t,
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
        <h2 id="report-orders">{t!("referrals-report-title")}</h2>
        <p id="orders-format" class="hint">
            {format!("{} ", t!("referrals-report-format"))}<code>"email"</code>{format!(" {}, ", t!("referrals-report-email"))}
            <code>"code"</code>{format!(" {}, ", t!("referrals-report-code"))}
            <code>"order_ref"</code>{format!(" {}, ", t!("referrals-report-order"))}
            <code>"amount"</code>{format!(" {} ", t!("referrals-report-amount", currency = currency))}
            {format!("{} ", t!("referrals-report-max", count = MAX_ROWS))}
            {t!("referrals-report-preview")}
        </p>
        <form method="post" action="/admin/referrals/conversions" enctype="multipart/form-data" aria-labelledby="report-orders">
            <div class="field">
                <label for="field-orders">{t!("referrals-report-paste")}</label>
                <textarea id="field-orders" name="csv" rows="6" aria-describedby="orders-format"
                    placeholder="email,code,order_ref,amount\nada@example.com,,A-1001,49.90"></textarea>
            </div>
            <div class="field">
                <label for="field-orders-file">{t!("referrals-report-file")}</label>
                <input id="field-orders-file" type="file" name="file" accept=".csv,text/csv,text/plain" aria-describedby="orders-format" />
            </div>
            <div class="actions">
                <button type="submit" class="button secondary" name="mode" value="preview">{t!("referrals-report-preview-button")}</button>
                <button type="submit" class="button" name="mode" value="record">{t!("referrals-report-record")}</button>
            </div>
        </form>
    }
}

/// What the upload did (or, for a preview, would do).
#[component]
fn UploadReportView(r: UploadReport) -> impl IntoView {
    let (read, recorded, already, refused) = (r.read, r.recorded, r.already, r.refused_total);
    let mut summary = if r.dry_run {
        t!("referrals-upload-preview-summary", read = read, recorded = recorded, already = already, refused = refused)
    } else {
        t!("referrals-upload-summary", read = read, recorded = recorded, already = already, refused = refused)
    };
    if r.rewarded > 0 {
        summary = format!("{summary} {}", t!("referrals-upload-rewarded", count = r.rewarded));
    }
    let more = (r.refused_total - r.refused.len()) as i64;
    let (heading, caption) = if r.dry_run {
        (t!("referrals-upload-preview-title"), t!("referrals-upload-preview-caption"))
    } else {
        (t!("referrals-upload-title"), t!("referrals-upload-caption"))
    };
    let kind = if r.refused_total == 0 { "alert ok" } else { "alert info" };
    let preview = (!r.preview.is_empty()).then(|| {
        view! {
            <div class="table-scroll">
                <table class="data">
                    <caption>{caption}</caption>
                    <thead><tr>
                        <th scope="col">{t!("referrals-col-line")}</th><th scope="col">{t!("referrals-col-email")}</th>
                        <th scope="col">{t!("referrals-col-code")}</th><th scope="col">{t!("referrals-col-order")}</th>
                        <th scope="col">{t!("referrals-col-amount")}</th>
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
            <RefusedLines refused=r.refused more what=t!("referrals-refused-order") />
        </section>
    }
}
