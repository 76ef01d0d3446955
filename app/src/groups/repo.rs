//! SQL for groups, their members, requests to join and the rules that add members by themselves.

use crate::{
    db::{self, Db, Tx},
    groups::domain::{
        GroupChoice, GroupMember, GroupRequest, GroupRules, GroupSpec, GroupSummary, How, Joining, LevelChoice,
        Visibility, MEMBERS_PER_PAGE,
    },
    on_db, on_tx,
};

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    slug: String,
    name: String,
    description: String,
    visibility: String,
    joining: String,
    member_count: i64,
    mine: i64,
    requested: i64,
}

impl From<Row> for GroupSummary {
    fn from(r: Row) -> Self {
        GroupSummary {
            id: r.id,
            slug: r.slug,
            name: r.name,
            description: r.description,
            visibility: Visibility::parse(&r.visibility).unwrap_or(Visibility::Hidden),
            joining: Joining::parse(&r.joining).unwrap_or(Joining::Admins),
            member_count: r.member_count,
            mine: r.mine != 0,
            requested: r.requested != 0,
        }
    }
}

/// The groups `user_id` may see: every one for admins (`all`), else the visible ones and hidden ones they
/// are in. `$1` is the viewer, `$2` whether they see all.
const SELECT: &str = "SELECT g.id, g.slug, g.name, g.description, g.visibility, g.joining,
       (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id) AS member_count,
       CAST(CASE WHEN EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id AND m.user_id = $1)
            THEN 1 ELSE 0 END AS BIGINT) AS mine,
       CAST(CASE WHEN EXISTS (SELECT 1 FROM group_requests r WHERE r.group_id = g.id AND r.user_id = $1)
            THEN 1 ELSE 0 END AS BIGINT) AS requested
FROM member_groups g
WHERE ($2 OR g.visibility = 'visible'
       OR EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id AND m.user_id = $1))";

pub async fn list(db: &Db, user_id: i64, all: bool) -> Result<Vec<GroupSummary>, sqlx::Error> {
    let sql = format!("{SELECT} ORDER BY g.name, g.id");
    let rows = on_db!(db, p => sqlx::query_as::<_, Row>(&sql).bind(user_id).bind(all).fetch_all(p).await)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

pub async fn by_slug(db: &Db, slug: &str, user_id: i64, all: bool) -> Result<Option<GroupSummary>, sqlx::Error> {
    let sql = format!("{SELECT} AND g.slug = $3");
    let row =
        on_db!(db, p => sqlx::query_as::<_, Row>(&sql).bind(user_id).bind(all).bind(slug).fetch_optional(p).await)?;
    Ok(row.map(Into::into))
}

/// Group `id` inside a transaction, locked for the change that follows where the backend can (a member joining
/// an open group, an admin deciding a request); None when there is no such group.
pub async fn find_tx(tx: &mut Tx, id: i64, user_id: i64) -> Result<Option<GroupSummary>, sqlx::Error> {
    let sql = format!("{SELECT} AND g.id = $3");
    let row =
        on_tx!(tx, c => sqlx::query_as::<_, Row>(&sql).bind(user_id).bind(true).bind(id).fetch_optional(c).await)?;
    Ok(row.map(Into::into))
}

/// The spaces limited to group `id`: (name, address), in the forum's order.
pub async fn spaces(db: &Db, id: i64) -> Result<Vec<(String, String)>, sqlx::Error> {
    let sql = "SELECT name, slug FROM categories WHERE group_id = $1 AND archived_at IS NULL ORDER BY position, name";
    on_db!(db, p => sqlx::query_as::<_, (String, String)>(sql).bind(id).fetch_all(p).await)
}

/// Every group, by name, for the admins' forms that limit something to one.
pub async fn choices(db: &Db) -> Result<Vec<GroupChoice>, sqlx::Error> {
    let sql = "SELECT id, slug, name FROM member_groups ORDER BY name, id";
    let rows = on_db!(db, p => sqlx::query_as::<_, (i64, String, String)>(sql).fetch_all(p).await)?;
    Ok(rows.into_iter().map(|(id, slug, name)| GroupChoice { id, slug, name }).collect())
}

/// The id of the group at `slug`, if there is one.
pub async fn id_of(tx: &mut Tx, slug: &str) -> Result<Option<i64>, sqlx::Error> {
    let sql = "SELECT id FROM member_groups WHERE slug = $1";
    on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sql).bind(slug).fetch_optional(c).await)
}

