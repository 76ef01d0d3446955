//! Paging: how many pages a list fills.

/// The number of pages `total` items fill, at least one.
pub fn page_count(total: i64, per_page: u32) -> u32 {
    u32::try_from((total.max(1) - 1) / i64::from(per_page) + 1).unwrap_or(u32::MAX)
}
