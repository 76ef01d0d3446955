//! `/admin/nps/<id>/responses.csv`: one survey's answers as CSV, a plain link for admins. Cells are quoted and
//! defused against spreadsheet formulas by the rewards export's helpers.

use crate::{
    accounts::{domain::Role, guard::user_of},
    nps::{domain::Group, repo, views::CommentView},
    rewards::csv::{cell, stamp},
    state::AppState,
};
use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};

/// The answers as CSV text with a header row.
pub fn responses(items: &[CommentView]) -> String {
    let mut out = String::from("id,answered_at_utc,score,group,member,handle,comment\r\n");
    for r in items {
        let cells = [
            r.id.to_string(),
            stamp(Some(r.created_at)),
            r.score.to_string(),
            Group::of(r.score).as_str().to_string(),
            r.member_name.clone(),
            r.member_handle.clone(),
            r.comment.clone(),
        ];
        let line: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The handler: 401 for guests, 403 for anyone but admins, 404 for a survey that does not exist.
pub async fn handler(State(state): State<AppState>, session: tower_sessions::Session, Path(id): Path<i64>) -> Response {
    let failed = || (StatusCode::INTERNAL_SERVER_ERROR, "the export could not be built\n").into_response();
    match user_of(&session, &state).await {
        Err(_) => return failed(),
        Ok(None) => {
            return (StatusCode::UNAUTHORIZED, "sign in as an admin to export survey answers\n").into_response()
        }
        Ok(Some(u)) if !u.role.allows(Role::Admin) => {
            return (StatusCode::FORBIDDEN, "only admins can export survey answers\n").into_response()
        }
        Ok(Some(_)) => {}
    }
    let found = match repo::get(&state.db, id).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %e, survey_id = id, "survey export failed");
            return failed();
        }
    };
    if found.is_none() {
        return (StatusCode::NOT_FOUND, "no such survey\n").into_response();
    }
    match repo::export(&state.db, id).await {
        Ok(items) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"nps-survey-{id}.csv\"")),
                (header::CACHE_CONTROL, "no-store".to_string()),
            ],
            responses(&items),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, survey_id = id, "survey export failed");
            failed()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_answer_with_its_group_and_formulas_defused() {
        let r = CommentView {
            id: 3,
            score: 6,
            comment: "=1+1, \"meh\"".into(),
            member_name: "Ada".into(),
            member_handle: "ada".into(),
            created_at: 86_400,
        };
        let csv = responses(&[r]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "id,answered_at_utc,score,group,member,handle,comment");
        assert_eq!(lines[1], "3,1970-01-02 00:00:00,6,detractor,Ada,ada,\"'=1+1, \"\"meh\"\"\"");
    }
}
