//! Reading a CSV of conversions: a header row naming the columns (`email`, `code`, `order_ref`, `amount`,
//! `currency`; `order_ref` and one of `email` / `code` are needed), then one order per line. Each bad line is
//! refused with its number and reason; the others go on.

use crate::{
    common::upload::{self, RefusedLine},
    referrals::conversion::{Conversion, ConversionForm, MAX_ROWS},
    t,
};
use std::collections::HashMap;

/// The lines that can be recorded, and those that cannot.
#[derive(Debug, Default)]
pub struct Sheet {
    pub rows: Vec<(u64, Conversion)>,
    pub refused: Vec<RefusedLine>,
    /// Data rows read (the header is not counted).
    pub read: usize,
}

struct Columns {
    email: Option<usize>,
    code: Option<usize>,
    order_ref: usize,
    amount: Option<usize>,
    currency: Option<usize>,
    /// Cells the header names: a line with more was split by a stray comma (`1,000`).
    width: usize,
}

impl upload::Header for Columns {
    fn width(&self) -> usize {
        self.width
    }

    fn label(&self, cells: &csv::StringRecord) -> String {
        cells.get(self.order_ref).unwrap_or_default().to_string()
    }
}

/// Reads an upload against the programme's `currency`. Refuses the whole of it only when it is not UTF-8
/// text, has no header naming the columns, has no rows, or has more than [`MAX_ROWS`].
pub fn read(bytes: &[u8], currency: &str) -> Result<Sheet, String> {
    let (what, nothing) = (t!("referrals-sheet-orders"), t!("referrals-sheet-nothing"));
    let (needs, tip) = (t!("referrals-sheet-needs"), t!("referrals-sheet-tip"));
    let limits = upload::Limits { max_rows: MAX_ROWS, what: &what, nothing: &nothing, needs: &needs, tip: &tip };
    let mut sheet = Sheet::default();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let named = |first: &csv::StringRecord| header(first).ok_or_else(|| t!("referrals-sheet-no-header"));
    let (read, refused) = upload::read_csv(bytes, &limits, named, |columns, line, record| {
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("").to_string();
        let form = ConversionForm {
            email: cell(columns.email),
            code: cell(columns.code),
            order_ref: cell(Some(columns.order_ref)),
            amount: cell(columns.amount),
            currency: cell(columns.currency),
        };
        let written = form.order_ref.clone();
        match Conversion::parse(&form, currency) {
            Err(e) => sheet.refused.push(RefusedLine { line, text: written, reason: e.message }),
            Ok(c) => match seen.get(&c.order_ref) {
                Some(first) => sheet.refused.push(RefusedLine {
                    line,
                    text: written,
                    reason: t!("referrals-sheet-duplicate", line = first.to_string()),
                }),
                None => {
                    seen.insert(c.order_ref.clone(), line);
                    sheet.rows.push((line, c));
                }
            },
        }
    })?;
    sheet.read = read;
    sheet.refused.extend(refused);
    sheet.refused.sort_by_key(|r| r.line);
    Ok(sheet)
}

fn header(record: &csv::StringRecord) -> Option<Columns> {
    let names: Vec<String> = record.iter().map(upload::column_name).collect();
    let find = |wanted: &[&str]| names.iter().position(|n| wanted.contains(&n.as_str()));
    let order_ref = find(&["order ref", "order", "order reference", "order id", "reference"])?;
    let email = find(&["email", "e mail", "email address", "friend email"]);
    let code = find(&["code", "referral code", "ref"]);
    (email.is_some() || code.is_some()).then(|| Columns {
        email,
        code,
        order_ref,
        amount: find(&["amount", "total", "value"]),
        currency: find(&["currency"]),
        width: names.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_are_read_by_their_header_and_bad_lines_refused_by_number() {
        let text = "\u{feff}Order ID,Email,Amount\r\nA-1,ada@example.com,49.90\r\nA-2,not-mail,10\r\n\r\nA-1,bea@example.com,5\r\nA-3,cy@example.com,1,000\r\nA-4,dee@example.com,\r\n";
        let sheet = read(text.as_bytes(), "USD").unwrap();
        assert_eq!(sheet.read, 5);
        let good: Vec<_> = sheet.rows.iter().map(|(l, c)| (*l, c.order_ref.as_str(), c.amount)).collect();
        assert_eq!(good, vec![(2, "A-1", Some(4990)), (7, "A-4", None)]);
        let refused: Vec<_> = sheet.refused.iter().map(|r| (r.line, r.text.as_str())).collect();
        assert_eq!(refused, vec![(3, "A-2"), (5, "A-1"), (6, "A-3")]);
        assert_eq!(sheet.refused[1].reason, "This order is on line 2 already.");
    }

    #[test]
    fn a_file_without_a_usable_header_or_rows_is_refused_whole() {
        assert!(read(b"ada@example.com,A-1\n", "USD").unwrap_err().contains("name the columns"));
        assert!(read(b"order_ref,amount\nA-1,5\n", "USD").unwrap_err().contains("name the columns"));
        assert!(read(b"", "USD").unwrap_err().contains("no rows"));
        assert!(read(b"code,order_ref\n\n", "USD").unwrap_err().contains("no orders"));
        assert!(read(b"code,order\n\xff\n", "USD").unwrap_err().contains("not UTF-8"));
    }
}
