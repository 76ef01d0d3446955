//! Accounts: sign up, sign in, sign out, the account page, roles and the guards every feature reuses.

pub mod api;
pub mod components;
pub mod domain;
pub mod email_api;
pub mod refusal;

#[cfg(feature = "ssr")]
pub mod guard;
#[cfg(feature = "ssr")]
pub mod passwords;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod second_factor;
#[cfg(feature = "ssr")]
pub mod tokens;
#[cfg(feature = "ssr")]
pub mod two_factor;
