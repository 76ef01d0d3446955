//! Challenges: admins publish them, members complete them (reviewed by a moderator, or at once by visiting a
//! link or answering a question), and completing one earns its points through the ledger.

pub mod api;
pub mod components;
pub mod domain;
pub mod views;

#[cfg(feature = "ssr")]
pub mod repo;
