//! Forum server functions. Every one is a public POST endpoint that checks its own caller: guests read,
//! members post and like, authors edit their own, moderators moderate, admins manage categories.

mod admin;
mod flags;
mod follow;
mod held;
mod moderate;
mod read;
mod write;

pub use admin::*;
pub use flags::*;
pub use follow::*;
pub use held::*;
pub use moderate::*;
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
