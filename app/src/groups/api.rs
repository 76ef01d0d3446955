//! The groups' server functions: members list, join, ask to join and leave groups; admins make and change
//! groups, their rules, and who is in them. A hidden group is "not found" to anyone outside it.

use crate::{
    error::AppError,
    groups::domain::{AddReport, GroupChoice, GroupPage, GroupSummary},
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{CurrentUser, Role},
        guard::{require_confirmed, require_role, require_user},
    },
    audit::record,
    common::paging::page_count,
    db,
    groups::{
        domain::{people_in, GroupInput, GroupRules, How, Joining, MEMBERS_PER_PAGE},
        repo::{self, SaveGroupError},
    },
    state::app_state,
    t,
};

/// The id of the group a form's "Who sees it" names by its address, or None for everyone; an address no group
/// has is refused on the field `group`. For the admins' forms of categories, rewards, challenges and surveys.
#[cfg(feature = "ssr")]
pub async fn limited_to(tx: &mut crate::db::Tx, slug: Option<&str>) -> Result<Option<i64>, AppError> {
    let Some(slug) = slug.map(str::trim).filter(|s| !s.is_empty()) else { return Ok(None) };
    let id = repo::id_of(tx, slug).await?;
    id.map(Some).ok_or_else(|| AppError::invalid("group", t!("groups-no-such-group", value = format!("{slug:?}"))))
}

/// Every group by address and name, for the admins' forms that name one (admins only).
#[server(endpoint = "groups/group_choices")]
pub async fn group_choices() -> Result<Vec<GroupChoice>, AppError> {
    require_role(Role::Admin).await?;
    Ok(repo::choices(&app_state()?.db).await?)
}

/// Moderators and admins see every group (they moderate every space); members the visible ones and their own.
#[cfg(feature = "ssr")]
fn sees_all(user: &CurrentUser) -> bool {
    user.role.allows(Role::Moderator)
}

/// The groups the member may see, with which they are in.
#[server(endpoint = "groups/list_groups")]
pub async fn list_groups() -> Result<Vec<GroupSummary>, AppError> {
    let user = require_user().await?;
    Ok(repo::list(&app_state()?.db, user.id, sees_all(&user)).await?)
}

/// A group's page. Its members and spaces are shown to those in it and to staff; its requests and rules to
/// admins.
#[server(endpoint = "groups/get_group")]
pub async fn get_group(slug: String, page: u32) -> Result<GroupPage, AppError> {
    let user = require_user().await?;
    let db = &app_state()?.db;
    let group = repo::by_slug(db, &slug, user.id, sees_all(&user)).await?;
    let group = group.ok_or_else(|| AppError::NotFound(crate::t!("error-that-group")))?;
    let admin = user.role.allows(Role::Admin);
    let page = crate::common::paging::page_or_first(page);
    let inside = group.mine || sees_all(&user);
    let (members, total) = if inside { repo::members(db, group.id, page).await? } else { (Vec::new(), 0) };
    let last_page = page_count(total, MEMBERS_PER_PAGE);
    if page > last_page {
        return Err(crate::common::paging::past_the_end(page, last_page));
    }
    Ok(GroupPage {
        spaces: if inside { repo::spaces(db, group.id).await? } else { Vec::new() },
        members,
        page,
        last_page,
        requests: if admin { repo::requests(db, group.id).await? } else { Vec::new() },
        rules: if admin { repo::rules(db, group.id).await? } else { Default::default() },
        levels: if admin { repo::levels(db).await? } else { Vec::new() },
        admin,
        group,
    })
}

