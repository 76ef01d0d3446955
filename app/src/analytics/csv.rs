//! The dashboard's CSV downloads, one per table on the page, quoted and defused like the redemptions export.

use crate::{
    analytics::figures::{figures, Dashboard},
    common::dates::{iso_date, month_label},
    rewards::csv::cell,
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

/// A row of text cells, quoted and defused (reward titles are written by people).
fn line(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
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
fn numbers(out: &mut String, text: &[String], values: &[Option<f64>]) {
    let mut cells: Vec<String> = text.iter().map(|c| cell(c)).collect();
    cells.extend(values.iter().map(|v| number(*v)));
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// The change relative to the previous value, in percent (one decimal); none when that was 0.
fn percent_change(now: f64, before: f64) -> Option<f64> {
    (before != 0.0).then(|| ((now - before) * 1000.0 / before).round() / 10.0)
}

/// The table as CSV text with a header row.
pub fn render(d: &Dashboard, table: Table) -> String {
    let mut out = String::new();
    match table {
        Table::Figures => {
            let (p, q) = (d.period, d.previous);
            let now = format!("{} to {}", iso_date(p.start), iso_date(p.end - 1));
            let before = format!("{} to {}", iso_date(q.start), iso_date(q.end - 1));
            let head = ["group", "figure", "unit", &now, &before, "change", "change_pct"];
            line(&mut out, &head.map(String::from));
            for f in figures(&d.current, &d.before) {
                let (a, b) = f.values;
                let change = a.zip(b).map(|(a, b)| ((a - b) * 10.0).round() / 10.0);
                let pct = if f.unit == "count" { a.zip(b).and_then(|(a, b)| percent_change(a, b)) } else { None };
                numbers(&mut out, &[f.group.into(), f.label.into(), f.unit.into()], &[a, b, change, pct]);
            }
        }
        Table::Trend => {
            line(&mut out, &["from".into(), "new_members".into(), "active_members".into(), "posts".into()]);
            for b in &d.series {
                let values = [b.new_members, b.active, b.posts].map(|n| Some(n as f64));
                numbers(&mut out, &[iso_date(b.start)], &values);
            }
        }
        Table::Rewards => {
            line(&mut out, &["reward".into(), "redemptions".into(), "points".into()]);
            for r in &d.rewards {
                numbers(&mut out, std::slice::from_ref(&r.title), &[Some(r.redemptions as f64), Some(r.points as f64)]);
            }
        }
        Table::Retention => {
            let mut head = vec!["signed_up".to_string(), "members".to_string()];
            head.extend((0..d.cohorts.len()).map(|k| format!("month_{k}_pct")));
            line(&mut out, &head);
            for c in &d.cohorts {
                let mut values = vec![Some(c.size as f64)];
                values.extend(c.shares.iter().map(|s| s.map(|s| (s * 10.0).round() / 10.0)));
                numbers(&mut out, &[month_label(c.month)], &values);
            }
        }
    }
    out
}
