//! SQL for points and recognition.

pub mod badges;
pub mod ledger;
pub mod levels;
pub mod profiles;
pub mod reads;
