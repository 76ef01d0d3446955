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
fn plain_text_drops_markup_and_cuts_at_a_word() {
    assert_eq!(plain_text("We **cut** onboarding\n\nto _one_ day.", 100), "We cut onboarding to one day.");
    assert_eq!(plain_text("Try `cargo run` <b>now</b>", 100), "Try cargo run <b>now</b>");
    assert_eq!(plain_text("one two three four", 10), "one two…");
    assert!(plain_text(&"word ".repeat(100), 50).chars().count() <= 50);
}
