//! Admin pages.

mod decision_fields;
mod members_page;
mod role_form;
mod spam_form;

pub use decision_fields::DecisionFields;
pub use members_page::MembersPage;
