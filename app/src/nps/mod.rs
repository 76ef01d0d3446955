//! Net Promoter Score surveys: admins write the question, members answer in a banner at most once a period
//! (answers can earn points through the ledger), admins read the score, its trend and the comments.

pub mod api;
pub mod components;
pub mod domain;
pub mod trend;
pub mod views;

#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod repo;
