//! The dashboard's CSV downloads, one per table on the page, written by [`crate::common::csv`] (quoted where
//! needed, formulas defused: reward titles are written by people).

use crate::{
    analytics::figures::{figures, Dashboard},
    common::{
        csv::Sheet,
        dates::{iso_date, month_label},
    },
};

/// Which table to download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Figures,
    Trend,
    Rewards,
    Retention,
}

impl Table {
    pub fn parse(raw: &str) -> Option<Table> {
        match raw {
            "" | "figures" => Some(Table::Figures),
            "trend" => Some(Table::Trend),
            "rewards" => Some(Table::Rewards),
            "retention" => Some(Table::Retention),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Table::Figures => "figures",
            Table::Trend => "trend",
            Table::Rewards => "rewards",
            Table::Retention => "retention",
        }
    }
}

/// A number with at most one decimal: `3`, `33.3`, `-16.7`; empty when there is none.
fn number(v: Option<f64>) -> String {
    match v {
        None => String::new(),
        Some(v) if v.fract() == 0.0 => format!("{v:.0}"),
        Some(v) => format!("{v:.1}"),
    }
}

/// A row of text cells, then numbers. The numbers go out as they are, so a spreadsheet reads -2 as a number
/// rather than as a defused formula ('-2).
fn numbers(sheet: &mut Sheet, text: &[String], values: &[Option<f64>]) -> Result<(), csv::Error> {
    let values: Vec<String> = values.iter().map(|v| number(*v)).collect();
    sheet.row(text, &values)
}

/// The change relative to the previous value, in percent (one decimal); none when that was 0.
fn percent_change(now: f64, before: f64) -> Option<f64> {
    (before != 0.0).then(|| ((now - before) * 1000.0 / before).round() / 10.0)
}

/// The table as CSV text with a header row.
pub fn render(d: &Dashboard, table: Table) -> Result<String, csv::Error> {
    let mut sheet = Sheet::default();
    match table {
        Table::Figures => {
            let (p, q) = (d.period, d.previous);
            let now = format!("{} to {}", iso_date(p.start), iso_date(p.end - 1));
            let before = format!("{} to {}", iso_date(q.start), iso_date(q.end - 1));
            let head = ["group", "figure", "unit", &now, &before, "change", "change_pct"];
            sheet.text(&head)?;
            for f in figures(&d.current, &d.before) {
                let (a, b) = f.values;
                let change = a.zip(b).map(|(a, b)| ((a - b) * 10.0).round() / 10.0);
                let pct = if matches!(f.unit, "count" | "money") {
                    a.zip(b).and_then(|(a, b)| percent_change(a, b))
                } else {
                    None
                };
                numbers(&mut sheet, &[f.group.as_str().into(), f.label.into(), f.unit.into()], &[a, b, change, pct])?;
            }
        }
        Table::Trend => {
            sheet.text(&["from", "new_members", "active_members", "posts"])?;
            for b in &d.series {
                let values = [b.new_members, b.active, b.posts].map(|n| Some(n as f64));
                numbers(&mut sheet, &[iso_date(b.start)], &values)?;
            }
        }
        Table::Rewards => {
            sheet.text(&["reward", "redemptions", "points"])?;
            for r in &d.rewards {
                let values = [Some(r.redemptions as f64), Some(r.points as f64)];
                numbers(&mut sheet, std::slice::from_ref(&r.title), &values)?;
            }
        }
        Table::Retention => {
            let mut head = vec!["signed_up".to_string(), "members".to_string()];
            head.extend((0..d.cohorts.len()).map(|k| format!("month_{k}_pct")));
            sheet.text(&head)?;
            for c in &d.cohorts {
                let mut values = vec![Some(c.size as f64)];
                values.extend(c.shares.iter().map(|s| s.map(|s| (s * 10.0).round() / 10.0)));
                numbers(&mut sheet, &[month_label(c.month)], &values)?;
            }
        }
    }
    sheet.finish()
}
