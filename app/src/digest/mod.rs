//! The digest: for every member whose digest is due (daily or weekly, their choice), one email with the
//! notifications they have not read since the last one, the community's popular topics and newly featured
//! stories. A member with nothing new gets nothing.
//!
//! Members are streamed in pages of `batch` by id, never loaded at once. Each member is claimed by a guarded
//! update of `digest_sent_at`, inside the transaction that writes their email, so two nodes running the
//! digest at the same time never send one member two.

#[cfg(feature = "ssr")]
mod run;

#[cfg(feature = "ssr")]
pub use run::{run, DigestRun};
