use super::*;
use crate::common::dates::{iso_date, month_label, month_of, month_start};

fn day(raw: &str) -> i64 {
    crate::common::dates::date(raw, "t").unwrap().unwrap()
}

fn query(days: &str, from: &str, to: &str) -> PeriodQuery {
    PeriodQuery { days: days.into(), from: from.into(), to: to.into() }
}

/// 15 March 2026, 13:00 UTC.
fn now() -> i64 {
    day("2026-03-15") + 13 * 3600
}

#[test]
fn a_preset_period_ends_with_today_and_the_previous_one_comes_just_before() {
    let p = Period::parse(&query("30", "", ""), now()).unwrap();
    assert_eq!(p, Period { start: day("2026-02-14"), end: day("2026-03-16") });
    assert_eq!(p.days(), 30);
    assert_eq!(p.previous(), Period { start: day("2026-01-15"), end: day("2026-02-14") });
    assert_eq!(Period::parse(&query("", "", ""), now()).unwrap(), p, "30 days when nothing is asked");
    assert_eq!(Period::parse(&query("7", "", ""), now()).unwrap().start, day("2026-03-09"));
}

#[test]
fn an_unknown_number_of_days_is_refused_on_the_days_field() {
    for raw in ["14", "abc", "-7", "0"] {
        assert_eq!(Period::parse(&query(raw, "", ""), now()).unwrap_err().field, "days", "{raw}");
    }
}

#[test]
fn a_custom_range_includes_both_days() {
    let p = Period::parse(&query("", "2026-01-01", "2026-03-31"), now()).unwrap();
    assert_eq!(p, Period { start: day("2026-01-01"), end: day("2026-04-01") });
    assert_eq!(p.days(), 90);
    assert_eq!(p.previous(), Period { start: day("2025-10-03"), end: day("2026-01-01") });
    assert_eq!(p.label(), "1 Jan 2026 – 31 Mar 2026");
    let one = Period::parse(&query("", "2026-02-01", "2026-02-01"), now()).unwrap();
    assert_eq!(one.days(), 1);
}

#[test]
fn a_range_that_ends_before_it_starts_names_the_end_field() {
    let e = Period::parse(&query("", "2026-03-31", "2026-01-01"), now()).unwrap_err();
    assert_eq!(e.field, "to");
    assert!(e.message.contains("before the start date"), "{}", e.message);
}

#[test]
fn a_range_longer_than_five_years_is_refused() {
    // 2021-01-01 to 2025-12-31 is 5 × 365 + 1 days (2024 is a leap year); two more days are still five years
    // when both leap days fall inside; three are not.
    assert_eq!(Period::parse(&query("", "2021-01-01", "2025-12-31"), now()).unwrap().days(), 1826);
    assert_eq!(Period::parse(&query("", "2020-12-31", "2025-12-31"), now()).unwrap().days(), 1827);
    let e = Period::parse(&query("", "2020-12-30", "2025-12-31"), now()).unwrap_err();
    assert_eq!(e.field, "to");
    assert!(e.message.contains("5 years"));
}

#[test]
fn a_custom_range_needs_both_dates_in_the_right_shape() {
    assert_eq!(Period::parse(&query("", "2026-01-01", ""), now()).unwrap_err().field, "to");
    assert_eq!(Period::parse(&query("", "", "2026-01-01"), now()).unwrap_err().field, "from");
    assert_eq!(Period::parse(&query("", "1 Jan", "2026-01-01"), now()).unwrap_err().field, "from");
    assert_eq!(Period::parse(&query("", "2026-02-30", "2026-03-01"), now()).unwrap_err().field, "from");
}

#[test]
fn the_query_string_asks_for_the_same_period() {
    assert_eq!(query("", "", "").query_string(), "days=30");
    assert_eq!(query("90", "", "").query_string(), "days=90");
    assert_eq!(query("7", "2026-01-01", "2026-01-31").query_string(), "from=2026-01-01&to=2026-01-31");
}

