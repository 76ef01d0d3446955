//! Admin pages.

mod members_page;
mod role_form;

pub use members_page::MembersPage;
