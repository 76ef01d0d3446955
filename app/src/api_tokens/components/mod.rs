mod tokens_page;

pub use tokens_page::ApiTokensPage;
