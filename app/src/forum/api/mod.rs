//! Forum server functions. Every one is a public POST endpoint that checks its own caller: guests read,
//! members post and like, authors edit their own, moderators moderate, admins manage categories.

mod admin;
mod flags;
mod moderate;
mod notifications;
mod read;
mod write;

pub use admin::*;
pub use flags::*;
pub use moderate::*;
pub use notifications::*;
pub use read::*;
pub use write::*;

#[cfg(feature = "ssr")]
use crate::{error::AppError, forum::limits::LimitHit};

#[cfg(feature = "ssr")]
impl From<LimitHit> for AppError {
    fn from(hit: LimitHit) -> Self {
        AppError::Limited { message: hit.message, retry_after_secs: hit.retry_after_secs }
    }
}

/// A page number from a form or URL: 0 reads as the first page.
#[cfg(feature = "ssr")]
fn page_or_first(page: u32) -> u32 {
    page.max(1)
}

/// The refusal for a page number past the end, naming the last page.
#[cfg(feature = "ssr")]
fn past_the_end(page: u32, last: u32) -> AppError {
    AppError::NotFound(format!("Page {page} (the last page is {last})"))
}
