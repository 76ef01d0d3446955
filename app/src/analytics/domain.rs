//! The dashboard's arithmetic: which period is asked for, the one before it, rates with empty denominators,
//! changes, the retention cohorts and chart scaling. Pure but for the page's language (words and decimal
//! marks): it compiles to WASM too.

use crate::common::dates::DAY;
use crate::common::field_error::FieldError;
use crate::i18n::{self, Lang};
use crate::t;
use serde::{Deserialize, Serialize};

/// The preset periods, in days.
pub const PRESETS: [i64; 3] = [7, 30, 90];
/// The longest custom period: five years, leap days included.
pub const MAX_DAYS: i64 = 5 * 365 + 2;
/// Charts show at most this many points; longer periods are grouped into buckets of several days.
pub const MAX_POINTS: i64 = 92;
/// The retention table shows this many sign-up months, the current one included.
pub const COHORT_MONTHS: i32 = 12;

/// What the dashboard's address asks for: `?days=30`, or `?from=2026-01-01&to=2026-03-31` (both days included).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodQuery {
    #[serde(default)]
    pub days: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
}

impl PeriodQuery {
    /// The query string that asks for this period again (for links such as the CSV downloads).
    pub fn query_string(&self) -> String {
        if self.from.trim().is_empty() && self.to.trim().is_empty() {
            let days = if self.days.trim().is_empty() { "30" } else { self.days.trim() };
            format!("days={days}")
        } else {
            format!("from={}&to={}", self.from.trim(), self.to.trim())
        }
    }
}

/// A reporting period: whole UTC days from `start` (included) to `end` (excluded), in Unix seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: i64,
    pub end: i64,
}

impl Period {
    /// Parses the query against today (any instant of the current UTC day). Presets end with today; a custom
    /// range includes both of its days.
    pub fn parse(q: &PeriodQuery, now: i64) -> Result<Period, FieldError> {
        let (from, to) = (q.from.trim(), q.to.trim());
        if from.is_empty() && to.is_empty() {
            let days = match q.days.trim() {
                "" => 30,
                raw => raw
                    .parse::<i64>()
                    .ok()
                    .filter(|d| PRESETS.contains(d))
                    .ok_or_else(|| FieldError::new("days", t!("analytics-period-days")))?,
            };
            let end = now.div_euclid(DAY) * DAY + DAY;
            return Ok(Period { start: end - days * DAY, end });
        }
        let start = crate::common::dates::date(from, "from")?
            .ok_or_else(|| FieldError::new("from", t!("analytics-period-from")))?;
        let last =
            crate::common::dates::date(to, "to")?.ok_or_else(|| FieldError::new("to", t!("analytics-period-to")))?;
        if last < start {
            return Err(FieldError::new("to", t!("analytics-period-reversed")));
        }
        let period = Period { start, end: last + DAY };
        if period.days() > MAX_DAYS {
            return Err(FieldError::new("to", t!("analytics-period-too-long")));
        }
        Ok(period)
    }

    pub fn days(&self) -> i64 {
        (self.end - self.start) / DAY
    }

    /// The period of equal length just before this one.
    pub fn previous(&self) -> Period {
        Period { start: 2 * self.start - self.end, end: self.start }
    }

    /// Chart points are buckets of this many seconds: a day, or several days for long periods.
    pub fn bucket_secs(&self) -> i64 {
        let days = self.days().max(1);
        (days + MAX_POINTS - 1) / MAX_POINTS * DAY
    }

    /// How many chart buckets the period has.
    pub fn buckets(&self) -> usize {
        ((self.end - self.start + self.bucket_secs() - 1) / self.bucket_secs()).max(0) as usize
    }

    /// "1 Jan 2026 – 31 Mar 2026", the days written as the page's language writes them.
    pub fn label(&self) -> String {
        let lang = i18n::current();
        format!("{} – {}", i18n::format::date(lang, self.start), i18n::format::date(lang, self.end - DAY))
    }
}

/// `part ÷ whole` as a percentage; `None` when there is nothing to divide by.
pub fn percent(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}

