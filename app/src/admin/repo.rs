//! SQL for member administration.

use std::collections::HashMap;

use crate::{
    accounts::domain::{Restriction, RestrictionKind, Role},
    admin::{
        domain::{MemberSummary, RestrictionOrder, Standing},
        filter::{like_pattern, MemberFilter},
    },
    db::{self, Db, Tx},
    forum::{flags::Resolution, repo::flags},
    on_db, on_tx,
    recognition::domain::{level_name, Level},
    recognition::repo::ledger,
};

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    email: String,
    display_name: String,
    handle: String,
    avatar: Option<String>,
    role: String,
    created_at: i64,
    removed: bool,
    deleted: bool,
    verified: bool,
    balance: i64,
    lifetime: i64,
    last_seen_at: Option<i64>,
    suspended_until: Option<i64>,
    silenced_until: Option<i64>,
    nps_score: Option<i64>,
    referrer_name: Option<String>,
    referrer_handle: Option<String>,
}

/// A value bound to a numbered placeholder of the member search.
enum Bind {
    Text(String),
    Int(i64),
}

/// The member rows `sql` reads with `binds`.
async fn member_rows(db: &Db, sql: &str, binds: &[Bind]) -> Result<Vec<Row>, sqlx::Error> {
    on_db!(db, p => {
        let mut query = sqlx::query_as::<_, Row>(sql);
        for b in binds {
            query = match b {
                Bind::Text(t) => query.bind(t),
                Bind::Int(i) => query.bind(*i),
            };
        }
        query.fetch_all(p).await
    })
}

/// The WHERE clause of `filter` (with `$1`… placeholders) and its values. `levels` turns a level id into the
/// range of lifetime points it covers; an unknown level finds nobody.
fn member_where(filter: &MemberFilter, levels: &[Level], now: i64) -> (String, Vec<Bind>) {
    let mut conditions: Vec<String> = Vec::new();
    let mut binds: Vec<Bind> = Vec::new();
    let next = |binds: &mut Vec<Bind>, value: Bind| {
        binds.push(value);
        format!("${}", binds.len())
    };
    if !filter.q.is_empty() {
        let p = next(&mut binds, Bind::Text(like_pattern(&filter.q)));
        conditions.push(format!(
            "(u.email LIKE {p} ESCAPE '\\' OR u.handle LIKE {p} ESCAPE '\\' OR LOWER(u.display_name) LIKE {p} ESCAPE '\\')"
        ));
    }
    if let Some(role) = filter.role {
        let p = next(&mut binds, Bind::Text(role.as_str().to_string()));
        conditions.push(format!("u.role = {p}"));
    }
    if let Some(status) = filter.status {
        let p = next(&mut binds, Bind::Int(now));
        conditions.push(format!("({})", status.sql().replace("$now", &p)));
    }
    if let Some(id) = filter.level {
        let mut sorted: Vec<&Level> = levels.iter().collect();
        sorted.sort_by_key(|l| l.threshold);
        match sorted.iter().position(|l| l.id == id) {
            Some(i) => {
                let low = next(&mut binds, Bind::Int(if i == 0 { 0 } else { sorted[i].threshold }));
                conditions.push(format!("COALESCE(a.lifetime, 0) >= {low}"));
                if let Some(above) = sorted.get(i + 1) {
                    let high = next(&mut binds, Bind::Int(above.threshold));
                    conditions.push(format!("COALESCE(a.lifetime, 0) < {high}"));
                }
            }
            None => conditions.push("1 = 0".into()),
        }
    }
    if let Some(group) = filter.group {
        let p = next(&mut binds, Bind::Int(group));
        conditions.push(format!("u.id IN (SELECT user_id FROM group_members WHERE group_id = {p})"));
    }
    if let Some(nps) = filter.nps {
        conditions.push(nps.sql().to_string());
    }
    let clause = if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) };
    (clause, binds)
}

const MEMBER_COLUMNS: &str =
    "u.id, u.email, u.display_name, COALESCE(u.handle, '') AS handle, u.avatar, u.role, u.created_at,
                              u.removed_at IS NOT NULL AS removed, u.deleted_at IS NOT NULL AS deleted,
                              u.email_verified_at IS NOT NULL AS verified, COALESCE(a.balance, 0) AS balance,
                              COALESCE(a.lifetime, 0) AS lifetime, u.last_seen_at, u.suspended_until, u.silenced_until,
                              u.nps_score,
                              ru.display_name AS referrer_name, ru.handle AS referrer_handle";

