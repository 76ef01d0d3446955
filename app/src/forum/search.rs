//! Search input and output rules: what a query may contain, and how a snippet becomes safe HTML.

use crate::{common::field_error::FieldError, t};

/// Words kept from one query; more add little and cost time.
pub const MAX_WORDS: usize = 8;
/// Results per page of search.
pub const RESULTS_PER_PAGE: u32 = 20;
/// Marks the database puts around matched words in snippets; rare characters, escaped away otherwise.
pub const MARK_START: &str = "⟦";
pub const MARK_END: &str = "⟧";

/// A search: the words to look for, lower-cased, without punctuation (so no query syntax reaches the
/// database from what a person typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery(Vec<String>);

impl SearchQuery {
    pub fn parse(raw: &str) -> Result<SearchQuery, FieldError> {
        let words: Vec<String> = raw
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| w.chars().take(40).collect::<String>().to_lowercase())
            .take(MAX_WORDS)
            .collect();
        if words.is_empty() {
            return Err(FieldError::new("q", t!("forum-search-empty-query")));
        }
        Ok(SearchQuery(words))
    }

    /// The words joined by spaces, for PostgreSQL's `plainto_tsquery`.
    pub fn plain(&self) -> String {
        self.0.join(" ")
    }

    /// An FTS5 query: every word quoted, all required.
    pub fn fts5(&self) -> String {
        self.0.iter().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(" ")
    }
}

/// Escapes a snippet of Markdown source as HTML text, without the Markdown punctuation that would only
/// be noise (`**`, backticks, `#`, `>`, `~~`), then turns the database's marks into `<mark>`.
pub fn snippet_html(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 32);
    for c in raw.chars() {
        match c {
            '*' | '`' | '#' | '~' | '>' | '|' => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
}

/// A candidate's relevance from its title's and body's `(hits, words)`: how many times the query's words occur
/// in each and how many words each has. BM25's term-frequency part with saturation and length normalisation,
/// title matches weighing four times. Every candidate contains every word (all words are required), so the
/// inverse document frequency BM25 would add weights all candidates alike and is left out: computing it means
/// reading every match of every word, which is what made searches for common words slow.
pub fn relevance(title: (u32, u32), body: (u32, u32)) -> f64 {
    fn part((hits, words): (u32, u32), avg_words: f64) -> f64 {
        let tf = f64::from(hits);
        let words = f64::from(words.max(1));
        let (k1, b) = (1.2, 0.75);
        tf * (k1 + 1.0) / (tf + k1 * (1.0 - b + b * words / avg_words))
    }
    4.0 * part(title, 8.0) + part(body, 60.0)
}

/// About `words` words of `marked` text around its first match, with an ellipsis where it was cut.
pub fn window(marked: &str, words: usize) -> String {
    let all: Vec<&str> = marked.split_whitespace().collect();
    let first = all.iter().position(|w| w.contains(MARK_START)).unwrap_or(0);
    let start = first.saturating_sub(words / 3);
    let end = (start + words).min(all.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&all[start..end].join(" "));
    if end < all.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_of_only_punctuation_is_refused() {
        assert_eq!(SearchQuery::parse(" ?!* -- \"\" ").unwrap_err().field, "q");
    }

    #[test]
    fn query_syntax_never_reaches_the_database() {
        let q = SearchQuery::parse("title:foo OR \"bar* NEAR(baz)").unwrap();
        assert_eq!(q.fts5(), "\"title\" \"foo\" \"or\" \"bar\" \"near\" \"baz\"");
        assert_eq!(q.plain(), "title foo or bar near baz");
    }

    #[test]
    fn long_queries_keep_the_first_eight_words() {
        let q = SearchQuery::parse("a b c d e f g h i j").unwrap();
        assert_eq!(q.plain(), "a b c d e f g h");
    }

    #[test]
    fn title_matches_and_dense_matches_rank_higher() {
        // "Dashboard export fails" / "It fails."; "Question" / "The dashboard export fails every time.";
        // "Question" / two matches among 302 words.
        let title_hit = relevance((2, 3), (0, 2));
        let body_hit = relevance((0, 1), (2, 7));
        let sparse = relevance((0, 1), (2, 302));
        assert!(title_hit > body_hit && body_hit > sparse, "{title_hit} {body_hit} {sparse}");
    }

    #[test]
    fn a_window_starts_near_the_first_match() {
        let text = format!("{} ⟦needle⟧ {}", "a ".repeat(50), "b ".repeat(50));
        let w = window(&text, 12);
        assert!(w.starts_with('…') && w.ends_with('…') && w.contains("⟦needle⟧"), "{w}");
        assert_eq!(window("short ⟦one⟧", 24), "short ⟦one⟧");
    }

    #[test]
    fn snippets_are_escaped_and_marked() {
        let s = snippet_html("use <script> with **⟦onboarding⟧** & \"care\"");
        assert_eq!(s, "use &lt;script with <mark>onboarding</mark> &amp; &quot;care&quot;");
    }
}
