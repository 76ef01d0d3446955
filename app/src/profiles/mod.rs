//! A member's public page, `/u/<handle>`: a page composed from several features (recognition's points,
//! badges and spotlight, the forum's recent posts, stories' featured ones), so it sits above them all.

mod api;
mod details_form;
pub mod domain;
mod my_profile_page;
mod profile_page;
#[cfg(feature = "ssr")]
mod repo;
pub mod views;

pub use api::*;
pub use my_profile_page::MyProfilePage;
pub use profile_page::ProfilePage;
