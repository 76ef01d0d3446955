use super::colour::*;

#[test]
fn parses_hex_codes_and_refuses_the_rest() {
    assert_eq!(Rgb::parse("#4338ca"), Some(Rgb(0x43, 0x38, 0xca)));
    assert_eq!(Rgb::parse(" 4338CA "), Some(Rgb(0x43, 0x38, 0xca)));
    assert_eq!(Rgb::parse("#43c"), Some(Rgb(0x44, 0x33, 0xcc)));
    for bad in ["", "#", "#12345", "#1234567", "red", "#gg0000", "rgb(1,2,3)", "#12 34 5"] {
        assert_eq!(Rgb::parse(bad), None, "{bad}");
    }
    assert_eq!(Rgb(0x43, 0x38, 0xca).hex(), "#4338ca");
}

#[test]
fn contrast_matches_the_wcag_reference_values() {
    let white = Rgb(255, 255, 255);
    let black = Rgb(0, 0, 0);
    assert!((contrast(white, black) - 21.0).abs() < 1e-9);
    assert!((contrast(white, white) - 1.0).abs() < 1e-9);
    // #767676 on white is the well-known 4.54:1.
    assert!((contrast(Rgb(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
    assert_eq!(contrast(white, black), contrast(black, white));
}

#[test]
fn a_brand_colour_failing_aa_is_refused_with_a_darker_shade_that_passes() {
    for pale in ["#ffcc00", "#66ccff", "#ff7f50", "#ffffff", "#8b93a5"] {
        let e = check_brand(pale).expect_err(pale);
        assert_eq!(e.field, "brand_colour");
        assert!(e.message.contains("4.5:1"), "{}", e.message);
        let suggested = e.message.split("such as ").nth(1).and_then(|s| s.get(..7)).expect("a suggestion");
        let ok = check_brand(suggested).unwrap_or_else(|e| panic!("the suggestion {suggested} fails: {}", e.message));
        assert!(contrast(ok, LIGHT_CANVAS) >= AA);
    }
    let e = check_brand("tomato").expect_err("a name");
    assert!(e.message.contains("hex code"), "{}", e.message);
    assert_eq!(check_brand("#4338CA").expect("passes").hex(), "#4338ca");
}

#[test]
fn every_derived_pair_reaches_aa_on_both_themes() {
    // A spread of colours that pass the check: dark, saturated, greyish, each hue.
    let mut checked = 0;
    for r in (0..=255).step_by(51) {
        for g in (0..=255).step_by(51) {
            for b in (0..=255).step_by(51) {
                let brand = Rgb(r as u8, g as u8, b as u8);
                if check_brand(&brand.hex()).is_err() {
                    continue;
                }
                checked += 1;
                let p = palette(brand);
                for (theme, s, page, paper) in
                    [("light", p.light, LIGHT_CANVAS, LIGHT_PAPER), ("dark", p.dark, DARK_CANVAS, DARK_PAPER)]
                {
                    let name = format!("{} on {theme}", brand.hex());
                    for background in [page, paper, s.tint] {
                        assert!(contrast(s.brand, background) >= AA, "{name}: link on {}", background.hex());
                        assert!(contrast(s.strong, background) >= AA, "{name}: hover on {}", background.hex());
                    }
                    assert!(contrast(s.on_brand, s.brand) >= AA, "{name}: button label");
                    assert!(contrast(s.on_brand, s.strong) >= AA, "{name}: button label on hover");
                }
            }
        }
    }
    assert!(checked > 40, "only {checked} colours passed the check");
}

#[test]
fn the_default_brand_keeps_its_light_shade_and_gets_a_lighter_dark_one() {
    let brand = Rgb::parse("#4338ca").expect("hex");
    let p = palette(brand);
    assert_eq!(p.light.brand, brand);
    assert!(p.dark.brand.luminance() > brand.luminance());
    let css = brand_css(brand);
    assert!(css.starts_with(":root{--brand-l:#4338ca;"), "{css}");
    assert!(!css.contains('<') && !css.contains('>'), "{css}");
}
