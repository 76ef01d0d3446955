use super::legal::*;

#[test]
fn kinds_round_trip_and_unknown_ones_are_named() {
    for k in LegalKind::ALL {
        assert_eq!(LegalKind::parse(k.as_str()), Ok(k));
    }
    assert_eq!(LegalKind::parse("cookies").expect_err("unknown").field, "kind");
}

#[test]
fn a_member_is_asked_only_when_a_newer_version_exists() {
    assert!(!TermsStanding { newest: 0, accepted: None }.asks());
    assert!(TermsStanding { newest: 1, accepted: None }.asks());
    assert!(TermsStanding { newest: 2, accepted: Some(1) }.asks());
    assert!(!TermsStanding { newest: 2, accepted: Some(2) }.asks());
}

#[test]
fn a_publication_needs_text_within_bounds() {
    assert_eq!(
        parse_publication("  Be kind.\r\n", "  first   version ").expect("ok"),
        ("Be kind.".into(), "first version".into())
    );
    assert_eq!(parse_publication(" \n ", "").expect_err("empty").field, "body");
    assert_eq!(parse_publication(&"x".repeat(LEGAL_MAX + 1), "").expect_err("long").field, "body");
    assert_eq!(parse_publication("ok", &"y".repeat(CHANGES_MAX + 1)).expect_err("long note").field, "changes");
}
