//! Referrals: every member has a link; a friend who signs up through it is attributed to them, and once the
//! friend qualifies (and any hold has passed) the referrer is rewarded through the ledger. Fraud controls hold
//! or refuse suspicious referrals, each with a reason an admin can read. A friend who buys (an order reported by
//! the API or a CSV upload) "became a customer", which may be what qualifies the referral.

pub mod api;
pub mod components;
pub mod conversion;
#[cfg(feature = "ssr")]
pub mod conversion_sheet;
pub mod domain;
pub mod views;

#[cfg(feature = "ssr")]
pub mod repo;
