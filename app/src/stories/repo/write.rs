//! SQL that writes stories: drafts, every move of the lifecycle (guarded by the state it was decided on), the
//! history row each move leaves, and the author's notification.

use crate::{
    db::Tx,
    media::uses::{self, Text},
    on_tx,
    recognition::{domain::Rule, repo::ledger},
    stories::domain::{Action, Consent, Lifecycle, Status, StoryDraft},
};

/// A story locked for a decision: who wrote it and where it stands.
#[derive(Debug, Clone)]
pub struct Locked {
    pub author_id: i64,
    pub title: String,
    pub state: Lifecycle,
}

/// Locks the story's row until the transaction ends (the no-op update takes the row lock on PostgreSQL; on
/// SQLite the write transaction holds the database) and reads its state.
pub async fn lock(tx: &mut Tx, id: i64) -> Result<Option<Locked>, sqlx::Error> {
    let sql = "UPDATE stories SET updated_at = updated_at WHERE id = $1
               RETURNING author_id, title, status, consent, featured_at IS NOT NULL";
    let row: Option<(i64, String, String, String, bool)> =
        on_tx!(tx, c => sqlx::query_as(sql).bind(id).fetch_optional(c).await)?;
    Ok(row.and_then(|(author_id, title, status, consent, featured)| {
        let state = Lifecycle { status: Status::parse(&status)?, featured, consent: Consent::parse(&consent).ok()? };
        Some(Locked { author_id, title, state })
    }))
}

/// A story's Markdown rendered for its page and its excerpt (done before the write transaction opens).
#[derive(Debug, Clone)]
pub struct Rendered {
    pub html: String,
    pub excerpt: String,
}

impl Rendered {
    /// Renders `body` (CPU work: call it through `Renderer::run`, not on the runtime or in a transaction).
    pub fn of(body: &str) -> Rendered {
        use crate::markdown;
        Rendered { html: markdown::render(body).html, excerpt: markdown::plain_text(body, 240) }
    }
}

/// Writes a new draft for `author_id` and returns its id.
pub async fn create(
    tx: &mut Tx,
    author_id: i64,
    d: &StoryDraft,
    rendered: &Rendered,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO stories (author_id, title, slug, body, body_html, excerpt, product, product_slug, rating,
                                    quote, company, job_title, consent, status, created_at, updated_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'draft', $14, $14) RETURNING id";
    let id = on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(author_id)
        .bind(&d.title)
        .bind(&d.slug)
        .bind(&d.body)
        .bind(&rendered.html)
        .bind(&rendered.excerpt)
        .bind(&d.product)
        .bind(&d.product_slug)
        .bind(i64::from(d.rating.get()))
        .bind(&d.quote)
        .bind(&d.company)
        .bind(&d.job_title)
        .bind(d.consent.as_str())
        .bind(now)
        .fetch_one(c)
        .await)?;
    uses::replace(tx, Text::Story, id, &d.body).await?;
    Ok(id)
}

