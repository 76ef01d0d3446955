//! Paging: how many pages a list fills, the page a form asks for, and the refusal past the end.

use crate::error::AppError;

/// The number of pages `total` items fill, at least one.
pub fn page_count(total: i64, per_page: u32) -> u32 {
    u32::try_from((total.max(1) - 1) / i64::from(per_page) + 1).unwrap_or(u32::MAX)
}

/// A page number from a form or URL: 0 reads as the first page.
pub fn page_or_first(page: u32) -> u32 {
    page.max(1)
}

/// The refusal for a page number past the end, naming the last page.
pub fn past_the_end(page: u32, last: u32) -> AppError {
    // As text: page numbers are not grouped like amounts.
    AppError::NotFound(crate::t!("error-that-page", page = page.to_string(), last = last.to_string()))
}
