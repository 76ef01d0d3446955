use super::*;

fn form() -> RewardForm {
    RewardForm {
        title: "  Conference   ticket ".into(),
        description: "A pass to our user conference.".into(),
        kind: "experience".into(),
        cost: "500".into(),
        stock: "10".into(),
        active: Some("on".into()),
        ..RewardForm::default()
    }
}

fn eligible() -> Eligibility {
    Eligibility {
        active: true,
        cost: 100,
        stock: Some(3),
        per_user_limit: Some(1),
        min_level: Some(("Advocate".into(), 250)),
        starts_at: Some(1_000),
        ends_at: Some(2_000),
        balance: 100,
        lifetime: 300,
        redeemed_by_member: 0,
        now: 1_500,
    }
}

#[test]
fn a_filled_in_form_reads_as_a_draft() {
    let d = RewardDraft::parse(&form()).unwrap();
    assert_eq!(d.title, "Conference ticket");
    assert_eq!((d.cost, d.stock, d.per_user_limit, d.active), (500, Some(10), None, true));
    assert_eq!(d.kind, RewardKind::Experience);
}

#[test]
fn costs_must_be_positive_whole_points() {
    for bad in ["0", "-5", "", "ten", "1.5"] {
        let f = RewardForm { cost: bad.into(), ..form() };
        assert_eq!(RewardDraft::parse(&f).unwrap_err().field, "cost", "cost {bad:?}");
    }
}

#[test]
fn other_bad_fields_are_named() {
    let cases = [
        (RewardForm { title: " ".into(), ..form() }, "title"),
        (RewardForm { kind: "cash".into(), ..form() }, "kind"),
        (RewardForm { stock: "-1".into(), ..form() }, "stock"),
        (RewardForm { per_user_limit: "0".into(), ..form() }, "per_user_limit"),
        (RewardForm { starts_at: "2026-13-01".into(), ..form() }, "starts_at"),
        (RewardForm { starts_at: "2026-12-02".into(), ends_at: "2026-12-01".into(), ..form() }, "ends_at"),
    ];
    for (f, field) in cases {
        assert_eq!(RewardDraft::parse(&f).unwrap_err().field, field);
    }
}

#[test]
fn a_window_runs_from_the_first_day_to_the_end_of_the_last() {
    let f = RewardForm { starts_at: "2026-12-01".into(), ends_at: "2026-12-01".into(), ..form() };
    let d = RewardDraft::parse(&f).unwrap();
    assert_eq!(d.ends_at.unwrap() - d.starts_at.unwrap(), 86_399);
}

#[test]
fn codes_are_one_per_line_without_repeats() {
    assert_eq!(parse_codes(" A1 \n\nB2\r\n").unwrap(), vec!["A1", "B2"]);
    assert_eq!(parse_codes("\n \n").unwrap_err().field, "codes");
    assert!(parse_codes("A1\nA1").unwrap_err().message.contains("twice"));
}

#[test]
fn a_member_with_points_level_and_stock_may_redeem() {
    assert_eq!(eligible().check(), Ok(()));
}

#[test]
fn each_lock_names_its_reason() {
    let e = eligible();
    assert_eq!(Eligibility { active: false, ..e.clone() }.check(), Err(Locked::Inactive));
    assert_eq!(Eligibility { now: 999, ..e.clone() }.check(), Err(Locked::NotYet));
    assert_eq!(Eligibility { now: 2_001, ..e.clone() }.check(), Err(Locked::Ended));
    assert_eq!(Eligibility { stock: Some(0), ..e.clone() }.check(), Err(Locked::OutOfStock));
    assert_eq!(Eligibility { redeemed_by_member: 1, ..e.clone() }.check(), Err(Locked::LimitReached(1)));
    assert_eq!(Eligibility { lifetime: 10, ..e.clone() }.check(), Err(Locked::Level("Advocate".into())));
    assert_eq!(Eligibility { balance: 40, ..e.clone() }.check(), Err(Locked::NeedPoints(60)));
    assert_eq!(Locked::NeedPoints(60).to_string(), "You need 60 more points.");
}

#[test]
fn only_pending_redemptions_are_decided() {
    assert_eq!(RedemptionStatus::Pending.fulfil(), Ok(RedemptionStatus::Fulfilled));
    assert_eq!(RedemptionStatus::Pending.cancel(), Ok(RedemptionStatus::Cancelled));
    assert!(RedemptionStatus::Fulfilled.cancel().is_err());
    assert!(RedemptionStatus::Cancelled.fulfil().is_err());
}

#[test]
fn a_cancellation_needs_a_note() {
    assert_eq!(decision_note(" ", true).unwrap_err().field, "note");
    assert_eq!(decision_note(" sent ", false).unwrap(), "sent");
}
