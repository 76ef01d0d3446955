//! Writing members through the API (`members:write`): inviting someone (the invitation email with its link,
//! as `/admin/invitations` sends it, into a group if named), setting the groups a member is in, and changing
//! their profile fields.

use super::{auth::Caller, iso, members::Member, Problem};
use app::{
    accounts::repo::user_by_id,
    admin::repo,
    api_tokens::domain::Scope,
    db,
    groups::repo::set_for_member,
    invitations::{
        api::invite_one,
        domain::{Invitee, INVITATION_DAYS},
    },
    profiles::{details_of, domain::ProfileDetails, store_details},
    recognition::repo::reads,
    state::AppState,
};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    Json,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Someone to invite.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInvitation {
    pub email: String,
    /// The name to greet them by; they may choose their own when they join.
    #[serde(default)]
    pub name: String,
    /// `member` (when absent), `moderator` or `admin`.
    #[serde(default)]
    pub role: String,
    /// A group's address (slug) to put them in when they join.
    #[serde(default)]
    pub group: String,
}

/// An invitation sent.
#[derive(Debug, Serialize, ToSchema)]
pub struct Invitation {
    pub id: i64,
    pub email: String,
    pub role: String,
    /// The group they join with their account, if any.
    pub group: Option<String>,
    /// When the emailed link stops working.
    #[schema(format = DateTime)]
    pub expires_at: String,
}

/// The groups a member should be in.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupsBody {
    /// Group addresses (slugs). Groups a rule keeps them in (email domain, level) stay whatever the list says.
    pub groups: Vec<String>,
}

/// Invites someone by email: 201 with the invitation; 422 when the address has an account, 409 when it has
/// an open invitation.
#[utoipa::path(post, operation_id = "inviteMember", path = "/api/v1/members/invitations", tag = "members",
    request_body = NewInvitation,
    responses((status = 201, body = Invitation), (status = "4XX", body = Problem)),
    security(("token" = ["members:write"])))]
pub async fn invite(State(state): State<AppState>, caller: Caller, body: Bytes) -> Result<Response, Problem> {
    caller.may(Scope::MembersWrite)?;
    let new: NewInvitation = super::json_body(&body)?;
    let who = Invitee::parse(&new.email, &new.name, &new.role)?;
    let token = &caller.0;
    let maker = user_by_id(&state.db, token.actor_id).await?.map(|(u, ..)| u).ok_or_else(Problem::internal)?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let (id, group) = invite_one(&mut tx, &state, &maker, &who, &new.group, now).await?;
    let group = group.map(|_| new.group.trim().to_string());
    let detail = format!("{} as {}", who.email.as_str(), who.role.as_str());
    caller.audit(&mut tx, ("invite", "invitation", id), detail, now).await?;
    tx.commit().await?;
    let sent = Invitation {
        id,
        email: who.email.as_str().to_string(),
        role: who.role.as_str().to_string(),
        group,
        expires_at: iso(now + INVITATION_DAYS * 86_400),
    };
    Ok(super::json(StatusCode::CREATED, &sent))
}

/// Puts a member in exactly the groups listed (joining and leaving as an admin would); 422 names a group
/// that does not exist, and nothing changes then. Answers with the member.
#[utoipa::path(put, operation_id = "setMemberGroups", path = "/api/v1/members/{id}/groups", tag = "members",
    params(("id" = i64, Path, description = "The member's id")),
    request_body = GroupsBody,
    responses((status = 200, body = Member), (status = "4XX", body = Problem)),
    security(("token" = ["members:write"])))]
pub async fn set_groups(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Json<Member>, Problem> {
    caller.may(Scope::MembersWrite)?;
    let wanted: GroupsBody = super::json_body(&body)?;
    let levels = reads::levels(&state.db).await?;
    if repo::member_by_id(&state.db, id, &levels, db::now()).await?.is_none() {
        return Err(Problem::not_found("That member"));
    }
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let changes = set_for_member(&mut tx, id, &wanted.groups, now).await?.map_err(|slug| {
        Problem::invalid("groups", format!("There is no group at the address {slug:?}; nothing was changed."))
    })?;
    let detail = format!("joined [{}], left [{}]", changes.added.join(", "), changes.removed.join(", "));
    caller.audit(&mut tx, ("member_groups", "user", id), detail, now).await?;
    tx.commit().await?;
    let member = repo::member_by_id(&state.db, id, &levels, db::now()).await?.ok_or_else(Problem::internal)?;
    Ok(Json(member.into()))
}

/// Profile fields to change; the ones left out keep their value, an empty string clears one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileChange {
    pub company: Option<String>,
    pub job_title: Option<String>,
    pub location: Option<String>,
    /// `https://…`, or empty.
    pub website: Option<String>,
    /// A LinkedIn profile or company address, or empty.
    pub linkedin: Option<String>,
    /// Markdown, rendered and sanitised as the profile page shows it.
    pub bio: Option<String>,
}

/// A member's profile fields, as their public page shows them.
#[derive(Debug, Serialize, ToSchema)]
pub struct Profile {
    pub member_id: i64,
    pub handle: String,
    pub company: String,
    pub job_title: String,
    pub location: String,
    pub website: String,
    pub linkedin: String,
    pub bio: String,
}

/// Changes a member's profile fields (what a CRM knows better: company, job title…): every given field is
/// checked before anything is stored; 422 names the first bad one. Answers with the profile.
#[utoipa::path(patch, operation_id = "updateMemberProfile", path = "/api/v1/members/{id}/profile", tag = "members",
    params(("id" = i64, Path, description = "The member's id")),
    request_body = ProfileChange,
    responses((status = 200, body = Profile), (status = "4XX", body = Problem)),
    security(("token" = ["members:write"])))]
pub async fn update_profile(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Json<Profile>, Problem> {
    caller.may(Scope::MembersWrite)?;
    let change: ProfileChange = super::json_body(&body)?;
    let (handle, was) = details_of(&state.db, id).await?.ok_or_else(|| Problem::not_found("That member"))?;
    let raw = ProfileDetails {
        bio: change.bio.unwrap_or(was.bio),
        company: change.company.unwrap_or(was.company),
        job_title: change.job_title.unwrap_or(was.job_title),
        location: change.location.unwrap_or(was.location),
        website: change.website.unwrap_or(was.website),
        linkedin: change.linkedin.unwrap_or(was.linkedin),
    };
    let details = store_details(&state, id, &raw).await?.ok_or_else(|| Problem::not_found("That member"))?;
    let mut tx = state.db.begin_write().await?;
    caller.audit(&mut tx, ("member_profile", "user", id), details.role_line(), db::now()).await?;
    tx.commit().await?;
    Ok(Json(Profile {
        member_id: id,
        handle,
        company: details.company,
        job_title: details.job_title,
        location: details.location,
        website: details.website,
        linkedin: details.linkedin,
        bio: details.bio,
    }))
}