/// The tables the member search's conditions and orders read.
const NARROW_FROM: &str = "FROM users u LEFT JOIN point_accounts a ON a.user_id = u.id";

const MEMBER_FROM: &str = "FROM users u LEFT JOIN point_accounts a ON a.user_id = u.id
                           LEFT JOIN referrals rf ON rf.referee_id = u.id LEFT JOIN users ru ON ru.id = rf.referrer_id";

/// One page of the members `filter` finds (`per_page` a page; `None` for all of them, for the CSV), and how
/// many it finds.
pub async fn list_members(
    db: &Db,
    filter: &MemberFilter,
    levels: &[Level],
    page: Option<(u32, u32)>,
    now: i64,
) -> Result<(Vec<MemberSummary>, i64), sqlx::Error> {
    let (clause, binds) = member_where(filter, levels, now);
    let from = MEMBER_FROM;
    let limit = match page {
        Some((page, per_page)) => {
            let offset = i64::from(page.saturating_sub(1)) * i64::from(per_page);
            format!("LIMIT {per_page} OFFSET {offset}")
        }
        None => String::new(),
    };
    // A page is chosen on the narrow join first (the order needs only the account and its points), then its
    // rows are read whole, so the joins and columns of the list are paid for fifty rows, not for every member.
    let sort = filter.sort.sql();
    let sql = match page {
        Some(_) => format!(
            "SELECT {MEMBER_COLUMNS} {from} WHERE u.id IN (SELECT u.id {NARROW_FROM} {clause} ORDER BY {sort} {limit})
             ORDER BY {sort}"
        ),
        None => format!("SELECT {MEMBER_COLUMNS} {from} {clause} ORDER BY {sort}"),
    };
    let rows = member_rows(db, &sql, &binds).await?;
    let total = match page {
        None => i64::try_from(rows.len()).unwrap_or(i64::MAX),
        Some(_) => {
            // The join is needed only when a level narrows the count.
            let from = if filter.level.is_some() {
                "FROM users u LEFT JOIN point_accounts a ON a.user_id = u.id"
            } else {
                "FROM users u"
            };
            let count = format!("SELECT COUNT(*) {from} {clause}");
            on_db!(db, p => {
                let mut query = sqlx::query_scalar::<_, i64>(&count);
                for b in &binds {
                    query = match b {
                        Bind::Text(t) => query.bind(t),
                        Bind::Int(i) => query.bind(*i),
                    };
                }
                query.fetch_one(p).await
            })?
        }
    };
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut groups = group_names(db, page.is_some().then_some(&ids[..])).await?;
    let members = rows
        .into_iter()
        .map(|r| {
            let groups = groups.remove(&r.id).unwrap_or_default();
            summary(r, groups, levels, now)
        })
        .collect();
    Ok((members, total))
}

/// Up to `limit` members `filter` finds with ids above `after`, in id order: the API's cursor paging, which
/// stays right while members join (a new member has a higher id) and costs the same on the last page as on the
/// first. The filter's order is not used.
pub async fn members_after(
    db: &Db,
    filter: &MemberFilter,
    levels: &[Level],
    (after, limit): (i64, i64),
    now: i64,
) -> Result<Vec<MemberSummary>, sqlx::Error> {
    let (clause, mut binds) = member_where(filter, levels, now);
    binds.push(Bind::Int(after));
    let cursor = format!("u.id > ${}", binds.len());
    let clause = if clause.is_empty() { format!("WHERE {cursor}") } else { format!("{clause} AND {cursor}") };
    binds.push(Bind::Int(limit));
    let sql = format!("SELECT {MEMBER_COLUMNS} {MEMBER_FROM} {clause} ORDER BY u.id LIMIT ${}", binds.len());
    let rows = member_rows(db, &sql, &binds).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut groups = group_names(db, Some(&ids)).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let groups = groups.remove(&r.id).unwrap_or_default();
            summary(r, groups, levels, now)
        })
        .collect())
}

