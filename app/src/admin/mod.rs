//! Programme administration: the member list, role management (who moderates, who administers), removing
//! spam accounts, and suspending or silencing a member for a period.

pub mod api;
pub mod components;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod export;
pub mod filter;
pub mod standing_api;

#[cfg(feature = "ssr")]
pub mod repo;
