//! What the picture pages show: plain data sent from server functions to pages (and, for the moderators'
//! list, read straight from the database).

use crate::t;
use serde::{Deserialize, Serialize};

/// The signed-in member as their picture shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyPicture {
    pub name: String,
    pub handle: String,
    pub avatar: Option<String>,
}

/// One picture in the moderators' list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct PictureCard {
    pub hash: String,
    pub url: String,
    pub kind: String,
    pub bytes: i64,
    pub width: i64,
    pub height: i64,
    pub created_at: i64,
    pub hidden: bool,
    pub owner_handle: Option<String>,
}

/// A page of [`PictureCard`]s, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PicturePage {
    pub pictures: Vec<PictureCard>,
    pub page: u32,
    pub last_page: u32,
}

pub const PICTURES_PER_PAGE: u32 = 48;

/// What a picture is for (its kind as stored: `avatar`, `post`, …), in the page's language.
pub fn kind_label(kind: &str) -> String {
    t!("media-kind", kind = kind)
}

/// One of the member's own pictures, with the line that shows it in a post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyPictureCard {
    pub url: String,
    pub kind: String,
    pub width: i64,
    pub height: i64,
    pub uploaded_at: i64,
    pub markdown: String,
}

/// A page of the member's pictures, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyPicturePage {
    pub pictures: Vec<MyPictureCard>,
    pub page: u32,
    pub last_page: u32,
}