/// One member as the member list shows them, whatever their state; `None` when there is no such account.
pub async fn member_by_id(db: &Db, id: i64, levels: &[Level], now: i64) -> Result<Option<MemberSummary>, sqlx::Error> {
    let sql = format!("SELECT {MEMBER_COLUMNS} {MEMBER_FROM} WHERE u.id = $1");
    let row: Option<Row> = on_db!(db, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)?;
    let Some(row) = row else { return Ok(None) };
    let groups = group_names(db, Some(&[id])).await?.remove(&id).unwrap_or_default();
    Ok(Some(summary(row, groups, levels, now)))
}

fn summary(r: Row, groups: Vec<String>, levels: &[Level], now: i64) -> MemberSummary {
    MemberSummary {
        id: r.id,
        email: r.email,
        display_name: r.display_name,
        handle: r.handle,
        avatar: r.avatar,
        role: Role::parse(&r.role).unwrap_or(Role::Member),
        created_at: r.created_at,
        removed: r.removed,
        deleted: r.deleted,
        verified: r.verified,
        balance: r.balance,
        lifetime: r.lifetime,
        level: level_name(r.lifetime, levels),
        last_seen_at: r.last_seen_at,
        suspended_until: r.suspended_until.filter(|u| *u > now),
        silenced_until: r.silenced_until.filter(|u| *u > now),
        groups,
        nps: r.nps_score,
        referred_by: r.referrer_name.zip(r.referrer_handle),
    }
}

/// The names of the groups each member belongs to, by member id, in name order: of the members `ids` names,
/// or of everyone (for the CSV).
async fn group_names(db: &Db, ids: Option<&[i64]>) -> Result<HashMap<i64, Vec<String>>, sqlx::Error> {
    let which = match ids {
        Some([]) => return Ok(HashMap::new()),
        Some(ids) => {
            let list = (1..=ids.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
            format!("WHERE gm.user_id IN ({list})")
        }
        None => String::new(),
    };
    let sql = format!(
        "SELECT gm.user_id, g.name FROM group_members gm JOIN member_groups g ON g.id = gm.group_id {which}
         ORDER BY g.name, g.id"
    );
    let rows: Vec<(i64, String)> = on_db!(db, p => {
        let mut query = sqlx::query_as(&sql);
        for id in ids.unwrap_or_default() {
            query = query.bind(*id);
        }
        query.fetch_all(p).await
    })?;
    let mut by_member: HashMap<i64, Vec<String>> = HashMap::new();
    for (user_id, name) in rows {
        by_member.entry(user_id).or_default().push(name);
    }
    Ok(by_member)
}

/// Gives a member `role` in the caller's transaction and returns the role they had, for the audit log;
/// `None` when there is no such member. On PostgreSQL the row is locked until the transaction ends, so the
/// role returned is the one replaced (SQLite's write transaction already excludes other writers).
pub async fn set_role(tx: &mut Tx, user_id: i64, role: Role) -> Result<Option<Role>, sqlx::Error> {
    // Role changes queue one after another on PostgreSQL (SQLite's write transaction already does), so two
    // admins taking the role from each other at once cannot leave nobody with it: see `admins_left`.
    if let Tx::Postgres(c) = tx {
        sqlx::query("SELECT pg_advisory_xact_lock(hashtext('users.role'))").execute(&mut **c).await?;
    }
    let read = match tx {
        Tx::Postgres(_) => "SELECT role FROM users WHERE id = $1 FOR UPDATE",
        Tx::Sqlite(..) => "SELECT role FROM users WHERE id = $1",
    };
    let before: Option<String> = on_tx!(tx, c => sqlx::query_scalar(read).bind(user_id).fetch_optional(c).await)?;
    let Some(before) = before else { return Ok(None) };
    let sql = "UPDATE users SET role = $1, updated_at = $2 WHERE id = $3";
    on_tx!(tx, c => sqlx::query(sql).bind(role.as_str()).bind(db::now()).bind(user_id).execute(c).await.map(|_| ()))?;
    Ok(Some(Role::parse(&before).unwrap_or(Role::Member)))
}

/// How many admins there are (accounts not removed), inside the role change's transaction.
pub async fn admins_left(tx: &mut Tx) -> Result<i64, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM users WHERE role = 'admin' AND removed_at IS NULL AND deleted_at IS NULL";
    on_tx!(tx, c => sqlx::query_scalar(sql).fetch_one(c).await)
}

