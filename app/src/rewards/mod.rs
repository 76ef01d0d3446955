//! Rewards: the catalogue members spend points in, redemptions, and their fulfilment.

pub mod api;
pub mod components;
pub mod domain;
pub mod views;

#[cfg(feature = "ssr")]
pub mod csv;
#[cfg(feature = "ssr")]
pub mod repo;
