//! Challenge SQL, written once for both backends. Places are taken and given back by guarded updates on the
//! challenge's row, which also serialises every completion of one challenge; points go through the ledger in
//! the same transaction.

use crate::{
    challenges::domain::{
        answer_matches, ChallengeDraft, ChallengeForm, Closed, CompletionStatus, CompletionView, Mode, Openness,
        COMPLETIONS_PER_PAGE,
    },
    db::{Db, Tx},
    on_db, on_tx,
    recognition::{domain::Rule, repo::ledger},
};
use std::collections::HashMap;

#[derive(sqlx::FromRow, Clone)]
pub struct ChallengeRow {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub points: i64,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub max_completions: Option<i64>,
    pub taken: i64,
    pub mode: String,
    pub link_url: Option<String>,
    pub answer: Option<String>,
    pub active: i64,
    pub group_id: Option<i64>,
}

const COLUMNS: &str = "id, title, description, points, starts_at, ends_at, max_completions, taken, mode, link_url,
                       answer, active, group_id";

/// What saving a challenge did.
pub enum Saved {
    Done(i64),
    Missing,
    /// The new limit is below the places already taken.
    BelowTaken(i64),
}

/// Creates a challenge (`id` 0) or replaces one's settings.
/// `group_id` is the group the challenge is limited to (found from the draft's address).
pub async fn save(
    tx: &mut Tx,
    id: i64,
    (d, group_id): (&ChallengeDraft, Option<i64>),
    now: i64,
) -> Result<Saved, sqlx::Error> {
    let values = (&d.title, &d.description, d.points, d.starts_at, d.ends_at, d.max_completions);
    if id == 0 {
        let sql = "INSERT INTO challenges (title, description, points, starts_at, ends_at, max_completions, mode,
                                           link_url, answer, active, created_at, group_id)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id";
        let id = on_tx!(tx, c => sqlx::query_scalar(sql)
            .bind(values.0).bind(values.1).bind(values.2).bind(values.3).bind(values.4).bind(values.5)
            .bind(d.mode.as_str()).bind(&d.link_url).bind(&d.answer).bind(i64::from(d.active)).bind(now)
            .bind(group_id)
            .fetch_one(c)
            .await)?;
        return Ok(Saved::Done(id));
    }
    let taken: Option<i64> = on_tx!(tx, c => sqlx::query_scalar("UPDATE challenges SET taken = taken WHERE id = $1 RETURNING taken")
        .bind(id).fetch_optional(c).await)?;
    let Some(taken) = taken else { return Ok(Saved::Missing) };
    if d.max_completions.is_some_and(|m| m < taken) {
        return Ok(Saved::BelowTaken(taken));
    }
    let sql = "UPDATE challenges SET title = $1, description = $2, points = $3, starts_at = $4, ends_at = $5,
                      max_completions = $6, mode = $7, link_url = $8, answer = $9, active = $10, group_id = $12
               WHERE id = $11";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(values.0).bind(values.1).bind(values.2).bind(values.3).bind(values.4).bind(values.5)
        .bind(d.mode.as_str()).bind(&d.link_url).bind(&d.answer).bind(i64::from(d.active)).bind(id)
        .bind(group_id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(Saved::Done(id))
}

/// Every challenge, newest first, with approved completions, for admins.
pub async fn all(db: &Db) -> Result<Vec<(ChallengeRow, i64)>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM challenges ORDER BY id DESC");
    let rows = on_db!(db, p => sqlx::query_as::<_, ChallengeRow>(&sql).fetch_all(p).await)?;
    let counts =
        "SELECT challenge_id, COUNT(*) FROM challenge_completions WHERE status = 'approved' GROUP BY challenge_id";
    let counts: HashMap<i64, i64> =
        on_db!(db, p => sqlx::query_as::<_, (i64, i64)>(counts).fetch_all(p).await)?.into_iter().collect();
    Ok(rows.into_iter().map(|r| (r.clone(), counts.get(&r.id).copied().unwrap_or(0))).collect())
}

