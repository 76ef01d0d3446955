//! Turning an uploaded file into the pictures Chorus stores: recognised by content, bounded before decoding,
//! decoded, turned upright, fitted to its use and re-encoded, so EXIF (GPS included), ICC profiles, comments
//! and anything appended to the file are gone. CPU-bound: callers run it off the async runtime.

use super::domain::{sniff, Ext, Fit, MediaKind, Refusal, Sniffed, AVATAR_SMALL, MAX_PIXELS, MAX_SIDE};
use image::{
    codecs::{jpeg::JpegEncoder, png::PngEncoder},
    imageops::FilterType,
    DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits, RgbImage,
};
use sha2::{Digest, Sha256};
use std::io::Cursor;

/// JPEG quality for stored pictures: indistinguishable from the original at the sizes shown.
const JPEG_QUALITY: u8 = 85;

/// A picture ready to store: its name's hash, format, size, and the encoded files.
#[derive(Debug, Clone)]
pub struct Processed {
    pub kind: MediaKind,
    pub hash: String,
    pub ext: Ext,
    pub width: u32,
    pub height: u32,
    pub main: Vec<u8>,
    /// The 64 px square, for avatars.
    pub small: Option<Vec<u8>>,
}

/// Checks, decodes and re-encodes `bytes` for `kind`.
pub fn process(kind: MediaKind, bytes: &[u8]) -> Result<Processed, Refusal> {
    let format = match sniff(bytes)? {
        Sniffed::Jpeg => ImageFormat::Jpeg,
        Sniffed::Png => ImageFormat::Png,
        Sniffed::Gif => ImageFormat::Gif,
        Sniffed::WebP => ImageFormat::WebP,
    };
    if format == ImageFormat::Jpeg && !ends_a_jpeg(bytes) {
        return Err(Refusal::Damaged);
    }
    // The header alone first: reading it allocates nothing the size of the picture.
    let mut probe = ImageReader::with_format(Cursor::new(bytes), format);
    probe.no_limits();
    let (width, height) = probe.into_dimensions().map_err(refusal)?;
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(Refusal::TooManyPixels { width, height });
    }
    // Then the decoder, bounded too, in case a format's frames disagree with its header.
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_PIXELS * 4 + (64 << 20));
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(refusal)?;
    let orientation = decoder.orientation().map_err(refusal)?;
    let mut picture = DynamicImage::from_decoder(decoder).map_err(refusal)?;
    picture.apply_orientation(orientation);

    let fitted = fit(picture, kind.fit());
    let (main, ext) = encode(&fitted, kind.keeps_transparency())?;
    let small = match kind {
        MediaKind::Avatar => {
            Some(encode(&fitted.resize_exact(AVATAR_SMALL, AVATAR_SMALL, FilterType::Triangle), false)?.0)
        }
        _ => None,
    };
    let mut digest = Sha256::new();
    digest.update(kind.as_str().as_bytes());
    digest.update(&main);
    let hash: String = digest.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect();
    Ok(Processed { kind, hash, ext, width: fitted.width(), height: fitted.height(), main, small })
}

/// A whole JPEG ends with its End Of Image marker (cameras may append a little after it); a cut-short
/// upload does not, and decoders would quietly fill the missing part with grey.
fn ends_a_jpeg(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(64 * 1024)..];
    tail.windows(2).any(|w| w == [0xFF, 0xD9])
}

fn refusal(e: ImageError) -> Refusal {
    match e {
        ImageError::Limits(_) => Refusal::TooBigToDecode,
        ImageError::Unsupported(_) => Refusal::NotAPicture("in a variant of its format this site does not take"),
        _ => Refusal::Damaged,
    }
}

fn fit(picture: DynamicImage, fit: Fit) -> DynamicImage {
    match fit {
        Fit::Square(side) => picture.resize_to_fill(side, side, FilterType::Triangle),
        Fit::Within(w, h) if picture.width() > w || picture.height() > h => picture.resize(w, h, FilterType::Triangle),
        Fit::Within(..) => picture,
    }
}

/// PNG when the picture is really see-through somewhere and its use keeps that; JPEG otherwise, laid on white.
fn encode(picture: &DynamicImage, keep_transparency: bool) -> Result<(Vec<u8>, Ext), Refusal> {
    let mut out = Vec::new();
    let see_through = picture.color().has_alpha() && picture.to_rgba8().pixels().any(|p| p[3] < 255);
    if see_through && keep_transparency {
        let rgba = DynamicImage::ImageRgba8(picture.to_rgba8());
        rgba.write_with_encoder(PngEncoder::new(&mut out)).map_err(|_| Refusal::Damaged)?;
        return Ok((out, Ext::Png));
    }
    let rgb = if see_through { on_white(picture) } else { picture.to_rgb8() };
    DynamicImage::ImageRgb8(rgb)
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))
        .map_err(|_| Refusal::Damaged)?;
    Ok((out, Ext::Jpg))
}

fn on_white(picture: &DynamicImage) -> RgbImage {
    let rgba = picture.to_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        image::Rgb([over(r), over(g), over(b)])
    })
}

#[cfg(test)]
#[path = "process_tests.rs"]
mod tests;
