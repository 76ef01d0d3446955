//! `POST /admin/import/upload`: a CSV to import (members, balances, testimonials or reward codes), pasted or as a
//! file, from a plain multipart form (so it works without JavaScript). `mode=preview` runs every row and
//! keeps nothing; anything else imports. The report is kept in the admin's session and shown once on
//! `/admin/import?kind=…`; a file that cannot be read at all is reported there the same way.

use super::upload::{admin_form, csv_of, text_of};
use app::{
    common::{csv::refusal, upload::RefusedLine},
    imports::{
        api::{run, Context, IMPORT_REPORT},
        domain::{ImportReport, Kind, Options, REFUSALS_KEPT},
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
    let (admin, mut fields) = match admin_form(&state, &session, form, "import").await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let Some(kind) = Kind::parse(&text_of(&fields, "kind")) else {
        return refusal(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Say what to import: members, balances, testimonials or codes.\n",
        );
    };
    let options =
        Options { dry_run: text_of(&fields, "mode") == "preview", welcome: text_of(&fields, "welcome") == "1" };
    let csv = csv_of(&mut fields);
    let ctx = Context { db: &state.db, renderer: &state.renderer, mail: Some(&state.settings.mail) };
    let mut report = match run(&ctx, &admin, kind, &csv, options, &mut |_: usize| {}).await {
        Ok(report) => report,
        Err(app::error::AppError::Validation { message, .. }) => ImportReport {
            kind,
            dry_run: options.dry_run,
            refused: vec![RefusedLine { line: 0, text: String::new(), reason: message }],
            refused_total: 1,
            ..ImportReport::default()
        },
        Err(e) => {
            return refusal(
                StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                format!("{e}\n"),
            )
        }
    };
    report.refused.truncate(REFUSALS_KEPT);
    if let Err(e) = session.insert(IMPORT_REPORT, report).await {
        tracing::error!(error = %e, "the import's report could not be kept in the session");
    }
    Redirect::to(&format!("/admin/import?kind={}#import-report", kind.as_str())).into_response()
}
