use super::*;

/// Payloads from the OWASP XSS filter evasion cheat sheet and friends, written the ways Markdown allows.
const XSS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "![x](javascript:alert(1))",
    "![x\" onerror=\"alert(1)](https://example.com/a.png)",
    "[x](https://example.com \"title\" onmouseover=alert(1))",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<body onload=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<<script>script>alert(1)<</script>/script>",
    "`code` <scr<script>ipt>alert(1)</script>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "[x](&#106;avascript:alert(1))",
    "<input autofocus onfocus=alert(1)>",
    "```\n</code><script>alert(1)</script>\n```",
    "| a |\n|---|\n| <script>alert(1)</script> |",
];

/// Every `<` left in sanitised output opens a real tag (text has `&lt;`), so the tags are what to inspect.
fn tags(html: &str) -> Vec<String> {
    html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or("").to_ascii_lowercase()).collect()
}

fn assert_inert(html: &str, payload: &str) {
    let allowed = [
        "p",
        "a",
        "code",
        "pre",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "em",
        "strong",
        "del",
        "ul",
        "ol",
        "li",
        "input",
        "blockquote",
        "br",
        "hr",
    ];
    for tag in tags(html) {
        let name = tag.trim_start_matches('/').split([' ', '/']).next().unwrap_or("").to_string();
        assert!(allowed.contains(&name.as_str()) || name.starts_with('h'), "{payload:?} produced <{tag}>: {html}");
        for bad in ["javascript:", "vbscript:", "data:", "style=", " on"] {
            assert!(!tag.contains(bad), "{payload:?} kept {bad:?} in <{tag}>: {html}");
        }
    }
}

#[test]
fn no_xss_payload_survives_rendering() {
    for payload in XSS {
        let out = render(payload);
        assert_inert(&out.html, payload);
    }
}

#[test]
fn raw_html_is_shown_as_text() {
    let out = render("Hello <b>world</b>");
    assert!(out.html.contains("&lt;b&gt;world&lt;/b&gt;"), "{}", out.html);
}

#[test]
fn commonmark_features_render() {
    let md = "# Title\n\n**bold** ~~gone~~ `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```rust\nfn main() {}\n```\n\n- [x] done";
    let html = render(md).html;
    for part in [
        "<h1>Title</h1>",
        "<strong>bold</strong>",
        "<del>gone</del>",
        "<code>code</code>",
        "<table>",
        "<td>1</td>",
        "<pre><code",
        "fn main() {}",
        "checkbox",
    ] {
        assert!(html.contains(part), "missing {part} in {html}");
    }
}

#[test]
fn links_get_nofollow_ugc_noopener() {
    let html = render("[docs](https://example.com/docs)").html;
    assert!(html.contains("href=\"https://example.com/docs\""), "{html}");
    assert!(html.contains("rel=\"nofollow ugc noopener\""), "{html}");
}

#[test]
fn bare_urls_become_links_but_not_inside_code() {
    let out = render("See https://example.com/a. And `https://example.com/b`");
    assert!(out.html.contains("<a href=\"https://example.com/a\""), "{}", out.html);
    assert!(out.html.contains("</a>. And"), "trailing dot stays outside: {}", out.html);
    assert!(!out.html.contains("href=\"https://example.com/b\""), "{}", out.html);
    assert_eq!(out.links, 1);
}

#[test]
fn links_are_counted_once_each() {
    assert_eq!(render("[a](https://a.example) <https://b.example> https://c.example").links, 3);
    assert_eq!(render("no links here, just text").links, 0);
    assert_eq!(render("[mail](mailto:x@example.com)").links, 0);
}

#[test]
fn images_become_links() {
    let html = render("![diagram](https://example.com/d.png)").html;
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("<a href=\"https://example.com/d.png\""), "{html}");
    assert!(html.contains(">diagram</a>"), "{html}");
}

#[test]
fn pictures_uploaded_here_are_shown_with_their_alt_text_and_nothing_else_is() {
    let hash = "0123456789abcdef0123456789abcdef";
    let out = render(&format!("Look: ![Our team at the summit](/media/{hash}.jpg \"Summit\")"));
    assert!(
        out.html.contains(&format!(
            "<img src=\"/media/{hash}.jpg\" alt=\"Our team at the summit\" title=\"Summit\" loading=\"lazy\">"
        )),
        "{}",
        out.html
    );
    assert_eq!(out.links, 0);
    for other in [
        "![x](https://evil.example/track.png)".to_string(),
        format!("![x](//evil.example/media/{hash}.jpg)"),
        format!("![x](/media/{hash}-64.jpg)"),
        format!("![x](/media/{hash}.svg)"),
        format!("![x](/media/../{hash}.jpg)"),
        "![x](javascript:alert(1))".to_string(),
        format!("<img src=\"/media/{hash}.jpg\" onerror=\"alert(1)\">"),
    ] {
        let html = render(&other).html;
        assert!(!html.contains("<img"), "{other} → {html}");
    }
}

