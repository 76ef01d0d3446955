//! The audit log: one line per moderator or admin action, written in the transaction of the action it
//! records, and the admins' page that reads it. Every feature records through [`record`]; it knows none.

mod api;
mod audit_page;
#[cfg(feature = "ssr")]
mod record;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod views;

pub use api::*;
pub use audit_page::AuditLogPage;
#[cfg(feature = "ssr")]
pub use record::{record, record_via_token};

/// Entries per page of the audit log.
pub const AUDIT_PER_PAGE: u32 = 50;
