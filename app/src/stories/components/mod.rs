//! Story pages and widgets.

mod embed_admin_page;
mod featured_stories;
mod my_stories_page;
mod review_item;
mod review_page;
mod stars;
mod story_card;
mod story_editor;
mod story_form_pages;
mod story_page;
mod story_pictures;
mod wall_page;

pub use embed_admin_page::EmbedAdminPage;
pub use featured_stories::FeaturedStories;
pub use my_stories_page::MyStoriesPage;
pub use review_page::ReviewPage;
pub use stars::Stars;
pub use story_card::StoryCardView;
pub use story_form_pages::{EditStoryPage, NewStoryPage};
pub use story_page::StoryView;
pub use wall_page::WallPage;