#[test]
fn plain_text_drops_markup_and_cuts_at_a_word() {
    assert_eq!(plain_text("We **cut** onboarding\n\nto _one_ day.", 100), "We cut onboarding to one day.");
    assert_eq!(plain_text("Try `cargo run` <b>now</b>", 100), "Try cargo run <b>now</b>");
    assert_eq!(plain_text("one two three four", 10), "one two…");
    assert!(plain_text(&"word ".repeat(100), 50).chars().count() <= 50);
}

/// The deepest nesting of elements in `html` and whether every element that was opened was closed in order
/// (void elements aside).
fn nesting(html: &str) -> (usize, bool) {
    const VOID: &[&str] = &["br", "hr", "input", "img", "wbr"];
    let mut open: Vec<String> = Vec::new();
    let mut deepest = 0;
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        let closing = tag.starts_with('/');
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if closing {
            if open.pop().as_deref() != Some(name.as_str()) {
                return (deepest, false);
            }
        } else if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            open.push(name);
            deepest = deepest.max(open.len());
        }
        rest = &rest[end.min(rest.len())..];
    }
    (deepest, open.is_empty())
}

#[test]
fn deeply_nested_quotes_are_flattened_past_the_limit() {
    // The reviewer's input: 30,000 `>` took 7.5 s to render; each level now past MAX_DEPTH is left out.
    let out = render(&format!("{} deep", ">".repeat(30_000)));
    let (depth, balanced) = nesting(&out.html);
    assert!(depth <= MAX_DEPTH + 1, "nesting {depth}");
    assert!(balanced);
    assert!(out.html.contains("deep"), "the text stays");
    assert!(out.html.len() < 2_000, "{} bytes", out.html.len());
}

#[test]
fn deeply_nested_lists_and_emphasis_are_flattened_too() {
    for text in [
        format!("{}item", "- ".repeat(10_000)),
        format!("{}item", "1. ".repeat(10_000)),
        format!("{}x{}", "*a **".repeat(3_000), "** a*".repeat(3_000)),
        format!("{}x{}", "[".repeat(5_000), "](https://example.com)".repeat(5_000)),
        "> - > - > 1. ".repeat(3_000),
    ] {
        let out = render(&text);
        let (depth, balanced) = nesting(&out.html);
        assert!(depth <= MAX_DEPTH + 1, "nesting {depth} for {:?}…", &text[..20]);
        assert!(balanced, "unbalanced output for {:?}…", &text[..20]);
    }
}

#[test]
fn shallow_nesting_is_kept_as_written() {
    let out = render("> quoted\n>\n> > twice\n\n- a\n  - b\n    - c");
    assert_eq!(out.html.matches("<blockquote>").count(), 2);
    assert_eq!(out.html.matches("<ul>").count(), 3);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Whatever the text, built from the characters that make Markdown nest: the output is balanced,
    /// no deeper than the limit, linear in size, with no element the allow-list does not know.
    #[test]
    fn any_markdown_renders_balanced_bounded_and_clean(parts in proptest::collection::vec(
        proptest::prop_oneof![
            proptest::strategy::Just("> "), proptest::strategy::Just("- "), proptest::strategy::Just("1. "),
            proptest::strategy::Just("*"), proptest::strategy::Just("_"), proptest::strategy::Just("["),
            proptest::strategy::Just("]"), proptest::strategy::Just("(https://example.com)"),
            proptest::strategy::Just("`"), proptest::strategy::Just("\n"), proptest::strategy::Just("    "),
            proptest::strategy::Just("| a |"), proptest::strategy::Just("<b>"), proptest::strategy::Just("</div>"),
            proptest::strategy::Just("word "), proptest::strategy::Just("~~"), proptest::strategy::Just("# "),
            proptest::strategy::Just("<script>"), proptest::strategy::Just("\""),
        ], 0..400)) {
        let text: String = parts.concat();
        let out = render(&text);
        let (depth, balanced) = nesting(&out.html);
        proptest::prop_assert!(balanced, "unbalanced: {}", out.html);
        proptest::prop_assert!(depth <= MAX_DEPTH + 2, "nesting {depth}");
        proptest::prop_assert!(out.html.len() <= 60 * text.len() + 64, "{} bytes from {}", out.html.len(), text.len());
        proptest::prop_assert!(!out.html.contains("<script") && !out.html.contains("<div"));
    }
}
