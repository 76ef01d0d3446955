//! The names pictures are served under (`/media/<hash>.<ext>`), shared by every floor: the Markdown renderer
//! lets only these into a post, the editor inserts them, the media feature stores and serves them.

use serde::{Deserialize, Serialize};

/// The formats a stored picture is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ext {
    Jpg,
    Png,
}

impl Ext {
    pub fn as_str(self) -> &'static str {
        match self {
            Ext::Jpg => "jpg",
            Ext::Png => "png",
        }
    }

    pub fn parse(raw: &str) -> Option<Ext> {
        match raw {
            "jpg" => Some(Ext::Jpg),
            "png" => Some(Ext::Png),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Ext::Jpg => "image/jpeg",
            Ext::Png => "image/png",
        }
    }
}

/// A name under `/media/`: `<32 hex>.<ext>` or, for an avatar's small size, `<32 hex>-64.<ext>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaName {
    pub hash: String,
    pub small: bool,
    pub ext: Ext,
}

impl MediaName {
    pub fn parse(name: &str) -> Option<MediaName> {
        let (stem, ext) = name.rsplit_once('.')?;
        let ext = Ext::parse(ext)?;
        let (hash, small) = match stem.strip_suffix("-64") {
            Some(hash) => (hash, true),
            None => (stem, false),
        };
        is_hash(hash).then(|| MediaName { hash: hash.to_string(), small, ext })
    }

    /// The key in the upload store (the same as the name served).
    pub fn key(&self) -> String {
        let size = if self.small { "-64" } else { "" };
        format!("{}{size}.{}", self.hash, self.ext.as_str())
    }
}

/// A stored picture's hash: 32 lower-case hex digits.
pub fn is_hash(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Where a stored picture is served.
pub fn media_url(hash: &str, ext: Ext) -> String {
    format!("/media/{hash}.{}", ext.as_str())
}

/// A member's avatar, small (`-64`) or full.
pub fn avatar_url(hash: &str, small: bool) -> String {
    if small {
        format!("/media/{hash}-64.jpg")
    } else {
        media_url(hash, Ext::Jpg)
    }
}

/// Whether `url` is a picture on this site (`/media/<hash>.<ext>`), the only kind a post may show.
pub fn is_site_picture(url: &str) -> bool {
    url.strip_prefix("/media/").and_then(MediaName::parse).is_some_and(|n| !n.small)
}

/// What an upload answers: where the picture is served and its size, to put in Markdown or a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredPicture {
    pub hash: String,
    pub url: String,
    pub width: u32,
    pub height: u32,
}

/// The picture shown for a member who has not uploaded one: their initials on one of twelve colours, chosen
/// from the handle so it stays the same everywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefaultAvatar {
    pub initials: String,
    /// 0..12: the CSS class `avatar-hue-N`.
    pub hue: u8,
}

pub fn default_avatar(name: &str, handle: &str) -> DefaultAvatar {
    let mut words = name.split_whitespace().filter_map(|w| w.chars().find(|c| c.is_alphanumeric()));
    let initials: String = match (words.next(), words.next_back()) {
        (Some(a), Some(b)) => [a, b].iter().flat_map(|c| c.to_uppercase()).collect(),
        (Some(a), None) => a.to_uppercase().collect(),
        _ => handle.chars().next().map(|c| c.to_uppercase().collect()).unwrap_or_else(|| "?".to_string()),
    };
    // FNV-1a: stable across builds and platforms, unlike the standard hasher.
    let hash = handle.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    DefaultAvatar { initials, hue: (hash % 12) as u8 }
}
