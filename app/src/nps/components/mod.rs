//! NPS pages and the banner.

mod banner;
mod distribution_chart;
mod nps_admin_page;
mod results;
mod survey_editor;
mod trend_chart;

pub use banner::NpsBanner;
pub use nps_admin_page::NpsAdminPage;