/// Makes a group (`id` 0) or changes one (admins only).
#[server(endpoint = "groups/save_group")]
pub async fn save_group(
    id: i64,
    slug: String,
    name: String,
    description: String,
    visibility: String,
    joining: String,
) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let spec = GroupInput { slug, name, description, visibility, joining }.parse()?;
    let state = app_state()?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let taken = |e: SaveGroupError| match e {
        SaveGroupError::SlugTaken => AppError::invalid("slug", t!("groups-slug-taken")),
        SaveGroupError::Db(e) => e.into(),
    };
    let (id, action) = if id == 0 {
        (repo::insert(&mut tx, &spec, now).await.map_err(taken)?, "group_created")
    } else if repo::update(&mut tx, id, &spec, now).await.map_err(taken)? {
        (id, "group_changed")
    } else {
        return Err(AppError::NotFound(crate::t!("error-that-group")));
    };
    if spec.joining != Joining::Request {
        // Nobody waits for a group that no longer takes requests.
        let sql = "DELETE FROM group_requests WHERE group_id = $1";
        crate::on_tx!(&mut tx, c => sqlx::query(sql).bind(id).execute(c).await.map(|_| ()))?;
    }
    let detail = format!("“{}”, {}, {}", spec.name, spec.visibility.as_str(), spec.joining.as_str());
    record(&mut tx, &admin, action, "group", id, detail).await?;
    tx.commit().await?;
    crate::common::redirect::to(&format!("/groups/{}?saved=1", spec.slug));
    Ok(())
}

/// Sets the rules that put members in a group by themselves: email domains, one per line, and a level (admins
/// only). Applied at once, then every minute on every node.
#[server(endpoint = "groups/save_group_rules")]
pub async fn save_group_rules(id: i64, domains: String, level: String) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let spec = GroupRules::parse(&domains, &level)?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let group =
        repo::find_tx(&mut tx, id, admin.id).await?.ok_or_else(|| AppError::NotFound(crate::t!("error-that-group")))?;
    if !repo::set_rules(&mut tx, id, &spec.domains, spec.auto_level_id).await? {
        return Err(AppError::invalid("level", t!("groups-level-gone")));
    }
    let detail = format!(
        "domains: {}; level: {}",
        if spec.domains.is_empty() { "none".to_string() } else { spec.domains.join(", ") },
        spec.auto_level_id.map_or("none".to_string(), |l| format!("#{l}"))
    );
    record(&mut tx, &admin, "group_rules", "group", id, detail).await?;
    tx.commit().await?;
    repo::sync_rules(&state.db, db::now()).await?;
    crate::common::redirect::to(&format!("/groups/{}?saved=1", group.slug));
    Ok(())
}

/// Deletes a group that limits no category (admins only); its members simply leave it.
#[server(endpoint = "groups/delete_group")]
pub async fn delete_group(id: i64) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let group =
        repo::find_tx(&mut tx, id, admin.id).await?.ok_or_else(|| AppError::NotFound(crate::t!("error-that-group")))?;
    let spaces = repo::space_count(&mut tx, id).await?;
    if spaces > 0 {
        return Err(AppError::invalid("id", t!("groups-delete-has-spaces", count = spaces, group = group.name)));
    }
    repo::delete(&mut tx, id).await?;
    record(&mut tx, &admin, "group_deleted", "group", id, format!("“{}”", group.name)).await?;
    tx.commit().await?;
    crate::common::redirect::to("/groups?deleted=1");
    Ok(())
}

/// Adds the members a paste or a CSV names, by address or handle, to a group (admins only). Everyone found
/// is added; the entries that name nobody are reported, as written.
#[server(endpoint = "groups/add_members")]
pub async fn add_members(group_id: i64, people: String) -> Result<AddReport, AppError> {
    let admin = require_role(Role::Admin).await?;
    let entries = people_in(&people)?;
    let state = app_state()?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let group = repo::find_tx(&mut tx, group_id, admin.id)
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-group")))?;
    let mut report = AddReport::default();
    for entry in entries {
        match repo::find_person(&mut tx, &entry).await? {
            None => report.unknown.push(entry),
            Some(user_id) if repo::add(&mut tx, group_id, user_id, How::Admin, now).await? => report.added += 1,
            Some(_) => report.already += 1,
        }
    }
    let detail = format!(
        "“{}”: {} added, {} already in, {} not found",
        group.name,
        report.added,
        report.already,
        report.unknown.len()
    );
    record(&mut tx, &admin, "group_add", "group", group_id, detail).await?;
    tx.commit().await?;
    Ok(report)
}

