//! The redemptions CSV export for admins: RFC 4180 quoting, and cells that a spreadsheet would run as a
//! formula (starting with =, +, -, @, tab or CR) are prefixed with an apostrophe.

use crate::rewards::views::RedemptionView;
use time::{macros::format_description, OffsetDateTime};

/// Every redemption as CSV text with a header row.
pub fn redemptions(items: &[RedemptionView]) -> String {
    let mut out = String::from("id,created_at_utc,member,email,reward,kind,points,status,code,note,decided_at_utc\r\n");
    for r in items {
        let cells = [
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
        ];
        let line: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A time as `YYYY-MM-DD hh:mm:ss` (UTC), empty for none.
pub fn stamp(at: Option<i64>) -> String {
    at.and_then(|t| OffsetDateTime::from_unix_timestamp(t).ok())
        .and_then(|t| t.format(&format_description!("[year]-[month]-[day] [hour]:[minute]:[second]")).ok())
        .unwrap_or_default()
}

/// One CSV cell: quoted when needed, a would-be formula prefixed with an apostrophe.
pub fn cell(raw: &str) -> String {
    let guarded = if raw.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{raw}") } else { raw.to_string() };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rewards::domain::{RedemptionStatus, RewardKind};

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-5"), "'-5");
    }

    #[test]
    fn one_row_per_redemption_after_the_header() {
        let r = RedemptionView {
            id: 7,
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
        let csv = redemptions(&[r]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[1], "7,1970-01-01 00:00:00,Ada,ada@example.com,\"Mug, blue\",physical,300,fulfilled,,Shipped,1970-01-02 00:00:00");
    }
}
