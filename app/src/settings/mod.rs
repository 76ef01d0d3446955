//! The programme's settings: the admins' `/admin/settings` (the community's name and look, its logo and
//! favicon) and `/admin/settings/legal` (the terms of service, the privacy notice and the community
//! guidelines, published as versions), `/admin/registration` (who may join), the public `/terms`, `/privacy` and `/guidelines`, and the banner that asks a member to accept new terms.

pub mod api;
mod legal_admin_page;
mod legal_pages;
mod registration_page;
mod settings_page;
mod terms_banner;
pub mod views;

pub use legal_admin_page::LegalAdminPage;
pub use legal_pages::{GuidelinesPage, PrivacyPage, TermsPage};
pub use registration_page::RegistrationPage;
pub use settings_page::SettingsPage;
pub use terms_banner::TermsBanner;