/// Takes a member out of a group (admins only). Those a rule put in leave when the rule stops matching.
#[server(endpoint = "groups/remove_member")]
pub async fn remove_member(group_id: i64, user_id: i64) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let group = repo::find_tx(&mut tx, group_id, admin.id)
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-group")))?;
    match repo::remove(&mut tx, group_id, user_id, true).await? {
        None => return Err(AppError::NotFound(crate::t!("error-that-group-member"))),
        Some(how) if how.automatic() => {
            return Err(AppError::invalid(
                "user_id",
                t!("groups-remove-automatic", group = group.name, rule = how.as_str()),
            ))
        }
        Some(_) => {}
    }
    record(&mut tx, &admin, "group_remove", "user", user_id, format!("from “{}”", group.name)).await?;
    tx.commit().await?;
    crate::common::redirect::to(&format!("/groups/{}", group.slug));
    Ok(())
}

/// Group `id` as `user` sees it: a hidden group is not there for those outside it.
#[cfg(feature = "ssr")]
async fn seen_by(tx: &mut crate::db::Tx, id: i64, user: &CurrentUser) -> Result<GroupSummary, AppError> {
    let group = repo::find_tx(tx, id, user.id).await?;
    group
        .filter(|g| g.visibility == crate::groups::domain::Visibility::Visible || g.mine)
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-group")))
}

/// Joins an open group, or asks to join one that takes requests.
#[server(endpoint = "groups/join_group")]
pub async fn join_group(group_id: i64) -> Result<(), AppError> {
    let user = require_confirmed().await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let group = seen_by(&mut tx, group_id, &user).await?;
    if group.mine {
        return Err(AppError::Conflict { field: None, message: t!("groups-already-in", group = group.name) });
    }
    match group.joining {
        Joining::Open => {
            repo::add(&mut tx, group_id, user.id, How::Joined, db::now()).await?;
        }
        Joining::Request => {
            repo::request(&mut tx, group_id, user.id, db::now()).await?;
        }
        Joining::Admins => return Err(AppError::invalid("group_id", t!("groups-admins-only", group = group.name))),
    }
    tx.commit().await?;
    crate::common::redirect::to(&format!("/groups/{}", group.slug));
    Ok(())
}

/// Leaves a group, or withdraws a request to join it.
#[server(endpoint = "groups/leave_group")]
pub async fn leave_group(group_id: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let group = seen_by(&mut tx, group_id, &user).await?;
    let withdrawn = repo::drop_request(&mut tx, group_id, user.id).await?;
    match repo::remove(&mut tx, group_id, user.id, true).await? {
        Some(how) if how.automatic() => {
            return Err(AppError::invalid(
                "group_id",
                t!("groups-leave-automatic", group = group.name, rule = how.as_str()),
            ))
        }
        None if !withdrawn => {
            return Err(AppError::Conflict { field: None, message: t!("groups-not-in", group = group.name) })
        }
        _ => {}
    }
    tx.commit().await?;
    let back = if group.visibility == crate::groups::domain::Visibility::Visible {
        format!("/groups/{}", group.slug)
    } else {
        "/groups".to_string()
    };
    crate::common::redirect::to(&back);
    Ok(())
}

/// Approves or declines a request to join (admins only).
#[server(endpoint = "groups/decide_request")]
pub async fn decide_request(group_id: i64, user_id: i64, approve: bool) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let group = repo::find_tx(&mut tx, group_id, admin.id)
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-group")))?;
    if !repo::drop_request(&mut tx, group_id, user_id).await? {
        return Err(AppError::NotFound(crate::t!("error-that-request")));
    }
    if approve {
        repo::add(&mut tx, group_id, user_id, How::Request, db::now()).await?;
    }
    let action = if approve { "group_request_approved" } else { "group_request_declined" };
    record(&mut tx, &admin, action, "user", user_id, format!("“{}”", group.name)).await?;
    tx.commit().await?;
    crate::common::redirect::to(&format!("/groups/{}", group.slug));
    Ok(())
}
