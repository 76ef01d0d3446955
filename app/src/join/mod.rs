//! Joining the community: the sign-up page and its server function. It creates the account through
//! accounts and credits the inviter through referrals, in one transaction, so it sits above both.

mod api;
mod sign_up_page;

pub use api::*;
pub use sign_up_page::SignUpPage;
