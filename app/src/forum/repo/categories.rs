//! SQL for categories.

use crate::{
    common::spaces,
    db::{self, Db, Tx},
    forum::domain::{CategoryName, CategorySlug, CategorySummary},
    on_db, on_tx,
};

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    slug: String,
    name: String,
    description: String,
    position: i64,
    archived_at: Option<i64>,
    topic_count: i64,
    post_count: i64,
    last_post_at: Option<i64>,
    group_id: Option<i64>,
    group_name: Option<String>,
}

impl From<Row> for CategorySummary {
    fn from(r: Row) -> Self {
        CategorySummary {
            id: r.id,
            slug: r.slug,
            name: r.name,
            description: r.description,
            position: r.position,
            archived: r.archived_at.is_some(),
            topic_count: r.topic_count,
            post_count: r.post_count,
            last_post_at: r.last_post_at,
            group_id: r.group_id,
            group_name: r.group_name,
        }
    }
}

const SELECT: &str = "SELECT c.id, c.slug, c.name, c.description, c.position, c.archived_at, c.topic_count,
                             c.post_count, c.last_post_at, c.group_id, g.name AS group_name
                      FROM categories c LEFT JOIN member_groups g ON g.id = c.group_id";

/// The categories the viewer (a [`spaces::viewer_key`]) may see, in display order; archived ones only when
/// asked for.
pub async fn list(db: &Db, viewer: i64, with_archived: bool) -> Result<Vec<CategorySummary>, sqlx::Error> {
    let archived = if with_archived { "" } else { "AND c.archived_at IS NULL" };
    let sees = spaces::viewer_sees("c.group_id", "$1");
    let sql = format!("{SELECT} WHERE {sees} {archived} ORDER BY c.position, c.name, c.id");
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(&sql).bind(viewer).fetch_all(p).await)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// The category at `slug`, if the viewer may see it.
pub async fn by_slug(db: &Db, slug: &str, viewer: i64) -> Result<Option<CategorySummary>, sqlx::Error> {
    let sees = spaces::viewer_sees("c.group_id", "$2");
    let sql = format!("{SELECT} WHERE c.slug = $1 AND {sees}");
    let row = on_db!(db, p => sqlx::query_as::<_, Row>(&sql).bind(slug).bind(viewer).fetch_optional(p).await)?;
    Ok(row.map(Into::into))
}

/// Category `id` in a transaction, whoever asks (for the admins' checks).
pub async fn find_tx(tx: &mut Tx, id: i64) -> Result<Option<CategorySummary>, sqlx::Error> {
    let sql = format!("{SELECT} WHERE c.id = $1");
    let row = on_tx!(tx, c => sqlx::query_as::<_, Row>(&sql).bind(id).fetch_optional(c).await)?;
    Ok(row.map(Into::into))
}

/// What a category is saved with.
pub struct CategoryInput {
    pub slug: CategorySlug,
    pub name: CategoryName,
    pub description: String,
    pub position: i64,
    /// The group the category is limited to; None: everyone's.
    pub group_id: Option<i64>,
}

/// Why a category could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveCategoryError {
    #[error("that address is taken")]
    SlugTaken,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

fn slug_taken(e: sqlx::Error) -> SaveCategoryError {
    const SLUG: db::Unique = db::Unique { name: "categories_slug_key", table: "categories", columns: &["slug"] };
    if db::is_unique_violation(&e, &SLUG) {
        SaveCategoryError::SlugTaken
    } else {
        SaveCategoryError::Db(e)
    }
}

pub async fn insert(tx: &mut Tx, input: &CategoryInput) -> Result<i64, SaveCategoryError> {
    let sql = "INSERT INTO categories (slug, name, description, position, created_at, updated_at, group_id)
               VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING id";
    on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sql)
        .bind(input.slug.as_str())
        .bind(input.name.as_str())
        .bind(&input.description)
        .bind(input.position)
        .bind(db::now())
        .bind(input.group_id)
        .fetch_one(c)
        .await)
    .map_err(slug_taken)
}

/// Saves changes to category `id`; false when there is no such category.
pub async fn update(tx: &mut Tx, id: i64, input: &CategoryInput) -> Result<bool, SaveCategoryError> {
    let sql = "UPDATE categories SET slug = $1, name = $2, description = $3, position = $4, updated_at = $5,
                      group_id = $7
               WHERE id = $6";
    let done = on_tx!(tx, c => sqlx::query(sql)
        .bind(input.slug.as_str())
        .bind(input.name.as_str())
        .bind(&input.description)
        .bind(input.position)
        .bind(db::now())
        .bind(id)
        .bind(input.group_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))
    .map_err(slug_taken)?;
    Ok(done == 1)
}

/// Archives (no new topics, hidden from the index) or restores category `id`; false when there is none.
pub async fn set_archived(tx: &mut Tx, id: i64, archived: bool) -> Result<bool, sqlx::Error> {
    let now = db::now();
    let sql = "UPDATE categories SET archived_at = $1, updated_at = $2 WHERE id = $3";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(archived.then_some(now)).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}
