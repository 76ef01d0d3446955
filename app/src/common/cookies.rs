//! Reading one cookie from a request's `Cookie` headers (the referral code, the remembered device).

/// The raw value of cookie `name` among a request's cookies.
pub fn value(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_is_found_among_several_headers_and_pairs() {
        let mut h = http::HeaderMap::new();
        h.append(http::header::COOKIE, "a=1; chorus_device=tok".parse().unwrap());
        h.append(http::header::COOKIE, "ref=abc".parse().unwrap());
        assert_eq!(value(&h, "chorus_device").as_deref(), Some("tok"));
        assert_eq!(value(&h, "ref").as_deref(), Some("abc"));
        assert_eq!(value(&h, "chorus"), None);
    }
}