pub async fn rules(db: &Db, id: i64) -> Result<GroupRules, sqlx::Error> {
    let domains = "SELECT domain FROM group_domains WHERE group_id = $1 ORDER BY domain";
    let domains = on_db!(db, p => sqlx::query_scalar::<_, String>(domains).bind(id).fetch_all(p).await)?;
    let level = "SELECT auto_level_id FROM member_groups WHERE id = $1";
    let auto_level_id =
        on_db!(db, p => sqlx::query_scalar::<_, Option<i64>>(level).bind(id).fetch_optional(p).await)?.flatten();
    Ok(GroupRules { domains, auto_level_id })
}

pub async fn levels(db: &Db) -> Result<Vec<LevelChoice>, sqlx::Error> {
    let sql = "SELECT id, name, threshold FROM levels ORDER BY threshold";
    let rows = on_db!(db, p => sqlx::query_as::<_, (i64, String, i64)>(sql).fetch_all(p).await)?;
    Ok(rows.into_iter().map(|(id, name, threshold)| LevelChoice { id, name, threshold }).collect())
}

/// Why a group could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveGroupError {
    #[error("that address is taken")]
    SlugTaken,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

fn slug_taken(e: sqlx::Error) -> SaveGroupError {
    const SLUG: db::Unique = db::Unique { name: "member_groups_slug_key", table: "member_groups", columns: &["slug"] };
    if db::is_unique_violation(&e, &SLUG) {
        SaveGroupError::SlugTaken
    } else {
        SaveGroupError::Db(e)
    }
}

pub async fn insert(tx: &mut Tx, spec: &GroupSpec, now: i64) -> Result<i64, SaveGroupError> {
    let sql = "INSERT INTO member_groups (slug, name, description, visibility, joining, created_at, updated_at)
               VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id";
    on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sql)
        .bind(&spec.slug)
        .bind(&spec.name)
        .bind(&spec.description)
        .bind(spec.visibility.as_str())
        .bind(spec.joining.as_str())
        .bind(now)
        .fetch_one(c)
        .await)
    .map_err(slug_taken)
}

/// Saves group `id`'s name, address, description, visibility and joining; false when there is none.
pub async fn update(tx: &mut Tx, id: i64, spec: &GroupSpec, now: i64) -> Result<bool, SaveGroupError> {
    let sql = "UPDATE member_groups SET slug = $1, name = $2, description = $3, visibility = $4, joining = $5,
                      updated_at = $6 WHERE id = $7";
    let done = on_tx!(tx, c => sqlx::query(sql)
        .bind(&spec.slug)
        .bind(&spec.name)
        .bind(&spec.description)
        .bind(spec.visibility.as_str())
        .bind(spec.joining.as_str())
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))
    .map_err(slug_taken)?;
    Ok(done == 1)
}

/// Replaces group `id`'s rules; false when there is no such group or no such level.
pub async fn set_rules(tx: &mut Tx, id: i64, domains: &[String], level: Option<i64>) -> Result<bool, sqlx::Error> {
    if let Some(level) = level {
        let sql = "SELECT COUNT(*) FROM levels WHERE id = $1";
        let found: i64 = on_tx!(tx, c => sqlx::query_scalar(sql).bind(level).fetch_one(c).await)?;
        if found == 0 {
            return Ok(false);
        }
    }
    let sql = "UPDATE member_groups SET auto_level_id = $1 WHERE id = $2";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(level).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    if done != 1 {
        return Ok(false);
    }
    on_tx!(tx, c => sqlx::query("DELETE FROM group_domains WHERE group_id = $1").bind(id).execute(c).await.map(|_| ()))?;
    for domain in domains {
        let sql = "INSERT INTO group_domains (group_id, domain) VALUES ($1, $2)";
        on_tx!(tx, c => sqlx::query(sql).bind(id).bind(domain).execute(c).await.map(|_| ()))?;
    }
    Ok(true)
}

/// How many categories are limited to group `id`.
pub async fn space_count(tx: &mut Tx, id: i64) -> Result<i64, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM categories WHERE group_id = $1";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(id).fetch_one(c).await)
}

pub async fn delete(tx: &mut Tx, id: i64) -> Result<bool, sqlx::Error> {
    let sql = "DELETE FROM member_groups WHERE id = $1";
    Ok(on_tx!(tx, c => sqlx::query(sql).bind(id).execute(c).await.map(|r| r.rows_affected()))? == 1)
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    user_id: i64,
    display_name: String,
    handle: String,
    how: String,
    added_at: i64,
}

