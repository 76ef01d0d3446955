mod avatar_form;
mod my_pictures_page;
mod pictures_page;

pub use avatar_form::AvatarForm;
pub use my_pictures_page::MyPicturesPage;
pub use pictures_page::PicturesPage;
