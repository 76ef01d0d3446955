//! Pictures: avatars, pictures in posts and stories, reward pictures. Uploads are decoded, re-encoded and kept
//! in the upload store (a folder, or an S3-compatible bucket for several nodes), served from `/media/`.

pub mod api;
pub mod components;
pub mod domain;
pub mod views;

#[cfg(feature = "ssr")]
pub mod process;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod samples;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod sweep;
#[cfg(feature = "ssr")]
pub mod upload;
#[cfg(feature = "ssr")]
pub mod uses;
