//! Every API error in one shape: RFC 9457 problem details (`application/problem+json`). The `type` is a link
//! to the error's section of `/api/docs`; `field` names the request field at fault, when one is.

use app::error::AppError;
use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use serde::Serialize;
use utoipa::ToSchema;

/// An error, as RFC 9457 describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Problem {
    /// A link to this kind of error's explanation in the API reference.
    #[serde(rename = "type")]
    pub kind: String,
    /// The kind of error, the same for every occurrence.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong this time, in words a person can act on.
    pub detail: String,
    /// The request field at fault (a body property, a query parameter or a header), if one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For 429: the seconds to wait before trying again (also in the `Retry-After` header).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

/// The kinds of error, each with its status and title. Their slugs are the anchors of `/api/docs`.
pub const KINDS: &[(&str, u16, &str)] = &[
    ("bad-request", 400, "The request is malformed"),
    ("unauthorized", 401, "No valid API token"),
    ("forbidden", 403, "The token may not do this"),
    ("not-found", 404, "Not found"),
    ("method-not-allowed", 405, "This route does not take that method"),
    ("gone", 410, "No longer available"),
    ("conflict", 409, "Conflicts with the current state"),
    ("too-large", 413, "The request body is too large"),
    ("unsupported-media-type", 415, "The body must be JSON"),
    ("invalid", 422, "A field is invalid"),
    ("idempotency-key-reused", 422, "The Idempotency-Key was used for another request"),
    ("rate-limited", 429, "Too many requests"),
    ("internal", 500, "Something failed on the server"),
];

impl Problem {
    /// A problem of kind `slug` (one of [`KINDS`]).
    pub fn new(slug: &str, detail: impl Into<String>) -> Problem {
        let (slug, status, title) = KINDS.iter().copied().find(|(s, ..)| *s == slug).unwrap_or(KINDS[KINDS.len() - 1]);
        Problem {
            kind: format!("/api/docs#problem-{slug}"),
            title: title.to_string(),
            status,
            detail: detail.into(),
            field: None,
            retry_after: None,
        }
    }

    pub fn on(mut self, field: &str) -> Problem {
        self.field = Some(field.to_string());
        self
    }

    pub fn bad_request(field: &str, detail: impl Into<String>) -> Problem {
        Problem::new("bad-request", detail).on(field)
    }

    pub fn invalid(field: &str, detail: impl Into<String>) -> Problem {
        Problem::new("invalid", detail).on(field)
    }

    pub fn not_found(what: &str) -> Problem {
        Problem::new("not-found", format!("{what} was not found."))
    }

    pub fn internal() -> Problem {
        Problem::new("internal", "Something went wrong on our side; the details are in the server log. Try again.")
    }
}

impl From<AppError> for Problem {
    fn from(e: AppError) -> Problem {
        let slug = match &e {
            AppError::Validation { .. } => "invalid",
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden | AppError::Unconfirmed | AppError::Restricted { .. } => "forbidden",
            AppError::NotFound(_) => "not-found",
            AppError::Gone(_) => "gone",
            AppError::Conflict { .. } => "conflict",
            AppError::RateLimited { .. } | AppError::Limited { .. } => "rate-limited",
            AppError::Internal | AppError::Transport(_) => "internal",
        };
        let mut p = Problem::new(slug, e.to_string());
        p.field = e.field().map(str::to_string);
        if let AppError::RateLimited { retry_after_secs } | AppError::Limited { retry_after_secs, .. } = e {
            p.retry_after = Some(retry_after_secs);
        }
        p
    }
}

impl From<app::common::field_error::FieldError> for Problem {
    fn from(e: app::common::field_error::FieldError) -> Problem {
        Problem::invalid(e.field, e.message)
    }
}

impl From<sqlx::Error> for Problem {
    fn from(e: sqlx::Error) -> Problem {
        tracing::error!(error = %e, "API query failed");
        Problem::internal()
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut res = (status, axum::Json(&self)).into_response();
        let h = res.headers_mut();
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Some(secs) = self.retry_after {
            h.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if status == StatusCode::UNAUTHORIZED {
            h.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"chorus\""));
        }
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_errors_keep_their_status_field_and_wait() {
        let p = Problem::from(AppError::invalid("amount", "The amount cannot be zero."));
        assert_eq!((p.status, p.field.as_deref(), p.kind.as_str()), (422, Some("amount"), "/api/docs#problem-invalid"));
        let p = Problem::from(AppError::RateLimited { retry_after_secs: 12 });
        assert_eq!((p.status, p.retry_after), (429, Some(12)));
        assert_eq!(Problem::from(AppError::NotFound("That member".into())).status, 404);
        assert_eq!(Problem::from(AppError::Gone("That story".into())).status, 410);
    }

    #[test]
    fn every_kind_has_its_own_anchor() {
        let mut slugs: Vec<&str> = KINDS.iter().map(|(s, ..)| *s).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), KINDS.len());
        assert_eq!(Problem::new("no-such-kind", "x").status, 500);
    }
}
