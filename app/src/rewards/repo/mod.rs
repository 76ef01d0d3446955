//! SQL for rewards.

pub mod catalogue;
pub mod lists;
pub mod redeem;
