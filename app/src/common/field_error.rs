//! A problem with one form field: what every validating type returns, on the server and in the browser.

/// A problem with one form field, named by the field's `name` attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        FieldError { field, message: message.into() }
    }
}

impl From<FieldError> for crate::error::AppError {
    fn from(e: FieldError) -> Self {
        crate::error::AppError::invalid(e.field, e.message)
    }
}
