//! What every feature uses and no feature owns: text for elements the renderer writes raw, where a
//! redirect may go, building that redirect, resource data without the HTML the page already carries, rendered
//! HTML kept for the data it shows, the data the server read for a page before rendering it, field errors,
//! text, dates, paging, picture names, and CSV for the admin downloads and reading uploaded CSV.

pub mod answered;
#[cfg(feature = "ssr")]
pub mod cookies;
#[cfg(feature = "ssr")]
pub mod csv;
pub mod dates;
pub mod field_error;
pub mod html;
pub mod links;
pub mod net;
pub mod next;
pub mod paging;
pub mod pictures;
#[cfg(feature = "ssr")]
pub mod preread;
#[cfg(feature = "ssr")]
pub mod redirect;
pub mod rendered;
pub mod shipped;
pub mod spaces;
pub mod text;
pub mod upload;

#[cfg(test)]
mod source_tests;
