//! The Markdown body of a post, checked once: what the editor, the preview and the forum accept.

use crate::{
    common::{field_error::FieldError, text::too_long},
    t,
};

/// Longest post body, in characters of Markdown.
pub const BODY_MAX: usize = 50_000;

/// A post's Markdown source: 1 to [`BODY_MAX`] characters, not only blanks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostBody(String);

impl PostBody {
    pub fn parse(raw: &str) -> Result<PostBody, FieldError> {
        let value = raw.trim_end().replace("\r\n", "\n");
        if value.trim().is_empty() {
            return Err(FieldError::new("body", t!("markdown-body-missing")));
        }
        if value.chars().count() > BODY_MAX {
            return Err(too_long("body", &t!("markdown-body-what"), BODY_MAX));
        }
        Ok(PostBody(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
