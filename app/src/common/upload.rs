//! Reading an uploaded CSV: the whole file is refused only when it cannot be text; each bad line is refused
//! by its number and reason, and the rest go on. Shared by every import (invitations, referral conversions).

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
    let text = std::str::from_utf8(bytes).map_err(|_| {
        format!("The file is not UTF-8 text: save it as \u{201c}CSV UTF-8\u{201d} and upload it again. {nothing}")
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The line number (from 1) of the record the reader placed at byte `at`. Counted here, because the reader's
/// own count misses lines that end in CR LF (as spreadsheets write them), and its position can sit on the
/// line breaks before the record (blank lines, the LF of a CR LF), which are skipped first.
pub fn line_at(text: &str, at: u64) -> u64 {
    let bytes = text.as_bytes();
    let mut at = usize::try_from(at).unwrap_or(usize::MAX).min(bytes.len());
    while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
        at += 1;
    }
    bytes[..at].iter().filter(|b| **b == b'\n').count() as u64 + 1
}

/// A header cell as a name to compare: lower case, with `_` and `-` read as spaces.
pub fn column_name(cell: &str) -> String {
    cell.trim().to_lowercase().replace(['_', '-'], " ")
}
