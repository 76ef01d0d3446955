//! Atom feeds of the newest topics: for the whole forum and per category.

use crate::{db::Db, on_db};
use time::{format_description::well_known::Rfc3339, OffsetDateTime};

/// Entries in a feed.
pub const FEED_ENTRIES: i64 = 30;

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    slug: String,
    title: String,
    created_at: i64,
    author_name: String,
    body_html: String,
}

/// Which feed.
pub enum FeedScope<'a> {
    Latest,
    Category(&'a str),
}

/// The Atom document for `scope`, with absolute links under `base` (e.g. `https://community.example.com`);
/// `None` when the category does not exist.
pub async fn atom(db: &Db, scope: FeedScope<'_>, base: &str) -> Result<Option<String>, sqlx::Error> {
    let (title, path, filter) = match scope {
        FeedScope::Latest => ("Latest topics".to_string(), "/forum".to_string(), None),
        FeedScope::Category(slug) => {
            let sql = "SELECT id, name FROM categories WHERE slug = $1";
            let found: Option<(i64, String)> = on_db!(db, p => sqlx::query_as(sql).bind(slug).fetch_optional(p).await)?;
            let Some((id, name)) = found else { return Ok(None) };
            (name, format!("/forum/c/{slug}"), Some(id))
        }
    };
    let sql = "SELECT t.id, t.slug, t.title, t.created_at, u.display_name AS author_name, p.body_html
               FROM topics t
               JOIN posts p ON p.topic_id = t.id AND p.number = 1
               JOIN users u ON u.id = t.author_id
               WHERE ($1 = 0 OR t.category_id = $1) AND p.hidden_at IS NULL AND p.deleted_at IS NULL
               ORDER BY t.id DESC LIMIT $2";
    let rows =
        on_db!(db, p => sqlx::query_as::<_, Row>(sql).bind(filter.unwrap_or(0)).bind(FEED_ENTRIES).fetch_all(p).await)?;
    let updated = rows.first().map_or(0, |r| r.created_at);
    let mut xml = String::with_capacity(4096 + rows.len() * 1024);
    xml.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    xml.push_str(&format!(
        "<title>{}</title>\n<id>{base}{path}</id>\n<link rel=\"self\" href=\"{base}{path}/feed.xml\"/>\n<link href=\"{base}{path}\"/>\n<updated>{}</updated>\n",
        escape(&format!("Chorus forum: {title}")),
        rfc3339(updated)
    ));
    for r in rows {
        let href = format!("{base}/forum/t/{}/{}", r.id, r.slug);
        xml.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{base}/forum/t/{}</id>\n<link href=\"{}\"/>\n<published>{}</published>\n<updated>{}</updated>\n<author><name>{}</name></author>\n<content type=\"html\">{}</content>\n</entry>\n",
            escape(&r.title),
            r.id,
            escape(&href),
            rfc3339(r.created_at),
            rfc3339(r.created_at),
            escape(&r.author_name),
            escape(&r.body_html),
        ));
    }
    xml.push_str("</feed>\n");
    Ok(Some(xml))
}

fn rfc3339(at: i64) -> String {
    OffsetDateTime::from_unix_timestamp(at).unwrap_or(OffsetDateTime::UNIX_EPOCH).format(&Rfc3339).unwrap_or_default()
}

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids are dropped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_is_escaped_and_control_characters_dropped() {
        assert_eq!(escape("<b>\"Tom & Jerry's\"</b>\u{1}"), "&lt;b&gt;&quot;Tom &amp; Jerry&apos;s&quot;&lt;/b&gt;");
    }

    #[test]
    fn times_are_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    }
}
