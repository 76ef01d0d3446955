//! What every feature uses and no feature owns: text for elements the renderer writes raw, where a
//! redirect may go, building that redirect, and CSV for the admin downloads.

#[cfg(feature = "ssr")]
pub mod csv;
pub mod html;
pub mod net;
pub mod next;
#[cfg(feature = "ssr")]
pub mod redirect;

#[cfg(test)]
mod source_tests;

#[cfg(test)]
mod parse_properties;
