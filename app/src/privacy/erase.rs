//! Deleting an account: one transaction that withdraws the member's stories, forfeits their balance by a
//! ledger row, erases every personal field and ends their sessions. The `users` row stays (posts, ledger rows
//! and referrals point at it) as "Deleted member", with nothing left that says who it was.

use crate::{
    db::{Db, Tx},
    on_db, on_tx,
    privacy::views::DeletionSubject,
    recognition::{
        domain::Reason,
        repo::ledger::{self, Appended, Entry},
    },
    rewards::repo::redeem,
    stories::{
        domain::Action,
        repo::write::{self, Move},
    },
};

/// The name every deleted account shows under.
pub const DELETED_NAME: &str = "Deleted member";

/// What the member chose for what they wrote in the forum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Posts {
    /// Their posts stay, under "Deleted member".
    Keep,
    /// Their posts are removed (and topics they opened lose their title).
    Remove,
}

impl Posts {
    pub fn parse(raw: &str) -> Option<Posts> {
        match raw {
            "keep" => Some(Posts::Keep),
            "remove" => Some(Posts::Remove),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Posts::Keep => "keep",
            Posts::Remove => "remove",
        }
    }
}

/// What deleting did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Erasure {
    Done {
        stories: usize,
        posts_removed: u64,
        forfeited: i64,
        cancelled: usize,
    },
    /// There is no such account, or it was deleted already.
    Missing,
    /// Admins are demoted first, so the programme never loses its last admin by one click.
    IsAdmin,
}

/// The account an admin is about to delete.
pub async fn subject(db: &Db, user_id: i64) -> Result<Option<DeletionSubject>, sqlx::Error> {
    let sql = "SELECT id, display_name, handle, email, role, deleted_at IS NOT NULL FROM users WHERE id = $1";
    let row: Option<(i64, String, String, String, String, bool)> =
        on_db!(db, p => sqlx::query_as(sql).bind(user_id).fetch_optional(p).await)?;
    Ok(row.map(|(id, name, handle, email, role, deleted)| DeletionSubject {
        id,
        name,
        handle,
        email,
        is_admin: role == "admin",
        deleted,
    }))
}

