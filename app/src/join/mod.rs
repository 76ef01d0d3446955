//! Joining the community: the sign-up page and its server function. It creates the account through
//! accounts and credits the inviter through referrals, in one transaction, so it sits above both. An
//! admin's invitation (from `invitations`) is taken up here too.

mod account_fields;
mod api;
mod invitation_api;
mod invitation_page;
mod sign_up_page;

pub use api::*;
pub use invitation_api::*;
pub use invitation_page::InvitationPage;
pub use sign_up_page::SignUpPage;
