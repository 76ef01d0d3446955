//! Admin pages.

mod members_page;
mod role_form;
mod spam_form;
mod standing_page;

pub use members_page::MembersPage;
pub use standing_page::StandingPage;