/// How many accounts that are not removed have an email at `domain` (the demo seed's, for the start-up
/// warning). A suffix cannot use the email index, so this reads the users table once: run it at start-up,
/// not per request.
pub async fn active_accounts_at(db: &Db, domain: &str) -> Result<i64, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM users WHERE email LIKE $1 AND removed_at IS NULL";
    on_db!(db, p => sqlx::query_scalar(sql).bind(format!("%@{domain}")).fetch_one(p).await)
}

/// What removing an account did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal {
    Removed,
    AlreadyRemoved,
    /// Admins are demoted first, so an admin is never locked out by another in one click.
    IsAdmin,
    Missing,
}

/// Closes `user_id` as spam: it can no longer sign in and its sessions end (the auth version moves).
pub async fn remove_as_spam(tx: &mut Tx, user_id: i64, admin_id: i64, now: i64) -> Result<Removal, sqlx::Error> {
    let sql = "UPDATE users SET removed_at = $1, removed_by = $2, auth_version = auth_version + 1, updated_at = $1
               WHERE id = $3 AND removed_at IS NULL AND role <> 'admin'";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(now).bind(admin_id).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    if done == 1 {
        return Ok(Removal::Removed);
    }
    let found: Option<(String, bool)> = on_tx!(tx, c => sqlx::query_as("SELECT role, removed_at IS NOT NULL FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(c)
        .await)?;
    Ok(match found {
        None => Removal::Missing,
        Some((_, true)) => Removal::AlreadyRemoved,
        Some(_) => Removal::IsAdmin,
    })
}

/// Opens an account removed as spam again; false when it was not removed (or does not exist, or was
/// deleted: a deleted account never comes back).
pub async fn reinstate(tx: &mut Tx, user_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET removed_at = NULL, removed_by = NULL, updated_at = $1
               WHERE id = $2 AND removed_at IS NOT NULL AND deleted_at IS NULL";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(now).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Shows again the posts that removing the account hid (those hidden by the removing admin at the moment
/// of removal, not a moderator's earlier hide with the same words), restoring the points hiding took back.
/// Call before [`reinstate`], which clears the removal's marks. The account stays off the leaderboards
/// (the member may have chosen that before; they can show themselves again). Returns how many came back.
pub async fn show_everything_of(tx: &mut Tx, user_id: i64, admin_id: i64, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "UPDATE posts SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL
               WHERE author_id = $1 AND hidden_reason = $2
                 AND hidden_at = (SELECT removed_at FROM users WHERE id = $1)
                 AND hidden_by = (SELECT removed_by FROM users WHERE id = $1)
               RETURNING id";
    let ids: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar(sql).bind(user_id).bind(SPAM_REASON).fetch_all(c).await)?;
    for &id in &ids {
        ledger::restore(tx, "post", id, admin_id, now).await?;
    }
    Ok(i64::try_from(ids.len()).unwrap_or(i64::MAX))
}

/// The reason a removed account's posts carry; members see it where each post was.
pub const SPAM_REASON: &str = "Removed as spam";

/// Hides every visible post of an account removed as spam, closes the open flags on them and takes back
/// the points they earned; the account also leaves the leaderboards. Returns how many posts were hidden.
pub async fn hide_everything_of(tx: &mut Tx, user_id: i64, admin_id: i64, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "UPDATE posts SET hidden_at = $1, hidden_by = $2, hidden_reason = $3
               WHERE author_id = $4 AND hidden_at IS NULL AND deleted_at IS NULL RETURNING id";
    let ids: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(now)
        .bind(admin_id)
        .bind(SPAM_REASON)
        .bind(user_id)
        .fetch_all(c)
        .await)?;
    for &id in &ids {
        flags::resolve(tx, id, admin_id, Resolution::Hide, now).await?;
        ledger::reverse(tx, "post", id, admin_id, SPAM_REASON, now).await?;
    }
    let off_boards = "UPDATE point_accounts SET leaderboard_hidden = 1 WHERE user_id = $1";
    on_tx!(tx, c => sqlx::query(off_boards).bind(user_id).execute(c).await.map(|_| ()))?;
    Ok(i64::try_from(ids.len()).unwrap_or(i64::MAX))
}

