//! SQL that reads public stories: the wall, the home page's featured ones, the embed and JSON list, a story's
//! page, and the featured stories of a profile. Only approved stories with public consent are ever selected,
//! and an anonymous story's author columns are never read.

use crate::{
    db::Db,
    on_db,
    stories::domain::{Byline, ProductOption, StoryCard, WallFilter, STORIES_PER_PAGE},
};

#[derive(sqlx::FromRow)]
struct CardRow {
    id: i64,
    slug: String,
    title: String,
    quote: String,
    excerpt: String,
    rating: i64,
    product: String,
    product_slug: String,
    author_name: Option<String>,
    author_handle: Option<String>,
    company: Option<String>,
    job_title: Option<String>,
    featured: bool,
    approved_at: Option<i64>,
    author_avatar: Option<String>,
    photo: Option<String>,
    logo: Option<String>,
}

impl From<CardRow> for StoryCard {
    fn from(r: CardRow) -> Self {
        let byline = match (r.author_name, r.author_handle) {
            (Some(name), Some(handle)) => Some(Byline {
                name,
                handle,
                company: r.company.unwrap_or_default(),
                job_title: r.job_title.unwrap_or_default(),
                avatar: r.author_avatar,
            }),
            _ => None,
        };
        StoryCard {
            id: r.id,
            slug: r.slug,
            title: r.title,
            quote: if r.quote.is_empty() { r.excerpt } else { r.quote },
            rating: u8::try_from(r.rating).unwrap_or(1),
            product: r.product,
            product_slug: r.product_slug,
            byline,
            featured: r.featured,
            approved_at: r.approved_at.unwrap_or_default(),
            photo: r.photo,
            logo: r.logo,
        }
    }
}

/// The public columns of a card. Author, company, role, picture, photo and logo come only from stories
/// published with a name.
const CARD: &str = "SELECT s.id, s.slug, s.title, s.quote, s.excerpt, s.rating, s.product, s.product_slug,
                           CASE WHEN s.consent = 'named' THEN u.display_name END AS author_name,
                           CASE WHEN s.consent = 'named' THEN u.handle END AS author_handle,
                           CASE WHEN s.consent = 'named' THEN s.company END AS company,
                           CASE WHEN s.consent = 'named' THEN s.job_title END AS job_title,
                           s.featured_at IS NOT NULL AS featured, s.approved_at,
                           CASE WHEN s.consent = 'named' THEN u.avatar END AS author_avatar,
                           CASE WHEN s.consent = 'named' THEN (SELECT m.hash || '.' || m.ext FROM media m
                                WHERE m.hash = s.photo AND m.hidden_at IS NULL) END AS photo,
                           CASE WHEN s.consent = 'named' THEN (SELECT m.hash || '.' || m.ext FROM media m
                                WHERE m.hash = s.logo AND m.hidden_at IS NULL) END AS logo
                    FROM stories s JOIN users u ON u.id = s.author_id";
/// Written as the wall's partial index is (`consent <> 'internal'`), so the planner can use it.
const PUBLIC: &str = "s.status = 'approved' AND s.consent <> 'internal'";
const FILTER: &str = "($1 = '' OR s.product_slug = $1) AND s.rating >= $2";
/// Featured first (newest feature first), then the newest approved: the order of the `stories_wall` index, so a
/// page is read from the index and nothing is sorted.
const ORDER: &str = "ORDER BY s.featured_at DESC NULLS LAST, s.approved_at DESC, s.id DESC";

/// A page of the wall (featured first, then the newest approved) and how many stories match.
pub async fn wall(db: &Db, f: &WallFilter, page: u32) -> Result<(Vec<StoryCard>, i64), sqlx::Error> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(STORIES_PER_PAGE);
    // The page's ids come from the index alone, so a deep page skips index entries, not joined rows.
    let sql = format!(
        "{CARD} WHERE s.id IN (SELECT s.id FROM stories s WHERE {PUBLIC} AND {FILTER} {ORDER} LIMIT $3 OFFSET $4) {ORDER}"
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, CardRow>(&sql)
        .bind(&f.product)
        .bind(i64::from(f.min_rating))
        .bind(i64::from(STORIES_PER_PAGE))
        .bind(offset)
        .fetch_all(p)
        .await)?;
    let count = format!("SELECT COUNT(*) FROM stories s WHERE {PUBLIC} AND {FILTER}");
    let total: i64 =
        on_db!(db, p => sqlx::query_scalar(&count).bind(&f.product).bind(i64::from(f.min_rating)).fetch_one(p).await)?;
    Ok((rows.into_iter().map(Into::into).collect(), total))
}

