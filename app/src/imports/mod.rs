//! Imports: moving a programme in from spreadsheets. Admins upload (or `chorus import` reads) a CSV of
//! members with their groups, opening points balances, testimonials with their authors' consent, or reward
//! codes. Every import previews first (the same writes, rolled back), reports each refused line with its
//! number and reason, and can be run again: rows imported before are counted, never written twice.

pub mod api;
pub mod components;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod sheet;
pub mod views;
