//! The one error type every server function returns, shared by server and browser.

use crate::t;
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

/// What can go wrong, in words a person can act on. Internal details never travel in it: they are logged on
/// the server where the error happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    /// A field failed validation; `field` is the form field's name.
    Validation { field: String, message: String },
    /// The caller must sign in first.
    Unauthorized,
    /// The caller is signed in but may not do this.
    Forbidden,
    /// The member has not confirmed their email address yet, which this needs.
    Unconfirmed,
    /// Staff restricted the member (a suspension, a silence): the message says until when and why.
    Restricted { message: String },
    /// The record does not exist (or the caller may not know that it does).
    NotFound(String),
    /// The record existed and was taken down (a story whose author withdrew consent).
    Gone(String),
    /// The request conflicts with existing data, such as an email that is already registered.
    Conflict { field: Option<String>, message: String },
    /// Too many attempts; try again after the given number of seconds.
    RateLimited { retry_after_secs: u64 },
    /// A posting limit was hit; the message names the limit and when it lifts.
    Limited { message: String, retry_after_secs: u64 },
    /// Something failed on the server; the details are in the server log.
    Internal,
    /// The request never reached the server or its answer could not be read.
    Transport(String),
}

/// In the page's language ([`crate::i18n::current`]): on the server the request's, in the browser the page's,
/// so an error the server sends is worded where it is shown.
impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            AppError::Validation { message, .. }
            | AppError::Restricted { message }
            | AppError::Conflict { message, .. }
            | AppError::Limited { message, .. } => return f.write_str(message),
            AppError::Unauthorized => t!("error-unauthorized"),
            AppError::Forbidden => t!("error-forbidden"),
            AppError::Unconfirmed => t!("error-unconfirmed"),
            AppError::NotFound(what) => t!("error-not-found", what = what.as_str()),
            AppError::Gone(what) => t!("error-gone", what = what.as_str()),
            AppError::RateLimited { retry_after_secs } => {
                t!("error-rate-limited", wait = wait_words(*retry_after_secs))
            }
            AppError::Internal => t!("error-internal"),
            AppError::Transport(why) => t!("error-transport", why = why.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for AppError {}

/// How long to wait, in words: "a second", "12 seconds", "5 minutes".
fn wait_words(secs: u64) -> String {
    match secs {
        0..=1 => t!("error-wait-second"),
        2..=89 => t!("error-wait-seconds", seconds = secs as i64),
        _ => t!("error-wait-minutes", minutes = secs.div_ceil(60) as i64),
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
                AppError::invalid("form", t!("error-form-unreadable", why = msg))
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
