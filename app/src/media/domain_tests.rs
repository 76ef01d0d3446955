use super::*;

#[test]
fn a_picture_is_known_by_its_first_bytes_not_its_name() {
    assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), Ok(Sniffed::Jpeg));
    assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Ok(Sniffed::Png));
    assert_eq!(sniff(b"GIF89a...."), Ok(Sniffed::Gif));
    assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Ok(Sniffed::WebP));
}

#[test]
fn svg_html_and_other_files_are_refused_with_what_they_are() {
    let cases: [(&[u8], &str); 5] = [
        (b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "an SVG drawing"),
        (b"<!DOCTYPE html><html><script>alert(1)</script>", "an HTML page"),
        (b"\xef\xbb\xbf<html>", "an HTML page"),
        (b"%PDF-1.7", "a PDF document"),
        (b"PK\x03\x04zip", "a ZIP archive"),
    ];
    for (bytes, what) in cases {
        let refusal = sniff(bytes).unwrap_err();
        assert_eq!(refusal, Refusal::NotAPicture(what));
        assert!(refusal.message().contains("upload a JPEG, PNG, GIF or WebP"));
    }
    assert_eq!(sniff(b""), Err(Refusal::Empty));
    assert_eq!(sniff(&vec![0xFF; MAX_UPLOAD_BYTES + 1]), Err(Refusal::TooLarge));
}

#[test]
fn only_well_formed_names_are_served() {
    let hash = "0123456789abcdef0123456789abcdef";
    let name = MediaName::parse(&format!("{hash}.jpg")).unwrap();
    assert_eq!((name.hash.as_str(), name.small, name.ext), (hash, false, Ext::Jpg));
    assert!(MediaName::parse(&format!("{hash}-64.jpg")).unwrap().small);
    assert_eq!(MediaName::parse(&format!("{hash}-64.png")).unwrap().key(), format!("{hash}-64.png"));
    for bad in [
        format!("{hash}.svg"),
        format!("{hash}.JPG"),
        format!("{hash}-128.jpg"),
        "0123456789ABCDEF0123456789abcdef.jpg".to_string(),
        format!("../{hash}.jpg"),
        hash.to_string(),
        "short.jpg".to_string(),
    ] {
        assert!(MediaName::parse(&bad).is_none(), "{bad}");
    }
}

#[test]
fn a_default_avatar_shows_initials_on_a_colour_that_follows_the_handle() {
    let ada = default_avatar("Ada Lovelace", "ada");
    assert_eq!(ada.initials, "AL");
    assert_eq!(ada, default_avatar("Ada Lovelace", "ada"));
    assert_eq!(default_avatar("Ada Byron Lovelace", "ada").initials, "AL");
    assert_eq!(default_avatar("émile", "emile").initials, "É");
    assert_eq!(default_avatar("  ", "zed").initials, "Z");
    assert!(default_avatar("x", "x").hue < 12);
    let hues: std::collections::BTreeSet<u8> =
        ["ada", "bob", "cleo", "dan", "eve", "fay", "gus", "hal"].iter().map(|h| default_avatar("A", h).hue).collect();
    assert!(hues.len() > 3, "handles spread over the colours: {hues:?}");
}

#[test]
fn every_kind_parses_from_its_name() {
    for kind in MediaKind::ALL {
        assert_eq!(MediaKind::parse(kind.as_str()).unwrap(), kind);
    }
    assert_eq!(MediaKind::parse("banner").unwrap_err().field, "kind");
}
