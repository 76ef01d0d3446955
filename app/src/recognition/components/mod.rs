//! Points pages: your points, the leaderboard, and the admin's rules, levels and adjustments.

mod badge_icon;
mod badges_admin_page;
mod badges_page;
mod leaderboard_page;
mod points_admin_page;
mod points_page;
mod spotlight_card;

pub use badge_icon::BadgeChip;
pub use badges_admin_page::BadgesAdminPage;
pub use badges_page::BadgesPage;
pub use leaderboard_page::LeaderboardPage;
pub use points_admin_page::PointsAdminPage;
pub use points_page::PointsPage;
pub use spotlight_card::SpotlightCard;
