//! SQL for accounts. Plain async functions over a pool or an open transaction; written once for both backends.

use crate::{
    accounts::domain::{
        handle_base, CurrentUser, DisplayName, Email, PasswordSignIn, ProviderButton, Restriction, RestrictionKind,
        Role, SignInOptions,
    },
    db::{self, Db, Tx},
    i18n::Lang,
    on_db, on_tx,
};

/// What sign-in needs to check a password.
#[derive(Debug, sqlx::FromRow)]
pub struct Credentials {
    pub id: i64,
    pub password_hash: String,
    pub auth_version: i64,
}

#[derive(Debug, sqlx::FromRow)]
struct UserRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    created_at: i64,
    auth_version: i64,
    email_verified_at: Option<i64>,
    last_seen_at: Option<i64>,
    second_factor_due: i64,
    language: Option<String>,
}

impl UserRow {
    fn into_user(self) -> (CurrentUser, i64, Option<i64>) {
        // Staff the admins require a second factor of act as members until they set one up: every check of the
        // role (not only `require_role`) then keeps them out of staff pages, functions and downloads.
        let role = match self.second_factor_due {
            1 => Role::Member,
            _ => Role::parse(&self.role).unwrap_or(Role::Member),
        };
        let user = CurrentUser {
            id: self.id,
            email: self.email,
            display_name: self.display_name,
            role,
            created_at: self.created_at,
            verified: self.email_verified_at.is_some(),
            second_factor_due: self.second_factor_due == 1,
            language: self.language.as_deref().and_then(Lang::parse),
        };
        (user, self.auth_version, self.last_seen_at)
    }
}

/// Why a new account could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum InsertUserError {
    #[error("that email is already registered")]
    EmailTaken,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Stores a new account inside `tx` and returns its id.
pub async fn insert_user(
    tx: &mut Tx,
    email: &Email,
    name: &DisplayName,
    password_hash: &str,
    role: Role,
    verified: bool,
) -> Result<i64, InsertUserError> {
    let now = db::now();
    let sql = "INSERT INTO users (email, display_name, password_hash, role, created_at, updated_at, email_verified_at)
               VALUES ($1, $2, $3, $4, $5, $5, CASE WHEN $6 THEN $5 END) RETURNING id";
    let result: Result<i64, sqlx::Error> = on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(email.as_str())
        .bind(name.as_str())
        .bind(password_hash)
        .bind(role.as_str())
        .bind(now)
        .bind(verified)
        .fetch_one(c)
        .await);
    let id = result.map_err(|e| {
        if db::is_unique_violation(&e, &db::Unique { name: "users_email_key", table: "users", columns: &["email"] }) {
            InsertUserError::EmailTaken
        } else {
            InsertUserError::Db(e)
        }
    })?;
    // The handle comes from the name; when it is taken, the account id makes it unique.
    let handle = "UPDATE users SET handle = CASE WHEN EXISTS (SELECT 1 FROM users WHERE handle = $1)
                  THEN $1 || CAST(id AS TEXT) ELSE $1 END WHERE id = $2 RETURNING handle";
    let base = handle_base(name.as_str());
    // Two sign-ups with one name at once would both find the bare handle free (neither sees the other's
    // uncommitted row) and the second would fail on the unique index. PostgreSQL takes them in turn by a lock
    // on the name, held to commit; SQLite's writers are one at a time already.
    if let Tx::Postgres(c) = tx {
        let lock = "SELECT pg_advisory_xact_lock(hashtext('users.handle:' || $1))";
        sqlx::query(lock).bind(&base).execute(&mut **c).await?;
    }
    let handle: String = on_tx!(tx, c => sqlx::query_scalar(handle).bind(&base).bind(id).fetch_one(c).await)?;
    let data = || {
        serde_json::json!({
            "member": {
                "id": id, "email": email.as_str(), "display_name": name.as_str(), "handle": handle,
                "role": role.as_str(), "verified": verified,
            }
        })
    };
    let event = crate::webhooks::domain::Event::MemberJoined;
    crate::webhooks::emit(tx, event, &format!("member.joined:{id}"), data, now).await?;
    Ok(id)
}

pub async fn credentials_by_email(db: &Db, email: &Email) -> Result<Option<Credentials>, sqlx::Error> {
    let sql = "SELECT id, password_hash, auth_version FROM users WHERE email = $1 AND removed_at IS NULL";
    on_db!(db, p => sqlx::query_as::<_, Credentials>(sql).bind(email.as_str()).fetch_optional(p).await)
}

