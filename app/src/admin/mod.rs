//! Programme administration: the member list and each member's detail page, role management (who moderates, who administers), removing
//! spam accounts, and suspending or silencing a member for a period.

pub mod api;
pub mod components;
pub mod detail;
pub mod detail_api;
#[cfg(feature = "ssr")]
pub mod detail_repo;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod export;
pub mod filter;
pub mod standing_api;

#[cfg(feature = "ssr")]
pub mod repo;
