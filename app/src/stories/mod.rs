//! Customer stories: advocates submit them with their consent, moderators review and feature them, and the
//! public reads them on the wall, on their own pages, in embeds and through the JSON API.

pub mod api;
pub mod components;
pub mod domain;
pub mod views;

#[cfg(feature = "ssr")]
pub mod public;
#[cfg(feature = "ssr")]
pub mod repo;
