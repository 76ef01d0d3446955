//! Writing one imported row inside the run's transaction. Each write is keyed, so a row imported before is
//! found and counted, never written twice: members by their address, balances by the ledger's idempotency
//! key, testimonials by their row in `import_keys`, codes by their reward's pool.

use crate::{
    accounts::{
        domain::{Email, Role},
        repo as accounts,
    },
    db::{Db, Tx},
    groups::{domain::How, repo as groups},
    imports::domain::{BalanceRow, CodeRow, MemberRow, TestimonialRow},
    mail::{compose::Letter, outbox},
    on_db, on_tx,
    recognition::{
        domain::Reason,
        repo::ledger::{self, Appended, Entry},
    },
    rewards::repo::catalogue,
    state::MailSettings,
    stories::{
        domain::{Action, Lifecycle},
        repo::write::{self, Move, Rendered},
    },
    t,
};

/// What became of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    /// Written now. `emailed`: a new member was sent the welcome email.
    New { emailed: bool },
    /// Imported before (or, for a member, the address had an account: their groups were added).
    Again,
    /// Not imported, and why.
    Refused(String),
}

/// A stored password hash that no password matches: an imported member chooses theirs with "Forgot your
/// password?" (the welcome email links there). Sign-in checks it against a dummy hash, so it takes as long.
pub const NO_PASSWORD: &str = "!imported";

/// The ids of the groups a row names (by slug or name), or the refusal naming the first unknown one.
async fn group_ids(tx: &mut Tx, names: &[String]) -> Result<Result<Vec<i64>, String>, sqlx::Error> {
    let sql = "SELECT id FROM member_groups WHERE slug = $1 OR lower(name) = lower($1)
               ORDER BY CASE WHEN slug = $1 THEN 0 ELSE 1 END, id LIMIT 1";
    let mut ids = Vec::with_capacity(names.len());
    for name in names {
        let id: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(sql).bind(name).fetch_optional(c).await)?;
        match id {
            Some(id) => ids.push(id),
            None => return Ok(Err(t!("imports-no-such-group", group = name.as_str()))),
        }
    }
    Ok(Ok(ids))
}

/// The account an address belongs to: its id, whether it was removed, whether its address is confirmed.
async fn account(tx: &mut Tx, email: &Email) -> Result<Option<(i64, bool, bool)>, sqlx::Error> {
    let sql = "SELECT id, removed_at IS NOT NULL OR deleted_at IS NOT NULL, email_verified_at IS NOT NULL
               FROM users WHERE email = $1";
    on_tx!(tx, c => sqlx::query_as(sql).bind(email.as_str()).fetch_optional(c).await)
}

/// Why an address's account cannot take what a row gives, if it cannot.
fn unusable(email: &Email, removed: bool, verified: bool) -> Option<String> {
    if removed {
        Some(t!("imports-account-removed", address = email.as_str()))
    } else if !verified {
        // Whoever signed up with it has not shown it is theirs: points or stories must not go to them.
        Some(t!("imports-account-unconfirmed", address = email.as_str()))
    } else {
        None
    }
}

/// The member a balance or testimonial row names: an account with its address confirmed, not removed.
async fn member_for(tx: &mut Tx, email: &Email) -> Result<Result<i64, String>, sqlx::Error> {
    Ok(match account(tx, email).await? {
        None => Err(t!("imports-no-member", address = email.as_str())),
        Some((id, removed, verified)) => match unusable(email, removed, verified) {
            Some(why) => Err(why),
            None => Ok(id),
        },
    })
}

/// Creates the member (address confirmed, no password yet) and puts them in their groups; a member whose
/// address has an account is put in the groups only. `welcome`: the mail settings to send the new member
/// the welcome email with.
pub async fn member(
    tx: &mut Tx,
    row: &MemberRow,
    welcome: Option<&MailSettings>,
    now: i64,
) -> Result<Done, sqlx::Error> {
    let groups = match group_ids(tx, &row.groups).await? {
        Ok(ids) => ids,
        Err(why) => return Ok(Done::Refused(why)),
    };
    // Two imports of one file at once (two processes, two nodes) take each address in turn on PostgreSQL: the
    // second finds the member the first created instead of failing on the unique address. SQLite's writers
    // are one at a time already.
    if let Tx::Postgres(c) = tx {
        let lock = "SELECT pg_advisory_xact_lock(hashtext('users.email:' || $1))";
        sqlx::query(lock).bind(row.email.as_str()).execute(&mut **c).await?;
    }
    let (id, new) = match account(tx, &row.email).await? {
        Some((id, removed, verified)) => match unusable(&row.email, removed, verified) {
            Some(why) => return Ok(Done::Refused(why)),
            None => (id, false),
        },
        None => match accounts::insert_user(tx, &row.email, &row.name, NO_PASSWORD, Role::Member, true).await {
            Ok(id) => (id, true),
            // Someone signed up with the address a moment ago. On PostgreSQL the failed insert has ended the
            // transaction, so the batch stops here; the next run finds the account.
            Err(accounts::InsertUserError::EmailTaken) => {
                return Err(sqlx::Error::Protocol(format!("{} signed up while the import ran", row.email)))
            }
            Err(accounts::InsertUserError::Db(e)) => return Err(e),
        },
    };
    for group in groups {
        groups::add(tx, group, id, How::Admin, now).await?;
    }
    if !new {
        return Ok(Done::Again);
    }
    let Some(mail) = welcome else { return Ok(Done::New { emailed: false }) };
    let lang = outbox::language_of(tx, Some(id), None).await.map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
    let letter = Letter {
        kind: "imported_welcome",
        to: row.email.as_str(),
        user_id: Some(id),
        lang,
        subject: crate::t_in!(lang, "mail-imported-subject"),
        template: "imported_welcome",
        vars: minijinja::context! { name => row.name.as_str(), link => format!("{}/forgot-password", mail.origin) },
        unsubscribe: None,
    };
    outbox::post(tx, mail, letter, now).await.map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
    Ok(Done::New { emailed: true })
}

