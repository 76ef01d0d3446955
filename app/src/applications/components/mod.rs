//! The applications' pages: the applicant's confirmation, and the admins' queue.

mod confirm_page;
mod queue_page;

pub use confirm_page::{ApplicationConfirmedPage, ConfirmApplicationPage};
pub use queue_page::ApplicationsPage;