/// Running challenges that have not ended and the viewer (a [`crate::common::spaces::viewer_key`]) may see,
/// soonest ending first.
pub async fn running(db: &Db, now: i64, viewer: i64) -> Result<Vec<ChallengeRow>, sqlx::Error> {
    let sees = crate::common::spaces::viewer_sees("group_id", "$2");
    let sql = format!(
        "SELECT {COLUMNS} FROM challenges WHERE active = 1 AND (ends_at IS NULL OR ends_at >= $1) AND {sees}
         ORDER BY (ends_at IS NULL), ends_at, id"
    );
    on_db!(db, p => sqlx::query_as::<_, ChallengeRow>(&sql).bind(now).bind(viewer).fetch_all(p).await)
}

/// The member's latest completion of each challenge, with its note.
pub async fn latest_of(db: &Db, user_id: i64) -> Result<HashMap<i64, (CompletionStatus, String)>, sqlx::Error> {
    let sql = "SELECT challenge_id, status, note FROM challenge_completions WHERE user_id = $1 ORDER BY id";
    let rows: Vec<(i64, String, String)> = on_db!(db, p => sqlx::query_as(sql).bind(user_id).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, status, note)| Some((id, (CompletionStatus::parse(&status)?, note))))
        .collect())
}

/// The form values of a stored challenge, for its editor (`groups` name the group it is limited to).
pub fn form_of(r: &ChallengeRow, groups: &[crate::groups::domain::GroupChoice]) -> ChallengeForm {
    let day = |at: Option<i64>| at.map(crate::common::dates::iso_date).unwrap_or_default();
    ChallengeForm {
        title: r.title.clone(),
        description: r.description.clone(),
        points: r.points.to_string(),
        starts_at: day(r.starts_at),
        ends_at: day(r.ends_at),
        max_completions: r.max_completions.map(|m| m.to_string()).unwrap_or_default(),
        mode: r.mode.clone(),
        link_url: r.link_url.clone().unwrap_or_default(),
        answer: r.answer.clone().unwrap_or_default(),
        active: (r.active == 1).then(|| "on".to_string()),
        group: groups.iter().find(|g| Some(g.id) == r.group_id).map(|g| g.slug.clone()).unwrap_or_default(),
    }
}

/// What a member's attempt did.
pub enum Attempt {
    Done {
        /// The completion's id.
        id: i64,
        status: CompletionStatus,
        points: i64,
        link: Option<String>,
    },
    Refused(Closed),
    WrongAnswer,
    /// The attempt does not fit the challenge (an answer to a review challenge, …).
    WrongKind,
    Missing,
}

/// A member completes a challenge: checks it is open to them, takes a place, records the completion (pending
/// for review challenges, approved at once for link and answer ones) and awards approved ones.
pub async fn attempt(
    tx: &mut Tx,
    challenge_id: i64,
    user_id: i64,
    kind: Mode,
    input: &str,
    now: i64,
) -> Result<Attempt, sqlx::Error> {
    complete(tx, (challenge_id, user_id), By::Member(kind), input, now).await
}

/// Another system vouches that `user_id` completed the challenge (they attended the webinar, left the
/// review): approved at once whatever the challenge's mode, with `note` as its evidence, awarded with
/// `actor_id` (the token's maker) as the actor. The same rules hold: open, not full, once per member, and
/// only a challenge the member can see.
pub async fn complete_for(
    tx: &mut Tx,
    (challenge_id, user_id): (i64, i64),
    actor_id: i64,
    note: &str,
    now: i64,
) -> Result<Attempt, sqlx::Error> {
    complete(tx, (challenge_id, user_id), By::Vouched(actor_id), note, now).await
}

/// Who completes a challenge: the member, in the challenge's mode, or someone who vouches for them.
#[derive(Clone, Copy)]
enum By {
    Member(Mode),
    Vouched(i64),
}

