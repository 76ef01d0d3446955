//! Notifications: what happened to a member's posts, stories, badges and redemptions, written by
//! [`repo`] in the transaction of the event, counted in the header and listed on `/notifications`. Every
//! feature notifies through it; it knows none of them.

mod api;
#[cfg(feature = "ssr")]
pub mod courier;
pub mod email;
pub mod email_api;
mod email_settings_page;
mod nav_refresh;
mod notifications_page;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod views;

pub use api::*;
pub use email_settings_page::{EmailSettingsPage, UnsubscribePage};
pub use nav_refresh::NavRefresh;
pub use notifications_page::NotificationsPage;
