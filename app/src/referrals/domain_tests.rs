use super::*;
use crate::common::dates::next_day;

#[test]
fn codes_are_lower_case_letters_and_digits_of_sensible_length() {
    assert_eq!(parse_code(" AbCd2345 "), Some("abcd2345".into()));
    assert_eq!(parse_code("abc"), None);
    assert_eq!(parse_code("abcdefghijklmnopq"), None);
    assert_eq!(parse_code("abcd-2345"), None);
    assert_eq!(parse_code("abcd%2345"), None);
    assert_eq!(parse_code("ab’cd2345"), None);
}

#[test]
fn emails_are_normalised_by_dots_tags_and_case() {
    assert_eq!(normalise_email("Ada.Okafor+promo@Example.com"), "adaokafor@example.com");
    assert_eq!(normalise_email("adaokafor@example.com"), "adaokafor@example.com");
    assert_eq!(normalise_email("a+b+c@x.io"), "a@x.io");
    // Dots in the domain are part of the address.
    assert_ne!(normalise_email("ada@ex.ample.com"), normalise_email("ada@example.com"));
}

#[test]
fn a_referral_from_the_referrers_own_mailbox_is_rejected() {
    match screen("ada@example.com", "a.da+2@Example.com", 0, 3) {
        Screening::Reject(Flag::SelfReferral, why) => assert!(why.contains("dots and +tags")),
        other => panic!("expected a self-referral, got {other:?}"),
    }
    assert_eq!(screen("ada@example.com", "lin@example.com", 0, 3), Screening::Accept);
}

#[test]
fn the_third_sign_up_from_one_address_within_the_hour_is_held_not_rejected() {
    assert_eq!(screen("ada@x.com", "b@x.com", 0, 3), Screening::Accept);
    assert_eq!(screen("ada@x.com", "c@x.com", 1, 3), Screening::Accept);
    match screen("ada@x.com", "d@x.com", 2, 3) {
        Screening::Hold(Flag::IpBurst, why) => {
            assert_eq!(why, "Sign-up 3 through a referral link from one address within an hour.")
        }
        other => panic!("expected a hold, got {other:?}"),
    }
    assert!(matches!(screen("ada@x.com", "e@x.com", 7, 3), Screening::Hold(Flag::IpBurst, _)));
    // Self-referral wins over the burst: it is refused outright.
    assert!(matches!(screen("ada@x.com", "ada+1@x.com", 9, 3), Screening::Reject(Flag::SelfReferral, _)));
}

#[test]
fn qualification_waits_for_the_configured_event() {
    assert!(QualifyOn::SignUp.met_by(Event::SignedUp));
    assert!(!QualifyOn::SignUp.met_by(Event::Posted));
    assert!(QualifyOn::FirstPost.met_by(Event::Posted));
    assert!(!QualifyOn::FirstPost.met_by(Event::SignedUp));
    assert!(!QualifyOn::FirstPost.met_by(Event::StoryApproved));
    assert!(QualifyOn::FirstStory.met_by(Event::StoryApproved));
}

#[test]
fn the_hold_delays_the_reward_by_whole_days_and_the_cap_defers_to_the_next_utc_day() {
    assert_eq!(due_at(1_000, 0), 1_000);
    assert_eq!(due_at(1_000, 7), 1_000 + 7 * 86_400);
    // 2026-11-26 20:22:38 UTC → 2026-11-27 00:00:00 UTC
    assert_eq!(next_day(1_795_724_558), 1_795_737_600);
    assert_eq!(next_day(1_795_737_600), 1_795_737_600 + 86_400);
}

