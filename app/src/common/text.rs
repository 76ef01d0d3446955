//! Text that people type, made safe to store: one line, bounded length, and the slug of a title.

use crate::common::field_error::FieldError;

pub fn too_long(field: &'static str, what: &str, max: usize) -> FieldError {
    FieldError::new(field, format!("{what} can be at most {max} characters."))
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
