//! Email: what a message says ([`compose`]), and the outbox it waits in ([`outbox`]) until a sender on some
//! node delivers it over SMTP (the server's `mailer`). An email is written in the transaction of the event
//! that causes it, so a rolled-back event sends nothing and a committed one is never lost.

pub mod views;

#[cfg(feature = "ssr")]
pub mod compose;
#[cfg(feature = "ssr")]
pub mod outbox;

#[cfg(feature = "ssr")]
pub use compose::Letter;
