//! Groups: sets of members that private spaces are limited to. Admins make a group (visible to every member or
//! hidden, joined freely, on request or only through them), add people by hand, from a CSV, with an invitation,
//! or by rules (an email domain, a level) that every node applies each minute. A category limited to a group
//! is seen only by its members and staff: the SQL conditions that enforce it everywhere are in
//! [`crate::common::spaces`].

pub mod api;
pub mod components;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod repo;
