//! Recognition: the points ledger, earning rules, levels and leaderboards.

pub mod api;
pub mod badges;
pub mod components;
pub mod domain;
pub mod views;

#[cfg(feature = "ssr")]
pub mod repo;