/// The first `limit` public stories for a filter, featured first: the embed, the JSON API and the home page.
pub async fn top(db: &Db, f: &WallFilter, featured_only: bool, limit: u32) -> Result<Vec<StoryCard>, sqlx::Error> {
    let featured = if featured_only { "AND s.featured_at IS NOT NULL" } else { "" };
    let sql = format!("{CARD} WHERE {PUBLIC} AND {FILTER} {featured} {ORDER} LIMIT $3");
    let rows = on_db!(db, p => sqlx::query_as::<_, CardRow>(&sql)
        .bind(&f.product)
        .bind(i64::from(f.min_rating))
        .bind(i64::from(limit))
        .fetch_all(p)
        .await)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Up to `limit` public stories for a filter with ids below `before`, newest first: the REST API's cursor
/// paging, under exactly the wall's rules (approved, not internal, named details only with a name).
pub async fn public_before(db: &Db, f: &WallFilter, before: i64, limit: i64) -> Result<Vec<StoryCard>, sqlx::Error> {
    let sql = format!("{CARD} WHERE {PUBLIC} AND {FILTER} AND s.id < $3 ORDER BY s.id DESC LIMIT $4");
    let rows = on_db!(db, p => sqlx::query_as::<_, CardRow>(&sql)
        .bind(&f.product)
        .bind(i64::from(f.min_rating))
        .bind(before)
        .bind(limit)
        .fetch_all(p)
        .await)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// The products public stories are about, for the wall's filter.
pub async fn products(db: &Db) -> Result<Vec<ProductOption>, sqlx::Error> {
    let sql = format!(
        "SELECT s.product_slug, MIN(s.product) FROM stories s WHERE {PUBLIC} GROUP BY s.product_slug ORDER BY 1"
    );
    let rows: Vec<(String, String)> = on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    Ok(rows.into_iter().map(|(slug, name)| ProductOption { slug, name }).collect())
}

/// What a story's address shows.
pub enum Found {
    /// Public: its card and rendered body.
    Public(Box<StoryCard>, String, String),
    /// It was public and no longer is (consent withdrawn, deleted, archived): 410 Gone.
    Gone,
    /// Never public, or never existed.
    Missing,
}

/// The story at `id`, if the public may read it.
pub async fn public_story(db: &Db, id: i64) -> Result<Found, sqlx::Error> {
    let sql = format!("{CARD} WHERE s.id = $1 AND {PUBLIC}");
    let card = on_db!(db, p => sqlx::query_as::<_, CardRow>(&sql).bind(id).fetch_optional(p).await)?;
    if let Some(card) = card {
        // Public again in this read: a withdrawal between the two reads must not serve the text.
        let body = format!("SELECT s.body_html, s.body FROM stories s WHERE s.id = $1 AND {PUBLIC}");
        let text: Option<(String, String)> = on_db!(db, p => sqlx::query_as(&body).bind(id).fetch_optional(p).await)?;
        return Ok(match text {
            Some((html, body)) => Found::Public(Box::new(card.into()), html, body),
            None => Found::Gone,
        });
    }
    let was = "SELECT COUNT(*) FROM stories WHERE id = $1 AND published_at IS NOT NULL";
    let n: i64 = on_db!(db, p => sqlx::query_scalar(was).bind(id).fetch_one(p).await)?;
    Ok(if n > 0 { Found::Gone } else { Found::Missing })
}

/// A member's featured stories published with their name, newest first, for their profile.
pub async fn featured_by(db: &Db, user_id: i64) -> Result<Vec<StoryCard>, sqlx::Error> {
    let sql = format!(
        "{CARD} WHERE {PUBLIC} AND s.consent = 'named' AND s.author_id = $1 AND s.featured_at IS NOT NULL
         ORDER BY s.featured_at DESC LIMIT 10"
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, CardRow>(&sql).bind(user_id).fetch_all(p).await)?;
    Ok(rows.into_iter().map(Into::into).collect())
}
