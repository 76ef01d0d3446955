//! Pictures: what may be uploaded, the sizes each use is stored in, the names they are served under, and the
//! default avatar. Pure, so the browser checks a file the same way before it is sent.

pub use crate::common::pictures::{
    avatar_url, default_avatar, is_hash, media_url, DefaultAvatar, Ext, MediaName, StoredPicture,
};
use crate::{common::field_error::FieldError, t};

/// Largest file accepted, before any decoding.
pub const MAX_UPLOAD_BYTES: usize = 15 * 1024 * 1024;
/// Largest side, read from the file's header before decoding: a 50,000 × 50,000 "bomb" stops here.
pub const MAX_SIDE: u32 = 12_000;
/// Largest picture, in pixels (a 48-megapixel phone photo fits).
pub const MAX_PIXELS: u64 = 50_000_000;
/// The side of the small avatar (shown at 32 CSS pixels, sharp on a 2× screen).
pub const AVATAR_SMALL: u32 = 64;

/// What a picture is for: it decides who may upload it and the sizes it is stored in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MediaKind {
    /// A member's own picture: a 256 px square and a 64 px one, cut from the centre.
    Avatar,
    /// A picture in a forum post: at most 1600 px wide.
    Post,
    /// A story's photo: at most 1600 px wide.
    Story,
    /// A story's company logo: within 400 × 200 px.
    Logo,
    /// A reward in the catalogue: within 800 × 800 px.
    Reward,
}

/// The box a picture is fitted into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Cut to a square from the centre, then scaled to this side.
    Square(u32),
    /// Scaled down (never up) to fit within width × height.
    Within(u32, u32),
}

impl MediaKind {
    pub const ALL: [MediaKind; 5] =
        [MediaKind::Avatar, MediaKind::Post, MediaKind::Story, MediaKind::Logo, MediaKind::Reward];

    pub fn as_str(self) -> &'static str {
        match self {
            MediaKind::Avatar => "avatar",
            MediaKind::Post => "post",
            MediaKind::Story => "story",
            MediaKind::Logo => "logo",
            MediaKind::Reward => "reward",
        }
    }

    pub fn parse(raw: &str) -> Result<MediaKind, FieldError> {
        MediaKind::ALL
            .into_iter()
            .find(|k| k.as_str() == raw.trim())
            .ok_or_else(|| FieldError::new("kind", t!("media-kind-unknown")))
    }

    pub fn fit(self) -> Fit {
        match self {
            MediaKind::Avatar => Fit::Square(256),
            MediaKind::Post | MediaKind::Story => Fit::Within(1600, 1600 * 4),
            MediaKind::Logo => Fit::Within(400, 200),
            MediaKind::Reward => Fit::Within(800, 800),
        }
    }

    /// Avatars are always JPEG (transparency is laid on white), so a name link can show one from the hash.
    pub fn keeps_transparency(self) -> bool {
        !matches!(self, MediaKind::Avatar)
    }
}

/// The formats accepted on upload, recognised by their first bytes, never by the file's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    Jpeg,
    Png,
    Gif,
    WebP,
}

/// Why a file was not stored. Each says what to do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooLarge,
    NotAPicture(&'static str),
    TooManyPixels {
        width: u32,
        height: u32,
    },
    /// Decoding it would need more memory than a picture within the limits does (frames of an animation, a
    /// decoder's working space): the header was within the limits, the contents were not.
    TooBigToDecode,
    Damaged,
}

impl Refusal {
    pub fn message(&self) -> String {
        match self {
            Refusal::Empty => t!("media-refused-empty"),
            Refusal::TooLarge => t!("media-refused-too-large", megabytes = (MAX_UPLOAD_BYTES >> 20) as i64),
            Refusal::NotAPicture(what) => t!("media-refused-not-a-picture", what = what_it_is(what)),
            // Sizes are written without grouping, as the picture's properties show them.
            Refusal::TooManyPixels { width, height } => t!(
                "media-refused-too-many-pixels",
                width = width.to_string(),
                height = height.to_string(),
                side = MAX_SIDE.to_string(),
                megapixels = (MAX_PIXELS / 1_000_000) as i64,
            ),
            Refusal::TooBigToDecode => t!(
                "media-refused-too-big-to-decode",
                side = MAX_SIDE.to_string(),
                megapixels = (MAX_PIXELS / 1_000_000) as i64,
            ),
            Refusal::Damaged => t!("media-refused-damaged"),
        }
    }
}

/// [`describe`]'s words (they also name the refusal in tests and logs), in the page's language.
fn what_it_is(described: &str) -> String {
    match described {
        "an SVG drawing" => t!("media-file-svg"),
        "an HTML page" => t!("media-file-html"),
        "a PDF document" => t!("media-file-pdf"),
        "an XML or HTML document" => t!("media-file-markup"),
        "a ZIP archive" => t!("media-file-zip"),
        "in a variant of its format this site does not take" => t!("media-file-variant"),
        _ => t!("media-file-unknown"),
    }
}

/// What the file's first bytes say it is.
pub fn sniff(bytes: &[u8]) -> Result<Sniffed, Refusal> {
    if bytes.is_empty() {
        return Err(Refusal::Empty);
    }
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(Refusal::TooLarge);
    }
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(&[0xFF, 0xD8, 0xFF]) {
        return Ok(Sniffed::Jpeg);
    }
    if starts(b"\x89PNG\r\n\x1a\n") {
        return Ok(Sniffed::Png);
    }
    if starts(b"GIF87a") || starts(b"GIF89a") {
        return Ok(Sniffed::Gif);
    }
    if bytes.len() >= 12 && starts(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Ok(Sniffed::WebP);
    }
    Err(Refusal::NotAPicture(describe(bytes)))
}

/// A name for what a refused file seems to be, for the message.
fn describe(bytes: &[u8]) -> &'static str {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.contains("<svg") {
        "an SVG drawing"
    } else if head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<script") {
        "an HTML page"
    } else if head.starts_with("%pdf") {
        "a PDF document"
    } else if head.starts_with('<') {
        "an XML or HTML document"
    } else if bytes.starts_with(b"PK\x03\x04") {
        "a ZIP archive"
    } else {
        "in a format this site does not take"
    }
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
