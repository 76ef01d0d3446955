//! Community forums: categories, topics, replies, likes and moderation.

pub mod api;
pub mod components;
pub mod domain;
pub mod flags;
pub mod limits;
pub mod search;
pub mod views;

#[cfg(feature = "ssr")]
pub mod feed;
#[cfg(feature = "ssr")]
pub mod repo;
