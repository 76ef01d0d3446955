//! Webhooks: the events other systems can subscribe to, their outbox and its signing. An event writes one
//! delivery per subscribed endpoint in the event's own transaction ([`repo::emit`]); the senders of every node
//! (server/src/webhooks.rs) claim, sign and POST them. Admins manage endpoints in `webhook_admin`.

pub mod domain;
#[cfg(feature = "ssr")]
pub mod repo;

#[cfg(feature = "ssr")]
pub use repo::emit;
