//! SQL for sign-in providers and members' links to them. Written once for both backends.

use super::domain::{Linked, ProviderDraft, ProviderView};
use crate::{
    accounts::domain::{PasswordSignIn, Role},
    db::{Db, Tx},
    on_db, on_tx,
};

/// A provider as the sign-in flow needs it, secret included (never sent to a page).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Provider {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    pub scopes: String,
    pub claim: Option<String>,
    pub admin_values: String,
    pub moderator_values: String,
    pub create_accounts: i64,
    pub auto_link: i64,
}

impl Provider {
    pub fn admin_values(&self) -> Vec<String> {
        serde_json::from_str(&self.admin_values).unwrap_or_default()
    }
    pub fn moderator_values(&self) -> Vec<String> {
        serde_json::from_str(&self.moderator_values).unwrap_or_default()
    }
}

const PROVIDER: &str = "SELECT id, slug, name, issuer, client_id, client_secret, scopes, claim, admin_values,
                               moderator_values, create_accounts, auto_link FROM sso_providers";

pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<Provider>, sqlx::Error> {
    let sql = format!("{PROVIDER} WHERE slug = $1");
    on_db!(db, p => sqlx::query_as(&sql).bind(slug).fetch_optional(p).await)
}

pub async fn by_id(db: &Db, id: i64) -> Result<Option<Provider>, sqlx::Error> {
    let sql = format!("{PROVIDER} WHERE id = $1");
    on_db!(db, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
}

/// Every provider for the admins' page, with how many members linked it.
pub async fn list(db: &Db) -> Result<Vec<ProviderView>, sqlx::Error> {
    let sql = "SELECT p.id, p.slug, p.name, p.issuer, p.client_id, p.client_secret, p.scopes, p.claim, p.admin_values,
                      p.moderator_values, p.create_accounts, p.auto_link,
                      (SELECT COUNT(*) FROM sso_identities i WHERE i.provider_id = p.id) AS members
               FROM sso_providers p ORDER BY p.name, p.id";
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        p: Provider,
        members: i64,
    }
    let rows: Vec<Row> = on_db!(db, p => sqlx::query_as(sql).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|r| ProviderView {
            admin_values: r.p.admin_values(),
            moderator_values: r.p.moderator_values(),
            id: r.p.id,
            slug: r.p.slug,
            name: r.p.name,
            issuer: r.p.issuer,
            client_id: r.p.client_id,
            scopes: r.p.scopes,
            claim: r.p.claim.unwrap_or_default(),
            create_accounts: r.p.create_accounts == 1,
            auto_link: r.p.auto_link == 1,
            members: r.members,
        })
        .collect())
}

/// Whether another provider uses `slug`.
pub async fn slug_taken(tx: &mut Tx, slug: &str, except: i64) -> Result<bool, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM sso_providers WHERE slug = $1 AND id <> $2";
    Ok(on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sql).bind(slug).bind(except).fetch_one(c).await)? > 0)
}

pub async fn insert(tx: &mut Tx, d: &ProviderDraft, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO sso_providers (slug, name, issuer, client_id, client_secret, scopes, claim, admin_values,
                                          moderator_values, create_accounts, auto_link, created_at, updated_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id";
    on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(&d.slug)
        .bind(&d.name)
        .bind(&d.issuer)
        .bind(&d.client_id)
        .bind(d.client_secret.as_deref().unwrap_or_default())
        .bind(&d.scopes)
        .bind(&d.claim)
        .bind(json(&d.admin_values))
        .bind(json(&d.moderator_values))
        .bind(i64::from(d.create_accounts))
        .bind(i64::from(d.auto_link))
        .bind(now)
        .fetch_one(c)
        .await)
}

