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
    let community = crate::site::repo::load(db).await?.name;
    let (title, path, filter) = match scope {
        FeedScope::Latest => (crate::t!("forum-feed-latest"), "/forum".to_string(), None),
        FeedScope::Category(slug) => {
            // Feeds are read without a session: a private space has none.
            let sql = "SELECT id, name FROM categories WHERE slug = $1 AND group_id IS NULL";
            let found: Option<(i64, String)> = on_db!(db, p => sqlx::query_as(sql).bind(slug).fetch_optional(p).await)?;
            let Some((id, name)) = found else { return Ok(None) };
            (name, format!("/forum/c/{slug}"), Some(id))
        }
    };
    // `+c.group_id` keeps SQLite from starting at the categories' index (every topic of every public category,
    // then a sort: 0.6 s on a million posts); from the newest topic down it reads about as many rows as it
    // returns (0.6 ms). On PostgreSQL the `+` changes nothing (its plan was not examined for this change).
    let sql = "SELECT t.id, t.slug, t.title, t.created_at, u.display_name AS author_name, p.body_html
               FROM topics t
               JOIN posts p ON p.topic_id = t.id AND p.number = 1
               JOIN users u ON u.id = t.author_id
               JOIN categories c ON c.id = t.category_id
               WHERE ($1 = 0 OR t.category_id = $1) AND +c.group_id IS NULL
                 AND p.hidden_at IS NULL AND p.deleted_at IS NULL
               ORDER BY t.id DESC LIMIT $2";
    let rows =
        on_db!(db, p => sqlx::query_as::<_, Row>(sql).bind(filter.unwrap_or(0)).bind(FEED_ENTRIES).fetch_all(p).await)?;
    let updated = rows.first().map_or(0, |r| r.created_at);
    let mut xml = String::with_capacity(4096 + rows.len() * 1024);
    xml.push_str(&head(base, &path, &crate::t!("forum-feed-title", community = community, title = title), updated));
    for r in &rows {
        xml.push_str(&entry(base, r));
    }
    xml.push_str("</feed>\n");
    Ok(Some(xml))
}

/// The feed's opening: its title (the community's name first), id and links. Every value is escaped, the base and path too: the base can
/// come from the request's Host, and no value may close an element or an attribute.
fn head(base: &str, path: &str, title: &str, updated: i64) -> String {
    let home = escape(&format!("{base}{path}"));
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <title>{}</title>\n<id>{home}</id>\n<link rel=\"self\" href=\"{home}/feed.xml\"/>\n<link href=\"{home}\"/>\n\
         <updated>{}</updated>\n",
        escape(title),
        rfc3339(updated)
    )
}

fn entry(base: &str, r: &Row) -> String {
    let id = escape(&format!("{base}/forum/t/{}", r.id));
    let href = escape(&format!("{base}/forum/t/{}/{}", r.id, r.slug));
    format!(
        "<entry>\n<title>{}</title>\n<id>{id}</id>\n<link href=\"{href}\"/>\n<published>{}</published>\n\
         <updated>{}</updated>\n<author><name>{}</name></author>\n<content type=\"html\">{}</content>\n</entry>\n",
        escape(&r.title),
        rfc3339(r.created_at),
        rfc3339(r.created_at),
        escape(&r.author_name),
        escape(&r.body_html),
    )
}

fn rfc3339(at: i64) -> String {
    OffsetDateTime::from_unix_timestamp(at).unwrap_or(OffsetDateTime::UNIX_EPOCH).format(&Rfc3339).unwrap_or_default()
}

pub use crate::common::html::escape;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_is_escaped_and_control_characters_dropped() {
        assert_eq!(escape("<b>\"Tom & Jerry's\"</b>\u{1}"), "&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;");
    }

    #[test]
    fn a_base_or_path_cannot_close_an_element_or_attribute() {
        let base = "http://x\"/><evil>&";
        let head = head(base, "/forum/c/a\"b", "T", 0);
        assert!(!head.contains("<evil>") && !head.contains("x\"/>"), "{head}");
        assert!(head.contains("<id>http://x&quot;/&gt;&lt;evil&gt;&amp;/forum/c/a&quot;b</id>"), "{head}");
        assert!(head.contains("href=\"http://x&quot;/&gt;&lt;evil&gt;&amp;/forum/c/a&quot;b/feed.xml\""), "{head}");
        let row = Row {
            id: 7,
            slug: "s\"x".into(),
            title: "t".into(),
            created_at: 0,
            author_name: "a".into(),
            body_html: "b".into(),
        };
        let entry = entry(base, &row);
        assert!(!entry.contains("<evil>"), "{entry}");
        assert!(entry.contains("<id>http://x&quot;/&gt;&lt;evil&gt;&amp;/forum/t/7</id>"), "{entry}");
        assert!(entry.contains("href=\"http://x&quot;/&gt;&lt;evil&gt;&amp;/forum/t/7/s&quot;x\""), "{entry}");
    }

    #[test]
    fn times_are_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    }
}
