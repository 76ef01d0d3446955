//! The `chorus` server: command line, configuration, HTTP stack, sessions and security layers.

pub mod api;
pub mod assets;
pub mod backup;
pub mod baseline;
pub mod bench_mail;
pub mod bench_media;
pub mod bench_members;
pub mod bench_privacy;
pub mod bench_site;
pub mod cli;
pub mod commands;
pub mod database;
pub mod import;
pub mod mailer;
pub mod progress;
pub mod routes;
pub mod security;
pub mod seed;
pub mod serve;
pub mod sessions;
pub mod telemetry;
pub mod webhooks;

/// An error for the console: one line that names the problem.
pub type CliError = Box<dyn std::error::Error + Send + Sync>;
