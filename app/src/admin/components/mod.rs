//! Admin pages.

mod member_page;
mod members_page;
mod role_form;
mod spam_form;
mod standing_page;

pub use member_page::MemberPage;
pub use members_page::MembersPage;
pub use standing_page::StandingPage;