#[test]
fn settings_are_checked_field_by_field() {
    let form = |q: &str, h: &str, c: &str, b: &str| SettingsForm {
        qualify_on: q.into(),
        hold_days: h.into(),
        daily_cap: c.into(),
        ip_burst: b.into(),
        ..SettingsForm::default()
    };
    let ok = Settings::parse(&form("first_story", "14", "3", "4")).expect("valid");
    let expected =
        Settings { qualify_on: QualifyOn::FirstStory, hold_days: 14, daily_cap: 3, ip_burst: 4, ..Settings::default() };
    assert_eq!(ok, expected);
    assert_eq!(Settings::parse(&ok.to_form()), Ok(ok));
    let full = SettingsForm {
        landing_url: " https://shop.example.com/welcome?utm=chorus#top ".into(),
        landing_param: "referral".into(),
        currency: "eur".into(),
        friend_reward: "12".into(),
        ..form("conversion", "0", "5", "3")
    };
    let full = Settings::parse(&full).expect("valid");
    assert_eq!(
        (full.qualify_on, full.currency.as_str(), full.friend_reward_id),
        (QualifyOn::Conversion, "EUR", Some(12))
    );
    assert_eq!(full.landing.url, "https://shop.example.com/welcome?utm=chorus#top");
    assert_eq!(Settings::parse(&full.to_form()), Ok(full));
    let bad = |f: SettingsForm| Settings::parse(&f).unwrap_err().field;
    assert_eq!(
        bad(SettingsForm { landing_url: "shop.example.com".into(), ..form("sign_up", "0", "5", "3") }),
        "landing_url"
    );
    assert_eq!(
        bad(SettingsForm { landing_url: "javascript:alert(1)".into(), ..form("sign_up", "0", "5", "3") }),
        "landing_url"
    );
    assert_eq!(bad(SettingsForm { landing_url: "https:// x".into(), ..form("sign_up", "0", "5", "3") }), "landing_url");
    assert_eq!(bad(SettingsForm { landing_param: "a b".into(), ..form("sign_up", "0", "5", "3") }), "landing_param");
    assert_eq!(bad(SettingsForm { currency: "EURO".into(), ..form("sign_up", "0", "5", "3") }), "currency");
    assert_eq!(bad(SettingsForm { friend_reward: "x".into(), ..form("sign_up", "0", "5", "3") }), "friend_reward");
    assert_eq!(Settings::parse(&form("later", "0", "5", "3")).unwrap_err().field, "qualify_on");
    assert_eq!(Settings::parse(&form("sign_up", "91", "5", "3")).unwrap_err().field, "hold_days");
    assert_eq!(Settings::parse(&form("sign_up", "-1", "5", "3")).unwrap_err().field, "hold_days");
    assert_eq!(Settings::parse(&form("sign_up", "0", "0", "3")).unwrap_err().field, "daily_cap");
    assert_eq!(Settings::parse(&form("sign_up", "0", "5", "1")).unwrap_err().field, "ip_burst");
    let msg = Settings::parse(&form("sign_up", "x", "5", "3")).unwrap_err().message;
    assert_eq!(msg, "The hold must be a whole number of days from 0 to 90.");
}

#[test]
fn the_sign_up_form_says_who_invited_and_when_a_code_does_not_count() {
    assert_eq!(Invitation::From("Ada".into()).message().as_deref(), Some("You were invited by Ada."));
    assert!(Invitation::Unknown.message().is_some_and(|m| m.contains("not valid")));
    assert!(Invitation::Gone.message().is_some_and(|m| m.contains("no longer")));
    assert_eq!(Invitation::None.message(), None);
}

#[test]
fn statuses_and_flags_round_trip() {
    for s in Status::ALL {
        assert_eq!(Status::parse(s.as_str()), Some(s));
    }
    for f in [Flag::SelfReferral, Flag::IpBurst, Flag::DailyCap, Flag::Spam, Flag::None] {
        assert_eq!(Flag::parse(f.as_str()), f);
    }
}

#[test]
fn a_referral_link_lands_on_sign_up_or_carries_its_code_to_the_company_site() {
    assert_eq!(Landing::default().target("abcdefgh"), "/sign-up");
    let at = |url: &str| Landing::parse(url, "ref").unwrap().target("abcdefgh");
    assert_eq!(at("https://shop.example.com"), "https://shop.example.com?ref=abcdefgh");
    assert_eq!(at("https://shop.example.com/p?utm=x"), "https://shop.example.com/p?utm=x&ref=abcdefgh");
    assert_eq!(at("https://shop.example.com/p?"), "https://shop.example.com/p?ref=abcdefgh");
    assert_eq!(at("https://shop.example.com/p#plans"), "https://shop.example.com/p?ref=abcdefgh#plans");
    assert_eq!(Landing::parse("https://x.io/", "coupon").unwrap().target("abcdefgh"), "https://x.io/?coupon=abcdefgh");
}
