//! The one error type every server function returns, shared by server and browser.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

/// What can go wrong, in words a person can act on. Internal details never travel in it: they are logged on
/// the server where the error happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// A field failed validation; `field` is the form field's name.
    #[error("{message}")]
    Validation { field: String, message: String },
    /// The caller must sign in first.
    #[error("Please sign in to continue.")]
    Unauthorized,
    /// The caller is signed in but may not do this.
    #[error("You do not have permission to do that.")]
    Forbidden,
    /// The member has not confirmed their email address yet, which this needs.
    #[error("Confirm your email address first: open the link we sent you, or send a new one from your account page.")]
    Unconfirmed,
    /// Staff restricted the member (a suspension, a silence): the message says until when and why.
    #[error("{message}")]
    Restricted { message: String },
    /// The record does not exist (or the caller may not know that it does).
    #[error("{0} was not found.")]
    NotFound(String),
    /// The record existed and was taken down (a story whose author withdrew consent).
    #[error("{0} is no longer available.")]
    Gone(String),
    /// The request conflicts with existing data, such as an email that is already registered.
    #[error("{message}")]
    Conflict { field: Option<String>, message: String },
    /// Too many attempts; try again after the given number of seconds.
    #[error("Too many attempts. Please wait {} and try again.", wait_words(*retry_after_secs))]
    RateLimited { retry_after_secs: u64 },
    /// A posting limit was hit; the message names the limit and when it lifts.
    #[error("{message}")]
    Limited { message: String, retry_after_secs: u64 },
    /// Something failed on the server; the details are in the server log.
    #[error("Something went wrong on our side. Please try again in a moment.")]
    Internal,
    /// The request never reached the server or its answer could not be read.
    #[error("Could not reach the server ({0}). Check your connection and try again.")]
    Transport(String),
}

fn wait_words(secs: u64) -> String {
    match secs {
        0..=1 => "a second".to_string(),
        2..=89 => format!("{secs} seconds"),
        _ => format!("{} minutes", secs.div_ceil(60)),
    }
}

impl AppError {
    /// A validation error on one field.
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        AppError::Validation { field: field.to_string(), message: message.into() }
    }

    /// The form field this error belongs to, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            AppError::Validation { field, .. } => Some(field),
            AppError::Conflict { field, .. } => field.as_deref(),
            _ => None,
        }
    }

    /// The message to show under form field `name`, when an action's `result` is an error about that field.
    pub fn for_field<T>(result: Option<Result<T, AppError>>, name: &str) -> Option<String> {
        result.and_then(|r| r.err()).filter(|e| e.field() == Some(name)).map(|e| e.to_string())
    }

    /// The HTTP status that describes this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Validation { .. } => 422,
            AppError::Unauthorized => 401,
            AppError::Forbidden | AppError::Unconfirmed | AppError::Restricted { .. } => 403,
            AppError::NotFound(_) => 404,
            AppError::Gone(_) => 410,
            AppError::Conflict { .. } => 409,
            AppError::RateLimited { .. } | AppError::Limited { .. } => 429,
            AppError::Internal | AppError::Transport(_) => 500,
        }
    }
}

/// A failed query is logged where it happens and reaches the caller as [`AppError::Internal`], so a
/// server function can use `?` on its repo calls.
#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        tracing::error!(error = %e, "database query failed");
        AppError::Internal
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // A form that could not be decoded is the caller's mistake: say so without internals.
            ServerFnErrorErr::Args(msg) | ServerFnErrorErr::Deserialization(msg) => {
                AppError::invalid("form", format!("The form could not be read: {msg}"))
            }
            ServerFnErrorErr::Request(msg) | ServerFnErrorErr::Response(msg) => AppError::Transport(msg),
            _ => AppError::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limit_message_names_the_wait() {
        let e = AppError::RateLimited { retry_after_secs: 300 };
        assert_eq!(e.to_string(), "Too many attempts. Please wait 5 minutes and try again.");
        assert!(AppError::RateLimited { retry_after_secs: 12 }.to_string().contains("12 seconds"));
    }

    #[test]
    fn each_error_maps_to_its_status() {
        assert_eq!(AppError::invalid("email", "x").status(), 422);
        assert_eq!(AppError::Unauthorized.status(), 401);
        assert_eq!(AppError::Forbidden.status(), 403);
        assert_eq!(AppError::Unconfirmed.status(), 403);
        assert_eq!(AppError::Internal.status(), 500);
    }

    #[test]
    fn internal_errors_say_nothing_about_internals() {
        assert!(!AppError::Internal.to_string().to_lowercase().contains("sql"));
    }
}
