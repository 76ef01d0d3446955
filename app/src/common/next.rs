//! Where to send someone after they sign in or up: a path on this site, or the fallback.

/// `next` when it is a path on this site, otherwise `fallback`.
///
/// Browsers forgive a lot in a `Location`: they drop tabs and newlines (`/\t/evil.example` becomes
/// `//evil.example`, another site), read `\` as `/`, and treat `//host` as another host. So anything with a
/// control character, a backslash or a scheme is refused outright, and what is left must start with exactly
/// one `/` (the same test is applied to the percent-decoded text, so an encoded slash cannot sneak a second
/// one in after a browser's decoding).
pub fn safe_next(next: Option<&str>, fallback: &str) -> String {
    match next {
        Some(path) if is_local_path(path) => path.to_string(),
        _ => fallback.to_string(),
    }
}

/// `text` percent-encoded for a query string's value (everything but letters, digits and `-._~`).
pub fn query_value(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Whether `path` can only name a page on this site.
pub fn is_local_path(path: &str) -> bool {
    let plain = |p: &str| {
        p.starts_with('/')
            && !p.starts_with("//")
            && !p.chars().any(|c| c.is_control() || c == '\\' || c.is_whitespace())
            && !p.contains("://")
    };
    !path.is_empty() && path.len() <= 2048 && plain(path) && plain(&percent_decoded(path))
}

/// `text` with `%XX` escapes decoded (bytes that are not UTF-8 become U+FFFD).
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn next_only_goes_to_local_paths() {
        assert_eq!(safe_next(Some("/account"), "/"), "/account");
        assert_eq!(safe_next(Some("/forum/t/1/hi?page=2#post-3"), "/"), "/forum/t/1/hi?page=2#post-3");
        assert_eq!(safe_next(Some("//evil.example"), "/"), "/");
        assert_eq!(safe_next(Some("https://evil.example"), "/"), "/");
        assert_eq!(safe_next(Some("/\\evil.example"), "/"), "/");
        assert_eq!(safe_next(None, "/account"), "/account");
    }

    #[test]
    fn control_characters_and_encoded_slashes_are_refused() {
        // The reviewer's finding: a tab that browsers drop, leaving `//evil.example`.
        assert_eq!(safe_next(Some("/\t/evil.example"), "/"), "/");
        assert_eq!(safe_next(Some("/\n/evil.example"), "/"), "/");
        assert_eq!(safe_next(Some("/\r\nSet-Cookie: x=1"), "/"), "/");
        assert_eq!(safe_next(Some("/%09/evil.example"), "/"), "/");
        assert_eq!(safe_next(Some("/%2F/evil.example"), "/"), "/");
        assert_eq!(safe_next(Some("/%5Cevil.example"), "/"), "/");
        assert_eq!(safe_next(Some(" /account"), "/"), "/");
        assert_eq!(safe_next(Some("/javascript://x"), "/"), "/");
        assert_eq!(safe_next(Some(""), "/"), "/");
    }

    proptest! {
        /// Whatever comes in, what goes out is a path that no browser reads as another host.
        #[test]
        fn whatever_comes_in_the_result_stays_on_this_site(
            next in prop_oneof![any::<String>(), any::<String>().prop_map(|s| format!("/{s}"))]
        ) {
            let out = safe_next(Some(&next), "/account");
            prop_assert!(out.starts_with('/'));
            let cleaned: String = percent_decoded(&out).chars().filter(|c| !c.is_control() && !c.is_whitespace()).collect();
            prop_assert!(!cleaned.replace('\\', "/").starts_with("//"));
            prop_assert!(!cleaned.contains("://"));
            prop_assert!(http::HeaderValue::from_str(&out).is_ok());
        }

        /// Near-misses built from the characters attackers use.
        #[test]
        fn built_from_slashes_and_controls_nothing_leaves(parts in proptest::collection::vec(
            prop_oneof![Just("/"), Just("\\"), Just("\t"), Just("%09"), Just("%2f"), Just("evil.example"), Just(":"), Just("%5c"), Just("\n")], 1..8)) {
            let next: String = parts.concat();
            let out = safe_next(Some(&next), "/account");
            let cleaned: String = percent_decoded(&out).chars().filter(|c| !c.is_control()).collect();
            prop_assert!(!cleaned.replace('\\', "/").starts_with("//"), "{next:?} gave {out:?}");
        }
    }
}
