//! The community's own name and look: the one settings row every page reads (name, tagline, logo, favicon,
//! brand colour, home-page text, footer links), the published terms of service and privacy notice, the colour arithmetic that keeps the
//! brand colour readable in the light and the dark theme, and the context the page frame reads it from.
//! Editing the settings is the admins' (the settings feature); everything else only reads.

pub mod colour;
pub mod context;
pub mod domain;
pub mod join_policy;
pub mod legal;
#[cfg(feature = "ssr")]
pub mod legal_repo;
#[cfg(feature = "ssr")]
pub mod repo;

#[cfg(test)]
mod colour_tests;
#[cfg(test)]
mod domain_tests;
#[cfg(test)]
mod legal_tests;

pub use context::{provide_site, use_site};
pub use domain::{FooterLink, Site, Theme};
pub use join_policy::{Admission, JoinMode, JoinPolicy};
