use super::*;

fn details() -> ProfileDetails {
    ProfileDetails {
        bio: "  I run **support** at Acme.\r\n".into(),
        company: " Acme   Ltd ".into(),
        job_title: "Head of Support".into(),
        location: "Lisbon".into(),
        website: "acme.example/team".into(),
        linkedin: "https://www.linkedin.com/in/ada-okafor".into(),
    }
}

#[test]
fn a_full_profile_is_tidied() {
    let d = ProfileDetails::parse(&details()).expect("valid");
    assert_eq!(d.bio, "I run **support** at Acme.");
    assert_eq!(d.company, "Acme Ltd");
    assert_eq!(d.website, "https://acme.example/team");
    assert_eq!(d.linkedin, "https://www.linkedin.com/in/ada-okafor");
    assert_eq!(d.role_line(), "Head of Support at Acme Ltd");
}

#[test]
fn empty_fields_are_allowed() {
    let d = ProfileDetails::parse(&ProfileDetails::default()).expect("valid");
    assert_eq!(d, ProfileDetails::default());
    assert_eq!(d.role_line(), "");
}

#[test]
fn script_and_other_schemes_are_refused_with_their_name() {
    for (raw, scheme) in
        [("javascript:alert(1)", "javascript"), ("JavaScript:alert(1)", "JavaScript"), ("data:text/html,x", "data")]
    {
        let e = website(raw).expect_err(raw);
        assert_eq!(e.field, "website");
        assert!(e.message.contains(&format!("“{scheme}:”")), "{}", e.message);
    }
    assert!(website("ftp://files.example").is_err());
}

#[test]
fn links_need_a_real_host_and_no_credentials_or_quotes() {
    assert_eq!(website("HTTPS://Example.com/x?y=1").expect("ok"), "https://Example.com/x?y=1");
    assert_eq!(website("http://example.com").expect("ok"), "http://example.com");
    assert_eq!(website("example.com:8080/a").expect("ok"), "https://example.com:8080/a");
    for bad in [
        "https://localhost",
        "https://",
        "not a link",
        "https://ex ample.com",
        "https://a.com/\"onmouseover=x",
        "https://user:pw@evil.example",
        "https://-bad-.example",
        "https://a..b",
    ] {
        assert!(website(bad).is_err(), "{bad} should be refused");
    }
    let long = format!("https://example.com/{}", "a".repeat(LINK_MAX));
    assert!(website(&long).expect_err("long").message.contains("at most 200"));
}

#[test]
fn linkedin_links_point_at_a_profile_or_company() {
    assert_eq!(linkedin("linkedin.com/in/ada").expect("ok"), "https://linkedin.com/in/ada");
    assert!(linkedin("https://uk.linkedin.com/company/acme").is_ok());
    for bad in [
        "https://example.com/in/ada",
        "https://www.linkedin.com/",
        "https://www.linkedin.com/in/",
        "https://linkedin.com.evil.example/in/ada",
    ] {
        let e = linkedin(bad).expect_err(bad);
        assert_eq!(e.field, "linkedin");
    }
    assert!(linkedin("javascript:alert(1)").expect_err("script").message.contains("javascript"));
}

#[test]
fn bios_and_short_fields_are_bounded() {
    let mut d = details();
    d.bio = "x".repeat(BIO_MAX + 1);
    let e = ProfileDetails::parse(&d).expect_err("bio");
    assert_eq!((e.field, e.message.as_str()), ("bio", "Your bio can be at most 1000 characters."));
    let mut d = details();
    d.job_title = "y".repeat(SHORT_MAX + 1);
    assert_eq!(ProfileDetails::parse(&d).expect_err("title").field, "job_title");
    let mut d = details();
    d.location = "Lis\u{7}bon".into();
    assert_eq!(ProfileDetails::parse(&d).expect_err("control").field, "location");
}

#[test]
fn handles_are_short_plain_and_not_reserved() {
    assert_eq!(parse_handle(" @Ada_Okafor ").expect("ok"), "ada_okafor");
    assert_eq!(parse_handle("a1").expect("ok"), "a1");
    let cases = [
        ("", "Enter a handle."),
        ("a", "A handle has 2 to 30 characters; this one has 1."),
        ("ada-okafor", "A handle can use only letters a–z, digits and underscores."),
        ("adà", "A handle can use only letters a–z, digits and underscores."),
        ("_ada", "A handle starts with a letter or a digit."),
        ("admin", "@admin is reserved; choose another handle."),
        ("deleted42", "@deleted42 is reserved; choose another handle."),
    ];
    for (raw, message) in cases {
        assert_eq!(parse_handle(raw).expect_err(raw).message, message, "{raw}");
    }
    assert!(parse_handle(&"a".repeat(HANDLE_MAX + 1)).is_err());
}