async fn complete(
    tx: &mut Tx,
    (challenge_id, user_id): (i64, i64),
    by: By,
    input: &str,
    now: i64,
) -> Result<Attempt, sqlx::Error> {
    // A challenge limited to a group the member is outside is not there for them.
    let sees = crate::common::spaces::member_sees("group_id", "$2");
    let lock = format!("UPDATE challenges SET taken = taken WHERE id = $1 AND {sees} RETURNING {COLUMNS}");
    let row = on_tx!(tx, c => sqlx::query_as::<_, ChallengeRow>(&lock).bind(challenge_id).bind(user_id).fetch_optional(c).await)?;
    let Some(row) = row else { return Ok(Attempt::Missing) };
    let mode = Mode::parse(&row.mode).unwrap_or(Mode::Review);
    if matches!(by, By::Member(kind) if kind != mode) {
        return Ok(Attempt::WrongKind);
    }
    let live =
        "SELECT status FROM challenge_completions WHERE challenge_id = $1 AND user_id = $2 AND status <> 'rejected'";
    let mine: Option<String> =
        on_tx!(tx, c => sqlx::query_scalar(live).bind(challenge_id).bind(user_id).fetch_optional(c).await)?;
    let open = Openness {
        active: row.active == 1,
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        max_completions: row.max_completions,
        taken: row.taken,
        mine: mine.as_deref().and_then(CompletionStatus::parse),
        now,
    };
    if let Err(closed) = open.check() {
        return Ok(Attempt::Refused(closed));
    }
    let member = matches!(by, By::Member(_));
    if member && mode == Mode::Answer && !answer_matches(row.answer.as_deref().unwrap_or_default(), input) {
        return Ok(Attempt::WrongAnswer);
    }
    let take = "UPDATE challenges SET taken = taken + 1 WHERE id = $1 AND (max_completions IS NULL OR taken < max_completions)";
    let took = on_tx!(tx, c => sqlx::query(take).bind(challenge_id).execute(c).await.map(|r| r.rows_affected()))?;
    if took != 1 {
        return Ok(Attempt::Refused(Closed::Full));
    }
    let reviewed = member && mode == Mode::Review;
    let status = if reviewed { CompletionStatus::Pending } else { CompletionStatus::Approved };
    let evidence = if reviewed || !member { input } else { "" };
    let actor = match by {
        By::Member(_) => None,
        By::Vouched(actor) => Some(actor),
    };
    let insert = "INSERT INTO challenge_completions (challenge_id, user_id, status, evidence, created_at, decided_at)
                  VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
    let decided = (status == CompletionStatus::Approved).then_some(now);
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(insert)
        .bind(challenge_id).bind(user_id).bind(status.as_str()).bind(evidence).bind(now).bind(decided)
        .fetch_one(c)
        .await)?;
    let points = if status == CompletionStatus::Approved {
        award(tx, id, challenge_id, user_id, actor, row.points, now).await?
    } else {
        0
    };
    Ok(Attempt::Done { id, status, points, link: row.link_url })
}

async fn award(
    tx: &mut Tx,
    completion_id: i64,
    challenge_id: i64,
    user_id: i64,
    actor_id: Option<i64>,
    points: i64,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let earning = ledger::Earning {
        user_id,
        rule: Rule::Challenge,
        ref_kind: "challenge",
        ref_id: challenge_id,
        actor_id,
        key: format!("challenge:{completion_id}"),
        now,
    };
    let paid = ledger::earn_amount(tx, &earning, points).await?;
    let data = || {
        serde_json::json!({
            "completion": { "id": completion_id, "challenge_id": challenge_id, "member_id": user_id, "points": paid }
        })
    };
    let key = format!("challenge.completed:{completion_id}");
    crate::webhooks::emit(tx, crate::webhooks::domain::Event::ChallengeCompleted, &key, data, now).await?;
    Ok(paid)
}

/// What a moderator's decision did.
pub enum Decided {
    Done {
        status: CompletionStatus,
        points: i64,
    },
    AlreadyDecided(String),
    /// The moderator completed it themselves: someone else decides.
    Own,
    Missing,
}

