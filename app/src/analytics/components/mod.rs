//! Dashboard pages and widgets.

mod cohort_table;
mod dashboard_page;
mod figures_table;
mod line_chart;
mod period_form;
mod reward_bars;

pub use dashboard_page::DashboardPage;
