//! SQL for topics: listing, reading the header, starting one, and a member's posting history.

use crate::{
    db::{Db, Tx},
    forum::{
        domain::{TopicHeader, TopicSummary, TOPICS_PER_PAGE},
        limits::PostingHistory,
    },
    on_db, on_tx,
};

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    slug: String,
    title: String,
    pinned: i64,
    locked: i64,
    post_count: i64,
    last_post_at: i64,
    created_at: i64,
    author_name: String,
    author_handle: Option<String>,
    author_avatar: Option<String>,
    last_poster_name: Option<String>,
}

impl From<SummaryRow> for TopicSummary {
    fn from(r: SummaryRow) -> Self {
        TopicSummary {
            id: r.id,
            slug: r.slug,
            title: r.title,
            pinned: r.pinned != 0,
            locked: r.locked != 0,
            post_count: r.post_count,
            author_name: r.author_name,
            author_handle: r.author_handle.unwrap_or_default(),
            author_avatar: r.author_avatar,
            last_poster_name: r.last_poster_name,
            last_post_at: r.last_post_at,
            created_at: r.created_at,
        }
    }
}

/// One page of a category's topics: pinned first, then the most recently active. Topics opened by accounts
/// removed as spam are left out (their posts are hidden), and so are topics waiting for approval.
pub async fn list(db: &Db, category_id: i64, page: u32) -> Result<Vec<TopicSummary>, sqlx::Error> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(TOPICS_PER_PAGE);
    let sql = "SELECT t.id, t.slug, t.title, t.pinned, t.locked, t.post_count, t.last_post_at, t.created_at,
                      a.display_name AS author_name, a.handle AS author_handle, a.avatar AS author_avatar,
                      l.display_name AS last_poster_name
               FROM topics t
               JOIN users a ON a.id = t.author_id
               LEFT JOIN users l ON l.id = t.last_poster_id
               WHERE t.category_id = $1 AND (a.removed_at IS NULL OR a.deleted_at IS NOT NULL) AND t.held_at IS NULL
               ORDER BY t.pinned DESC, t.last_post_at DESC, t.id DESC
               LIMIT $2 OFFSET $3";
    let rows = on_db!(db, p => sqlx::query_as::<_, SummaryRow>(sql)
        .bind(category_id)
        .bind(i64::from(TOPICS_PER_PAGE))
        .bind(offset)
        .fetch_all(p)
        .await)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

#[derive(sqlx::FromRow)]
struct HeaderRow {
    id: i64,
    slug: String,
    title: String,
    category_slug: String,
    category_name: String,
    pinned: i64,
    locked: i64,
    post_count: i64,
    author_id: i64,
}

/// Topic `topic_id`'s header, if the viewer (a [`crate::common::spaces::viewer_key`]) may see its category
/// and, while it waits for approval, is its author or staff.
pub async fn header(db: &Db, topic_id: i64, viewer: i64) -> Result<Option<TopicHeader>, sqlx::Error> {
    let sees = crate::common::spaces::viewer_sees("c.group_id", "$2");
    let all = crate::common::spaces::SEES_ALL;
    let sql = format!(
        "SELECT t.id, t.slug, t.title, c.slug AS category_slug, c.name AS category_name,
                t.pinned, t.locked, t.post_count, t.author_id
         FROM topics t JOIN categories c ON c.id = t.category_id
         WHERE t.id = $1 AND {sees} AND (t.held_at IS NULL OR $2 = {all} OR t.author_id = $2)"
    );
    let row =
        on_db!(db, p => sqlx::query_as::<_, HeaderRow>(&sql).bind(topic_id).bind(viewer).fetch_optional(p).await)?;
    Ok(row.map(|r| TopicHeader {
        id: r.id,
        slug: r.slug,
        title: r.title,
        category_slug: r.category_slug,
        category_name: r.category_name,
        pinned: r.pinned != 0,
        locked: r.locked != 0,
        post_count: r.post_count,
        author_id: r.author_id,
    }))
}

/// Takes the member's row lock for the rest of `tx` (PostgreSQL; SQLite's `BEGIN IMMEDIATE` already
/// serialises writers), so two posts sent at once are checked against the limits one after the other.
pub async fn lock_author(tx: &mut Tx, user_id: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE users SET updated_at = updated_at WHERE id = $1";
    on_tx!(tx, c => sqlx::query(sql).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct HistoryRow {
    created_at: i64,
    topics_started: i64,
    replies_posted: i64,
    last_topic_at: Option<i64>,
    last_reply_at: Option<i64>,
}

/// What the member has posted, read inside the write transaction that is about to add to it. Only posts
/// from the account's first `new_account_secs` are counted: the counts matter only while the account is new,
/// and a long-standing member's thousands of posts need not be counted on every reply.
pub async fn history(tx: &mut Tx, user_id: i64, new_account_secs: i64) -> Result<PostingHistory, sqlx::Error> {
    let sql = "SELECT u.created_at,
                 (SELECT COUNT(*) FROM topics WHERE author_id = u.id AND created_at < u.created_at + $2) AS topics_started,
                 (SELECT COUNT(*) FROM posts WHERE author_id = u.id AND number > 1 AND created_at < u.created_at + $2)
                   AS replies_posted,
                 (SELECT MAX(created_at) FROM topics WHERE author_id = u.id) AS last_topic_at,
                 (SELECT MAX(created_at) FROM posts WHERE author_id = u.id AND number > 1) AS last_reply_at
               FROM users u WHERE u.id = $1";
    let r =
        on_tx!(tx, c => sqlx::query_as::<_, HistoryRow>(sql).bind(user_id).bind(new_account_secs).fetch_one(c).await)?;
    Ok(PostingHistory {
        account_created_at: r.created_at,
        topics_started: r.topics_started,
        replies_posted: r.replies_posted,
        last_topic_at: r.last_topic_at,
        last_reply_at: r.last_reply_at,
    })
}

/// A new topic's first post, ready to store.
pub struct NewTopic<'a> {
    pub category_id: i64,
    pub author_id: i64,
    pub title: &'a str,
    pub slug: &'a str,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub now: i64,
}

/// Stores the topic and its opening post and moves the category's counters; `None` when the category
/// is archived or gone. Returns the topic id.
pub async fn insert(tx: &mut Tx, t: &NewTopic<'_>) -> Result<Option<i64>, sqlx::Error> {
    let bump = "UPDATE categories SET topic_count = topic_count + 1, post_count = post_count + 1, last_post_at = $1
                WHERE id = $2 AND archived_at IS NULL";
    let bumped =
        on_tx!(tx, c => sqlx::query(bump).bind(t.now).bind(t.category_id).execute(c).await.map(|r| r.rows_affected()))?;
    if bumped != 1 {
        return Ok(None);
    }
    let sql =
        "INSERT INTO topics (category_id, author_id, title, slug, post_count, last_post_at, last_poster_id, created_at)
               VALUES ($1, $2, $3, $4, 1, $5, $2, $5) RETURNING id";
    let topic_id: i64 = on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(t.category_id)
        .bind(t.author_id)
        .bind(t.title)
        .bind(t.slug)
        .bind(t.now)
        .fetch_one(c)
        .await)?;
    super::posts::insert_row(tx, topic_id, 1, t.author_id, t.body_md, t.body_html, t.now).await?;
    Ok(Some(topic_id))
}

pub async fn first_post_id(tx: &mut Tx, topic_id: i64) -> Result<i64, sqlx::Error> {
    let sql = "SELECT id FROM posts WHERE topic_id = $1 AND number = 1";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(topic_id).fetch_one(c).await)
}
