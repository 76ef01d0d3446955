//! `POST /admin/referrals/conversions`: a CSV of referred friends' orders, pasted or as a file, from a plain
//! multipart form (so it works without JavaScript). `mode=preview` tries every row and writes nothing;
//! anything else records them. The report is kept in the admin's session and shown once on
//! `/admin/referrals?tab=customers`; a file that cannot be read at all is reported there the same way.

use super::upload::{admin_form, csv_of, text_of};
use app::{
    common::{csv::refusal, upload::RefusedLine},
    referrals::{
        api::{upload_conversions, REFUSALS_KEPT, UPLOAD_REPORT},
        conversion::UploadReport,
    },
    state::AppState,
};
use axum::{
    extract::{multipart::Multipart, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

pub async fn upload(State(state): State<AppState>, session: Session, form: Multipart) -> Response {
    let (admin, mut fields) = match admin_form(&state, &session, form, "record conversions").await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let dry_run = text_of(&fields, "mode") == "preview";
    let csv = csv_of(&mut fields);
    let mut report = match upload_conversions(&state, &admin, &csv, dry_run).await {
        Ok(report) => report,
        Err(app::error::AppError::Validation { message, .. }) => UploadReport {
            dry_run,
            refused: vec![RefusedLine { line: 0, text: String::new(), reason: message }],
            ..UploadReport::default()
        },
        Err(e) => {
            return refusal(
                StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                format!("{e}\n"),
            )
        }
    };
    report.refused_total = report.refused.len();
    report.refused.truncate(REFUSALS_KEPT);
    if let Err(e) = session.insert(UPLOAD_REPORT, report).await {
        tracing::error!(error = %e, "the upload's report could not be kept in the session");
    }
    Redirect::to("/admin/referrals?tab=customers#conversions-report").into_response()
}
