//! Forum pages and widgets.

mod category_page;
mod forum_page;
mod new_topic_page;
mod post_tools;
mod post_view;
mod reply_form;
mod topic_actions;
mod topic_page;
mod topic_tools;

pub use category_page::CategoryView;
pub use forum_page::ForumPage;
pub use new_topic_page::NewTopicPage;
pub use topic_page::TopicView;
mod categories_admin_page;
pub use categories_admin_page::CategoriesAdminPage;
mod search_page;
pub use search_page::SearchPage;
mod flag_form;
mod flags_page;
pub use flags_page::FlagsPage;
mod held_page;
pub use held_page::HeldPage;
mod history_page;
pub use history_page::PostHistoryPage;
