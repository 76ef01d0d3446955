//! SQL for points and recognition.

pub mod ledger;
pub mod levels;
pub mod reads;