/// Adds the opening balance as one ledger row, keyed `import:balances:<key>`.
pub async fn balance(tx: &mut Tx, row: &BalanceRow, admin_id: i64, now: i64) -> Result<Done, sqlx::Error> {
    let user_id = match member_for(tx, &row.email).await? {
        Ok(id) => id,
        Err(why) => return Ok(Done::Refused(why)),
    };
    let key = ledger_key(&row.key);
    let entry = Entry {
        user_id,
        amount: row.points,
        reason: Reason::Adjustment,
        note: &row.reason,
        ref_kind: None,
        ref_id: None,
        actor_id: Some(admin_id),
        reverses_id: None,
        key: &key,
        now,
    };
    Ok(match ledger::append(tx, &entry).await? {
        Appended::Done(_) => Done::New { emailed: false },
        Appended::Duplicate if ledger::same_entry(tx, &key, user_id, row.points).await? => Done::Again,
        Appended::Duplicate => Done::Refused(t!("imports-key-used", key = row.key.as_str())),
        // Positive amounts only, so the balance cannot fall short; were it to, the ledger asks for a rollback.
        Appended::Insufficient => return Err(sqlx::Error::Protocol("an opening balance fell short".into())),
    })
}

/// The ledger's idempotency key of a balance row: `import:balances:<key>`, or, for a key too long for the
/// ledger's 200 characters (a long address), the SHA-256 of it.
fn ledger_key(key: &str) -> String {
    const PREFIX: &str = "import:balances:";
    if PREFIX.len() + key.chars().count() <= 200 {
        return format!("{PREFIX}{key}");
    }
    format!("{PREFIX}sha256:{}", crate::accounts::tokens::digest(key))
}

/// Writes the testimonial as its author's story, submitted and approved by `admin_id` (and featured when the
/// row says so) with the history rows a reviewed story has. No points are paid: balances are imported apart.
pub async fn testimonial(
    tx: &mut Tx,
    row: &TestimonialRow,
    rendered: &Rendered,
    admin_id: i64,
    now: i64,
) -> Result<Done, sqlx::Error> {
    let author = match member_for(tx, &row.email).await? {
        Ok(id) => id,
        Err(why) => return Ok(Done::Refused(why)),
    };
    let claim = "INSERT INTO import_keys (kind, key, ref_id, created_at) VALUES ('testimonials', $1, 0, $2)
                 ON CONFLICT (kind, key) DO NOTHING";
    let claimed =
        on_tx!(tx, c => sqlx::query(claim).bind(&row.key).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    if claimed == 0 {
        return Ok(Done::Again);
    }
    let id = write::create(tx, author, &row.draft, rendered, now).await?;
    let set = "UPDATE import_keys SET ref_id = $1 WHERE kind = 'testimonials' AND key = $2";
    on_tx!(tx, c => sqlx::query(set).bind(id).bind(&row.key).execute(c).await.map(|_| ()))?;
    let mut from = Lifecycle::draft(row.draft.consent);
    let mut moves = vec![(Action::Submit, author), (Action::Approve, admin_id)];
    if row.featured {
        moves.push((Action::Feature, admin_id));
    }
    for (action, actor_id) in moves {
        let to = from.apply(action).map_err(|e| sqlx::Error::Protocol(e.0))?;
        write::apply(tx, &Move { id, from, to, action, actor_id, message: "", now }).await?;
        from = to;
    }
    Ok(Done::New { emailed: false })
}

/// Adds the code to the pool of the discount-code reward the row names (by number or title).
pub async fn code(tx: &mut Tx, row: &CodeRow, now: i64) -> Result<Done, sqlx::Error> {
    // Titles need not be unique: a discount-code reward, then an active one, is the one meant.
    let sql = "SELECT id, kind FROM rewards WHERE CAST(id AS TEXT) = $1 OR lower(title) = lower($1)
               ORDER BY CASE WHEN kind = 'discount_code' THEN 0 ELSE 1 END, active DESC, id LIMIT 1";
    let found: Option<(i64, String)> = on_tx!(tx, c => sqlx::query_as(sql).bind(&row.reward).fetch_optional(c).await)?;
    let id = match found {
        None => return Ok(Done::Refused(t!("imports-no-such-reward", reward = row.reward.as_str()))),
        Some((_, kind)) if kind != "discount_code" => {
            return Ok(Done::Refused(t!("imports-not-code-reward", reward = row.reward.as_str())))
        }
        Some((id, _)) => id,
    };
    Ok(match catalogue::add_codes(tx, id, std::slice::from_ref(&row.code), now).await? {
        0 => Done::Again,
        _ => Done::New { emailed: false },
    })
}

/// The groups and discount-code rewards rows may name, for the page's hints: (slug, name) and titles.
pub async fn targets(db: &Db) -> Result<(Vec<(String, String)>, Vec<String>), sqlx::Error> {
    let groups = "SELECT slug, name FROM member_groups ORDER BY name";
    let groups = on_db!(db, p => sqlx::query_as(groups).fetch_all(p).await)?;
    let rewards = "SELECT title FROM rewards WHERE kind = 'discount_code' ORDER BY title";
    let rewards = on_db!(db, p => sqlx::query_scalar(rewards).fetch_all(p).await)?;
    Ok((groups, rewards))
}
