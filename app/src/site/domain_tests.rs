use super::domain::*;

fn input() -> SettingsInput {
    SettingsInput {
        name: "  Acme   Voices ".into(),
        tagline: "Where Acme customers help each other".into(),
        brand_colour: "#0B6E3A".into(),
        home_headline: "Welcome to Acme Voices".into(),
        home_intro: "Say **hello**.\r\n".into(),
        footer_links: "Blog | https://acme.example/blog\n\n Terms | /terms \nStatus | status.acme.example".into(),
    }
}

#[test]
fn good_settings_are_tidied() {
    let s = input().parse().expect("valid");
    assert_eq!(s.name, "Acme Voices");
    assert_eq!(s.brand_colour, "#0b6e3a");
    assert_eq!(s.home_intro, "Say **hello**.");
    assert_eq!(
        s.footer_links,
        vec![
            FooterLink { label: "Blog".into(), url: "https://acme.example/blog".into() },
            FooterLink { label: "Terms".into(), url: "/terms".into() },
            FooterLink { label: "Status".into(), url: "https://status.acme.example".into() },
        ]
    );
    assert_eq!(parse_footer_links(&footer_links_text(&s.footer_links)).expect("round trip"), s.footer_links);
}

#[test]
fn each_bad_field_is_named() {
    type Case = (fn(&mut SettingsInput), &'static str, &'static str);
    let cases: Vec<Case> = vec![
        (|i| i.name = "   ".into(), "name", "Give the community a name"),
        (|i| i.name = "x".repeat(NAME_MAX + 1), "name", "at most"),
        (|i| i.name = "Acme\u{0}".into(), "name", "control characters"),
        (|i| i.brand_colour = "#ffee00".into(), "brand_colour", "4.5:1"),
        (|i| i.brand_colour = "blue".into(), "brand_colour", "hex code"),
        (|i| i.home_headline = String::new(), "home_headline", "headline"),
        (|i| i.home_intro = "x".repeat(INTRO_MAX + 1), "home_intro", "at most"),
        (|i| i.footer_links = "Evil | javascript:alert(1)".into(), "footer_links", "“javascript:” link is not allowed"),
        (|i| i.footer_links = "Data | data:text/html,hi".into(), "footer_links", "“data:” link is not allowed"),
        (|i| i.footer_links = "Other | //evil.example/x".into(), "footer_links", "Footer link 1"),
        (|i| i.footer_links = "just words".into(), "footer_links", "separated by “|”"),
        (|i| i.footer_links = " | https://a.example".into(), "footer_links", "needs a label"),
        (|i| i.footer_links = "Blog |".into(), "footer_links", "needs an address"),
        (|i| i.footer_links = "A | /ok\nB | /x\"onmouseover".into(), "footer_links", "Footer link 2"),
        (|i| i.footer_links = "Who | https://user:pw@a.example".into(), "footer_links", "user name or password"),
    ];
    for (change, field, says) in cases {
        let mut i = input();
        change(&mut i);
        let e = i.parse().expect_err(field);
        assert_eq!(e.field, field, "{}", e.message);
        assert!(e.message.contains(says), "{field}: {}", e.message);
    }
    let many = (1..=FOOTER_LINKS_MAX + 1).map(|n| format!("L{n} | /p{n}")).collect::<Vec<_>>().join("\n");
    let e = parse_footer_links(&many).expect_err("too many");
    assert!(e.message.contains("at most 8"), "{}", e.message);
}

#[test]
fn the_theme_cookie_is_read_and_anything_else_means_the_system_setting() {
    assert_eq!(Theme::from_cookie_header("a=1; theme=dark; b=2"), Theme::Dark);
    assert_eq!(Theme::from_cookie_header("theme=light"), Theme::Light);
    assert_eq!(Theme::from_cookie_header("theme=neon"), Theme::System);
    assert_eq!(Theme::from_cookie_header("mytheme=dark"), Theme::System);
    assert_eq!(Theme::from_cookie_header(""), Theme::System);
}
