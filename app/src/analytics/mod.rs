//! The programme dashboard for admins: members, participation, referrals, stories, points, NPS and retention
//! over a chosen period against the one before it, as tables, server-drawn charts and CSV downloads.

pub mod api;
pub mod components;
pub mod domain;
pub mod figures;

#[cfg(feature = "ssr")]
pub mod csv;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod repo;
