//! Days and months in UTC: parsing a date input, naming a day, and counting months.

use crate::{common::field_error::FieldError, t};

/// Seconds in a UTC day.
pub const DAY: i64 = 86_400;

/// A day as `YYYY-MM-DD` (a date input), as the Unix time of its start in UTC; empty means none.
pub fn date(raw: &str, field: &'static str) -> Result<Option<i64>, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = raw.split('-').collect();
    let number = |i: usize, len: usize| parts.get(i).filter(|p| p.len() == len).and_then(|p| p.parse::<u16>().ok());
    let day = match (parts.len(), number(0, 4), number(1, 2), number(2, 2)) {
        (3, Some(y), Some(m), Some(d)) => time::Month::try_from(m as u8)
            .ok()
            .and_then(|m| time::Date::from_calendar_date(i32::from(y), m, d as u8).ok()),
        _ => None,
    };
    day.map(|d| Some(d.midnight().assume_utc().unix_timestamp()))
        .ok_or_else(|| FieldError::new(field, t!("common-date-format")))
}

/// `YYYY-MM-DD` of the UTC day `at` falls in.
pub fn iso_date(at: i64) -> String {
    match time::OffsetDateTime::from_unix_timestamp(at) {
        Ok(t) => format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day()),
        Err(_) => String::new(),
    }
}

/// "5 Mar 2026" for the UTC day `at` falls in.
pub fn date_label(at: i64) -> String {
    match time::OffsetDateTime::from_unix_timestamp(at) {
        Ok(t) => format!("{} {} {}", t.day(), &month_name(u8::from(t.month()))[..3], t.year()),
        Err(_) => String::new(),
    }
}

/// The calendar month (UTC) `at` falls in, numbered year * 12 + month - 1.
pub fn month_of(at: i64) -> i32 {
    let t = time::OffsetDateTime::from_unix_timestamp(at).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    t.year() * 12 + i32::from(u8::from(t.month())) - 1
}

/// The Unix time at which month `m` (numbered as in [`month_of`]) starts.
pub fn month_start(m: i32) -> i64 {
    let month = time::Month::try_from((m.rem_euclid(12) + 1) as u8).unwrap_or(time::Month::January);
    time::Date::from_calendar_date(m.div_euclid(12), month, 1)
        .map(|d| d.midnight().assume_utc().unix_timestamp())
        .unwrap_or(0)
}

/// The start (Unix time) of the UTC day `now` falls in: daily caps count from here.
pub fn day_start(now: i64) -> i64 {
    now.div_euclid(86_400) * 86_400
}

/// Start of the next UTC day: when a referral deferred by the daily cap is tried again.
pub fn next_day(now: i64) -> i64 {
    (now.div_euclid(86_400) + 1) * 86_400
}

pub fn month_name(m: u8) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES[usize::from(m.clamp(1, 12) - 1)]
}

/// "Mar 2026" for month `m` (numbered as in [`month_of`]).
pub fn month_label(m: i32) -> String {
    format!("{} {}", &month_name((m.rem_euclid(12) + 1) as u8)[..3], m.div_euclid(12))
}
