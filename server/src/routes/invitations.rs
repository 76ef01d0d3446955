//! `POST /admin/invitations/upload`: a CSV of people to invite, pasted or as a file, from a plain multipart
//! form (so it works without JavaScript). The answer is a redirect to the upload's report.

use super::upload::{admin_form, csv_of, text_of};
use app::{common::csv::refusal, state::AppState};
use axum::{
    extract::{multipart::Multipart, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

pub async fn upload(State(state): State<AppState>, session: Session, form: Multipart) -> Response {
    let (admin, mut fields) = match admin_form(&state, &session, form, "invite people").await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let group = text_of(&fields, "group");
    // A form with neither a file nor pasted rows gets the "no rows" report.
    let upload = csv_of(&mut fields);
    match app::invitations::send::invite_sheet(&state, &admin, &upload, &group).await {
        Ok(batch) => Redirect::to(&format!("/admin/invitations?batch={batch}")).into_response(),
        Err(e) => {
            refusal(StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR), format!("{e}\n"))
        }
    }
}