/// One page of group `id`'s members, by name; and how many there are.
pub async fn members(db: &Db, id: i64, page: u32) -> Result<(Vec<GroupMember>, i64), sqlx::Error> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(MEMBERS_PER_PAGE);
    let sql = "SELECT m.user_id, u.display_name, u.handle, m.how, m.added_at
               FROM group_members m JOIN users u ON u.id = m.user_id
               WHERE m.group_id = $1 AND u.removed_at IS NULL
               ORDER BY u.display_name, u.id LIMIT $2 OFFSET $3";
    let rows = on_db!(db, p => sqlx::query_as::<_, MemberRow>(sql).bind(id).bind(i64::from(MEMBERS_PER_PAGE)).bind(offset).fetch_all(p).await)?;
    let count = "SELECT COUNT(*) FROM group_members m JOIN users u ON u.id = m.user_id
                 WHERE m.group_id = $1 AND u.removed_at IS NULL";
    let total: i64 = on_db!(db, p => sqlx::query_scalar(count).bind(id).fetch_one(p).await)?;
    let members = rows
        .into_iter()
        .map(|r| GroupMember {
            user_id: r.user_id,
            display_name: r.display_name,
            handle: r.handle,
            how: How::parse(&r.how).unwrap_or(How::Admin),
            added_at: r.added_at,
        })
        .collect();
    Ok((members, total))
}

pub async fn requests(db: &Db, id: i64) -> Result<Vec<GroupRequest>, sqlx::Error> {
    let sql = "SELECT r.user_id, u.display_name, u.handle, r.created_at
               FROM group_requests r JOIN users u ON u.id = r.user_id
               WHERE r.group_id = $1 AND u.removed_at IS NULL ORDER BY r.created_at, r.user_id";
    let rows = on_db!(db, p => sqlx::query_as::<_, (i64, String, String, i64)>(sql).bind(id).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|(user_id, display_name, handle, created_at)| GroupRequest { user_id, display_name, handle, created_at })
        .collect())
}

/// Whether `user_id` is in group `id`.
pub async fn is_member(db: &Db, id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM group_members WHERE group_id = $1 AND user_id = $2";
    Ok(on_db!(db, p => sqlx::query_scalar::<_, i64>(sql).bind(id).bind(user_id).fetch_one(p).await)? > 0)
}

/// Puts `user_id` in group `id` (their request, if any, is settled); false when they were in it already.
pub async fn add(tx: &mut Tx, id: i64, user_id: i64, how: How, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "INSERT INTO group_members (group_id, user_id, how, added_at) VALUES ($1, $2, $3, $4)
               ON CONFLICT (group_id, user_id) DO NOTHING";
    let added = on_tx!(tx, c => sqlx::query(sql).bind(id).bind(user_id).bind(how.as_str()).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    drop_request(tx, id, user_id).await?;
    Ok(added == 1)
}

/// Takes `user_id` out of group `id`: None when they were not in it, else how they had come in. Members a rule
/// put there are not removed by hand (`manual_only`), since the rule would put them back.
pub async fn remove(tx: &mut Tx, id: i64, user_id: i64, manual_only: bool) -> Result<Option<How>, sqlx::Error> {
    let sql = "SELECT how FROM group_members WHERE group_id = $1 AND user_id = $2";
    let how = on_tx!(tx, c => sqlx::query_scalar::<_, String>(sql).bind(id).bind(user_id).fetch_optional(c).await)?;
    let Some(how) = how.and_then(|h| How::parse(&h)) else { return Ok(None) };
    if manual_only && how.automatic() {
        return Ok(Some(how));
    }
    let sql = "DELETE FROM group_members WHERE group_id = $1 AND user_id = $2";
    on_tx!(tx, c => sqlx::query(sql).bind(id).bind(user_id).execute(c).await.map(|_| ()))?;
    Ok(Some(how))
}

/// Records that `user_id` asks to join group `id`; false when they asked already.
pub async fn request(tx: &mut Tx, id: i64, user_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "INSERT INTO group_requests (group_id, user_id, created_at) VALUES ($1, $2, $3)
               ON CONFLICT (group_id, user_id) DO NOTHING";
    Ok(on_tx!(tx, c => sqlx::query(sql).bind(id).bind(user_id).bind(now).execute(c).await.map(|r| r.rows_affected()))?
        == 1)
}

/// Settles `user_id`'s request to join group `id`; false when there was none.
pub async fn drop_request(tx: &mut Tx, id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "DELETE FROM group_requests WHERE group_id = $1 AND user_id = $2";
    Ok(on_tx!(tx, c => sqlx::query(sql).bind(id).bind(user_id).execute(c).await.map(|r| r.rows_affected()))? == 1)
}

/// The member an address or a handle names (not a removed account).
pub async fn find_person(tx: &mut Tx, entry: &str) -> Result<Option<i64>, sqlx::Error> {
    let sql = if entry.contains('@') {
        "SELECT id FROM users WHERE email = $1 AND removed_at IS NULL"
    } else {
        "SELECT id FROM users WHERE handle = $1 AND removed_at IS NULL"
    };
    on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sql).bind(entry).fetch_optional(c).await)
}

