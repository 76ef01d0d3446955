//! SQL for posts: reading a page of a topic, replying, editing with history, removing, liking.

use crate::{
    db::{Db, Tx},
    forum::domain::{PostState, Revision, POSTS_PER_PAGE},
    media::uses::{self, Text},
    on_db, on_tx,
};

/// A post as stored, with the viewer's like; the api decides what of it the viewer may see.
#[derive(Debug, sqlx::FromRow)]
pub struct PostRow {
    pub id: i64,
    pub number: i64,
    pub author_id: i64,
    pub author_name: String,
    pub author_handle: Option<String>,
    pub author_avatar: Option<String>,
    pub author_job_title: String,
    pub author_company: String,
    /// The author's lifetime points, which give their level.
    pub author_lifetime: i64,
    pub body_html: String,
    pub body_md: Option<String>,
    pub like_count: i64,
    pub liked: i64,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub staff_edited_at: Option<i64>,
    pub deleted_at: Option<i64>,
    pub hidden_reason: Option<String>,
}

impl PostRow {
    pub fn state(&self) -> PostState {
        state_of(self.deleted_at, &self.hidden_reason)
    }
}

/// The posts on `page` of a topic, in order. Post numbers have no gaps, so a page is a range of numbers
/// read straight from the `(topic_id, number)` index. `viewer` is 0 for guests; the Markdown source comes with
/// the viewer's own posts, and with every post for `staff` (who may edit them).
pub async fn page(db: &Db, topic_id: i64, page: u32, viewer: i64, staff: bool) -> Result<Vec<PostRow>, sqlx::Error> {
    let first = i64::from(page.saturating_sub(1)) * i64::from(POSTS_PER_PAGE) + 1;
    let last = first + i64::from(POSTS_PER_PAGE) - 1;
    let sql = "SELECT p.id, p.number, p.author_id, u.display_name AS author_name, u.handle AS author_handle,
                      u.avatar AS author_avatar, u.job_title AS author_job_title, u.company AS author_company,
                      COALESCE(a.lifetime, 0) AS author_lifetime, p.body_html,
                      CASE WHEN p.author_id = $4 OR $5 THEN p.body_md END AS body_md,
                      p.like_count, p.created_at, p.edited_at, p.staff_edited_at, p.deleted_at, p.hidden_reason,
                      CAST(CASE WHEN EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = p.id AND l.user_id = $4)
                           THEN 1 ELSE 0 END AS BIGINT) AS liked
               FROM posts p JOIN users u ON u.id = p.author_id
               LEFT JOIN point_accounts a ON a.user_id = p.author_id
               WHERE p.topic_id = $1 AND p.number BETWEEN $2 AND $3
               ORDER BY p.number";
    on_db!(db, p => sqlx::query_as::<_, PostRow>(sql).bind(topic_id).bind(first).bind(last).bind(viewer).bind(staff).fetch_all(p).await)
}

/// Stores one post row.
pub async fn insert_row(
    tx: &mut Tx,
    topic_id: i64,
    number: i64,
    author_id: i64,
    body_md: &str,
    body_html: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    crate::activity::record(tx, author_id, now).await?;
    let sql = "INSERT INTO posts (topic_id, number, author_id, body_md, body_html, created_at)
               VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
    let id = on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(topic_id)
        .bind(number)
        .bind(author_id)
        .bind(body_md)
        .bind(body_html)
        .bind(now)
        .fetch_one(c)
        .await)?;
    uses::add(tx, Text::Post, id, body_md).await?;
    Ok(id)
}

/// Why a reply was not stored.
#[derive(Debug, PartialEq, Eq)]
pub enum ReplyRefused {
    NoSuchTopic,
    Locked,
}

fn state_of(deleted_at: Option<i64>, hidden_reason: &Option<String>) -> PostState {
    match (deleted_at, hidden_reason) {
        (Some(_), _) => PostState::Deleted,
        (None, Some(reason)) => PostState::Hidden { reason: reason.clone() },
        (None, None) => PostState::Visible,
    }
}

