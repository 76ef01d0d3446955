//! What the privacy pages show.

use serde::{Deserialize, Serialize};

/// The account an admin is about to delete.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletionSubject {
    pub id: i64,
    pub name: String,
    pub handle: String,
    pub email: String,
    pub is_admin: bool,
    pub deleted: bool,
}
