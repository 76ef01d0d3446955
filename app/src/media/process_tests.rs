use super::*;
use crate::media::samples::{jpeg_markers, photo, photo_with_gps, png_claiming, transparent_png, GPS_MARK};

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn re_encoding_a_phone_photo_drops_its_gps_and_turns_it_upright() {
    let original = photo_with_gps(400, 200);
    assert!(contains(&original, b"Exif\0\0") && contains(&original, &GPS_MARK));
    assert!(jpeg_markers(&original).contains(&0xE1));

    let stored = process(MediaKind::Post, &original).unwrap();
    assert_eq!(stored.ext, Ext::Jpg);
    assert!(!contains(&stored.main, b"Exif"), "no EXIF block is left");
    assert!(!contains(&stored.main, &GPS_MARK), "no GPS data is left");
    assert!(!jpeg_markers(&stored.main).contains(&0xE1), "no APP1 segment is left");
    // Orientation 6: the sideways 400 × 200 photo is stored upright.
    assert_eq!((stored.width, stored.height), (200, 400));
}

#[test]
fn an_avatar_is_a_centred_square_in_two_sizes() {
    let stored = process(MediaKind::Avatar, &photo(900, 500)).unwrap();
    assert_eq!((stored.width, stored.height, stored.ext), (256, 256, Ext::Jpg));
    let small = image::load_from_memory(stored.small.as_deref().unwrap()).unwrap();
    assert_eq!((small.width(), small.height()), (64, 64));
    assert_eq!(stored.hash.len(), 32);
}

#[test]
fn a_large_post_picture_is_narrowed_and_a_small_one_kept() {
    let wide = process(MediaKind::Post, &photo(3200, 1000)).unwrap();
    assert_eq!((wide.width, wide.height), (1600, 500));
    let small = process(MediaKind::Post, &photo(300, 200)).unwrap();
    assert_eq!((small.width, small.height), (300, 200));
}

#[test]
fn transparency_is_kept_as_png_except_in_avatars() {
    assert_eq!(process(MediaKind::Logo, &transparent_png(120)).unwrap().ext, Ext::Png);
    assert_eq!(process(MediaKind::Avatar, &transparent_png(120)).unwrap().ext, Ext::Jpg);
}

#[test]
fn a_decompression_bomb_is_refused_from_its_header() {
    let bomb = png_claiming(50_000, 50_000);
    assert!(bomb.len() < 200, "the file itself is tiny");
    assert_eq!(process(MediaKind::Post, &bomb).unwrap_err(), Refusal::TooManyPixels { width: 50_000, height: 50_000 });
    let long = png_claiming(11_000, 11_000);
    assert!(matches!(process(MediaKind::Post, &long).unwrap_err(), Refusal::TooManyPixels { .. }));
}

#[test]
fn a_cut_short_jpeg_and_a_renamed_page_are_refused() {
    let whole = photo(300, 300);
    assert_eq!(process(MediaKind::Post, &whole[..whole.len() / 2]).unwrap_err(), Refusal::Damaged);
    let page = b"<html><body><script>alert(1)</script></body></html>";
    assert_eq!(process(MediaKind::Post, page).unwrap_err(), Refusal::NotAPicture("an HTML page"));
}

#[test]
fn the_same_picture_for_the_same_use_has_the_same_name() {
    let a = process(MediaKind::Post, &photo(100, 100)).unwrap();
    let b = process(MediaKind::Post, &photo(100, 100)).unwrap();
    let c = process(MediaKind::Story, &photo(100, 100)).unwrap();
    assert_eq!(a.hash, b.hash);
    assert_ne!(a.hash, c.hash);
}