/// Where a stored reply landed.
pub struct Stored {
    pub post_id: i64,
    pub number: i64,
    pub topic_slug: String,
}

/// Adds a reply: the topic's counter is bumped by a guarded update (never read-then-write), which also
/// hands out the post's number and refuses locked topics.
pub async fn reply(
    tx: &mut Tx,
    topic_id: i64,
    author_id: i64,
    body_md: &str,
    body_html: &str,
    now: i64,
) -> Result<Result<Stored, ReplyRefused>, sqlx::Error> {
    let bump = "UPDATE topics SET post_count = post_count + 1, last_post_at = $1, last_poster_id = $2
                WHERE id = $3 AND locked = 0 RETURNING post_count, category_id, slug";
    let bumped: Option<(i64, i64, String)> =
        on_tx!(tx, c => sqlx::query_as(bump).bind(now).bind(author_id).bind(topic_id).fetch_optional(c).await)?;
    let Some((number, category_id, topic_slug)) = bumped else {
        let exists = "SELECT COUNT(*) FROM topics WHERE id = $1";
        let n: i64 = on_tx!(tx, c => sqlx::query_scalar(exists).bind(topic_id).fetch_one(c).await)?;
        return Ok(Err(if n == 0 { ReplyRefused::NoSuchTopic } else { ReplyRefused::Locked }));
    };
    let post_id = insert_row(tx, topic_id, number, author_id, body_md, body_html, now).await?;
    let cat = "UPDATE categories SET post_count = post_count + 1, last_post_at = $1 WHERE id = $2";
    on_tx!(tx, c => sqlx::query(cat).bind(now).bind(category_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(Ok(Stored { post_id, number, topic_slug }))
}

/// The facts about a post that decide who may touch it.
#[derive(Debug, sqlx::FromRow)]
pub struct PostRef {
    pub id: i64,
    pub topic_id: i64,
    pub number: i64,
    pub author_id: i64,
    pub body_md: String,
    pub deleted_at: Option<i64>,
    pub hidden_reason: Option<String>,
    pub topic_slug: String,
}

impl PostRef {
    pub fn state(&self) -> PostState {
        state_of(self.deleted_at, &self.hidden_reason)
    }
}

/// Post `post_id`, if the viewer (`$2`, a [`crate::common::spaces::viewer_key`]) may see its category.
fn ref_sql() -> String {
    let sees = crate::common::spaces::viewer_sees("c.group_id", "$2");
    format!(
        "SELECT p.id, p.topic_id, p.number, p.author_id, p.body_md, p.deleted_at, p.hidden_reason,
                t.slug AS topic_slug
         FROM posts p JOIN topics t ON t.id = p.topic_id JOIN categories c ON c.id = t.category_id
         WHERE p.id = $1 AND {sees}"
    )
}

pub async fn find(db: &Db, post_id: i64, viewer: i64) -> Result<Option<PostRef>, sqlx::Error> {
    let sql = ref_sql();
    on_db!(db, p => sqlx::query_as::<_, PostRef>(&sql).bind(post_id).bind(viewer).fetch_optional(p).await)
}

pub async fn find_tx(tx: &mut Tx, post_id: i64, viewer: i64) -> Result<Option<PostRef>, sqlx::Error> {
    let sql = ref_sql();
    on_tx!(tx, c => sqlx::query_as::<_, PostRef>(&sql).bind(post_id).bind(viewer).fetch_optional(c).await)
}

/// Who changes a post's body: its author, or staff (the post then says "edited by a moderator").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editor {
    Author(i64),
    Staff,
}

/// Replaces the body of a visible post, keeping the earlier version in the history for moderators; an author
/// changes only their own. False when the post is not visible (or, for an author, not theirs).
pub async fn edit(
    tx: &mut Tx,
    post_id: i64,
    editor: Editor,
    body_md: &str,
    body_html: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    // The author's id, or -1 (no account has it) for staff, who may change anyone's.
    let (author, staff) = match editor {
        Editor::Author(id) => (id, false),
        Editor::Staff => (-1, true),
    };
    let keep = "INSERT INTO post_revisions (post_id, body_md, created_at)
                SELECT id, body_md, COALESCE(edited_at, created_at) FROM posts
                WHERE id = $1 AND ($2 < 0 OR author_id = $2) AND deleted_at IS NULL AND hidden_at IS NULL";
    let kept =
        on_tx!(tx, c => sqlx::query(keep).bind(post_id).bind(author).execute(c).await.map(|r| r.rows_affected()))?;
    if kept != 1 {
        return Ok(false);
    }
    let sql = "UPDATE posts SET body_md = $1, body_html = $2, edited_at = $3,
                      staff_edited_at = CASE WHEN $6 THEN $3 ELSE staff_edited_at END
               WHERE id = $4 AND ($5 < 0 OR author_id = $5)";
    let done = on_tx!(tx, c => sqlx::query(sql)
        .bind(body_md)
        .bind(body_html)
        .bind(now)
        .bind(post_id)
        .bind(author)
        .bind(staff)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    // The earlier version stays in the history, so its pictures stay recorded too.
    uses::add(tx, Text::Post, post_id, body_md).await?;
    Ok(done == 1)
}

/// Marks the author's own post as removed; false when it is not theirs or already removed.
pub async fn soft_delete(tx: &mut Tx, post_id: i64, author_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE posts SET deleted_at = $1 WHERE id = $2 AND author_id = $3 AND deleted_at IS NULL";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(now).bind(post_id).bind(author_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Records a like; false when the member already liked the post. The counter moves only with the row.
/// Locks a post's row if it is visible, so that a like and a hide of the same post happen one after the
/// other (the hide's reversal then sees the like's award); false when it is hidden or removed.
pub async fn lock_visible(tx: &mut Tx, post_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE posts SET like_count = like_count WHERE id = $1 AND hidden_at IS NULL AND deleted_at IS NULL";
    let n = on_tx!(tx, c => sqlx::query(sql).bind(post_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

pub async fn like(tx: &mut Tx, post_id: i64, user_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "INSERT INTO post_likes (post_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
    let added = on_tx!(tx, c => sqlx::query(sql).bind(post_id).bind(user_id).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    if added != 1 {
        return Ok(false);
    }
    let bump = "UPDATE posts SET like_count = like_count + 1 WHERE id = $1";
    on_tx!(tx, c => sqlx::query(bump).bind(post_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(true)
}

/// Takes a like back; false when there was none.
pub async fn unlike(tx: &mut Tx, post_id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "DELETE FROM post_likes WHERE post_id = $1 AND user_id = $2";
    let removed =
        on_tx!(tx, c => sqlx::query(sql).bind(post_id).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    if removed != 1 {
        return Ok(false);
    }
    let drop = "UPDATE posts SET like_count = like_count - 1 WHERE id = $1";
    on_tx!(tx, c => sqlx::query(drop).bind(post_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(true)
}

/// Earlier versions of a post, newest first.
pub async fn revisions(db: &Db, post_id: i64) -> Result<Vec<Revision>, sqlx::Error> {
    let sql = "SELECT body_md, created_at FROM post_revisions WHERE post_id = $1 ORDER BY id DESC";
    let rows: Vec<(String, i64)> = on_db!(db, p => sqlx::query_as(sql).bind(post_id).fetch_all(p).await)?;
    Ok(rows.into_iter().map(|(body_md, created_at)| Revision { body_md, created_at }).collect())
}

pub async fn like_count(tx: &mut Tx, post_id: i64) -> Result<i64, sqlx::Error> {
    on_tx!(tx, c => sqlx::query_scalar("SELECT like_count FROM posts WHERE id = $1").bind(post_id).fetch_one(c).await)
}