pub async fn credentials_by_id(db: &Db, id: i64) -> Result<Option<Credentials>, sqlx::Error> {
    let sql = "SELECT id, password_hash, auth_version FROM users WHERE id = $1";
    on_db!(db, p => sqlx::query_as::<_, Credentials>(sql).bind(id).fetch_optional(p).await)
}

pub async fn credentials_by_id_tx(tx: &mut Tx, id: i64) -> Result<Option<Credentials>, sqlx::Error> {
    let sql = "SELECT id, password_hash, auth_version FROM users WHERE id = $1";
    on_tx!(tx, c => sqlx::query_as::<_, Credentials>(sql).bind(id).fetch_optional(c).await)
}

/// The account with its current auth version (sessions made before a password change carry an older one) and
/// when it was last seen.
pub async fn user_by_id(db: &Db, id: i64) -> Result<Option<(CurrentUser, i64, Option<i64>)>, sqlx::Error> {
    // A removed account has no user: its sessions end at their next request.
    // A suspended one neither, until the suspension ends.
    let sql =
        "SELECT id, email, display_name, role, created_at, auth_version, email_verified_at, last_seen_at, language,
                CAST(CASE WHEN role <> 'member' AND totp_enabled_at IS NULL
                           AND (SELECT staff_two_factor FROM site_settings WHERE id = 1) = 1 THEN 1 ELSE 0 END AS BIGINT)
                  AS second_factor_due
         FROM users
               WHERE id = $1 AND removed_at IS NULL AND (suspended_until IS NULL OR suspended_until <= $2)";
    let row = on_db!(db, p => sqlx::query_as::<_, UserRow>(sql).bind(id).bind(db::now()).fetch_optional(p).await)?;
    Ok(row.map(UserRow::into_user))
}

/// The role of account `id`, if there is one (a removed account's too).
pub async fn role_of(tx: &mut Tx, id: i64) -> Result<Option<Role>, sqlx::Error> {
    let role: Option<String> =
        on_tx!(tx, c => sqlx::query_scalar("SELECT role FROM users WHERE id = $1").bind(id).fetch_optional(c).await)?;
    Ok(role.and_then(|r| Role::parse(&r)))
}

/// Whether account `id` exists, in whatever state.
pub async fn exists(db: &Db, id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 =
        on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE id = $1").bind(id).fetch_one(p).await)?;
    Ok(n == 1)
}

/// Whether account `id` exists and is neither removed as spam nor deleted: points can still move on it.
pub async fn is_active(tx: &mut Tx, id: i64) -> Result<bool, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM users WHERE id = $1 AND removed_at IS NULL AND deleted_at IS NULL";
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar(sql).bind(id).fetch_one(c).await)?;
    Ok(n == 1)
}

/// Notes that the member was seen at `now`.
pub async fn seen(db: &Db, id: i64, now: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE users SET last_seen_at = $1 WHERE id = $2";
    on_db!(db, p => sqlx::query(sql).bind(now).bind(id).execute(p).await.map(|_| ()))
}

/// The suspension (or silence) of account `id` in force at `now`, if any.
pub async fn restriction(
    db: &Db,
    id: i64,
    kind: RestrictionKind,
    now: i64,
) -> Result<Option<Restriction>, sqlx::Error> {
    let sql = match kind {
        RestrictionKind::Suspend => {
            "SELECT suspended_until, suspended_reason FROM users WHERE id = $1 AND suspended_until > $2"
        }
        RestrictionKind::Silence => {
            "SELECT silenced_until, silenced_reason FROM users WHERE id = $1 AND silenced_until > $2"
        }
    };
    let row: Option<(i64, String)> = on_db!(db, p => sqlx::query_as(sql).bind(id).bind(now).fetch_optional(p).await)?;
    Ok(row.map(|(until, reason)| Restriction { until, reason }))
}

/// The password hash of the newest application of `email` that waits (for its address to be confirmed, or for
/// an admin), so sign-in can tell an applicant it waits rather than that no account matches. Applications
/// are the `applications` feature's; this one read belongs with sign-in.
pub async fn applicant_hash(db: &Db, email: &Email) -> Result<Option<String>, sqlx::Error> {
    let sql = "SELECT password_hash FROM applications WHERE email = $1 AND status IN ('unconfirmed', 'pending')
               ORDER BY id DESC LIMIT 1";
    on_db!(db, p => sqlx::query_scalar(sql).bind(email.as_str()).fetch_optional(p).await)
}

