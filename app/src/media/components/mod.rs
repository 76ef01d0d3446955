mod avatar;
mod avatar_form;
mod pictures_page;

pub use avatar::Avatar;
pub use avatar_form::AvatarForm;
pub use pictures_page::PicturesPage;
