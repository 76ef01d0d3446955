//! The welcome checklist a new member sees on the home page (and at `/welcome`): add a picture and a bio,
//! introduce yourself, read the guidelines (when published), write a first reply. Each step is ticked by the
//! real thing (read from the member's rows, not a button), and pays the `checklist` rule's points once per
//! step through the ledger when an admin has turned it on.

pub mod api;
pub mod checklist;
pub mod domain;

pub use checklist::{ChecklistCard, WelcomePage};
