//! `/api/v1/members`: the member list with filters and cursor paging, and one member.

use super::{auth::Caller, iso, Page, PageQuery, Problem};
use app::{
    admin::{
        domain::MemberSummary,
        filter::{MemberFilter, MembersQuery},
        repo,
    },
    api_tokens::domain::Scope,
    db,
    recognition::repo::reads,
    state::AppState,
};
use axum::{
    extract::{Path, Query, State},
    Json,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A member, as admins see them.
#[derive(Debug, Serialize, ToSchema)]
pub struct Member {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub handle: String,
    /// `member`, `moderator` or `admin`.
    pub role: String,
    /// `active`, `unconfirmed`, `suspended`, `silenced`, `removed` (as spam) or `deleted`.
    pub status: String,
    pub verified: bool,
    /// Spendable points.
    pub balance: i64,
    /// Points ever earned; the level follows them.
    pub lifetime_points: i64,
    pub level: String,
    /// Names of the groups the member belongs to.
    pub groups: Vec<String>,
    /// The member's latest NPS score (0–10), if they ever answered.
    pub nps_score: Option<i64>,
    /// The handle of the member who referred them.
    pub referred_by: Option<String>,
    #[schema(format = DateTime)]
    pub joined_at: String,
    #[schema(format = DateTime)]
    pub last_seen_at: Option<String>,
}

impl From<MemberSummary> for Member {
    fn from(m: MemberSummary) -> Member {
        let status = m.status().as_str();
        Member {
            id: m.id,
            email: m.email,
            display_name: m.display_name,
            handle: m.handle,
            role: m.role.as_str().to_string(),
            status: status.to_string(),
            verified: m.verified,
            balance: m.balance,
            lifetime_points: m.lifetime,
            level: m.level,
            groups: m.groups,
            nps_score: m.nps,
            referred_by: m.referred_by.map(|(_, handle)| handle),
            joined_at: iso(m.created_at),
            last_seen_at: m.last_seen_at.map(iso),
        }
    }
}

/// The member list's filters (all optional).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MemberFilters {
    /// Text in the name, email or handle.
    #[serde(default)]
    pub q: String,
    /// `member`, `moderator` or `admin`.
    #[serde(default)]
    pub role: String,
    /// `active`, `unconfirmed`, `suspended`, `silenced`, `removed` or `deleted`.
    #[serde(default)]
    pub status: String,
    /// A group's id.
    #[serde(default)]
    pub group: String,
}

/// Members in id order, 50 a page unless `limit` says otherwise; `next_cursor` asks for the next page.
#[utoipa::path(get, operation_id = "listMembers", path = "/api/v1/members", tag = "members",
    params(MemberFilters, PageQuery),
    responses((status = 200, body = Page<Member>), (status = "4XX", body = Problem)),
    security(("token" = ["members:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(filters): Query<MemberFilters>,
    Query(page): Query<PageQuery>,
) -> Result<Json<Page<Member>>, Problem> {
    caller.may(Scope::MembersRead)?;
    let (after, limit) = page.after()?;
    let query = MembersQuery {
        q: filters.q,
        role: filters.role,
        status: filters.status,
        group: filters.group,
        ..MembersQuery::default()
    };
    let filter = MemberFilter::parse(&query)?;
    let levels = reads::levels(&state.db).await?;
    let found = repo::members_after(&state.db, &filter, &levels, (after, limit + 1), db::now()).await?;
    Ok(Json(Page::of(found.into_iter().map(Member::from).collect(), limit, |m| m.id)))
}

/// One member, whatever their state.
#[utoipa::path(get, operation_id = "getMember", path = "/api/v1/members/{id}", tag = "members",
    params(("id" = i64, Path, description = "The member's id")),
    responses((status = 200, body = Member), (status = "4XX", body = Problem)),
    security(("token" = ["members:read"])))]
pub async fn one(State(state): State<AppState>, caller: Caller, Path(id): Path<i64>) -> Result<Json<Member>, Problem> {
    caller.may(Scope::MembersRead)?;
    let levels = reads::levels(&state.db).await?;
    let found = repo::member_by_id(&state.db, id, &levels, db::now()).await?;
    found.map(|m| Json(m.into())).ok_or_else(|| Problem::not_found("That member"))
}
