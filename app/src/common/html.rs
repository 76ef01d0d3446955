//! Text for the elements whose contents Leptos 0.8 writes into the server's HTML without escaping.
//!
//! tachys 0.2 (the newest renderer Leptos 0.8 can use) treats `<textarea>` like `<script>` and writes its
//! children raw, and leptos_meta writes the `<title>` text raw. User text there could close the element and
//! add markup of its own (a `<meta http-equiv="refresh">` sends every visitor elsewhere). Both elements hold
//! "escapable raw text": the browser decodes entities in them, so escaping on the server shows the text
//! exactly as typed. In the browser the same values are set through the DOM, which needs no escaping, so
//! the escaping happens only in the server build.

/// `text` with `&`, `<` and `>` as entities: safe inside `<title>` and `<textarea>`, shown as typed.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML or XML content and attribute values (quotes too); drops the control characters XML
/// 1.0 forbids. For markup written by hand: feeds, the embed, the API reference.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The children of a `<textarea>`: escaped for the server's HTML, as they are in the browser. Every
/// textarea with a value goes through this (a test reads the source to keep it so).
pub fn textarea_text(text: String) -> String {
    if cfg!(feature = "ssr") {
        escape_text(&text)
    } else {
        text
    }
}

/// The document title for a page title (`""` is the home page), escaped for the server's HTML.
pub fn document_title(page: &str, site: &str) -> String {
    let title = if page.is_empty() { site.to_string() } else { format!("{page} · {site}") };
    if cfg!(feature = "ssr") {
        escape_text(&title)
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_cannot_close_the_element() {
        let hostile = "Hi</title><meta http-equiv=\"refresh\" content=\"0\"></textarea>&amp;";
        let escaped = escape_text(hostile);
        assert!(!escaped.contains('<') && !escaped.contains('>'));
        assert_eq!(
            escaped,
            "Hi&lt;/title&gt;&lt;meta http-equiv=\"refresh\" content=\"0\"&gt;&lt;/textarea&gt;&amp;amp;"
        );
    }

    #[test]
    fn the_server_escapes_titles_and_textareas() {
        assert_eq!(document_title("", "Chorus"), "Chorus");
        assert_eq!(document_title("a</title>", "Chorus"), "a&lt;/title&gt; · Chorus");
        assert_eq!(textarea_text("</textarea>".into()), "&lt;/textarea&gt;");
    }
}
