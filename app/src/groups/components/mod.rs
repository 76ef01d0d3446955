mod group_page;
mod groups_page;

pub use group_page::GroupPage;
pub use groups_page::GroupsPage;
