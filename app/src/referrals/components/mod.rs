//! Referral pages: the member's own link and referrals, the admin's review and orders upload, and the sign-up
//! invitation.

mod conversions_upload;
mod invitation_note;
mod my_referrals_page;
mod referral_row;
mod referrals_admin_page;
mod settings_form;

pub use invitation_note::InvitationNote;
pub use my_referrals_page::MyReferralsPage;
pub use referrals_admin_page::ReferralsAdminPage;
