use super::*;

#[test]
fn an_email_is_trimmed_and_lower_cased() {
    assert_eq!(Email::parse("  Ada@Example.COM ").unwrap().as_str(), "ada@example.com");
}

#[test]
fn an_empty_email_asks_for_one() {
    let e = Email::parse("   ").unwrap_err();
    assert_eq!(e.field, "email");
    assert_eq!(e.message, "Enter your email address.");
}

#[test]
fn malformed_emails_are_refused() {
    for bad in [
        "ada",
        "ada@",
        "@example.com",
        "ada@example",
        "ada@@example.com",
        "a da@example.com",
        "ada@.example.com",
        "ada@example..com",
        ".ada@example.com",
        "ada.@example.com",
        "ada@-x.com",
        "ada<script>@x.com",
    ] {
        assert!(Email::parse(bad).is_err(), "{bad} should be refused");
    }
}

#[test]
fn ordinary_emails_are_accepted() {
    for good in ["ada@example.com", "ada.lovelace+chorus@mail.example.co.uk", "o'neil@example.ie", "x@a-b.io"] {
        assert!(Email::parse(good).is_ok(), "{good} should be accepted");
    }
}

#[test]
fn an_over_long_email_names_the_limit() {
    let long = format!("{}@example.com", "a".repeat(250));
    assert!(Email::parse(&long).unwrap_err().message.contains("254"));
}

#[test]
fn a_display_name_collapses_spaces() {
    assert_eq!(DisplayName::parse("  Ada   Lovelace ").unwrap().as_str(), "Ada Lovelace");
}

#[test]
fn display_names_must_be_present_short_and_visible() {
    assert_eq!(DisplayName::parse(" ").unwrap_err().message, "Enter a display name.");
    assert!(DisplayName::parse(&"x".repeat(51)).unwrap_err().message.contains("50"));
    assert!(DisplayName::parse(&"é".repeat(50)).is_ok(), "the limit counts characters, not bytes");
    assert!(DisplayName::parse("Ada\u{200B}").is_err());
    assert!(DisplayName::parse("Ada\u{7}").is_err());
}

#[test]
fn a_password_needs_ten_characters() {
    let e = NewPassword::parse("short pw", "password", &[]).unwrap_err();
    assert_eq!(e.message, "Use at least 10 characters (you have 8).");
    assert!(NewPassword::parse("ten chars!", "password", &[]).is_ok());
}

#[test]
fn a_password_may_be_128_characters_but_not_more() {
    assert!(NewPassword::parse(&"correct horse ".repeat(10)[..128], "password", &[]).is_ok());
    assert!(NewPassword::parse(&"x1".repeat(65), "password", &[]).unwrap_err().message.contains("at most 128"));
}

#[test]
fn no_composition_rules_apply() {
    assert!(NewPassword::parse("all lowercase words here", "password", &[]).is_ok());
}

#[test]
fn common_passwords_are_refused_whatever_their_case() {
    for common in ["1234567890", "Password123", "QWERTYUIOP", "iloveyou12", "aaaaaaaaaaaa"] {
        assert!(NewPassword::parse(common, "password", &[]).is_err(), "{common} should be refused");
    }
}

#[test]
fn the_common_list_only_holds_lowercase_entries_long_enough_to_matter() {
    for line in COMMON_PASSWORDS.lines() {
        assert_eq!(line, line.to_lowercase());
        assert!(line.chars().count() >= PASSWORD_MIN, "{line} is shorter than the minimum");
    }
    assert!(COMMON_PASSWORDS.lines().count() >= 100);
}

#[test]
fn a_password_cannot_be_the_email_or_name() {
    let personal = ["ada.lovelace@example.com", "Ada Lovelace"];
    assert!(NewPassword::parse("ada.lovelace@example.com", "password", &personal).is_err());
    assert!(NewPassword::parse("ADA LOVELACE", "password", &personal).is_err());
    assert!(NewPassword::parse("ada.lovelace", "password", &personal).is_err());
}

#[test]
fn a_password_never_shows_in_debug_output() {
    let p = NewPassword::parse("secret passphrase", "password", &[]).unwrap();
    assert_eq!(format!("{p:?}"), "NewPassword(***)");
}

#[test]
fn roles_are_ordered_by_what_they_may_do() {
    assert!(Role::Admin.allows(Role::Moderator));
    assert!(Role::Moderator.allows(Role::Member));
    assert!(!Role::Member.allows(Role::Moderator));
    assert!(!Role::Moderator.allows(Role::Admin));
    for r in [Role::Member, Role::Moderator, Role::Admin] {
        assert_eq!(Role::parse(r.as_str()), Some(r));
    }
    assert_eq!(Role::parse("root"), None);
}

#[test]
fn handles_come_from_display_names() {
    assert_eq!(handle_base("Ada Okafor"), "adaokafor");
    assert_eq!(handle_base("Tomás Herrera"), "tomsherrera");
    assert_eq!(handle_base("李"), "member");
    assert_eq!(handle_base(&"x".repeat(40)).len(), 20);
}