/// Deletes `user_id`'s account on behalf of `actor_id` (the member, or an admin) in the caller's transaction.
pub async fn erase(tx: &mut Tx, user_id: i64, actor_id: i64, posts: Posts, now: i64) -> Result<Erasure, sqlx::Error> {
    let read = match tx {
        Tx::Postgres(_) => {
            "SELECT email, role, display_name FROM users WHERE id = $1 AND deleted_at IS NULL FOR UPDATE"
        }
        Tx::Sqlite(..) => "SELECT email, role, display_name FROM users WHERE id = $1 AND deleted_at IS NULL",
    };
    let found: Option<(String, String, String)> =
        on_tx!(tx, c => sqlx::query_as(read).bind(user_id).fetch_optional(c).await)?;
    let Some((email, role, name)) = found else { return Ok(Erasure::Missing) };
    if role == "admin" {
        return Ok(Erasure::IsAdmin);
    }

    // Pending redemptions are cancelled (stock back, points refunded) before the balance is forfeited.
    let pending: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar("SELECT id FROM redemptions WHERE user_id = $1 AND status = 'pending' ORDER BY id")
        .bind(user_id)
        .fetch_all(c)
        .await)?;
    for &id in &pending {
        redeem::cancel(tx, id, actor_id, "Account deleted", now).await?;
    }

    // Stories are withdrawn and their content erased: the author's delete, which leaves a 410 Gone tombstone.
    let stories: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar("SELECT id FROM stories WHERE author_id = $1 AND status <> 'deleted' ORDER BY id")
        .bind(user_id)
        .fetch_all(c)
        .await)?;
    for &id in &stories {
        let Some(story) = write::lock(tx, id).await? else { continue };
        let Ok(to) = story.state.apply(Action::Delete) else { continue };
        let step = Move { id, from: story.state, to, action: Action::Delete, actor_id, message: "", now };
        write::apply(tx, &step).await?;
    }

    // Posts: removed ones lose their words; posts the member had already removed lose theirs either way.
    let which = match posts {
        Posts::Keep => "author_id = $1 AND deleted_at IS NOT NULL",
        Posts::Remove => "author_id = $1",
    };
    for sql in [
        format!("DELETE FROM media_uses WHERE ref_kind = 'post' AND ref_id IN (SELECT id FROM posts WHERE {which})"),
        format!("DELETE FROM post_revisions WHERE post_id IN (SELECT id FROM posts WHERE {which})"),
    ] {
        on_tx!(tx, c => sqlx::query(&sql).bind(user_id).execute(c).await.map(|_| ()))?;
    }
    let clear = format!(
        "UPDATE posts SET body_md = '(removed)', body_html = '<p><em>Removed</em></p>', deleted_at = COALESCE(deleted_at, $2),
                edited_at = $2 WHERE {which} AND body_md <> '(removed)'"
    );
    let posts_removed =
        on_tx!(tx, c => sqlx::query(&clear).bind(user_id).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    if posts == Posts::Remove {
        let titles = "UPDATE topics SET title = 'Removed topic', slug = 'removed' WHERE author_id = $1";
        on_tx!(tx, c => sqlx::query(titles).bind(user_id).execute(c).await.map(|_| ()))?;
    }

    // The balance is forfeited by a ledger row, never by touching the rows before it.
    let balance = ledger::lock_account(tx, user_id).await?;
    let mut forfeited = 0;
    if balance > 0 {
        let key = format!("erase:{user_id}");
        let entry = Entry {
            user_id,
            amount: -balance,
            reason: Reason::Adjustment,
            note: "Account deleted: balance forfeited",
            ref_kind: Some("user"),
            ref_id: Some(user_id),
            actor_id: Some(actor_id),
            reverses_id: None,
            key: &key,
            now,
        };
        if ledger::append(tx, &entry).await? == Appended::Insufficient {
            return Err(sqlx::Error::Protocol("forfeiting a deleted account's balance was refused".into()));
        }
        forfeited = balance;
    }

    // Personal data elsewhere: their inbox, settings, tokens, mail, old handles, invitation, words they wrote.
    // The account also leaves the leaderboards.
    let by_user = [
        "UPDATE point_accounts SET leaderboard_hidden = 1 WHERE user_id = $1",
        "DELETE FROM notifications WHERE user_id = $1",
        "DELETE FROM notification_settings WHERE user_id = $1",
        "DELETE FROM topic_follows WHERE user_id = $1",
        "DELETE FROM account_tokens WHERE user_id = $1",
        "DELETE FROM handle_redirects WHERE user_id = $1",
        "DELETE FROM legal_reads WHERE user_id = $1",
        "DELETE FROM referral_codes WHERE user_id = $1",
        "DELETE FROM uploads WHERE owner_id = $1",
        "DELETE FROM media_uses WHERE ref_kind = 'bio' AND ref_id = $1",
        "UPDATE referrals SET ip = '', friend_email = '' WHERE referee_id = $1",
        "UPDATE referral_conversions SET email = '' WHERE referral_id IN (SELECT id FROM referrals WHERE referee_id = $1)",
        "UPDATE survey_responses SET comment = '' WHERE user_id = $1",
        "UPDATE challenge_completions SET evidence = '' WHERE user_id = $1",
        "UPDATE flags SET note = '' WHERE flagger_id = $1",
        "UPDATE spotlights SET citation = '(removed)' WHERE user_id = $1",
        "UPDATE user_badges SET reason = '' WHERE user_id = $1",
        "UPDATE audit_log SET detail = '' WHERE target_kind = 'user' AND target_id = $1",
        "UPDATE invitations SET email = 'deleted-' || id || '@deleted.invalid', display_name = NULL WHERE user_id = $1",
        "DELETE FROM applications WHERE user_id = $1",
    ];
    for sql in by_user {
        on_tx!(tx, c => sqlx::query(sql).bind(user_id).execute(c).await.map(|_| ()))?;
    }
    let applied = "DELETE FROM applications WHERE email = $1";
    on_tx!(tx, c => sqlx::query(applied).bind(&email).execute(c).await.map(|_| ()))?;
    let mail = "DELETE FROM mail_outbox WHERE user_id = $1 OR to_addr = $2";
    on_tx!(tx, c => sqlx::query(mail).bind(user_id).bind(&email).execute(c).await.map(|_| ()))?;
    // Emails to other members name the member ("Ada replied to your topic"): the name becomes "Deleted member"
    // in what is stored of them. Very short names are left alone, as they would match inside other words.
    if name.chars().count() >= 3 {
        let escaped = crate::common::html::escape_text(&name);
        let renamed =
            "UPDATE mail_outbox SET subject = REPLACE(subject, $1, $3), body_text = REPLACE(body_text, $1, $3),
                              body_html = REPLACE(body_html, $2, $3)
                       WHERE subject LIKE $4 OR body_text LIKE $4 OR body_html LIKE $5";
        on_tx!(tx, c => sqlx::query(renamed)
            .bind(&name)
            .bind(&escaped)
            .bind(DELETED_NAME)
            .bind(format!("%{name}%"))
            .bind(format!("%{escaped}%"))
            .execute(c)
            .await
            .map(|_| ()))?;
    }
    let invited =
        "UPDATE invitations SET email = 'deleted-' || id || '@deleted.invalid', display_name = NULL WHERE email = $1";
    on_tx!(tx, c => sqlx::query(invited).bind(&email).execute(c).await.map(|_| ()))?;

    // No provider signs in to it again; its identifiers there (and the address they gave) go.
    let links = "DELETE FROM sso_identities WHERE user_id = $1";
    on_tx!(tx, c => sqlx::query(links).bind(user_id).execute(c).await.map(|_| ()))?;
    for second_factor in
        ["DELETE FROM recovery_codes WHERE user_id = $1", "DELETE FROM remembered_devices WHERE user_id = $1"]
    {
        on_tx!(tx, c => sqlx::query(second_factor).bind(user_id).execute(c).await.map(|_| ()))?;
    }

    // Last, the account itself: no way in, no name, no address; every session ends with the auth version.
    let account = "UPDATE users SET email = 'deleted-' || id || '@deleted.invalid', display_name = $1,
                          handle = 'deleted' || id, password_hash = '!', totp_secret = NULL, totp_enabled_at = NULL,
                          avatar = NULL, bio = '', bio_html = '',
                          company = '', job_title = '', location = '', website = '', linkedin = '',
                          email_verified_at = NULL, digest_sent_at = NULL, suspended_reason = '', silenced_reason = '',
                          removed_at = COALESCE(removed_at, $2), removed_by = COALESCE(removed_by, $3),
                          deleted_at = $2, auth_version = auth_version + 1, updated_at = $2
                   WHERE id = $4";
    on_tx!(tx, c => sqlx::query(account).bind(DELETED_NAME).bind(now).bind(actor_id).bind(user_id).execute(c).await.map(|_| ()))?;
    Ok(Erasure::Done { stories: stories.len(), posts_removed, forfeited, cancelled: pending.len() })
}