/// Applies every group's rules: members whose confirmed address is at one of its domains, or whose lifetime
/// points reach its level, are put in; those a rule put in leave when it no longer matches. Set-based and
/// idempotent, so every node may run it at once. Returns (added, removed).
pub async fn sync_rules(db: &Db, now: i64) -> Result<(u64, u64), sqlx::Error> {
    let add_domain = "INSERT INTO group_members (group_id, user_id, how, added_at)
                      SELECT d.group_id, u.id, 'domain', $1 FROM group_domains d
                      JOIN users u ON u.email LIKE ('%@' || d.domain)
                      WHERE u.removed_at IS NULL AND u.email_verified_at IS NOT NULL
                      ON CONFLICT (group_id, user_id) DO NOTHING";
    let add_level = "INSERT INTO group_members (group_id, user_id, how, added_at)
                     SELECT g.id, a.user_id, 'level', $1 FROM member_groups g
                     JOIN levels l ON l.id = g.auto_level_id
                     JOIN point_accounts a ON a.lifetime >= l.threshold
                     JOIN users u ON u.id = a.user_id
                     WHERE u.removed_at IS NULL
                     ON CONFLICT (group_id, user_id) DO NOTHING";
    let drop_domain = "DELETE FROM group_members WHERE how = 'domain' AND NOT EXISTS (
                           SELECT 1 FROM group_domains d JOIN users u ON u.email LIKE ('%@' || d.domain)
                           WHERE d.group_id = group_members.group_id AND u.id = group_members.user_id
                             AND u.removed_at IS NULL AND u.email_verified_at IS NOT NULL)";
    let drop_level = "DELETE FROM group_members WHERE how = 'level' AND NOT EXISTS (
                          SELECT 1 FROM member_groups g JOIN levels l ON l.id = g.auto_level_id
                          JOIN point_accounts a ON a.lifetime >= l.threshold
                          WHERE g.id = group_members.group_id AND a.user_id = group_members.user_id)";
    // With no group given a level, SQLite still plans the insert from the accounts (an empty table has no
    // statistics) and reads all of them: 0.2–0.3 s on 100,000 members, every minute on every node, holding the
    // write lock. Asked first, that case costs nothing.
    let levelled = "SELECT EXISTS (SELECT 1 FROM member_groups WHERE auto_level_id IS NOT NULL)";
    let levelled: bool = on_db!(db, p => sqlx::query_scalar(levelled).fetch_one(p).await)?;
    let adds: &[&str] = if levelled { &[add_domain, add_level] } else { &[add_domain] };
    let mut added = 0;
    for sql in adds {
        added += on_db!(db, p => sqlx::query(sql).bind(now).execute(p).await.map(|r| r.rows_affected()))?;
    }
    let mut removed = 0;
    for sql in [drop_domain, drop_level] {
        removed += on_db!(db, p => sqlx::query(sql).execute(p).await.map(|r| r.rows_affected()))?;
    }
    Ok((added, removed))
}

/// What [`set_for_member`] changed: the slugs of the groups joined and left.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupChanges {
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

/// Puts `user_id` in exactly the groups named by `slugs` (as an admin would, one by one), leaving the
/// memberships a rule keeps (email domain, level), which the rule would only put back. `Err(slug)` names a
/// group that does not exist; nothing is changed then.
pub async fn set_for_member(
    tx: &mut Tx,
    user_id: i64,
    slugs: &[String],
    now: i64,
) -> Result<Result<GroupChanges, String>, sqlx::Error> {
    let mut wanted = Vec::new();
    for slug in slugs {
        match id_of(tx, slug.trim()).await? {
            Some(id) => wanted.push((id, slug.trim().to_string())),
            None => return Ok(Err(slug.clone())),
        }
    }
    let sql = "SELECT g.id, g.slug, m.how FROM group_members m JOIN member_groups g ON g.id = m.group_id
               WHERE m.user_id = $1";
    let current: Vec<(i64, String, String)> = on_tx!(tx, c => sqlx::query_as(sql).bind(user_id).fetch_all(c).await)?;
    let mut changes = GroupChanges::default();
    for (id, slug) in &wanted {
        if add(tx, *id, user_id, How::Admin, now).await? {
            changes.added.push(slug.clone());
        }
    }
    for (id, slug, how) in current {
        let keep = wanted.iter().any(|(w, _)| *w == id) || How::parse(&how).is_some_and(How::automatic);
        if !keep && remove(tx, id, user_id, true).await?.is_some() {
            changes.removed.push(slug);
        }
    }
    Ok(Ok(changes))
}