/// Changes provider `id`, keeping its secret when the draft has none; false when there is no such provider.
pub async fn update(tx: &mut Tx, id: i64, d: &ProviderDraft, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE sso_providers SET slug = $1, name = $2, issuer = $3, client_id = $4,
                      client_secret = COALESCE($5, client_secret), scopes = $6, claim = $7, admin_values = $8,
                      moderator_values = $9, create_accounts = $10, auto_link = $11, updated_at = $12
               WHERE id = $13";
    let changed = on_tx!(tx, c => sqlx::query(sql)
        .bind(&d.slug)
        .bind(&d.name)
        .bind(&d.issuer)
        .bind(&d.client_id)
        .bind(&d.client_secret)
        .bind(&d.scopes)
        .bind(&d.claim)
        .bind(json(&d.admin_values))
        .bind(json(&d.moderator_values))
        .bind(i64::from(d.create_accounts))
        .bind(i64::from(d.auto_link))
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Removes provider `id` with every member's link to it; its name, for the audit line.
pub async fn delete(tx: &mut Tx, id: i64) -> Result<Option<String>, sqlx::Error> {
    let name: Option<String> = on_tx!(tx, c => sqlx::query_scalar("SELECT name FROM sso_providers WHERE id = $1")
        .bind(id)
        .fetch_optional(c)
        .await)?;
    on_tx!(tx, c => sqlx::query("DELETE FROM sso_identities WHERE provider_id = $1").bind(id).execute(c).await.map(|_| ()))?;
    on_tx!(tx, c => sqlx::query("DELETE FROM sso_providers WHERE id = $1").bind(id).execute(c).await.map(|_| ()))?;
    Ok(name)
}

pub async fn set_password_sign_in(tx: &mut Tx, policy: PasswordSignIn, now: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE site_settings SET password_sign_in = $1, updated_at = $2 WHERE id = 1";
    on_tx!(tx, c => sqlx::query(sql).bind(policy.as_str()).bind(now).execute(c).await.map(|_| ()))
}

/// Whether moderators and admins must have a second factor (the admins' choice at /admin/sso).
pub async fn set_staff_two_factor(tx: &mut Tx, required: bool, now: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE site_settings SET staff_two_factor = $1, updated_at = $2 WHERE id = 1";
    on_tx!(tx, c => sqlx::query(sql).bind(i64::from(required)).bind(now).execute(c).await.map(|_| ()))
}

/// The member linked to `subject` at `provider` (accounts removed or erased are not found).
pub async fn linked_member(tx: &mut Tx, provider: i64, subject: &str) -> Result<Option<i64>, sqlx::Error> {
    let sql = "SELECT i.user_id FROM sso_identities i JOIN users u ON u.id = i.user_id
               WHERE i.provider_id = $1 AND i.subject = $2";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(provider).bind(subject).fetch_optional(c).await)
}

/// Whether `user_id` has linked `provider` (to any subject).
pub async fn has_link(tx: &mut Tx, provider: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM sso_identities WHERE provider_id = $1 AND user_id = $2";
    Ok(on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sql).bind(provider).bind(user_id).fetch_one(c).await)? > 0)
}

