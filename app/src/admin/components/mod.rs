//! Admin pages.

mod members_page;
mod role_form;
mod spam_form;

pub use members_page::MembersPage;
