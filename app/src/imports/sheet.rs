//! Reading an import's CSV: a header row naming the columns (in any order, by any of their names), then one
//! row per line. Each bad line is refused with its number and reason; the others go on.

use crate::{
    common::upload::{self, RefusedLine},
    imports::domain::{Kind, Row, MAX_ROWS},
    t,
};
use std::collections::HashMap;

/// The lines that can be imported, and those that cannot.
#[derive(Debug, Default)]
pub struct Sheet {
    pub rows: Vec<(u64, Row)>,
    pub refused: Vec<RefusedLine>,
    /// Data rows read (the header is not counted).
    pub read: usize,
}

/// The position of each column the header names, by [`crate::imports::domain::Column::name`], and the
/// number of cells it has.
struct Columns {
    at: HashMap<&'static str, usize>,
    width: usize,
}

impl upload::Header for Columns {
    fn width(&self) -> usize {
        self.width
    }

    fn label(&self, cells: &csv::StringRecord) -> String {
        cells.get(0).unwrap_or_default().to_string()
    }
}

/// Reads a `kind` upload. Refuses the whole of it only when it is not UTF-8 text, its first line does not
/// name the columns the kind needs, it has no rows, or it has more than [`MAX_ROWS`].
pub fn read(kind: Kind, bytes: &[u8]) -> Result<Sheet, String> {
    let needs = needs(kind);
    let nothing = t!("imports-nothing-imported");
    let limits = upload::Limits { max_rows: MAX_ROWS, what: "rows", nothing: &nothing, needs: &needs, tip: "" };
    let mut sheet = Sheet::default();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let (read, refused) = upload::read_csv(
        bytes,
        &limits,
        |first| header(kind, first),
        |columns, line, record| {
            let cell = |name: &str| columns.at.get(name).and_then(|i| record.get(*i)).unwrap_or_default().to_string();
            let mut row = match Row::parse(kind, &cell) {
                Ok(row) => row,
                Err(reason) => {
                    let text = upload::Header::label(columns, record);
                    return sheet.refused.push(RefusedLine { line, text, reason });
                }
            };
            if let Row::Testimonial(t) = &mut row {
                if t.key.is_empty() {
                    t.key = digest(&[t.email.as_str(), &t.draft.title, &t.draft.body]);
                }
            }
            match seen.get(&row.identity()) {
                Some(earlier) => {
                    sheet.refused.push(RefusedLine { line, text: row.label(), reason: row.repeat(*earlier) })
                }
                None => {
                    seen.insert(row.identity(), line);
                    sheet.rows.push((line, row));
                }
            }
        },
    )?;
    sheet.read = read;
    sheet.refused.extend(refused);
    sheet.refused.sort_by_key(|r| r.line);
    Ok(sheet)
}

fn header(kind: Kind, record: &csv::StringRecord) -> Result<Columns, String> {
    let names: Vec<String> = record.iter().map(upload::column_name).collect();
    let mut at = HashMap::new();
    for column in kind.columns() {
        match names.iter().position(|n| column.aliases.contains(&n.as_str())) {
            Some(i) => {
                at.insert(column.name, i);
            }
            None if column.required => {
                return Err(t!("imports-column-missing", column = column.name, needs = needs(kind)))
            }
            None => {}
        }
    }
    Ok(Columns { at, width: names.len() })
}

/// The columns a kind needs and may have, for a refusal of the whole file.
fn needs(kind: Kind) -> String {
    let list = |required: bool| {
        kind.columns().iter().filter(|c| c.required == required).map(|c| c.name).collect::<Vec<_>>().join(", ")
    };
    let optional = list(false);
    if optional.is_empty() {
        t!("imports-needs", kind = kind.as_str(), columns = list(true))
    } else {
        t!("imports-needs-optional", kind = kind.as_str(), columns = list(true), optional = optional)
    }
}

/// A key for a row the file gave none: the SHA-256 of its parts, joined by zero bytes.
fn digest(parts: &[&str]) -> String {
    crate::accounts::tokens::digest(&parts.join("\0"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_read_by_their_header_and_bad_or_repeated_lines_refused_by_number() {
        let text = "\u{feff}Points,E-mail,Key\r\n100,ada@example.com,k1\r\nx,bea@example.com,k2\r\n\r\n5,cy@example.com,k1\r\n7,dee@example.com,k4,extra\r\n9,eve@example.com,\r\n";
        let sheet = read(Kind::Balances, text.as_bytes()).unwrap();
        assert_eq!(sheet.read, 5);
        let good: Vec<_> = sheet.rows.iter().map(|(l, r)| (*l, r.identity())).collect();
        assert_eq!(good, vec![(2, "k1".to_string()), (7, "eve@example.com".to_string())]);
        let refused: Vec<_> = sheet.refused.iter().map(|r| r.line).collect();
        assert_eq!(refused, vec![3, 5, 6]);
        assert_eq!(sheet.refused[1].reason, "The key k1 is on line 2 already (one opening balance per key).");
    }

    #[test]
    fn a_testimonial_without_a_key_is_keyed_by_its_content() {
        let text = "email,title,body,product,rating,consent\nada@example.com,One,Text,Boards,4,named\nada@example.com,One,Text,Boards,5,named\n";
        let sheet = read(Kind::Testimonials, text.as_bytes()).unwrap();
        assert_eq!(sheet.rows.len(), 1, "the same author, title and text is one testimonial");
        assert_eq!(sheet.rows[0].1.identity().len(), 64);
        assert_eq!(sheet.refused[0].line, 3);
    }

    #[test]
    fn a_file_without_the_needed_columns_or_rows_is_refused_whole() {
        let missing = read(Kind::Codes, b"reward,coupon_value\nX,1\n").unwrap_err();
        assert!(missing.contains("“code” is missing"), "{missing}");
        assert!(missing.contains("names reward, code"), "{missing}");
        assert!(read(Kind::Members, b"").unwrap_err().contains("no rows"));
        assert!(read(Kind::Members, b"email\n\n").unwrap_err().contains("no rows"));
        assert!(read(Kind::Members, b"email\n\xff\n").unwrap_err().contains("not UTF-8"));
    }
}
