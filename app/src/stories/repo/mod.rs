//! Story SQL, written once for both backends.

pub mod lists;
pub mod read;
pub mod write;
