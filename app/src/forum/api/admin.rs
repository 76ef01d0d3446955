use crate::{
    error::AppError,
    forum::domain::{AuditPage, CategorySummary},
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::Role,
        guard::{db_err, reply, require_role},
    },
    common::paging::page_count,
    forum::{
        domain::{CategoryName, CategorySlug, AUDIT_PER_PAGE, DESCRIPTION_MAX},
        repo::{
            categories::{self, CategoryInput, SaveCategoryError},
            moderation,
        },
    },
    state::app_state,
};

/// Every category, archived ones included (admins only).
#[server(endpoint = "forum/admin/categories")]
pub async fn all_categories() -> Result<Vec<CategorySummary>, AppError> {
    reply(
        async {
            require_role(Role::Admin).await?;
            categories::list(&app_state()?.db, true).await.map_err(db_err)
        }
        .await,
    )
}

/// Creates a category (`id` 0) or saves changes to one (admins only).
#[server(endpoint = "forum/admin/save_category")]
pub async fn save_category(
    id: i64,
    slug: String,
    name: String,
    description: String,
    position: i64,
) -> Result<(), AppError> {
    reply(
        async {
            let admin = require_role(Role::Admin).await?;
            let input = CategoryInput {
                slug: CategorySlug::parse(&slug)?,
                name: CategoryName::parse(&name)?,
                description: crate::common::text::bounded_text(
                    &description,
                    "description",
                    "A description",
                    DESCRIPTION_MAX,
                )?,
                position,
            };
            let taken = |e: SaveCategoryError| match e {
                SaveCategoryError::SlugTaken => AppError::Conflict {
                    field: Some("slug".into()),
                    message: format!("Another category already uses the address \"{}\".", input.slug.as_str()),
                },
                SaveCategoryError::Db(e) => db_err(e),
            };
            let state = app_state()?;
            let mut tx = state.db.begin_write().await.map_err(db_err)?;
            let (action, target) = if id == 0 {
                ("create category", categories::insert(&mut tx, &input).await.map_err(taken)?)
            } else if categories::update(&mut tx, id, &input).await.map_err(taken)? {
                ("edit category", id)
            } else {
                return Err(AppError::NotFound("That category".into()));
            };
            let detail = format!("{} ({})", input.name.as_str(), input.slug.as_str());
            crate::admin::audit::record(&mut tx, &admin, action, "category", target, detail).await?;
            tx.commit().await.map_err(db_err)?;
            Ok(())
        }
        .await,
    )
}

/// Archives a category (no new topics, gone from the index, still readable) or restores it (admins only).
#[server(endpoint = "forum/admin/archive_category")]
pub async fn archive_category(id: i64, archived: bool) -> Result<(), AppError> {
    reply(
        async {
            let admin = require_role(Role::Admin).await?;
            let state = app_state()?;
            let mut tx = state.db.begin_write().await.map_err(db_err)?;
            if !categories::set_archived(&mut tx, id, archived).await.map_err(db_err)? {
                return Err(AppError::NotFound("That category".into()));
            }
            let action = if archived { "archive category" } else { "restore category" };
            crate::admin::audit::record(&mut tx, &admin, action, "category", id, String::new()).await?;
            tx.commit().await.map_err(db_err)?;
            Ok(())
        }
        .await,
    )
}

/// A page of the audit log, newest first (admins only).
#[server(endpoint = "forum/admin/audit")]
pub async fn audit_log(page: u32) -> Result<AuditPage, AppError> {
    reply(
        async {
            require_role(Role::Admin).await?;
            let page = super::page_or_first(page);
            let (entries, total) = moderation::audit_page(&app_state()?.db, page).await.map_err(db_err)?;
            let last_page = page_count(total, AUDIT_PER_PAGE);
            if page > last_page {
                return Err(super::past_the_end(page, last_page));
            }
            Ok(AuditPage { entries, page, last_page })
        }
        .await,
    )
}
