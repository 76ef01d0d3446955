//! Net Promoter Score surveys: admins write the question, members answer in a banner at most once a period
//! (answers can earn points through the ledger), admins read the score, its trend and the comments.

pub mod domain;
pub mod trend;