#[test]
fn rates_with_nothing_to_divide_by_are_missing_not_zero() {
    assert_eq!(percent(1, 4), Some(25.0));
    assert_eq!(percent(0, 5), Some(0.0));
    assert_eq!(percent(0, 0), None);
    assert_eq!(percent(3, 0), None);
    assert_eq!(percent_text(percent(1, 3)), "33.3 %");
    assert_eq!(percent_text(None), "–");
}

#[test]
fn changes_say_how_much_and_how_much_relatively() {
    assert_eq!(change_text(5, 4), "+1 (+25.0 %)");
    assert_eq!(change_text(2, 4), "−2 (−50.0 %)");
    assert_eq!(change_text(0, 3), "−3 (−100.0 %)");
    assert_eq!(change_text(4, 0), "+4 (new)");
    assert_eq!(change_text(0, 0), "no change");
    assert_eq!(points_change_text(Some(30.0), Some(27.5)), "+2.5 pts");
    assert_eq!(points_change_text(Some(25.0), Some(50.0)), "−25.0 pts");
    assert_eq!(points_change_text(Some(25.0), Some(25.04)), "no change");
    assert_eq!(points_change_text(Some(10.0), None), "–");
}

#[test]
fn chart_scales_end_on_round_numbers() {
    let tops: Vec<i64> = [0, 1, 7, 11, 45, 51, 100, 101].iter().map(|m| nice_max(*m)).collect();
    assert_eq!(tops, [1, 1, 10, 20, 50, 100, 100, 200]);
    assert_eq!(line_points(&[0, 5, 10], 100.0, 50.0, 10), "0.0,50.0 50.0,25.0 100.0,0.0");
    assert_eq!(line_points(&[3], 100.0, 50.0, 0), "0.0,-100.0");
    assert_eq!(bar_length(5, 10, 200.0), 100.0);
    assert_eq!(bar_length(5, 0, 200.0), 0.0);
}

#[test]
fn long_periods_are_charted_in_buckets_of_several_days() {
    let p = Period { start: 0, end: 90 * DAY };
    assert_eq!((p.bucket_secs(), p.buckets()), (DAY, 90));
    let year = Period { start: 0, end: 365 * DAY };
    assert_eq!((year.bucket_secs(), year.buckets()), (4 * DAY, 92));
}

#[test]
fn months_are_numbered_from_year_zero() {
    let march = month_of(now());
    assert_eq!(march, 2026 * 12 + 2);
    assert_eq!(month_start(march), day("2026-03-01"));
    assert_eq!(month_label(march), "Mar 2026");
    assert_eq!(month_start(month_of(day("2025-12-31")) + 1), day("2026-01-01"));
    assert_eq!(iso_date(now()), "2026-03-15");
}

#[test]
fn a_cohort_row_holds_the_share_active_in_each_month_since_sign_up() {
    let (jan, feb, mar) = (month_of(day("2026-01-10")), month_of(day("2026-02-10")), month_of(now()));
    let sizes = [(jan, 4), (feb, 2)];
    let active = [(jan, jan, 4), (jan, feb, 2), (jan, mar, 1), (feb, feb, 1)];
    let rows = cohorts(mar, &sizes, &active);
    assert_eq!(rows.len(), 12);
    assert_eq!(rows[0].month, mar - 11);
    assert_eq!(rows[0].shares, vec![None; 12], "no one signed up in April 2025");
    assert_eq!(rows[9], CohortRow { month: jan, size: 4, shares: vec![Some(100.0), Some(50.0), Some(25.0)] });
    assert_eq!(rows[10].shares, vec![Some(50.0), Some(0.0)]);
    assert_eq!(rows[11], CohortRow { month: mar, size: 0, shares: vec![None] });
}

#[test]
fn cells_are_shaded_in_fifths() {
    let shades: Vec<u8> = [None, Some(0.0), Some(1.0), Some(20.0), Some(20.1), Some(100.0)].map(shade).to_vec();
    assert_eq!(shades, [0, 0, 1, 1, 2, 5]);
}
