use super::*;
use crate::common::dates::day_start;
use proptest::prelude::*;

fn levels() -> Vec<Level> {
    [("Member", 0), ("Advocate", 250), ("Champion", 1000), ("Legend", 5000)]
        .into_iter()
        .enumerate()
        .map(|(i, (n, t))| Level { id: i as i64 + 1, name: n.into(), threshold: t })
        .collect()
}

#[test]
fn a_rule_needs_a_positive_whole_amount() {
    assert_eq!(RuleSetting::parse("reply", "0", "", true).unwrap_err().field, "amount");
    assert_eq!(RuleSetting::parse("reply", "-5", "", true).unwrap_err().field, "amount");
    assert!(RuleSetting::parse("reply", "2.5", "", true).unwrap_err().message.contains("whole number"));
    assert!(RuleSetting::parse("reply", "100001", "", true).unwrap_err().message.contains("at most"));
    assert_eq!(RuleSetting::parse("bribe", "5", "", true).unwrap_err().field, "rule");
}

#[test]
fn a_daily_cap_is_empty_or_at_least_one_award() {
    let s = RuleSetting::parse("reply", " 5 ", "", true).unwrap();
    assert_eq!((s.amount, s.daily_cap), (5, None));
    assert_eq!(RuleSetting::parse("reply", "5", "50", false).unwrap().daily_cap, Some(50));
    assert_eq!(RuleSetting::parse("reply", "5", "4", true).unwrap_err().field, "daily_cap");
    assert_eq!(RuleSetting::parse("reply", "5", "0", true).unwrap_err().field, "daily_cap");
}

#[test]
fn an_adjustment_needs_a_reason_and_a_non_zero_amount() {
    assert_eq!(
        Adjustment::parse("+50", "Conference talk").unwrap(),
        Adjustment { amount: 50, reason: "Conference talk".into() }
    );
    assert_eq!(Adjustment::parse("-20", "  duplicate \n award ").unwrap().reason, "duplicate award");
    assert_eq!(Adjustment::parse("0", "x").unwrap_err().field, "amount");
    assert_eq!(Adjustment::parse("ten", "x").unwrap_err().field, "amount");
    assert_eq!(Adjustment::parse("10", "   ").unwrap_err().field, "reason");
    assert_eq!(Adjustment::parse("10", &"x".repeat(301)).unwrap_err().field, "reason");
    assert_eq!(Adjustment::parse("1000000", "x").unwrap_err().field, "amount");
    for extreme in ["-9223372036854775808", "9223372036854775807", "-100001"] {
        assert_eq!(Adjustment::parse(extreme, "x").unwrap_err().field, "amount", "{extreme}");
    }
    assert_eq!(Adjustment::parse("-100000", "x").unwrap().amount, -AMOUNT_MAX);
}

#[test]
fn request_keys_are_short_and_plain() {
    assert!(RequestKey::parse("3f2a9c1e-7d7b-4c1a-9a61-0c8e5b1e2f00").is_ok());
    assert!(RequestKey::parse("short").is_err());
    assert!(RequestKey::parse("has spaces in it").is_err());
    assert!(RequestKey::parse(&"a".repeat(65)).is_err());
}

#[test]
fn levels_follow_lifetime_points() {
    let all = levels();
    let (now, next) = level_for(0, &all);
    assert_eq!((now.unwrap().name.as_str(), next.unwrap().name.as_str()), ("Member", "Advocate"));
    assert_eq!(level_for(250, &all).0.unwrap().name, "Advocate");
    assert_eq!(level_for(999, &all).0.unwrap().name, "Advocate");
    let (top, none) = level_for(9999, &all);
    assert_eq!(top.unwrap().name, "Legend");
    assert!(none.is_none());
}

#[test]
fn level_forms_are_checked() {
    assert_eq!(parse_level(" Hero  of  the week ", "10").unwrap(), ("Hero of the week".into(), 10));
    assert_eq!(parse_level("", "10").unwrap_err().field, "name");
    assert_eq!(parse_level("Hero", "-1").unwrap_err().field, "threshold");
}

#[test]
fn periods_start_on_monday_and_on_the_first() {
    // Wednesday 2026-11-25 12:00 UTC.
    let now = 1_764_072_000;
    assert_eq!(Period::Week.since(now), Some(1_763_942_400)); // Monday 2026-11-23 00:00
    assert_eq!(Period::Month.since(now), Some(1_761_955_200)); // 2026-11-01 00:00
    assert_eq!(Period::AllTime.since(now), None);
    assert_eq!(day_start(now), 1_764_028_800);
    assert_eq!(Period::parse("month"), Some(Period::Month));
    assert_eq!(Period::parse("year"), None);
}

#[test]
fn a_citation_is_one_paragraph_of_at_most_500_characters() {
    assert_eq!(citation(" Helped  forty\nnewcomers ").unwrap(), "Helped forty newcomers");
    assert_eq!(citation("  ").unwrap_err().field, "citation");
    assert!(citation(&"x".repeat(501)).is_err());
}

#[test]
fn every_reason_reads_back() {
    for r in Reason::ALL {
        assert_eq!(Reason::parse(r.as_str()), Some(r));
    }
    for r in Rule::ALL {
        assert_eq!(Rule::parse(r.as_str()), Some(r));
        assert!(r.reason().counts_towards_lifetime());
    }
    assert!(!Reason::Redemption.counts_towards_lifetime());
}

proptest! {
    /// However awards arrive in a day, what is awarded never passes the cap, and nothing is lost below it.
    #[test]
    fn a_day_of_awards_never_passes_the_cap(amounts in prop::collection::vec(1i64..200, 0..60), cap in 1i64..500) {
        let mut earned = 0;
        for amount in &amounts {
            let award = capped_award(*amount, Some(cap), earned);
            prop_assert!(award >= 0 && award <= *amount);
            earned += award;
        }
        prop_assert!(earned <= cap);
        prop_assert_eq!(earned, amounts.iter().sum::<i64>().min(cap));
    }

    /// A reversal never takes more than was awarded nor more than the balance holds.
    #[test]
    fn a_reversal_never_overdraws(award in 1i64..10_000, balance in 0i64..10_000) {
        let taken = reversal_amount(award, balance);
        prop_assert!(taken <= award && taken <= balance && taken >= 0);
        prop_assert!(balance - taken >= 0);
        if balance >= award { prop_assert_eq!(taken, award); }
    }
}