/// Approves (awarding the points) or rejects (giving the place back) a pending completion.
pub async fn decide(
    tx: &mut Tx,
    completion_id: i64,
    approve: bool,
    note: &str,
    moderator_id: i64,
    now: i64,
) -> Result<Decided, sqlx::Error> {
    let lock = "UPDATE challenge_completions SET status = status WHERE id = $1 RETURNING challenge_id, user_id, status";
    let row: Option<(i64, i64, String)> =
        on_tx!(tx, c => sqlx::query_as(lock).bind(completion_id).fetch_optional(c).await)?;
    let Some((challenge_id, user_id, status)) = row else { return Ok(Decided::Missing) };
    if user_id == moderator_id {
        return Ok(Decided::Own);
    }
    let current = CompletionStatus::parse(&status).unwrap_or(CompletionStatus::Rejected);
    let next = match current.decide(approve) {
        Ok(next) => next,
        Err(why) => return Ok(Decided::AlreadyDecided(why)),
    };
    let sql = "UPDATE challenge_completions SET status = $1, note = $2, decided_at = $3, decided_by = $4
               WHERE id = $5 AND status = 'pending'";
    on_tx!(tx, c => sqlx::query(sql).bind(next.as_str()).bind(note).bind(now).bind(moderator_id).bind(completion_id)
        .execute(c).await.map(|_| ()))?;
    let points = if next == CompletionStatus::Approved {
        let sql = "SELECT points FROM challenges WHERE id = $1";
        let points: i64 = on_tx!(tx, c => sqlx::query_scalar(sql).bind(challenge_id).fetch_one(c).await)?;
        award(tx, completion_id, challenge_id, user_id, Some(moderator_id), points, now).await?
    } else {
        let back = "UPDATE challenges SET taken = taken - 1 WHERE id = $1 AND taken > 0";
        on_tx!(tx, c => sqlx::query(back).bind(challenge_id).execute(c).await.map(|_| ()))?;
        0
    };
    crate::notifications::repo::notify_challenge(tx, user_id, moderator_id, completion_id, now).await?;
    Ok(Decided::Done { status: next, points })
}

#[derive(sqlx::FromRow)]
struct CompletionRow {
    id: i64,
    challenge_title: String,
    points: i64,
    member_name: String,
    member_handle: String,
    evidence: String,
    status: String,
    note: String,
    created_at: i64,
}

/// A page of completions of one status: pending ones oldest first (the queue), others newest first.
pub async fn completions(
    db: &Db,
    status: CompletionStatus,
    page: u32,
) -> Result<(Vec<CompletionView>, i64), sqlx::Error> {
    let order = if status == CompletionStatus::Pending { "ASC" } else { "DESC" };
    let offset = i64::from(page.saturating_sub(1)) * i64::from(COMPLETIONS_PER_PAGE);
    let sql = format!(
        "SELECT k.id, c.title AS challenge_title, c.points, u.display_name AS member_name, u.handle AS member_handle,
                k.evidence, k.status, k.note, k.created_at
         FROM challenge_completions k JOIN challenges c ON c.id = k.challenge_id JOIN users u ON u.id = k.user_id
         WHERE k.status = $1 ORDER BY k.id {order} LIMIT $2 OFFSET $3"
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, CompletionRow>(&sql)
        .bind(status.as_str()).bind(i64::from(COMPLETIONS_PER_PAGE)).bind(offset)
        .fetch_all(p)
        .await)?;
    let count = "SELECT COUNT(*) FROM challenge_completions WHERE status = $1";
    let total: i64 = on_db!(db, p => sqlx::query_scalar(count).bind(status.as_str()).fetch_one(p).await)?;
    let items = rows
        .into_iter()
        .map(|r| CompletionView {
            id: r.id,
            challenge_title: r.challenge_title,
            points: r.points,
            member_name: r.member_name,
            member_handle: r.member_handle,
            evidence: r.evidence,
            status: CompletionStatus::parse(&r.status).unwrap_or(CompletionStatus::Pending),
            note: r.note,
            created_at: r.created_at,
        })
        .collect();
    Ok((items, total))
}
