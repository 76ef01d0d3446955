//! Two-factor sign-in: TOTP codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, one step of drift either
//! way), one-time recovery codes, and the enrolment QR code drawn by the server. Pure functions over a clock
//! the caller passes, so the tests fix it.

use rand::Rng;
use totp_rs::{Algorithm, Secret, TOTP};

pub const STEP_SECS: u64 = 30;
pub const DIGITS: usize = 6;
/// How many recovery codes a member gets (each works once).
pub const RECOVERY_CODES: usize = 10;
/// How long "remember this device" lasts.
pub const DEVICE_SECS: i64 = 30 * 24 * 3600;
/// The cookie that remembers a device (its value is a random token; the database keeps its digest).
pub const DEVICE_COOKIE: &str = "chorus_device";

/// A fresh secret (160 bits, as RFC 4226 recommends), base32 as authenticator apps take it.
pub fn new_secret() -> String {
    let bytes: [u8; 20] = rand::thread_rng().gen();
    match Secret::Raw(bytes.to_vec()).to_encoded() {
        Secret::Encoded(text) => text,
        Secret::Raw(_) => unreachable!("to_encoded encodes"),
    }
}

fn totp(secret: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret.to_string()).to_bytes().ok()?;
    Some(TOTP::new_unchecked(Algorithm::SHA1, DIGITS, 1, STEP_SECS, bytes))
}

/// The code for `secret` at `now` (tests and the CLI's checks).
pub fn code_at(secret: &str, now: u64) -> Option<String> {
    totp(secret).map(|t| t.generate(now))
}

/// The time step `code` belongs to, if it is `secret`'s code now or one step either side and newer than
/// `last_step` (so a code, once used, does not work again).
pub fn matching_step(secret: &str, code: &str, now: u64, last_step: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret)?;
    let current = (now / STEP_SECS) as i64;
    (current - 1..=current + 1).filter(|step| *step > last_step && *step >= 0).find(|step| {
        let expected = totp.generate(*step as u64 * STEP_SECS);
        // Compared in full whatever the first difference, as every digit is.
        expected.bytes().zip(code.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
    })
}

/// What an authenticator app reads from the QR code.
pub fn otpauth_url(issuer: &str, account: &str, secret: &str) -> String {
    let enc = crate::common::next::query_value;
    format!(
        "otpauth://totp/{}:{}?secret={secret}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

/// The QR code of `url` as an SVG element (no XML prologue), black on white with a quiet zone.
pub fn qr_svg(url: &str) -> String {
    let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else { return String::new() };
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build();
    match svg.find("<svg") {
        Some(at) => {
            // The name goes into markup as it is, so it is escaped for an attribute.
            let label =
                crate::t!("accounts-qr-label").replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
            svg[at..].replacen("<svg", &format!("<svg role=\"img\" aria-label=\"{label}\""), 1)
        }
        None => String::new(),
    }
}

/// Fresh recovery codes: `xxxxx-xxxxx`, 50 bits each, from letters and digits that cannot be mistaken for
/// each other.
pub fn recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::thread_rng();
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut code: String = (0..10).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect();
            code.insert(5, '-');
            code
        })
        .collect()
}

/// A recovery code as typed (any case, spaces, with or without the dash) in the form its digest is taken of.
pub fn normal_recovery_code(raw: &str) -> String {
    let plain: String = raw.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    match plain.len() {
        10 => format!("{}-{}", &plain[..5], &plain[5..]),
        _ => plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238's SHA-1 key, "12345678901234567890", in base32.
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    #[test]
    fn codes_match_the_rfc_6238_vectors() {
        // The RFC's 8-digit values end in these six digits.
        assert_eq!(code_at(RFC_SECRET, 59).unwrap(), "287082");
        assert_eq!(code_at(RFC_SECRET, 1_111_111_109).unwrap(), "081804");
        assert_eq!(code_at(RFC_SECRET, 1_234_567_890).unwrap(), "005924");
        assert_eq!(code_at(RFC_SECRET, 2_000_000_000).unwrap(), "279037");
    }

    #[test]
    fn a_code_works_one_step_either_side_and_only_once() {
        let now = 1_234_567_890;
        let step = (now / STEP_SECS) as i64;
        let code = code_at(RFC_SECRET, now).unwrap();
        assert_eq!(matching_step(RFC_SECRET, &code, now, 0), Some(step));
        assert_eq!(matching_step(RFC_SECRET, &code, now + STEP_SECS, 0), Some(step), "a step late");
        assert_eq!(matching_step(RFC_SECRET, &code, now - STEP_SECS, 0), Some(step), "a step early");
        assert_eq!(matching_step(RFC_SECRET, &code, now + 2 * STEP_SECS, 0), None, "two steps late");
        assert_eq!(matching_step(RFC_SECRET, &code, now, step), None, "used already");
        assert_eq!(matching_step(RFC_SECRET, &format!("{} {}", &code[..3], &code[3..]), now, 0), Some(step));
        for wrong in ["", "12345", "1234567", "abcdef", "000000"] {
            assert_eq!(matching_step(RFC_SECRET, wrong, now, 0), None, "{wrong}");
        }
    }

    #[test]
    fn secrets_and_recovery_codes_are_fresh_and_readable() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a, b);
        assert_eq!(a.len(), 32, "160 bits in base32");
        assert!(code_at(&a, 0).is_some());
        let codes = recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        assert!(codes.iter().all(|c| c.len() == 11 && c.as_bytes()[5] == b'-'));
        assert_eq!(normal_recovery_code(&codes[0].to_uppercase().replace('-', " ")), codes[0]);
    }

    #[test]
    fn the_qr_code_is_an_svg_with_a_name() {
        let url = otpauth_url("Acme Community", "ada@example.com", RFC_SECRET);
        assert!(url.starts_with("otpauth://totp/Acme%20Community:ada%40example.com?secret="));
        let svg = qr_svg(&url);
        assert!(svg.starts_with("<svg role=\"img\" aria-label=\"QR code"), "{}", &svg[..80.min(svg.len())]);
        assert!(!svg.contains("style="), "no style attributes under the pages' CSP");
    }
}
