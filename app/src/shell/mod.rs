//! The page frame: header, navigation, main landmark, footer, and the not-found page; whether the page loads
//! the app.

pub mod hydration;
mod layout;
mod not_found;
pub mod theme;

#[cfg(feature = "ssr")]
pub mod csp;

pub use layout::Layout;
pub use not_found::NotFound;
