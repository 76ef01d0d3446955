//! `POST /unsubscribe?u=…&k=…&t=…`: the one-click unsubscribe of RFC 8058. A mail client sends it, with
//! `List-Unsubscribe=One-Click` in the body and no cookies, when the member presses "unsubscribe" beside
//! the email; the signed link is the only proof needed. (`GET` of the same address is the page with a
//! button, for people who click the link in the email.)

use app::state::AppState;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Link {
    u: i64,
    k: String,
    t: String,
}

pub async fn one_click(State(state): State<AppState>, Query(link): Query<Link>) -> Response {
    match app::notifications::courier::unsubscribe(&state.db, link.u, &link.k, &link.t).await {
        Ok(list) => {
            (StatusCode::OK, format!("Unsubscribed: no more emails for “{}”.\n", list.label(app::i18n::Lang::En)))
                .into_response()
        }
        Err(e) => {
            (StatusCode::from_u16(e.status()).unwrap_or(StatusCode::BAD_REQUEST), format!("{e}\n")).into_response()
        }
    }
}
