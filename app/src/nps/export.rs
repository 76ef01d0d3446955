//! `/admin/nps/<id>/responses.csv`: one survey's answers as CSV, a plain link for admins, written by
//! [`crate::common::csv`] (quoted where needed, formulas defused).

use crate::{
    common::csv::{failed, refusal, stamp, Download, Sheet},
    db::Db,
    nps::{domain::Group, repo, views::CommentView},
};
use axum::{http::StatusCode, response::Response};

/// The answers as CSV text with a header row.
pub fn responses(items: &[CommentView]) -> Result<String, csv::Error> {
    let mut sheet = Sheet::default();
    sheet.text(&["id", "answered_at_utc", "score", "group", "member", "handle", "comment"])?;
    for r in items {
        sheet.text(&[
            r.id.to_string(),
            stamp(Some(r.created_at)),
            r.score.to_string(),
            Group::of(r.score).as_str().to_string(),
            r.member_name.clone(),
            r.member_handle.clone(),
            r.comment.clone(),
        ])?;
    }
    sheet.finish()
}

/// Survey `id`'s answers, or 404 for a survey that does not exist. The caller has checked that an admin asks.
pub async fn download(db: &Db, id: i64) -> Result<Download, Response> {
    let fail = |e: &dyn std::fmt::Display| {
        tracing::error!(error = %e, survey_id = id, "survey export failed");
        failed()
    };
    if repo::get(db, id).await.map_err(|e| fail(&e))?.is_none() {
        return Err(refusal(StatusCode::NOT_FOUND, "no such survey\n"));
    }
    let items = repo::export(db, id).await.map_err(|e| fail(&e))?;
    let text = responses(&items).map_err(|e| fail(&e))?;
    Ok(Download { filename: format!("nps-survey-{id}.csv"), text })
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
        let csv = responses(&[r]).unwrap();
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "id,answered_at_utc,score,group,member,handle,comment");
        assert_eq!(lines[1], "3,1970-01-02 00:00:00,6,detractor,Ada,ada,\"'=1+1, \"\"meh\"\"\"");
    }
}
