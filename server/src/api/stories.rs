//! `/api/v1/stories`: published stories exactly as the public pages show them. A story whose author withdrew
//! consent is gone from the list at once and answers 410; an anonymous story carries no author, company or role.

use super::{auth::Caller, iso, Page, PageQuery, Problem};
use app::{
    api_tokens::domain::Scope,
    state::AppState,
    stories::{
        domain::WallFilter,
        repo::read::{self, Found},
        views::StoryCard,
    },
};
use axum::{
    extract::{Path, Query, State},
    Json,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A published story.
#[derive(Debug, Serialize, ToSchema)]
pub struct Story {
    pub id: i64,
    pub title: String,
    /// The author's highlighted quote, or the opening of the story.
    pub quote: String,
    /// 1 to 5.
    pub rating: u8,
    pub product: String,
    /// The author's name, role and company: only for stories published with a name.
    pub author: Option<String>,
    pub role: Option<String>,
    pub company: Option<String>,
    pub featured: bool,
    /// The story's public page.
    pub path: String,
    #[schema(format = DateTime)]
    pub published_at: String,
    /// The whole story (Markdown, and the sanitised HTML the page shows): only when reading one story.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_markdown: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_html: Option<String>,
}

impl From<StoryCard> for Story {
    fn from(c: StoryCard) -> Story {
        let (author, role, company) = c.credit();
        Story {
            path: c.href(),
            id: c.id,
            title: c.title,
            quote: c.quote,
            rating: c.rating,
            product: c.product,
            author,
            role,
            company,
            featured: c.featured,
            published_at: iso(c.approved_at),
            body_markdown: None,
            body_html: None,
        }
    }
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StoryFilters {
    /// A product's slug, as in the wall's filter.
    pub product: Option<String>,
}

/// Published stories, newest first; `next_cursor` reads further back.
#[utoipa::path(get, operation_id = "listStories", path = "/api/v1/stories", tag = "stories",
    params(StoryFilters, PageQuery),
    responses((status = 200, body = Page<Story>), (status = "4XX", body = Problem)),
    security(("token" = ["stories:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(filters): Query<StoryFilters>,
    Query(page): Query<PageQuery>,
) -> Result<Json<Page<Story>>, Problem> {
    caller.may(Scope::StoriesRead)?;
    let (before, limit) = page.before()?;
    let filter = WallFilter::from_query(filters.product.as_deref(), None);
    let cards = read::public_before(&state.db, &filter, before, limit + 1).await?;
    Ok(Json(Page::of(cards.into_iter().map(Story::from).collect(), limit, |s| s.id)))
}

/// One published story with its text; 410 once it is no longer public (consent withdrawn, archived).
#[utoipa::path(get, operation_id = "getStory", path = "/api/v1/stories/{id}", tag = "stories",
    params(("id" = i64, Path, description = "The story's id")),
    responses((status = 200, body = Story), (status = "4XX", body = Problem)),
    security(("token" = ["stories:read"])))]
pub async fn one(State(state): State<AppState>, caller: Caller, Path(id): Path<i64>) -> Result<Json<Story>, Problem> {
    caller.may(Scope::StoriesRead)?;
    match read::public_story(&state.db, id).await? {
        Found::Public(card, html, markdown) => {
            let mut story = Story::from(*card);
            story.body_html = Some(html);
            story.body_markdown = Some(markdown);
            Ok(Json(story))
        }
        Found::Gone => Err(Problem::new("gone", "That story is no longer available: it was withdrawn or archived.")),
        Found::Missing => Err(Problem::not_found("That story")),
    }
}
