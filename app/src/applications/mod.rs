//! Applications to join, when the community joins by approval: an applicant's answers wait (once their
//! address is confirmed) in the admins' queue at `/admin/applications`; approving makes the account, declining
//! tells the applicant why. No account exists before approval, so an applicant appears nowhere else.
//! Applying is part of sign-up (`join`).

pub mod api;
pub mod components;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod repo;
