mod import_page;

pub use import_page::ImportPage;
