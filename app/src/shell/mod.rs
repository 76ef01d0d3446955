//! The page frame: header, navigation, main landmark, footer, the not-found page and the accessibility
//! statement; whether the page loads the app.

mod accessibility;
pub mod hydration;
mod language;
mod layout;
mod not_found;
pub mod theme;

#[cfg(feature = "ssr")]
pub mod csp;

pub use accessibility::AccessibilityPage;
pub use layout::Layout;
pub use not_found::NotFound;