#[derive(sqlx::FromRow)]
struct StandingRow {
    id: i64,
    display_name: String,
    handle: String,
    role: String,
    created_at: i64,
    suspended_until: Option<i64>,
    suspended_reason: String,
    silenced_until: Option<i64>,
    silenced_reason: String,
    removed: bool,
    deleted: bool,
}

/// A member's standing at `now` (restrictions that ended read as none); `can_restrict` is left false.
pub async fn standing(db: &Db, user_id: i64, now: i64) -> Result<Option<Standing>, sqlx::Error> {
    let sql = "SELECT id, display_name, COALESCE(handle, '') AS handle, role, created_at, suspended_until,
                      suspended_reason, silenced_until, silenced_reason, removed_at IS NOT NULL AS removed,
                      deleted_at IS NOT NULL AS deleted
               FROM users WHERE id = $1";
    let row: Option<StandingRow> = on_db!(db, p => sqlx::query_as(sql).bind(user_id).fetch_optional(p).await)?;
    let in_force =
        |until: Option<i64>, reason: String| until.filter(|u| *u > now).map(|until| Restriction { until, reason });
    Ok(row.map(|r| Standing {
        id: r.id,
        display_name: r.display_name,
        handle: r.handle,
        role: Role::parse(&r.role).unwrap_or(Role::Member),
        created_at: r.created_at,
        suspended: in_force(r.suspended_until, r.suspended_reason),
        silenced: in_force(r.silenced_until, r.silenced_reason),
        removed: r.removed,
        deleted: r.deleted,
        can_restrict: false,
    }))
}

/// The role of a member who is not deleted, held until the transaction ends on PostgreSQL, so a role change
/// cannot slip between the check and the restriction.
pub async fn role_for_update(tx: &mut Tx, user_id: i64) -> Result<Option<Role>, sqlx::Error> {
    let sql = match tx {
        Tx::Postgres(_) => "SELECT role FROM users WHERE id = $1 AND deleted_at IS NULL FOR UPDATE",
        Tx::Sqlite(..) => "SELECT role FROM users WHERE id = $1 AND deleted_at IS NULL",
    };
    let role: Option<String> = on_tx!(tx, c => sqlx::query_scalar(sql).bind(user_id).fetch_optional(c).await)?;
    Ok(role.map(|r| Role::parse(&r).unwrap_or(Role::Member)))
}

/// Suspends or silences a member until `order.until`, replacing one in force. A suspension also ends every
/// session of the account (its auth version moves on).
pub async fn restrict(tx: &mut Tx, user_id: i64, order: &RestrictionOrder, now: i64) -> Result<(), sqlx::Error> {
    let sql = match order.kind {
        RestrictionKind::Suspend => {
            "UPDATE users SET suspended_until = $1, suspended_reason = $2, auth_version = auth_version + 1,
                              updated_at = $3 WHERE id = $4"
        }
        RestrictionKind::Silence => {
            "UPDATE users SET silenced_until = $1, silenced_reason = $2, updated_at = $3 WHERE id = $4"
        }
    };
    on_tx!(tx, c => sqlx::query(sql)
        .bind(order.until)
        .bind(&order.reason)
        .bind(now)
        .bind(user_id)
        .execute(c)
        .await
        .map(|_| ()))
}

/// Lifts a suspension or silence in force at `now`; false when there was none.
pub async fn lift(tx: &mut Tx, user_id: i64, kind: RestrictionKind, now: i64) -> Result<bool, sqlx::Error> {
    let sql = match kind {
        RestrictionKind::Suspend => {
            "UPDATE users SET suspended_until = NULL, suspended_reason = '', updated_at = $1
             WHERE id = $2 AND suspended_until > $1"
        }
        RestrictionKind::Silence => {
            "UPDATE users SET silenced_until = NULL, silenced_reason = '', updated_at = $1
             WHERE id = $2 AND silenced_until > $1"
        }
    };
    let n = on_tx!(tx, c => sqlx::query(sql).bind(now).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}
