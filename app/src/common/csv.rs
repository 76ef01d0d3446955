//! CSV for the admin downloads: one writer for every export. The `csv` crate quotes a cell only when it needs it
//! (RFC 4180) and ends lines with CRLF; text cells that a spreadsheet would run as a formula are defused first.

use axum::{
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};
use std::borrow::Cow;
use time::{macros::format_description, OffsetDateTime};

/// CSV text being written, a row at a time.
pub struct Sheet(csv::Writer<Vec<u8>>);

impl Default for Sheet {
    fn default() -> Sheet {
        // Flexible: rows may be shorter than the header (a young cohort has fewer months behind it).
        let writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).flexible(true).from_writer(Vec::new());
        Sheet(writer)
    }
}

impl Sheet {
    /// A row of text cells, each defused.
    pub fn text<S: AsRef<str>>(&mut self, cells: &[S]) -> Result<(), csv::Error> {
        self.row(cells, &[])
    }

    /// A row of text cells (defused), then figures written as they are, so that a spreadsheet reads -2 as a
    /// number rather than as a defused formula ('-2).
    pub fn row<S: AsRef<str>>(&mut self, text: &[S], figures: &[String]) -> Result<(), csv::Error> {
        let text = text.iter().map(|c| defuse(c.as_ref()));
        let cells: Vec<Cow<str>> = text.chain(figures.iter().map(|f| Cow::Borrowed(f.as_str()))).collect();
        self.0.write_record(cells.iter().map(|c| c.as_bytes()))
    }

    /// The text written.
    pub fn finish(self) -> Result<String, csv::Error> {
        let bytes = self.0.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
        // Every cell was a `str`, so the bytes are UTF-8 and nothing is replaced.
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets an apostrophe
/// in front.
pub fn defuse(raw: &str) -> Cow<'_, str> {
    if raw.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{raw}"))
    } else {
        Cow::Borrowed(raw)
    }
}

/// A time as `YYYY-MM-DD hh:mm:ss` (UTC), empty for none.
pub fn stamp(at: Option<i64>) -> String {
    at.and_then(|t| OffsetDateTime::from_unix_timestamp(t).ok())
        .and_then(|t| t.format(&format_description!("[year]-[month]-[day] [hour]:[minute]:[second]")).ok())
        .unwrap_or_default()
}

/// A CSV file for the browser to save: `text/csv`, an attachment named `filename`, never cached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    pub filename: String,
    pub text: String,
}

impl IntoResponse for Download {
    fn into_response(self) -> Response {
        let disposition = format!("attachment; filename=\"{}\"", self.filename);
        let headers = [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ];
        (headers, self.text).into_response()
    }
}

/// A line of plain text instead of the file (a refusal, a bad parameter, a failure), never cached.
pub fn refusal(status: StatusCode, text: impl Into<String>) -> Response {
    (status, [(header::CACHE_CONTROL, "no-store")], text.into()).into_response()
}

/// The refusal for a failure, after it was logged: no detail for the person asking.
pub fn failed() -> Response {
    refusal(StatusCode::INTERNAL_SERVER_ERROR, format!("{}\n", crate::t!("common-export-failed")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &[&str], figures: &[&str]) -> String {
        let mut sheet = Sheet::default();
        sheet.row(text, &figures.iter().map(|f| f.to_string()).collect::<Vec<_>>()).unwrap();
        sheet.finish().unwrap()
    }

    /// One cell as the writer puts it in a row (of two, since a lone empty cell is written as `""`).
    fn cell(raw: &str) -> String {
        line(&[raw, ""], &[]).strip_suffix(",\r\n").unwrap().to_string()
    }

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-5"), "'-5");
    }

    #[test]
    fn cells_are_quoted_only_when_needed_and_formulas_defused() {
        assert_eq!(line(&["plain", "", " spaced "], &[]), "plain,, spaced \r\n");
        assert_eq!(line(&["a,b"], &[]), "\"a,b\"\r\n");
        assert_eq!(line(&["say \"hi\""], &[]), "\"say \"\"hi\"\"\"\r\n");
        assert_eq!(line(&["two\nlines", "cr\r"], &[]), "\"two\nlines\",\"cr\r\"\r\n");
        assert_eq!(line(&["=HYPERLINK(\"x\")"], &[]), "\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        assert_eq!(line(&["-5", "+1", "@a", "\tx"], &[]), "'-5,'+1,'@a,'\tx\r\n");
        assert_eq!(line(&["\rx"], &[]), "\"'\rx\"\r\n");
    }

    #[test]
    fn figures_go_out_as_they_are() {
        assert_eq!(line(&["-2"], &["-2", "", "33.3"]), "'-2,-2,,33.3\r\n");
        assert_eq!(line(&[], &["", ""]), ",\r\n");
    }

    #[test]
    fn stamps_are_utc_seconds() {
        assert_eq!(stamp(Some(86_400)), "1970-01-02 00:00:00");
        assert_eq!(stamp(None), "");
    }
}
