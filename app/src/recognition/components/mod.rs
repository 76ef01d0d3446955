//! Points pages: your points, the leaderboard, and the admin's rules, levels and adjustments.

mod leaderboard_page;
mod points_admin_page;
mod points_page;
mod standing_card;

pub use leaderboard_page::LeaderboardPage;
pub use points_admin_page::PointsAdminPage;
pub use points_page::PointsPage;
pub use standing_card::StandingCard;
