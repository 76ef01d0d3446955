//! Every integration test in one binary, so the app is linked once rather than once per file.
//! Each module is one area, run over HTTP against a real server (or the `chorus` binary) on both backends.

#[macro_use]
mod common;

mod accounts;
mod api;
mod assets;
mod backup;
mod challenges;
mod cli;
mod conversions;
mod dashboard;
mod forum;
mod groups;
mod hostile_text;
mod imports;
mod invitations;
mod ledger_properties;
mod mail;
mod media;
mod membership;
mod moderation;
mod nps;
mod onboarding;
mod origins;
mod points;
mod privacy;
mod referral_visits;
mod referrals;
mod rewards;
mod roles;
mod schema;
mod site;
mod sso;
mod stories;
mod two_factor;
mod webhooks;