/// Links `subject` at `provider` to `user_id`; false when either side is linked already (the caller checked,
/// so this is a race lost to another request).
pub async fn link(
    tx: &mut Tx,
    provider: i64,
    subject: &str,
    user_id: i64,
    email: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let sql = "INSERT INTO sso_identities (provider_id, subject, user_id, email, created_at, last_used_at)
               VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT DO NOTHING";
    let added = on_tx!(tx, c => sqlx::query(sql)
        .bind(provider)
        .bind(subject)
        .bind(user_id)
        .bind(email)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(added == 1)
}

pub async fn used(tx: &mut Tx, provider: i64, subject: &str, email: &str, now: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE sso_identities SET last_used_at = $1, email = $2 WHERE provider_id = $3 AND subject = $4";
    on_tx!(tx, c => sqlx::query(sql).bind(now).bind(email).bind(provider).bind(subject).execute(c).await.map(|_| ()))
}

/// Takes `user_id`'s link to the provider `slug` away; the provider's name when there was one.
pub async fn unlink(tx: &mut Tx, user_id: i64, slug: &str) -> Result<Option<(i64, String)>, sqlx::Error> {
    let sql = "SELECT id, name FROM sso_providers WHERE slug = $1";
    let found: Option<(i64, String)> = on_tx!(tx, c => sqlx::query_as(sql).bind(slug).fetch_optional(c).await)?;
    let Some((id, name)) = found else { return Ok(None) };
    let sql = "DELETE FROM sso_identities WHERE provider_id = $1 AND user_id = $2";
    let gone = on_tx!(tx, c => sqlx::query(sql).bind(id).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok((gone == 1).then_some((id, name)))
}

/// How many providers `user_id` has linked.
pub async fn link_count(tx: &mut Tx, user_id: i64) -> Result<i64, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM sso_identities WHERE user_id = $1";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(user_id).fetch_one(c).await)
}

/// Every provider with the member's link to it, if any.
pub async fn links_of(db: &Db, user_id: i64) -> Result<Vec<Linked>, sqlx::Error> {
    let sql = "SELECT p.slug, p.name, i.email, i.created_at, i.last_used_at
               FROM sso_providers p LEFT JOIN sso_identities i ON i.provider_id = p.id AND i.user_id = $1
               ORDER BY p.name, p.id";
    type Row = (String, String, Option<String>, Option<i64>, Option<i64>);
    let rows: Vec<Row> = on_db!(db, p => sqlx::query_as(sql).bind(user_id).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|(slug, name, email, linked_at, last_used_at)| Linked { slug, name, email, linked_at, last_used_at })
        .collect())
}

/// The stored password hash of `user_id` is one a password can match (not an imported or provider-made account).
pub async fn has_password(db: &Db, user_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "SELECT password_hash FROM users WHERE id = $1";
    let hash: Option<String> = on_db!(db, p => sqlx::query_scalar(sql).bind(user_id).fetch_optional(p).await)?;
    Ok(hash.is_some_and(|h| h.starts_with("$argon2")))
}

/// Gives `user_id` the role their provider's claim maps to; the role before, when it changed. An admin is
/// not demoted when they are the last one (the provider's groups may be misconfigured; `chorus create-admin`
/// and the admins' page stay the way to change that).
pub async fn sync_role(tx: &mut Tx, user_id: i64, role: Role, now: i64) -> Result<Option<Role>, sqlx::Error> {
    if let Tx::Postgres(c) = tx {
        sqlx::query("SELECT pg_advisory_xact_lock(hashtext('users.role'))").execute(&mut **c).await?;
    }
    let before: Option<String> = on_tx!(tx, c => sqlx::query_scalar("SELECT role FROM users WHERE id = $1").bind(user_id).fetch_optional(c).await)?;
    let Some(before) = before.and_then(|r| Role::parse(&r)) else { return Ok(None) };
    if before == role {
        return Ok(None);
    }
    if before == Role::Admin {
        let sql = "SELECT COUNT(*) FROM users WHERE role = 'admin' AND removed_at IS NULL AND deleted_at IS NULL";
        let admins: i64 = on_tx!(tx, c => sqlx::query_scalar(sql).fetch_one(c).await)?;
        if admins <= 1 {
            tracing::warn!(user_id, "the provider's claim would demote the last admin; kept");
            return Ok(None);
        }
    }
    let sql = "UPDATE users SET role = $1, updated_at = $2 WHERE id = $3";
    on_tx!(tx, c => sqlx::query(sql).bind(role.as_str()).bind(now).bind(user_id).execute(c).await.map(|_| ()))?;
    Ok(Some(before))
}

fn json(values: &[String]) -> String {
    serde_json::to_string(values).unwrap_or_else(|_| "[]".into())
}

/// Removes every member's link to provider `id` (its issuer changed); how many there were.
pub async fn unlink_all(tx: &mut Tx, id: i64) -> Result<u64, sqlx::Error> {
    let sql = "DELETE FROM sso_identities WHERE provider_id = $1";
    on_tx!(tx, c => sqlx::query(sql).bind(id).execute(c).await.map(|r| r.rows_affected()))
}
