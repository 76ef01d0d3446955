//! Activity: who took part on which day, the rollup the dashboard's participation and retention figures
//! read. Features note activity through [`record`] in the transaction that stores it; it knows none of them.

#[cfg(feature = "ssr")]
mod repo;
#[cfg(feature = "ssr")]
pub use repo::record;
