//! API tokens: admins make a token for another system (a CRM, a shop), choose what it may do, see its secret
//! once and revoke it. The REST API in the server crate authenticates with [`repo::authenticate`] and keeps
//! idempotent writes with [`repo::claim`] and [`repo::remember`].

pub mod api;
pub mod components;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod repo;