/// Replaces the content of a draft of `author_id`. False when it is not theirs or no longer a draft.
pub async fn update(
    tx: &mut Tx,
    id: i64,
    author_id: i64,
    d: &StoryDraft,
    rendered: &Rendered,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE stories SET title = $1, slug = $2, body = $3, body_html = $4, excerpt = $5, product = $6,
                      product_slug = $7, rating = $8, quote = $9, company = $10, job_title = $11, consent = $12,
                      updated_at = $13
               WHERE id = $14 AND author_id = $15 AND status = 'draft'";
    let n = on_tx!(tx, c => sqlx::query(sql)
        .bind(&d.title)
        .bind(&d.slug)
        .bind(&d.body)
        .bind(&rendered.html)
        .bind(&rendered.excerpt)
        .bind(&d.product)
        .bind(&d.product_slug)
        .bind(i64::from(d.rating.get()))
        .bind(&d.quote)
        .bind(&d.company)
        .bind(&d.job_title)
        .bind(d.consent.as_str())
        .bind(now)
        .bind(id)
        .bind(author_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    if n == 1 {
        uses::replace(tx, Text::Story, id, &d.body).await?;
    }
    Ok(n == 1)
}

/// One move, decided on `from` (read under the lock).
pub struct Move<'a> {
    pub id: i64,
    pub from: Lifecycle,
    pub to: Lifecycle,
    pub action: Action,
    pub actor_id: i64,
    pub message: &'a str,
    pub now: i64,
}

/// Writes the move and its history row; returns the history row's id. The update is guarded by the state the
/// move was decided on, so a move decided on a stale read changes nothing (and fails the transaction).
pub async fn apply(tx: &mut Tx, m: &Move<'_>) -> Result<i64, sqlx::Error> {
    let a = m.action;
    let sql = "UPDATE stories SET
                   status = $1, consent = $2,
                   featured_at = CASE WHEN $3 THEN COALESCE(featured_at, $4) END,
                   review_note = CASE WHEN $5 THEN $6 ELSE review_note END,
                   submitted_at = CASE WHEN $7 THEN $4 ELSE submitted_at END,
                   approved_at = CASE WHEN $8 THEN $4 ELSE approved_at END,
                   published_at = CASE WHEN $9 THEN COALESCE(published_at, $4) ELSE published_at END,
                   withdrawn_at = CASE WHEN $10 THEN $4 ELSE withdrawn_at END,
                   updated_at = $4
               WHERE id = $11 AND status = $12 AND consent = $13 AND (featured_at IS NOT NULL) = $14";
    let decided = matches!(a, Action::Approve | Action::RequestChanges | Action::Reject);
    let n = on_tx!(tx, c => sqlx::query(sql)
        .bind(m.to.status.as_str())
        .bind(m.to.consent.as_str())
        .bind(m.to.featured)
        .bind(m.now)
        .bind(decided)
        .bind(m.message)
        .bind(a == Action::Submit)
        .bind(a == Action::Approve)
        .bind(m.to.is_public())
        .bind(a == Action::WithdrawConsent)
        .bind(m.id)
        .bind(m.from.status.as_str())
        .bind(m.from.consent.as_str())
        .bind(m.from.featured)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    if n != 1 {
        return Err(sqlx::Error::Protocol(format!("story {} moved while {} was decided", m.id, a.as_str())));
    }
    if a == Action::Delete {
        erase(tx, m.id).await?;
    }
    if a == Action::Submit {
        crate::activity::record(tx, m.actor_id, m.now).await?;
    }
    let event = "INSERT INTO story_events (story_id, actor_id, action, message, created_at)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id";
    let event_id: i64 = on_tx!(tx, c => sqlx::query_scalar(event)
        .bind(m.id)
        .bind(m.actor_id)
        .bind(a.as_str())
        .bind(m.message)
        .bind(m.now)
        .fetch_one(c)
        .await)?;
    announce(tx, m, event_id).await?;
    Ok(event_id)
}

/// The webhook for a move others may care about. It carries the story's id, consent and public path, never
/// its text: a receiver reads a public story through the API, which applies consent as the pages do; a
/// withdrawn or deleted story's event carries only its id.
async fn announce(tx: &mut Tx, m: &Move<'_>, event_id: i64) -> Result<(), sqlx::Error> {
    use crate::webhooks::domain::Event;
    let event = match m.action {
        Action::Approve => Event::StoryApproved,
        Action::Feature => Event::StoryFeatured,
        Action::WithdrawConsent | Action::Delete => Event::StoryWithdrawn,
        _ => return Ok(()),
    };
    let data = || {
        if event == Event::StoryWithdrawn {
            serde_json::json!({ "story": { "id": m.id } })
        } else {
            let public = m.to.is_public();
            let path = public.then(|| format!("/stories/{}", m.id));
            serde_json::json!({ "story": { "id": m.id, "consent": m.to.consent.as_str(), "public": public, "path": path } })
        }
    };
    crate::webhooks::emit(tx, event, &format!("{}:{event_id}", event.as_str()), data, m.now).await
}

/// Removes a deleted story's content; the row stays as a tombstone so its address answers 410 Gone.
async fn erase(tx: &mut Tx, id: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE stories SET title = '', slug = 'deleted', body = '', body_html = '', excerpt = '', quote = '',
                      company = '', job_title = '', review_note = '', photo = NULL, logo = NULL WHERE id = $1";
    on_tx!(tx, c => sqlx::query(sql).bind(id).execute(c).await.map(|_| ()))?;
    let messages = "UPDATE story_events SET message = '' WHERE story_id = $1";
    on_tx!(tx, c => sqlx::query(messages).bind(id).execute(c).await.map(|_| ()))?;
    uses::forget(tx, Text::Story, id).await
}

/// Which of a story's two pictures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    Photo,
    Logo,
}

impl Picture {
    pub fn parse(raw: &str) -> Option<Picture> {
        match raw {
            "photo" => Some(Picture::Photo),
            "logo" => Some(Picture::Logo),
            _ => None,
        }
    }
}

/// Sets (or with `None` clears) a draft's photo or logo; false when the story is not the author's draft.
pub async fn set_picture(
    tx: &mut Tx,
    id: i64,
    author_id: i64,
    which: Picture,
    hash: Option<&str>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let sql = match which {
        Picture::Photo => {
            "UPDATE stories SET photo = $1, updated_at = $2 WHERE id = $3 AND author_id = $4 AND status = 'draft'"
        }
        Picture::Logo => {
            "UPDATE stories SET logo = $1, updated_at = $2 WHERE id = $3 AND author_id = $4 AND status = 'draft'"
        }
    };
    let n = on_tx!(tx, c => sqlx::query(sql).bind(hash).bind(now).bind(id).bind(author_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Tells the author about a moderator's decision (the history row says which).
pub async fn notify_author(
    tx: &mut Tx,
    author_id: i64,
    actor_id: i64,
    event_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    crate::notifications::repo::notify_story(tx, author_id, actor_id, event_id, now).await
}

/// A moderator's decision written whole: the move, the author's notification, and the points approving or
/// featuring earns (keyed by the story, so it is awarded once however often it is repeated). Returns the
/// history row's id.
pub async fn decide(tx: &mut Tx, author_id: i64, m: &Move<'_>) -> Result<i64, sqlx::Error> {
    let event = apply(tx, m).await?;
    notify_author(tx, author_id, m.actor_id, event, m.now).await?;
    let rule = match m.action {
        Action::Approve => Some((Rule::StoryApproved, "story-approved")),
        Action::Feature => Some((Rule::StoryFeatured, "story-featured")),
        _ => None,
    };
    if let Some((rule, key)) = rule {
        let earning = ledger::Earning {
            user_id: author_id,
            rule,
            ref_kind: "story",
            ref_id: m.id,
            actor_id: Some(m.actor_id),
            key: format!("{key}:{}", m.id),
            now: m.now,
        };
        // A badge on the profile dated like an anonymous story would point at its author.
        if m.from.consent == Consent::Anonymous {
            ledger::earn_without_badges(tx, &earning).await?;
        } else {
            ledger::earn(tx, &earning).await?;
        }
    }
    if m.action == Action::Approve {
        crate::referrals::repo::qualify(tx, author_id, crate::referrals::domain::Event::StoryApproved, m.now).await?;
    }
    Ok(event)
}
