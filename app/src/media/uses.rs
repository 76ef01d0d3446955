//! Which texts show which pictures: every post, story and bio records the `/media/` pictures in its Markdown
//! when it is written, so the sweep can remove a post picture once nothing shows it.

use crate::{common::pictures::is_hash, db::Tx, on_tx};

/// The kinds of text that show pictures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Post,
    Story,
    Bio,
}

impl Text {
    fn as_str(self) -> &'static str {
        match self {
            Text::Post => "post",
            Text::Story => "story",
            Text::Bio => "bio",
        }
    }
}

/// The hashes of this site's pictures that `markdown` points at (`/media/<hash>.<ext>` or `-64.<ext>`), once each.
pub fn hashes_in(markdown: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for (at, _) in markdown.match_indices("/media/") {
        let rest = &markdown[at + "/media/".len()..];
        let Some(hash) = rest.get(..32) else { continue };
        let after = &rest[32..];
        if is_hash(hash) && (after.starts_with('.') || after.starts_with("-64.")) && !found.iter().any(|h| h == hash) {
            found.push(hash.to_string());
        }
    }
    found
}

/// Records the pictures `markdown` shows, keeping those recorded before (a post's earlier versions).
pub async fn add(tx: &mut Tx, text: Text, id: i64, markdown: &str) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO media_uses (hash, ref_kind, ref_id) SELECT hash, $2, $3 FROM media WHERE hash = $1
               ON CONFLICT DO NOTHING";
    for hash in hashes_in(markdown) {
        on_tx!(tx, c => sqlx::query(sql).bind(&hash).bind(text.as_str()).bind(id).execute(c).await.map(|_| ()))?;
    }
    Ok(())
}

/// Records exactly the pictures `markdown` shows (a story or bio has no earlier versions to keep).
pub async fn replace(tx: &mut Tx, text: Text, id: i64, markdown: &str) -> Result<(), sqlx::Error> {
    forget(tx, text, id).await?;
    add(tx, text, id, markdown).await
}

/// The text is gone: its pictures are no longer shown by it.
pub async fn forget(tx: &mut Tx, text: Text, id: i64) -> Result<(), sqlx::Error> {
    let sql = "DELETE FROM media_uses WHERE ref_kind = $1 AND ref_id = $2";
    on_tx!(tx, c => sqlx::query(sql).bind(text.as_str()).bind(id).execute(c).await.map(|_| ()))
}

#[cfg(test)]
mod tests {
    use super::hashes_in;

    #[test]
    fn pictures_of_this_site_are_found_once_each() {
        let a = "0123456789abcdef0123456789abcdef";
        let b = "fedcba9876543210fedcba9876543210";
        let text = format!(
            "![one](/media/{a}.jpg) and again ![](/media/{a}.jpg), small /media/{b}-64.png, \
             not /media/{a}x.jpg, not /media/0123.jpg, not https://elsewhere/media/nothex{a}.jpg"
        );
        assert_eq!(hashes_in(&text), vec![a.to_string(), b.to_string()]);
        assert!(hashes_in("no pictures here").is_empty());
        assert!(hashes_in("/media/").is_empty());
    }
}
