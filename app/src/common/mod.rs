//! What every feature uses and no feature owns: text for elements the renderer writes raw, where a
//! redirect may go, and building that redirect.

pub mod dates;
pub mod field_error;
pub mod html;
pub mod links;
pub mod net;
pub mod next;
pub mod paging;
#[cfg(feature = "ssr")]
pub mod redirect;
pub mod text;

#[cfg(test)]
mod source_tests;
