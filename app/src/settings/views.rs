//! What the settings page shows, shared by the server and the browser.

use serde::{Deserialize, Serialize};

/// The settings form's values as stored, and the pictures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsView {
    pub name: String,
    pub tagline: String,
    pub brand_colour: String,
    pub home_headline: String,
    pub home_intro: String,
    /// One `Label | address` per line.
    pub footer_links: String,
    pub logo_url: Option<String>,
    pub favicon_url: Option<String>,
    pub updated_at: i64,
    pub updated_by: Option<String>,
}
