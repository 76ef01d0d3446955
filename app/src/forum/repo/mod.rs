//! SQL for the forum, written once for both backends.

pub mod categories;
pub mod flags;
pub mod follows;
pub mod held;
pub mod moderation;
pub mod posts;
pub mod search;
pub mod topics;
