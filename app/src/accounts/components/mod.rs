//! Account pages and widgets.

mod account_page;
mod auth;
mod display_name_form;
mod email_form;
mod password_form;
mod require_role;
mod sign_in_page;
mod sign_out_button;
mod two_factor_page;

pub use account_page::AccountPage;
pub use auth::{provide_auth, use_auth, Auth};
pub use email_form::{EmailForm, UnconfirmedNote};
pub use require_role::RequireRole;
pub use sign_in_page::SignInPage;
pub use sign_out_button::SignOutButton;
pub use two_factor_page::TwoFactorPage;
