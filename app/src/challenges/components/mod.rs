//! Challenge pages.

mod challenge_card;
mod challenge_editor;
mod challenges_admin_page;
mod challenges_page;
mod completions_page;

pub use challenges_admin_page::ChallengesAdminPage;
pub use challenges_page::ChallengesPage;
pub use completions_page::CompletionsPage;
