mod link_page;
mod provider_form;
mod security_page;
mod sso_page;
mod two_factor_section;

pub use link_page::SsoLinkPage;
pub use security_page::SecurityPage;
pub use sso_page::SsoPage;
