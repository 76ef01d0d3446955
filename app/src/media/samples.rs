//! Pictures made in code, for the tests and the upload benchmark: a photo with GPS EXIF as a phone writes it,
//! a PNG whose header claims 50,000 × 50,000 pixels, a cut-short JPEG.

use image::{codecs::jpeg::JpegEncoder, DynamicImage, RgbImage, RgbaImage};

/// A `width` × `height` JPEG with detail everywhere (gradients and a checker), like a photo to a compressor.
pub fn photo(width: u32, height: u32) -> Vec<u8> {
    let picture = RgbImage::from_fn(width, height, |x, y| {
        let checker = if (x / 16 + y / 16) % 2 == 0 { 40 } else { 0 };
        image::Rgb([(x * 255 / width.max(1)) as u8, (y * 255 / height.max(1)) as u8, checker + ((x ^ y) % 64) as u8])
    });
    let mut out = Vec::new();
    DynamicImage::ImageRgb8(picture)
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, 90))
        .expect("encode sample");
    out
}

/// [`photo`] with an EXIF block right after the start marker, as a phone camera writes it: the orientation
/// tag (6: turn 90° clockwise to view) and a GPS position (51° 30′ N, [`GPS_MARK`] in its data).
pub fn photo_with_gps(width: u32, height: u32) -> Vec<u8> {
    let jpeg = photo(width, height);
    let tiff = exif_tiff();
    let mut app1 = vec![0xFF, 0xE1];
    app1.extend_from_slice(&((2 + 6 + tiff.len()) as u16).to_be_bytes());
    app1.extend_from_slice(b"Exif\0\0");
    app1.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// Bytes found only in the GPS data of [`photo_with_gps`]: the latitude's seconds, 1234567/100000.
pub const GPS_MARK: [u8; 8] = [0x87, 0xD6, 0x12, 0x00, 0xA0, 0x86, 0x01, 0x00];

/// A little-endian TIFF with IFD0 (orientation, GPS pointer) and a GPS IFD (latitude reference and value).
fn exif_tiff() -> Vec<u8> {
    let mut t = b"II\x2a\x00\x08\x00\x00\x00".to_vec();
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend_from_slice(&tag.to_le_bytes());
        t.extend_from_slice(&kind.to_le_bytes());
        t.extend_from_slice(&count.to_le_bytes());
        t.extend_from_slice(&value.to_le_bytes());
    };
    // IFD0 at 8: two entries, ends at 38; the GPS IFD at 38 ends at 68; the latitude's rationals at 68.
    t.extend_from_slice(&2u16.to_le_bytes());
    entry(&mut t, 0x0112, 3, 1, 6);
    entry(&mut t, 0x8825, 4, 1, 38);
    t.extend_from_slice(&0u32.to_le_bytes());
    t.extend_from_slice(&2u16.to_le_bytes());
    entry(&mut t, 0x0001, 2, 2, u32::from_le_bytes(*b"N\0\0\0"));
    entry(&mut t, 0x0002, 5, 3, 68);
    t.extend_from_slice(&0u32.to_le_bytes());
    for (num, den) in [(51u32, 1u32), (30, 1)] {
        t.extend_from_slice(&num.to_le_bytes());
        t.extend_from_slice(&den.to_le_bytes());
    }
    t.extend_from_slice(&GPS_MARK);
    t
}

/// A valid PNG signature and header chunk claiming `width` × `height`, followed by a tiny image body: a
/// decoder that trusted the header would try to allocate it all.
pub fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut small = Vec::new();
    DynamicImage::ImageRgba8(RgbaImage::new(1, 1))
        .write_with_encoder(image::codecs::png::PngEncoder::new(&mut small))
        .expect("encode sample");
    // The IHDR chunk's data starts at 16: width, height, then 5 more bytes, then its CRC at 29.
    small[16..20].copy_from_slice(&width.to_be_bytes());
    small[20..24].copy_from_slice(&height.to_be_bytes());
    let crc = crc32(&small[12..29]);
    small[29..33].copy_from_slice(&crc.to_be_bytes());
    small
}

/// A see-through PNG (a transparent square with an opaque dot), for the PNG path.
pub fn transparent_png(side: u32) -> Vec<u8> {
    let picture = RgbaImage::from_fn(side, side, |x, y| {
        let inside = x.abs_diff(side / 2) < side / 4 && y.abs_diff(side / 2) < side / 4;
        image::Rgba([200, 30, 30, if inside { 255 } else { 0 }])
    });
    let mut out = Vec::new();
    DynamicImage::ImageRgba8(picture)
        .write_with_encoder(image::codecs::png::PngEncoder::new(&mut out))
        .expect("encode sample");
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// The markers of a JPEG's header segments, up to the image data: APP1 (0xE1) is where EXIF lives.
pub fn jpeg_markers(jpeg: &[u8]) -> Vec<u8> {
    let mut markers = Vec::new();
    let mut at = 2;
    while at + 4 <= jpeg.len() && jpeg[at] == 0xFF {
        let marker = jpeg[at + 1];
        markers.push(marker);
        if marker == 0xDA {
            break;
        }
        at += 2 + usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
    }
    markers
}