/// `x` with one decimal and the decimal mark of the page's language: "33.3" in English, "33,3" in German.
pub fn one_decimal(x: f64) -> String {
    let text = format!("{x:.1}");
    match i18n::current() {
        Lang::De | Lang::Es => text.replace('.', ","),
        Lang::En | Lang::Ar => text,
    }
}

/// A percentage with one decimal, or a dash when there is none.
pub fn percent_text(p: Option<f64>) -> String {
    p.map_or_else(|| "–".to_string(), |p| format!("{} %", one_decimal(p)))
}

/// How a count moved against the previous period: "+3 (+25.0 %)", "−2 (−50.0 %)", "+4 (new)", "no change".
pub fn change_text(current: i64, previous: i64) -> String {
    let delta = current - previous;
    if delta == 0 {
        return t!("analytics-no-change");
    }
    let relative = match percent(delta.abs(), previous) {
        Some(p) => format!("{}{} %", sign(delta), one_decimal(p)),
        None => t!("analytics-new"),
    };
    format!("{}{} ({relative})", sign(delta), delta.abs())
}

/// How a rate moved, in percentage points: "+2.5 pts", "no change", or a dash when either is missing.
pub fn points_change_text(current: Option<f64>, previous: Option<f64>) -> String {
    match (current, previous) {
        (Some(c), Some(p)) => {
            let delta = ((c - p) * 10.0).round() / 10.0;
            if delta == 0.0 {
                t!("analytics-no-change")
            } else {
                let change = format!("{}{}", if delta > 0.0 { "+" } else { "−" }, one_decimal(delta.abs()));
                t!("analytics-points-change", change = change)
            }
        }
        _ => "–".to_string(),
    }
}

pub fn sign(n: i64) -> &'static str {
    if n < 0 {
        "−"
    } else {
        "+"
    }
}

/// The top of a chart's scale: the smallest 1, 2 or 5 × 10ⁿ at or above `max` (at least 1).
pub fn nice_max(max: i64) -> i64 {
    let mut step = 1;
    loop {
        for m in [1, 2, 5] {
            if step * m >= max {
                return step * m;
            }
        }
        step *= 10;
    }
}

/// SVG polyline points for `values` spread across `width`, 0 at the bottom of `height` and `top` at the top.
pub fn line_points(values: &[i64], width: f64, height: f64, top: i64) -> String {
    let top = top.max(1) as f64;
    let gap = if values.len() > 1 { width / (values.len() - 1) as f64 } else { 0.0 };
    values
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{:.1},{:.1}", i as f64 * gap, height - (*v as f64 / top) * height))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The length of a bar for `value` on a scale of `top` over `width`.
pub fn bar_length(value: i64, top: i64, width: f64) -> f64 {
    if top <= 0 {
        0.0
    } else {
        value.max(0) as f64 * width / top as f64
    }
}

/// One sign-up month's retention: its size and, for each month since (the sign-up month first), the share
/// of its members active then.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CohortRow {
    pub month: i32,
    pub size: i64,
    pub shares: Vec<Option<f64>>,
}

/// Builds the retention table for the [`COHORT_MONTHS`] months up to `current`: `sizes` are members who signed
/// up per month, `active` the (sign-up month, month, members active) counts. A month that has not happened
/// yet has no cell; a cohort of no members has dashes.
pub fn cohorts(current: i32, sizes: &[(i32, i64)], active: &[(i32, i32, i64)]) -> Vec<CohortRow> {
    (current - COHORT_MONTHS + 1..=current)
        .map(|month| {
            let size = sizes.iter().find(|(m, _)| *m == month).map_or(0, |(_, n)| *n);
            let shares = (month..=current)
                .map(|later| {
                    let n = active.iter().find(|(c, m, _)| *c == month && *m == later).map_or(0, |(_, _, n)| *n);
                    percent(n, size)
                })
                .collect();
            CohortRow { month, size, shares }
        })
        .collect()
}

/// How dark a retention cell is: 0 (none) to 5 (everyone), for the cell's class.
pub fn shade(share: Option<f64>) -> u8 {
    match share {
        None => 0,
        Some(s) if s <= 0.0 => 0,
        Some(s) => (s / 20.0).ceil().clamp(1.0, 5.0) as u8,
    }
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
