//! The NPS trend: answers grouped by calendar month (UTC), months without answers kept as gaps so the line
//! shows them. Pure Rust, shared by server and browser; re-exported from `domain`.

use super::domain::NpsTally;
use crate::common::dates::month_of;
use serde::{Deserialize, Serialize};

/// One calendar month of answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthPoint {
    /// `YYYY-MM`.
    pub month: String,
    pub tally: NpsTally,
}

/// Months from the first answer's to the last one's, each with its tally. `counts` are (time, score, how
/// many) in any order, such as answers counted per day.
pub fn monthly(counts: &[(i64, i64, i64)]) -> Vec<MonthPoint> {
    let mut months: Vec<(i32, NpsTally)> = Vec::new();
    let mut sorted: Vec<_> = counts.iter().map(|&(at, score, n)| (month_of(at), score, n)).collect();
    sorted.sort_unstable();
    for (month, score, n) in sorted {
        match months.last() {
            None => months.push((month, NpsTally::default())),
            // Sorted, so the last month is never after this one; the months between are gaps.
            Some(&(mut last, _)) => {
                while last < month {
                    last += 1;
                    months.push((last, NpsTally::default()));
                }
            }
        }
        if let Some((_, tally)) = months.last_mut() {
            tally.add_many(score, n);
        }
    }
    months
        .into_iter()
        .map(|(m, tally)| MonthPoint { month: format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1), tally })
        .collect()
}
