//! Helping a member start: the "ways to earn" page, composed from recognition's rules and badges and the
//! running challenges, so it sits on the top floor.

pub mod api;
pub mod domain;
pub mod views;
mod ways_to_earn_page;

pub use ways_to_earn_page::WaysToEarnPage;
