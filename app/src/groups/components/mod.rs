mod group_page;
mod group_select;
mod groups_page;

pub use group_page::GroupPage;
pub use group_select::GroupSelect;
pub use groups_page::GroupsPage;
