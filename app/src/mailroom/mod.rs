//! `/admin/mail`: every email the portal wrote, where it is (queued, sent, failed, kept), each one in full,
//! "retry" for a failed one and a test email to check the SMTP settings (admins only).

pub mod api;
mod mail_page;

pub use mail_page::MailPage;

/// Emails per page of the list.
pub const MAIL_PER_PAGE: u32 = 50;
