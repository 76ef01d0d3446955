//! What the import page shows.

use crate::imports::domain::ImportReport;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportsPage {
    /// The last run's report, shown once.
    pub report: Option<ImportReport>,
    /// The groups a member row may name: (slug, name).
    pub groups: Vec<(String, String)>,
    /// The discount-code rewards a code row may name, by title.
    pub code_rewards: Vec<String>,
}
