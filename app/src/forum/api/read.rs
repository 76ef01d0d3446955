use crate::{
    error::AppError,
    forum::domain::{CategoryPage, CategorySummary, Revision, TopicPage},
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{CurrentUser, Role},
        guard::{current_user, require_role},
    },
    common::paging::{page_count, page_or_first},
    forum::{
        domain::{self, PostState, PostView, TopicRights, POSTS_PER_PAGE, TOPICS_PER_PAGE},
        repo::{categories, posts, topics},
    },
    state::app_state,
};

/// The categories of the forum index, in order (archived ones are left out).
#[server(endpoint = "forum/list_categories")]
pub async fn list_categories() -> Result<Vec<CategorySummary>, AppError> {
    let viewer = current_user().await?;
    Ok(categories::list(&app_state()?.db, domain::space_key(viewer.as_ref()), false).await?)
}

/// A page of a category's topics. Archived categories stay readable.
#[server(endpoint = "forum/fetch_category")]
pub async fn fetch_category(slug: String, page: u32) -> Result<CategoryPage, AppError> {
    let viewer = current_user().await?;
    if viewer.is_none() {
        let wanted = |read: &CategoryPage| read.category.slug == slug && read.page == page_or_first(page);
        if let Some(read) = crate::common::preread::take(wanted) {
            return Ok(read);
        }
    }
    category_page(&app_state()?.db, viewer.as_ref(), &slug, page).await
}

/// A page of a category's topics as `viewer` sees it (a visitor when `None`).
#[cfg(feature = "ssr")]
pub async fn category_page(
    db: &crate::db::Db,
    viewer: Option<&CurrentUser>,
    slug: &str,
    page: u32,
) -> Result<CategoryPage, AppError> {
    let page = page_or_first(page);
    let category = categories::by_slug(db, slug, domain::space_key(viewer)).await?;
    let category = category.ok_or_else(|| AppError::NotFound(crate::t!("error-that-category")))?;
    let last_page = page_count(category.topic_count, TOPICS_PER_PAGE);
    if page > last_page {
        return Err(crate::common::paging::past_the_end(page, last_page));
    }
    let topics = topics::list(db, category.id, page).await?;
    Ok(CategoryPage { category, topics, page, last_page })
}

/// A page of a topic with what the viewer may do there.
#[server(endpoint = "forum/fetch_topic")]
pub async fn fetch_topic(id: i64, page: u32) -> Result<TopicPage, AppError> {
    let viewer = current_user().await?;
    if viewer.is_none() {
        let wanted = |read: &TopicPage| read.topic.id == id && read.page == page_or_first(page);
        if let Some(read) = crate::common::preread::take(wanted) {
            return Ok(read);
        }
    }
    topic_page(&app_state()?.db, viewer.as_ref(), id, page).await
}

/// A page of a topic as `viewer` sees it (a visitor when `None`), with what they may do there.
#[cfg(feature = "ssr")]
pub async fn topic_page(
    db: &crate::db::Db,
    viewer: Option<&CurrentUser>,
    id: i64,
    page: u32,
) -> Result<TopicPage, AppError> {
    let page = page_or_first(page);
    let topic = topics::header(db, id, domain::space_key(viewer))
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-topic")))?;
    let last_page = page_count(topic.post_count, POSTS_PER_PAGE);
    if page > last_page {
        return Err(crate::common::paging::past_the_end(page, last_page));
    }
    let moderator = viewer.is_some_and(domain::can_moderate);
    let viewer_id = viewer.map_or(0, |v| v.id);
    let rows = posts::page(db, id, page, viewer_id, moderator).await?;
    let levels = crate::recognition::repo::reads::levels(db).await?;
    let posts = rows
        .into_iter()
        .map(|r| {
            let state = r.state();
            let own = r.author_id == viewer_id;
            let readable = match state {
                PostState::Visible => true,
                PostState::Hidden { .. } => own || moderator,
                PostState::Deleted => false,
            };
            PostView {
                can_edit: viewer.is_some_and(|v| domain::can_edit(v, r.author_id, &state)),
                id: r.id,
                number: r.number,
                author_id: r.author_id,
                author_name: r.author_name,
                author_handle: r.author_handle.unwrap_or_default(),
                author_avatar: r.author_avatar,
                author_role: crate::common::text::role_line(&r.author_job_title, &r.author_company),
                author_level: crate::recognition::domain::level_name(r.author_lifetime, &levels),
                body_html: readable.then_some(r.body_html),
                body_md: if (own || moderator) && state == PostState::Visible { r.body_md } else { None },
                state,
                like_count: r.like_count,
                liked_by_me: r.liked != 0,
                created_at: r.created_at,
                edited_at: r.edited_at,
                staff_edited: r.staff_edited_at.is_some(),
            }
        })
        .collect();
    let move_targets = if moderator {
        let all = categories::list(db, crate::common::spaces::SEES_ALL, false).await?;
        all.into_iter().map(|c| (c.slug, c.name)).collect()
    } else {
        Vec::new()
    };
    let following = match viewer {
        Some(v) => crate::forum::repo::follows::is_following(db, id, v.id).await?,
        None => false,
    };
    let rights = TopicRights {
        following,
        signed_in: viewer.is_some(),
        can_reply: viewer.is_some() && domain::reply_refusal(topic.locked).is_none(),
        can_moderate: moderator,
    };
    Ok(TopicPage { topic, posts, page, last_page, rights, move_targets })
}

/// A visible post as a Markdown quote, to start a reply with.
#[server(endpoint = "forum/quote_post")]
pub async fn quote_post(post_id: i64) -> Result<String, AppError> {
    let viewer = current_user().await?;
    let post = posts::find(&app_state()?.db, post_id, domain::space_key(viewer.as_ref())).await?;
    let post = post
        .filter(|p| p.state() == PostState::Visible)
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-post")))?;
    let quoted: Vec<String> = post.body_md.lines().map(|l| format!("> {l}")).collect();
    let source = crate::t!("forum-quote-source", number = post.number.to_string());
    Ok(format!("{}\n>\n> {source}\n\n", quoted.join("\n")))
}

/// Earlier versions of an edited post (moderators only).
#[server(endpoint = "forum/post_revisions")]
pub async fn post_revisions(post_id: i64) -> Result<Vec<Revision>, AppError> {
    require_role(Role::Moderator).await?;
    Ok(posts::revisions(&app_state()?.db, post_id).await?)
}

/// Full-text search over topic titles and visible posts, best match first.
#[server(endpoint = "forum/search_posts")]
pub async fn search_posts(q: String, page: u32) -> Result<crate::forum::domain::SearchResults, AppError> {
    let query = crate::forum::search::SearchQuery::parse(&q)?;
    let page = crate::common::paging::page_or_first(page);
    let db = &app_state()?.db;
    let viewer = current_user().await?;
    let key = domain::space_key(viewer.as_ref());
    let (hits, has_more) = crate::forum::repo::search::search(db, &query, page, key).await?;
    Ok(crate::forum::domain::SearchResults { query: query.plain(), hits, page, has_more })
}
