//! Reading a CSV of people to invite: one per line, `email, name, role` (name and role optional), with or
//! without a header row. Each bad line is refused with its number and reason; the others go on.

use super::domain::{Invitee, RefusedLine, MAX_ROWS};
use crate::common::upload::{self, Lines};
use std::collections::HashMap;

/// The lines that can be invited, and those that cannot.
#[derive(Debug, Default)]
pub struct Sheet {
    pub rows: Vec<(u64, Invitee)>,
    pub refused: Vec<RefusedLine>,
    /// Data rows read (the header is not counted).
    pub read: usize,
}

/// Which column holds what.
struct Columns {
    email: usize,
    name: Option<usize>,
    role: Option<usize>,
}

/// Reads an uploaded file or pasted text. Refuses the whole of it only when it is not UTF-8 text, has no
/// rows, or has more than [`MAX_ROWS`].
pub fn read(bytes: &[u8]) -> Result<Sheet, String> {
    let text = upload::text(bytes, "Nobody was invited.")?;
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut sheet = Sheet::default();
    let mut columns = Columns { email: 0, name: Some(1), role: Some(2) };
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut lines = Lines::new(text);
    for (index, record) in reader.records().enumerate() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.at(p.byte()));
                sheet.read += 1;
                sheet.refused.push(RefusedLine {
                    line,
                    text: String::new(),
                    reason: format!("This line could not be read: {e}."),
                });
                continue;
            }
        };
        let line = record.position().map_or(index as u64 + 1, |p| lines.at(p.byte()));
        if record.iter().all(str::is_empty) {
            continue;
        }
        if index == 0 {
            if let Some(header) = header(&record) {
                columns = header;
                continue;
            }
        }
        sheet.read += 1;
        if sheet.read > MAX_ROWS {
            return Err(format!(
                "The file has more than {} rows; split it and upload each part. Nobody was invited.",
                crate::common::text::thousands(MAX_ROWS as i64)
            ));
        }
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("");
        let written = cell(Some(columns.email)).to_string();
        match Invitee::parse(&written, cell(columns.name), cell(columns.role)) {
            Err(e) => sheet.refused.push(RefusedLine { line, text: written, reason: e.message }),
            Ok(invitee) => match seen.get(invitee.email.as_str()) {
                Some(first) => sheet.refused.push(RefusedLine {
                    line,
                    text: written,
                    reason: format!("This address is on line {first} already."),
                }),
                None => {
                    seen.insert(invitee.email.as_str().to_string(), line);
                    sheet.rows.push((line, invitee));
                }
            },
        }
    }
    if sheet.read == 0 {
        return Err(
            "The file has no rows. Put one person per line: email, name, role (name and role may be left out).".into(),
        );
    }
    Ok(sheet)
}

/// The columns named by a header row, when the first row is one (it has a cell called "email").
fn header(record: &csv::StringRecord) -> Option<Columns> {
    let names: Vec<String> = record.iter().map(upload::column_name).collect();
    let find = |wanted: &[&str]| names.iter().position(|n| wanted.contains(&n.as_str()));
    let email = find(&["email", "e mail", "email address"])?;
    Some(Columns { email, name: find(&["name", "display name", "full name"]), role: find(&["role"]) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::domain::Role;

    #[test]
    fn rows_are_read_with_or_without_a_header_and_in_any_column_order() {
        let plain = read(b"ada@example.com,Ada,moderator\nbea@example.com\n").unwrap();
        assert_eq!(plain.read, 2);
        assert_eq!(plain.rows[0].1.role, Role::Moderator);
        assert_eq!(plain.rows[1].1.name, None);

        let headed = read("\u{feff}Role,Display name,E-mail\r\nadmin,Cy,cy@example.com\r\n".as_bytes()).unwrap();
        assert_eq!(headed.read, 1);
        let (line, cy) = &headed.rows[0];
        assert_eq!((*line, cy.email.as_str(), cy.role), (2, "cy@example.com", Role::Admin));
        assert_eq!(cy.name.as_ref().map(|n| n.as_str()), Some("Cy"));
    }

    #[test]
    fn bad_lines_are_refused_by_number_and_the_good_ones_stay() {
        let sheet = read(b"email,name,role\nada@example.com,Ada\nnot-an-address,X\n\nADA@example.com,Again\nbo@example.com,,chief\nok@example.com\n").unwrap();
        assert_eq!(sheet.read, 5);
        let good: Vec<_> = sheet.rows.iter().map(|(l, i)| (*l, i.email.as_str().to_string())).collect();
        assert_eq!(good, vec![(2, "ada@example.com".to_string()), (7, "ok@example.com".to_string())]);
        let refused: Vec<_> = sheet.refused.iter().map(|r| (r.line, r.text.as_str())).collect();
        assert_eq!(refused, vec![(3, "not-an-address"), (5, "ADA@example.com"), (6, "bo@example.com")]);
        assert_eq!(sheet.refused[1].reason, "This address is on line 2 already.");
        assert!(sheet.refused[2].reason.contains("\"chief\" is not a role"));
    }

    #[test]
    fn an_empty_or_oversized_file_is_refused_whole() {
        assert!(read(b"").unwrap_err().contains("no rows"));
        assert!(read(b"email,name\n\n").unwrap_err().contains("no rows"));
        let big: String = (0..=MAX_ROWS).map(|i| format!("p{i}@example.com\n")).collect();
        assert!(read(big.as_bytes()).unwrap_err().contains("more than 10,000 rows"));
        let full: String = (0..MAX_ROWS).map(|i| format!("p{i}@example.com\n")).collect();
        assert_eq!(read(full.as_bytes()).unwrap().rows.len(), MAX_ROWS);
        assert!(read(b"caf\xe9@example.com\n").unwrap_err().contains("not UTF-8"));
    }
}
