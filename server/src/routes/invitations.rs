//! `POST /admin/invitations/upload`: a CSV of people to invite, pasted or as a file, from a plain multipart
//! form (so it works without JavaScript). The answer is a redirect to the upload's report.

use app::{
    accounts::{domain::Role, guard::user_of},
    common::csv::refusal,
    state::AppState,
};
use axum::{
    extract::{multipart::Multipart, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

pub async fn upload(State(state): State<AppState>, session: Session, mut form: Multipart) -> Response {
    let admin = match user_of(&session, &state).await {
        Err(e) => {
            return refusal(
                StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                format!("{e}\n"),
            )
        }
        Ok(None) => return refusal(StatusCode::UNAUTHORIZED, "sign in as an admin to invite people\n"),
        Ok(Some(u)) if !u.role.allows(Role::Admin) => {
            return refusal(StatusCode::FORBIDDEN, "only admins can invite people\n")
        }
        Ok(Some(u)) => u,
    };
    let (mut pasted, mut file, mut group) = (Vec::new(), Vec::new(), String::new());
    loop {
        let field = match form.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return unreadable(&e),
        };
        let name = field.name().unwrap_or_default().to_string();
        let bytes = match field.bytes().await {
            Ok(bytes) => bytes,
            Err(e) => return unreadable(&e),
        };
        match name.as_str() {
            "csv" => pasted = bytes.to_vec(),
            "file" => file = bytes.to_vec(),
            "group" => group = String::from_utf8_lossy(&bytes).trim().to_string(),
            _ => {}
        }
    }
    // A chosen file wins over pasted rows; a form with neither gets the "no rows" report.
    let upload = if file.is_empty() { pasted } else { file };
    match app::invitations::send::invite_sheet(&state, &admin, &upload, &group).await {
        Ok(batch) => Redirect::to(&format!("/admin/invitations?batch={batch}")).into_response(),
        Err(e) => {
            refusal(StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR), format!("{e}\n"))
        }
    }
}

fn unreadable(e: &axum::extract::multipart::MultipartError) -> Response {
    refusal(
        e.status(),
        format!(
            "The upload could not be read ({}). A file larger than the server accepts (--max-body-bytes) is refused; split it and upload each part.\n",
            e.body_text()
        ),
    )
}
