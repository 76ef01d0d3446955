//! SQL for a member's public page.

use crate::{db::Db, on_db, profiles::views::RecentPost};

/// id, display name, handle, joined, picture.
type Member = (i64, String, String, i64, Option<String>);

/// A member found by handle: id, display name, handle, joined, picture. Accounts removed as spam have no
/// profile.
pub async fn by_handle(db: &Db, handle: &str) -> Result<Option<Member>, sqlx::Error> {
    let sql = "SELECT id, display_name, handle, created_at, avatar FROM users WHERE handle = $1 AND removed_at IS NULL";
    on_db!(db, p => sqlx::query_as(sql).bind(handle).fetch_optional(p).await)
}

/// The member's ten newest visible posts.
pub async fn recent_posts(db: &Db, user_id: i64) -> Result<Vec<RecentPost>, sqlx::Error> {
    let sql = "SELECT t.title, t.id, t.slug, p.id, p.created_at FROM posts p JOIN topics t ON t.id = p.topic_id
               WHERE p.author_id = $1 AND p.deleted_at IS NULL AND p.hidden_at IS NULL
               ORDER BY p.created_at DESC, p.id DESC LIMIT 10";
    let rows: Vec<(String, i64, String, i64, i64)> =
        on_db!(db, p => sqlx::query_as(sql).bind(user_id).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|(title, topic, slug, post, at)| RecentPost {
            topic_title: title,
            href: format!("/forum/t/{topic}/{slug}#post-{post}"),
            created_at: at,
        })
        .collect())
}
