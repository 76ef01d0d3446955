//! Invitations: an admin invites one address or a CSV of up to 10,000; each gets an email with a link that
//! opens a sign-up form with the address filled in and already confirmed. The admin follows each one (sent,
//! opened, joined, expired) and can send it again or withdraw it. Joining with the link is in `join`.

pub mod api;
pub mod components;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod send;
#[cfg(feature = "ssr")]
pub mod sheet;
