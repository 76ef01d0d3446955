//! Markdown as members write it: the body they type, the editor with its preview, and rendering to safe
//! HTML. The forum and stories both use it; it knows neither.

mod add_picture;
mod api;
mod body;
mod body_field;
#[cfg(feature = "ssr")]
mod render;

pub use api::{preview, Preview};
pub use body::{PostBody, BODY_MAX};
pub use body_field::BodyField;
#[cfg(feature = "ssr")]
pub use render::{plain_text, render, Rendered, Renderer, MAX_DEPTH, RENDER_BUDGET};
