//! The `chorus` server: command line, configuration, HTTP stack, sessions and security layers.

pub mod baseline;
pub mod cli;
pub mod commands;
pub mod demo_challenges;
pub mod demo_forum;
pub mod demo_history;
pub mod demo_nps;
pub mod demo_referrals;
pub mod demo_rewards;
pub mod demo_stories;
pub mod progress;
pub mod referral_link;
pub mod router;
pub mod security;
pub mod seed;
pub mod serve;
pub mod sessions;
pub mod synthetic;
pub mod synthetic_programme;
pub mod synthetic_stories;
pub mod synthetic_text;
pub mod telemetry;
pub mod testimonials;

/// An error for the console: one line that names the problem.
pub type CliError = Box<dyn std::error::Error + Send + Sync>;
