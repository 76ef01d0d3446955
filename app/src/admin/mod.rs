//! Programme administration. For now: the member list and role management (who moderates, who administers).

pub mod api;
pub mod components;
pub mod domain;

#[cfg(feature = "ssr")]
pub mod repo;
