//! Reading an uploaded CSV: the whole file is refused only when it cannot be text; each bad line is refused
//! by its number and reason, and the rest go on. Shared by every upload (invitations, referral conversions,
//! imports); [`read_csv`] reads the ones whose first line names the columns.

use crate::t;
use serde::{Deserialize, Serialize};

/// A line of an uploaded CSV that was not taken, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedLine {
    pub line: u64,
    /// What the line was about, as written (an address, an order reference), or empty when nothing could be read.
    pub text: String,
    pub reason: String,
}

/// The upload as text, without a byte-order mark; `nothing` ends the refusal ("Nobody was invited.").
pub fn text<'a>(bytes: &'a [u8], nothing: &str) -> Result<&'a str, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| t!("common-upload-not-utf8", nothing = nothing))?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Line numbers (from 1) of the records a CSV reader places, by byte position. Counted here, because the
/// reader's own count misses lines that end in CR LF (as spreadsheets write them), and its position can sit on
/// the line breaks before the record (blank lines, the LF of a CR LF), which are skipped first. Positions only
/// grow as a file is read, so each is counted on from the last: the file is scanned once, not once per line.
pub struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        Lines { bytes: text.as_bytes(), at: 0, line: 1 }
    }

    /// The number of the line the record at byte `at` starts on.
    pub fn at(&mut self, at: u64) -> u64 {
        let bytes = self.bytes;
        let mut at = usize::try_from(at).unwrap_or(usize::MAX).min(bytes.len());
        while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
            at += 1;
        }
        if at < self.at {
            (self.at, self.line) = (0, 1);
        }
        self.line += bytes[self.at..at].iter().filter(|b| **b == b'\n').count() as u64;
        self.at = at;
        self.line
    }
}

/// The line number of the one record at byte `at` (a reader of many records keeps a [`Lines`]).
pub fn line_at(text: &str, at: u64) -> u64 {
    Lines::new(text).at(at)
}

/// A header cell as a name to compare: lower case, with `_` and `-` read as spaces.
pub fn column_name(cell: &str) -> String {
    cell.trim().to_lowercase().replace(['_', '-'], " ")
}

/// What a CSV reader says about its rows: how many a file may hold, what they are ("orders"), how a refusal
/// of the whole file ends ("Nothing was recorded."), and the columns a file needs (for a file without rows).
#[cfg(feature = "ssr")]
pub struct Limits<'a> {
    pub max_rows: usize,
    pub what: &'a str,
    pub nothing: &'a str,
    pub needs: &'a str,
    /// Ends the reason a line with too many cells is refused (", and write amounts without …"), or "".
    pub tip: &'a str,
}

/// The header a reader found: how many cells it names, and what a line is about, for the list of refused lines.
#[cfg(feature = "ssr")]
pub trait Header {
    fn width(&self) -> usize;
    fn label(&self, cells: &csv::StringRecord) -> String;
}

/// Reads a CSV upload whose first line names the columns: `header` reads that line (or refuses the file),
/// then `each` is given every data line with its number; blank lines are skipped, a line the reader cannot
/// split or with more cells than the header names (a stray comma) is refused by its number. Returns the
/// data lines read and the lines refused here. Refuses the whole upload when it is not UTF-8 text, has no
/// lines or no data lines, or more than `limits.max_rows`.
#[cfg(feature = "ssr")]
pub fn read_csv<H: Header>(
    bytes: &[u8],
    limits: &Limits<'_>,
    header: impl FnOnce(&csv::StringRecord) -> Result<H, String>,
    mut each: impl FnMut(&H, u64, &csv::StringRecord),
) -> Result<(usize, Vec<RefusedLine>), String> {
    let text = text(bytes, limits.nothing)?;
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut lines = Lines::new(text);
    let columns = match records.next() {
        Some(Ok(first)) => header(&first)?,
        _ => return Err(t!("common-upload-no-rows", needs = limits.needs)),
    };
    let (mut read, mut refused) = (0, Vec::new());
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.at(p.byte()));
                read += 1;
                let reason = t!("common-upload-line-unreadable", error = e.to_string());
                refused.push(RefusedLine { line, text: String::new(), reason });
                continue;
            }
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        let line = record.position().map_or(0, |p| lines.at(p.byte()));
        read += 1;
        if read > limits.max_rows {
            let max = i64::try_from(limits.max_rows).unwrap_or(i64::MAX);
            return Err(t!("common-upload-too-many-rows", max = max, what = limits.what, nothing = limits.nothing));
        }
        if record.len() > columns.width() {
            let (cells, named) = (record.len() as i64, columns.width() as i64);
            let reason = t!("common-upload-too-many-cells", cells = cells, named = named, tip = limits.tip);
            refused.push(RefusedLine { line, text: columns.label(&record), reason });
            continue;
        }
        each(&columns, line, &record);
    }
    if read == 0 {
        return Err(t!("common-upload-no-data", what = limits.what));
    }
    Ok((read, refused))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_on_from_the_last_and_over_blank_lines_and_cr_lf() {
        let text = "a,b\r\n1,2\r\n\r\n3,4\n5,6";
        let mut lines = Lines::new(text);
        let starts: Vec<u64> = ["a,b", "1,2", "3,4", "5,6"].iter().map(|s| text.find(s).unwrap() as u64).collect();
        assert_eq!(starts.iter().map(|s| lines.at(*s)).collect::<Vec<_>>(), vec![1, 2, 4, 5]);
        // A reader's position on the break before a record, and one asked again out of order.
        assert_eq!(lines.at(starts[2] - 2), 4);
        assert_eq!(lines.at(starts[1]), 2);
        assert_eq!(line_at(text, starts[3]), 5);
    }
}
