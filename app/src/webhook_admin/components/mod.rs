mod endpoint_form;
mod endpoint_page;
mod webhooks_page;

pub use endpoint_page::WebhookPage;
pub use webhooks_page::WebhooksPage;