/// The language member `id` chose (none: their browser's, then the community's).
pub async fn language(db: &Db, id: i64) -> Result<Option<Lang>, sqlx::Error> {
    let sql = "SELECT language FROM users WHERE id = $1";
    let tag: Option<Option<String>> = on_db!(db, p => sqlx::query_scalar(sql).bind(id).fetch_optional(p).await)?;
    Ok(tag.flatten().as_deref().and_then(Lang::parse))
}

/// Stores the language member `id` chose.
pub async fn set_language(db: &Db, id: i64, lang: Lang) -> Result<(), sqlx::Error> {
    let sql = "UPDATE users SET language = $1, updated_at = $2 WHERE id = $3";
    on_db!(db, p => sqlx::query(sql).bind(lang.tag()).bind(db::now()).bind(id).execute(p).await.map(|_| ()))
}

pub async fn update_display_name(db: &Db, id: i64, name: &DisplayName) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET display_name = $1, updated_at = $2 WHERE id = $3";
    let done = on_db!(db, p => sqlx::query(sql).bind(name.as_str()).bind(db::now()).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Replaces the password hash if the account is still at `expected_version`, and returns the new version.
/// The guard makes two concurrent changes fail one of them rather than both "win".
pub async fn update_password(
    db: &Db,
    id: i64,
    expected_version: i64,
    password_hash: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let sql = "UPDATE users SET password_hash = $1, auth_version = auth_version + 1, updated_at = $2
               WHERE id = $3 AND auth_version = $4 RETURNING auth_version";
    let version = on_db!(db, p => sqlx::query_scalar::<_, i64>(sql)
        .bind(password_hash)
        .bind(db::now())
        .bind(id)
        .bind(expected_version)
        .fetch_optional(p)
        .await)?;
    // A new password: devices remembered for the second factor are asked again.
    if version.is_some() {
        on_db!(db, p => sqlx::query("DELETE FROM remembered_devices WHERE user_id = $1").bind(id).execute(p).await.map(|_| ()))?;
    }
    Ok(version)
}

pub async fn count_users(db: &Db) -> Result<i64, sqlx::Error> {
    on_db!(db, p => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM users").fetch_one(p).await)
}

pub async fn count_users_tx(tx: &mut Tx) -> Result<i64, sqlx::Error> {
    on_tx!(tx, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM users").fetch_one(c).await)
}

/// Gives an existing account a role (used by `chorus create-admin` on an email that is already registered).
pub async fn set_role(tx: &mut Tx, email: &Email, role: Role) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET role = $1, updated_at = $2 WHERE email = $3";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(role.as_str()).bind(db::now()).bind(email.as_str()).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// The member with this handle (an `@` in front is fine), never found by email: forms open to moderators
/// must not tell them whether an address is registered. Removed accounts are not found.
pub async fn id_by_handle(db: &Db, handle: &str) -> Result<Option<i64>, sqlx::Error> {
    let wanted = handle.trim().trim_start_matches('@').to_lowercase();
    let sql = "SELECT id FROM users WHERE handle = $1 AND removed_at IS NULL";
    on_db!(db, p => sqlx::query_scalar(sql).bind(&wanted).fetch_optional(p).await)
}

/// The member with this handle (with or without "@") or email address, as staff type it into a form.
pub async fn id_by_handle_or_email(db: &Db, member: &str) -> Result<Option<i64>, sqlx::Error> {
    let wanted = member.trim().trim_start_matches('@').to_lowercase();
    let sql = "SELECT id FROM users WHERE handle = $1 OR email = $1";
    on_db!(db, p => sqlx::query_scalar(sql).bind(&wanted).fetch_optional(p).await)
}

/// What an email to a member needs: their address and name. Removed accounts get no email.
#[derive(Debug, sqlx::FromRow)]
pub struct Addressee {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub verified: bool,
}

const ADDRESSEE: &str =
    "SELECT id, email, display_name, email_verified_at IS NOT NULL AS verified FROM users WHERE removed_at IS NULL";

pub async fn addressee_by_email(tx: &mut Tx, email: &Email) -> Result<Option<Addressee>, sqlx::Error> {
    let sql = format!("{ADDRESSEE} AND email = $1");
    on_tx!(tx, c => sqlx::query_as::<_, Addressee>(&sql).bind(email.as_str()).fetch_optional(c).await)
}

pub async fn addressee_by_id(tx: &mut Tx, id: i64) -> Result<Option<Addressee>, sqlx::Error> {
    let sql = format!("{ADDRESSEE} AND id = $1");
    on_tx!(tx, c => sqlx::query_as::<_, Addressee>(&sql).bind(id).fetch_optional(c).await)
}

/// Marks the account's address verified (if it still is `email`); returns whether it was not already.
pub async fn mark_verified(tx: &mut Tx, id: i64, email: &str, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET email_verified_at = $1, updated_at = $1
               WHERE id = $2 AND email = $3 AND email_verified_at IS NULL";
    let done =
        on_tx!(tx, c => sqlx::query(sql).bind(now).bind(id).bind(email).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Sets a new password and ends every session of the account (its auth version moves on); returns the
/// new version.
pub async fn reset_password(tx: &mut Tx, id: i64, password_hash: &str, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "UPDATE users SET password_hash = $1, auth_version = auth_version + 1, updated_at = $2
               WHERE id = $3 RETURNING auth_version";
    let version = on_tx!(tx, c => sqlx::query_scalar(sql).bind(password_hash).bind(now).bind(id).fetch_one(c).await)?;
    forget_devices(tx, id).await?;
    Ok(version)
}

/// Moves the account to a confirmed new address. `EmailTaken` when another account has it by now.
pub async fn change_email(tx: &mut Tx, id: i64, email: &str, now: i64) -> Result<(), InsertUserError> {
    let sql = "UPDATE users SET email = $1, email_verified_at = $2, updated_at = $2 WHERE id = $3";
    let done = on_tx!(tx, c => sqlx::query(sql).bind(email).bind(now).bind(id).execute(c).await.map(|_| ()));
    done.map_err(|e| {
        if db::is_unique_violation(&e, &db::Unique { name: "users_email_key", table: "users", columns: &["email"] }) {
            InsertUserError::EmailTaken
        } else {
            InsertUserError::Db(e)
        }
    })
}

/// Who may sign in with a password now (read at every attempt, so every node follows a change at once).
pub async fn password_sign_in(db: &Db) -> Result<PasswordSignIn, sqlx::Error> {
    let sql = "SELECT password_sign_in FROM site_settings WHERE id = 1";
    let raw: Option<String> = on_db!(db, p => sqlx::query_scalar(sql).fetch_optional(p).await)?;
    Ok(raw.and_then(|r| PasswordSignIn::parse(&r)).unwrap_or_default())
}

/// Lets everyone sign in with a password again (the command line's break-glass); true when it was off.
pub async fn allow_passwords(tx: &mut Tx) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE site_settings SET password_sign_in = 'everyone' WHERE id = 1 AND password_sign_in <> 'everyone'";
    Ok(on_tx!(tx, c => sqlx::query(sql).execute(c).await.map(|r| r.rows_affected()))? > 0)
}

/// What the sign-in page offers: the password policy and the providers, by name.
pub async fn sign_in_options(db: &Db) -> Result<SignInOptions, sqlx::Error> {
    let sql = "SELECT slug, name FROM sso_providers ORDER BY name, id";
    let rows: Vec<(String, String)> = on_db!(db, p => sqlx::query_as(sql).fetch_all(p).await)?;
    Ok(SignInOptions {
        password: password_sign_in(db).await?,
        providers: rows.into_iter().map(|(slug, name)| ProviderButton { slug, name }).collect(),
    })
}

/// A member's second factor: the TOTP secret, when it is on, and the step of the last code used.
pub async fn totp_of(db: &Db, id: i64) -> Result<Option<(String, i64)>, sqlx::Error> {
    let sql = "SELECT totp_secret, totp_last_step FROM users WHERE id = $1 AND totp_enabled_at IS NOT NULL";
    let row: Option<(Option<String>, i64)> = on_db!(db, p => sqlx::query_as(sql).bind(id).fetch_optional(p).await)?;
    Ok(row.and_then(|(secret, step)| secret.map(|s| (s, step))))
}

/// Turns the second factor on with `secret`, `step` being the code that proved the app has it. Every other
/// session of the account ends (one that was stolen must not outlive it); returns the new auth version.
pub async fn enable_totp(tx: &mut Tx, id: i64, secret: &str, step: i64, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "UPDATE users SET totp_secret = $1, totp_enabled_at = $2, totp_last_step = $3, updated_at = $2,
                      auth_version = auth_version + 1
               WHERE id = $4 RETURNING auth_version";
    on_tx!(tx, c => sqlx::query_scalar(sql).bind(secret).bind(now).bind(step).bind(id).fetch_one(c).await)
}

/// Turns the second factor off, with its recovery codes and remembered devices.
pub async fn disable_totp(tx: &mut Tx, id: i64, now: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = 0, updated_at = $1 WHERE id = $2";
    on_tx!(tx, c => sqlx::query(sql).bind(now).bind(id).execute(c).await.map(|_| ()))?;
    on_tx!(tx, c => sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(id).execute(c).await.map(|_| ()))?;
    forget_devices(tx, id).await
}

/// Spends the code of time step `step`: false when that step (or a later one) was used already, so a code
/// sent twice at once works once.
pub async fn use_step(tx: &mut Tx, id: i64, step: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $1";
    Ok(on_tx!(tx, c => sqlx::query(sql).bind(step).bind(id).execute(c).await.map(|r| r.rows_affected()))? == 1)
}

/// Replaces the member's recovery codes with these digests.
pub async fn replace_recovery_codes(tx: &mut Tx, id: i64, digests: &[String]) -> Result<(), sqlx::Error> {
    on_tx!(tx, c => sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(id).execute(c).await.map(|_| ()))?;
    for digest in digests {
        let sql = "INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING";
        on_tx!(tx, c => sqlx::query(sql).bind(id).bind(digest).execute(c).await.map(|_| ()))?;
    }
    Ok(())
}

/// Spends the recovery code with this digest; false when it is not one of the member's or was used.
pub async fn use_recovery_code(tx: &mut Tx, id: i64, digest: &str, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL";
    Ok(on_tx!(tx, c => sqlx::query(sql).bind(now).bind(id).bind(digest).execute(c).await.map(|r| r.rows_affected()))?
        == 1)
}

/// How many unused recovery codes the member has.
pub async fn recovery_codes_left(db: &Db, id: i64) -> Result<i64, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL";
    on_db!(db, p => sqlx::query_scalar(sql).bind(id).fetch_one(p).await)
}

/// Remembers a device (by its token's digest) until `expires_at`.
pub async fn remember_device(tx: &mut Tx, id: i64, digest: &str, now: i64, expires_at: i64) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO remembered_devices (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)";
    on_tx!(tx, c => sqlx::query(sql).bind(digest).bind(id).bind(now).bind(expires_at).execute(c).await.map(|_| ()))
}

/// Whether the device with this token digest is remembered for the member now.
pub async fn device_remembered(db: &Db, id: i64, digest: &str, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM remembered_devices WHERE token_hash = $1 AND user_id = $2 AND expires_at > $3";
    Ok(on_db!(db, p => sqlx::query_scalar::<_, i64>(sql).bind(digest).bind(id).bind(now).fetch_one(p).await)? == 1)
}

/// Forgets every device the member asked to remember.
pub async fn forget_devices(tx: &mut Tx, id: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, c => sqlx::query("DELETE FROM remembered_devices WHERE user_id = $1").bind(id).execute(c).await.map(|_| ()))
}

/// Whether moderators and admins must have a second factor.
pub async fn staff_two_factor(db: &Db) -> Result<bool, sqlx::Error> {
    let sql = "SELECT staff_two_factor FROM site_settings WHERE id = 1";
    let v: Option<i64> = on_db!(db, p => sqlx::query_scalar(sql).fetch_optional(p).await)?;
    Ok(v == Some(1))
}

/// The role stored for account `id` (what the admins gave, whatever a pending second factor hides).
pub async fn stored_role(db: &Db, id: i64) -> Result<Option<Role>, sqlx::Error> {
    let role: Option<String> =
        on_db!(db, p => sqlx::query_scalar("SELECT role FROM users WHERE id = $1").bind(id).fetch_optional(p).await)?;
    Ok(role.and_then(|r| Role::parse(&r)))
}
