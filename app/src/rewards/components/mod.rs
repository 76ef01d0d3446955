//! Reward pages: the catalogue, your rewards, and the admin's catalogue and fulfilment queue.

mod my_rewards_page;
mod redemption_row;
mod redemptions_admin_page;
mod reward_card;
mod reward_editor;
mod reward_picture;
mod rewards_admin_page;
mod rewards_page;

pub use my_rewards_page::MyRewardsPage;
pub use redemptions_admin_page::RedemptionsAdminPage;
pub use rewards_admin_page::RewardsAdminPage;
pub use rewards_page::RewardsPage;
