//! Getting back in and proving an address: a forgotten password, the confirmation link sent at sign-up,
//! and moving an account to a new address. Every step goes by a single-use link in an email.

pub mod api;
mod pages;

pub use pages::{CheckEmailPage, ConfirmEmailPage, ForgotPasswordPage, ResetPasswordPage};
