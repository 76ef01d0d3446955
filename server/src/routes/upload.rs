//! What every admin CSV upload route shares: the admin check and reading the plain multipart form (so the
//! upload works without JavaScript), with a refusal that says what went wrong.

use app::{
    accounts::{domain::CurrentUser, domain::Role, guard::user_of},
    common::csv::refusal,
    state::AppState,
};
use axum::{extract::multipart::Multipart, http::StatusCode, response::Response};
use std::collections::HashMap;
use tower_sessions::Session;

/// The signed-in admin and the form's fields by name, or the response refusing the upload. `what` ends the
/// refusal for a non-admin ("invite people").
pub async fn admin_form(
    state: &AppState,
    session: &Session,
    mut form: Multipart,
    what: &str,
) -> Result<(CurrentUser, HashMap<String, Vec<u8>>), Response> {
    let admin = match user_of(session, state).await {
        Err(e) => {
            return Err(refusal(
                StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                format!("{e}\n"),
            ))
        }
        Ok(None) => return Err(refusal(StatusCode::UNAUTHORIZED, format!("sign in as an admin to {what}\n"))),
        Ok(Some(u)) if !u.role.allows(Role::Admin) => {
            return Err(refusal(StatusCode::FORBIDDEN, format!("only admins can {what}\n")))
        }
        Ok(Some(u)) => u,
    };
    let mut fields = HashMap::new();
    loop {
        let field = match form.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return Err(unreadable(&e)),
        };
        let name = field.name().unwrap_or_default().to_string();
        match field.bytes().await {
            Ok(bytes) => fields.insert(name, bytes.to_vec()),
            Err(e) => return Err(unreadable(&e)),
        };
    }
    Ok((admin, fields))
}

/// The CSV of a form with a pasted `csv` field and a `file` field: a chosen file wins over pasted rows.
pub fn csv_of(fields: &mut HashMap<String, Vec<u8>>) -> Vec<u8> {
    match fields.remove("file").filter(|f| !f.is_empty()) {
        Some(file) => file,
        None => fields.remove("csv").unwrap_or_default(),
    }
}

/// A text field of the form, trimmed ("" when absent).
pub fn text_of(fields: &HashMap<String, Vec<u8>>, name: &str) -> String {
    fields.get(name).map(|b| String::from_utf8_lossy(b).trim().to_string()).unwrap_or_default()
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
