use crate::{error::AppError, forum::domain::CategorySummary};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Role, guard::require_role},
    forum::{
        domain::{CategoryName, CategorySlug, DESCRIPTION_MAX},
        repo::categories::{self, CategoryInput, SaveCategoryError},
    },
    state::app_state,
    t,
};

/// Every category, archived ones included (admins only).
#[server(endpoint = "forum/all_categories")]
pub async fn all_categories() -> Result<Vec<CategorySummary>, AppError> {
    require_role(Role::Admin).await?;
    Ok(categories::list(&app_state()?.db, crate::common::spaces::SEES_ALL, true).await?)
}

/// Creates a category (`id` 0) or saves changes to one (admins only).
#[server(endpoint = "forum/save_category")]
pub async fn save_category(
    id: i64,
    slug: String,
    name: String,
    description: String,
    position: i64,
    group: Option<String>,
) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    // The text is checked before the write transaction opens, so a bad form never holds the write lock.
    let slug = CategorySlug::parse(&slug)?;
    let name = CategoryName::parse(&name)?;
    let what = t!("forum-description-what");
    let description = crate::common::text::bounded_text(&description, "description", &what, DESCRIPTION_MAX)?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let group_id = crate::groups::api::limited_to(&mut tx, group.as_deref()).await?;
    if id != 0 {
        let current = categories::find_tx(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound(crate::t!("error-that-category")))?;
        if current.group_id.is_some() && current.group_id != group_id && current.topic_count > 0 {
            let message = t!(
                "forum-category-keeps-group",
                category = current.name,
                count = current.topic_count,
                group = current.group_name.unwrap_or_default(),
            );
            return Err(AppError::invalid("group", message));
        }
    }
    let input = CategoryInput { slug, name, description, position, group_id };
    let taken = |e: SaveCategoryError| match e {
        SaveCategoryError::SlugTaken => AppError::Conflict {
            field: Some("slug".into()),
            message: t!("forum-slug-taken", slug = input.slug.as_str()),
        },
        SaveCategoryError::Db(e) => AppError::from(e),
    };
    let (action, target) = if id == 0 {
        ("create category", categories::insert(&mut tx, &input).await.map_err(taken)?)
    } else if categories::update(&mut tx, id, &input).await.map_err(taken)? {
        ("edit category", id)
    } else {
        return Err(AppError::NotFound(crate::t!("error-that-category")));
    };
    let detail = format!("{} ({})", input.name.as_str(), input.slug.as_str());
    crate::audit::record(&mut tx, &admin, action, "category", target, detail).await?;
    tx.commit().await?;
    Ok(())
}

/// Archives a category (no new topics, gone from the index, still readable) or restores it (admins only).
#[server(endpoint = "forum/archive_category")]
pub async fn archive_category(id: i64, archived: bool) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    if !categories::set_archived(&mut tx, id, archived).await? {
        return Err(AppError::NotFound(crate::t!("error-that-category")));
    }
    let action = if archived { "archive category" } else { "restore category" };
    crate::audit::record(&mut tx, &admin, action, "category", id, String::new()).await?;
    tx.commit().await?;
    Ok(())
}
