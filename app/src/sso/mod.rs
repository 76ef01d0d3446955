//! Single sign-on with OpenID Connect: admins add providers at `/admin/sso` and choose who may still sign in
//! with a password; members sign in with a button per provider, and link or unlink providers at
//! `/me/security`. The protocol is in `client`, whose account a sign-in is in `flow`; the browser's side of
//! the flow is two plain routes in the server (`/sso/<slug>/start` and `/sso/<slug>/callback`).

pub mod api;
pub mod components;
pub mod domain;
pub mod two_factor_api;

#[cfg(feature = "ssr")]
pub mod client;
#[cfg(feature = "ssr")]
pub mod flow;
#[cfg(feature = "ssr")]
pub mod repo;

#[cfg(test)]
mod domain_tests;
