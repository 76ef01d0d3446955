//! Text that people type, made safe to store: one line, bounded length, and the slug of a title.

use crate::{common::field_error::FieldError, t};

/// "`what` can be at most `max` characters." The limit is written without grouping, like the form's `maxlength`.
pub fn too_long(field: &'static str, what: &str, max: usize) -> FieldError {
    FieldError::new(field, t!("common-too-long", what = what, max = max.to_string()))
}

/// One line of text: inner runs of blanks (line breaks included) become one space; required, bounded.
pub fn one_line(raw: &str, field: &'static str, missing: &str, what: &str, max: usize) -> Result<String, FieldError> {
    let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.is_empty() {
        return Err(FieldError::new(field, missing));
    }
    if value.chars().count() > max {
        return Err(too_long(field, what, max));
    }
    Ok(value)
}

/// Free text of bounded length: a category description or a moderator's reason.
pub fn bounded_text(raw: &str, field: &'static str, what: &str, max: usize) -> Result<String, FieldError> {
    let value = raw.trim().to_string();
    if value.chars().count() > max {
        return Err(too_long(field, what, max));
    }
    Ok(value)
}

/// The address part of a URL made from a title: ASCII words joined by dashes, at most 60 characters;
/// `fallback` when the text has no ASCII letters or digits.
pub fn slugify_or(title: &str, fallback: &str) -> String {
    let mut slug = String::new();
    for word in title.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if slug.len() + word.len() + 1 > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    if slug.is_empty() {
        fallback.to_string()
    } else {
        slug
    }
}

/// A whole number with a comma between each group of three digits: 10000 → "10,000".
pub fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// Who someone is at work: "Head of Support at Acme", "Acme", "Head of Support" or nothing.
pub fn role_line(job_title: &str, company: &str) -> String {
    match (job_title.is_empty(), company.is_empty()) {
        (false, false) => t!("common-role-at", title = job_title, company = company),
        (false, true) => job_title.to_string(),
        (true, false) => company.to_string(),
        (true, true) => String::new(),
    }
}

#[cfg(test)]
mod thousands_tests {
    #[test]
    fn digits_are_grouped_in_threes() {
        let said: Vec<String> = [0, 999, 1000, 10_000, 1_234_567, -2500].map(super::thousands).to_vec();
        assert_eq!(said, ["0", "999", "1,000", "10,000", "1,234,567", "-2,500"]);
    }
}
