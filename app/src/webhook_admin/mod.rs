//! `/admin/webhooks`: admins register endpoints (an address, the events it wants), read and roll their signing
//! secret, turn them off, and follow each one's delivery log with "Send again". The outbox and the events are
//! in `webhooks`; the senders in server/src/webhooks.rs.

pub mod api;
pub mod components;
