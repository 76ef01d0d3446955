//! Widgets every feature's pages use and no feature owns: a member's picture, the labelled field and form alert, the pager,
//! dates, the problem page, the status tabs and moderation queue, the staff decision fields and the share links.

mod avatar;
mod decision_fields;
mod field;
mod pager;
mod problem;
mod queue;
mod refused_lines;
mod share_links;
mod standing_card;
mod when;

pub use avatar::Avatar;
pub use decision_fields::DecisionFields;
pub use field::{field_error, form_error, last_error, server_field_error, Field, FormAlert, TextField};
pub use pager::Pager;
pub use problem::Problem;
pub use queue::{StatusTabs, Tab, TabbedQueue};
pub use refused_lines::RefusedLines;
pub use share_links::ShareLinks;
pub use standing_card::{Standing, StandingCard};
pub use when::When;
