//! Colours and their contrast (WCAG 2.x relative luminance), and the brand palette derived from one colour:
//! the colour itself on the light theme, a lighter shade of it on the dark theme, each with a hover shade, a
//! tint for backgrounds and the text colour that goes on it, every pair at least AA (4.5:1).

use crate::{common::field_error::FieldError, t};

/// The contrast WCAG AA asks of body text and of a button's label.
pub const AA: f64 = 4.5;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The light theme's page background (the darker of its two backgrounds) and its panels.
pub const LIGHT_CANVAS: Rgb = Rgb(0xf4, 0xf5, 0xf8);
pub const LIGHT_PAPER: Rgb = Rgb(0xff, 0xff, 0xff);
/// The dark theme's page background and its panels (the lighter of its two backgrounds).
pub const DARK_CANVAS: Rgb = Rgb(0x12, 0x14, 0x1a);
pub const DARK_PAPER: Rgb = Rgb(0x1c, 0x1f, 0x29);
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
const BLACK: Rgb = Rgb(0, 0, 0);

impl Rgb {
    /// `#4338ca`, `4338CA` or `#43c`; anything else is `None`.
    pub fn parse(raw: &str) -> Option<Rgb> {
        let hex = raw.trim().trim_start_matches('#');
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let full: String = match hex.len() {
            3 => hex.chars().flat_map(|c| [c, c]).collect(),
            6 => hex.to_string(),
            _ => return None,
        };
        let byte = |i: usize| u8::from_str_radix(&full[i..i + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    /// `#4338ca`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// This colour moved `t` (0 to 1) of the way towards `other`.
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let t = t.clamp(0.0, 1.0);
        let one = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round().clamp(0.0, 255.0) as u8;
        Rgb(one(self.0, other.0), one(self.1, other.1), one(self.2, other.2))
    }
}

/// The contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The first shade of `from` moved towards `towards` in 5 % steps for which `ok` holds; `towards` itself
/// when none does.
fn first_shade(from: Rgb, towards: Rgb, start: f64, ok: impl Fn(Rgb) -> bool) -> Rgb {
    let mut t = start;
    while t < 1.0 {
        let shade = from.mix(towards, t);
        if ok(shade) {
            return shade;
        }
        t += 0.05;
    }
    towards
}

/// Checks a brand colour an admin chose: links in it on the light theme's backgrounds, and white button
/// labels on it, must reach AA. A colour that fails is refused with its contrast and a darker shade that
/// passes. (The dark theme uses a lighter shade of it, always derived so it passes.)
pub fn check_brand(raw: &str) -> Result<Rgb, FieldError> {
    let Some(colour) = Rgb::parse(raw) else {
        return Err(FieldError::new("brand_colour", t!("site-colour-not-hex")));
    };
    let against_page = contrast(colour, LIGHT_CANVAS);
    if against_page < AA {
        let darker = first_shade(colour, BLACK, 0.05, |c| contrast(c, LIGHT_CANVAS) >= AA);
        return Err(FieldError::new(
            "brand_colour",
            t!(
                "site-colour-contrast",
                colour = colour.hex(),
                contrast = format!("{:.1}", (against_page * 10.0).floor() / 10.0),
                darker = darker.hex()
            ),
        ));
    }
    Ok(colour)
}

/// One theme's brand shades.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shades {
    /// Links, button backgrounds, focus of brand elements.
    pub brand: Rgb,
    /// Hover: stronger than `brand` against the theme's background and under `on_brand`.
    pub strong: Rgb,
    /// A faint background for notices and badges; `brand` and `strong` read on it.
    pub tint: Rgb,
    /// A button's label on `brand` and on `strong`.
    pub on_brand: Rgb,
}

/// The brand's shades on both themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub light: Shades,
    pub dark: Shades,
}

/// Derives both themes' shades from a brand colour that passed [`check_brand`].
pub fn palette(brand: Rgb) -> Palette {
    let strong = brand.mix(BLACK, 0.25);
    let tint = first_shade(brand, WHITE, 0.88, |t| contrast(strong, t) >= AA && contrast(brand, t) >= AA);
    let light = Shades { brand, strong, tint, on_brand: WHITE };

    let brand_d = first_shade(brand, WHITE, 0.0, |c| contrast(c, DARK_PAPER) >= AA);
    let strong_d = brand_d.mix(WHITE, 0.3);
    let tint_d = first_shade(brand, DARK_PAPER, 0.75, |t| contrast(brand_d, t) >= AA && contrast(strong_d, t) >= AA);
    let dark = Shades { brand: brand_d, strong: strong_d, tint: tint_d, on_brand: DARK_CANVAS };
    Palette { light, dark }
}

/// The style sheet that sets the brand's custom properties; `style/main.css` maps them onto each theme.
/// Only hex codes go into it, so it can be written into a `<style>` element as it is.
pub fn brand_css(brand: Rgb) -> String {
    let Palette { light: l, dark: d } = palette(brand);
    format!(
        ":root{{--brand-l:{};--brand-strong-l:{};--brand-tint-l:{};--on-brand-l:{};\
         --brand-d:{};--brand-strong-d:{};--brand-tint-d:{};--on-brand-d:{}}}",
        l.brand.hex(),
        l.strong.hex(),
        l.tint.hex(),
        l.on_brand.hex(),
        d.brand.hex(),
        d.strong.hex(),
        d.tint.hex(),
        d.on_brand.hex()
    )
}
