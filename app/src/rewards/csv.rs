//! The redemptions CSV export for admins, written by [`crate::common::csv`] (quoted where needed, formulas
//! defused).

use crate::{
    common::csv::{failed, stamp, Download, Sheet},
    db::Db,
    rewards::{repo::lists, views::RedemptionView},
};
use axum::response::Response;

/// Every redemption as CSV text with a header row.
pub fn redemptions(items: &[RedemptionView]) -> Result<String, csv::Error> {
    let mut sheet = Sheet::default();
    sheet.text(&[
        "id",
        "created_at_utc",
        "member",
        "email",
        "reward",
        "kind",
        "points",
        "status",
        "code",
        "note",
        "decided_at_utc",
    ])?;
    for r in items {
        sheet.text(&[
            r.id.to_string(),
            stamp(Some(r.created_at)),
            r.member_name.clone(),
            r.member_email.clone(),
            r.reward_title.clone(),
            r.kind.as_str().to_string(),
            r.cost.to_string(),
            r.status.as_str().to_string(),
            r.code.clone().unwrap_or_default(),
            r.note.clone(),
            stamp(r.decided_at),
        ])?;
    }
    sheet.finish()
}

/// `/admin/redemptions.csv`: every redemption. The caller has checked that an admin asks.
pub async fn download(db: &Db) -> Result<Download, Response> {
    let fail = |e: &dyn std::fmt::Display| {
        tracing::error!(error = %e, "redemptions export failed");
        failed()
    };
    let items = lists::export(db).await.map_err(|e| fail(&e))?;
    let text = redemptions(&items).map_err(|e| fail(&e))?;
    Ok(Download { filename: "redemptions.csv".into(), text })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rewards::domain::{RedemptionStatus, RewardKind};

    #[test]
    fn one_row_per_redemption_after_the_header() {
        let r = RedemptionView {
            id: 7,
            member_id: 3,
            reward_id: 2,
            reward_title: "Mug, blue".into(),
            kind: RewardKind::Physical,
            cost: 300,
            status: RedemptionStatus::Fulfilled,
            code: None,
            note: "Shipped".into(),
            member_name: "Ada".into(),
            member_email: "ada@example.com".into(),
            created_at: 0,
            decided_at: Some(86_400),
        };
        let csv = redemptions(&[r]).unwrap();
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[1], "7,1970-01-01 00:00:00,Ada,ada@example.com,\"Mug, blue\",physical,300,fulfilled,,Shipped,1970-01-02 00:00:00");
    }
}
