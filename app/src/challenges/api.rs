//! Challenge server functions: anyone reads the running challenges; members complete them; moderators decide
//! on reviewed completions; admins publish and edit challenges.

use crate::{
    challenges::{
        domain::ChallengeForm,
        views::{ChallengeAdmin, ChallengeList, Completed, CompletionPage},
    },
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::Role,
        guard::{current_user, require_role, require_voice},
    },
    audit::record,
    challenges::{
        domain::{
            decision_note, evidence, ChallengeDraft, CompletionStatus, Mode, Openness, ANSWER_MAX, COMPLETIONS_PER_PAGE,
        },
        repo::{self, Attempt, Decided, Saved},
        views::ChallengeCard,
    },
    common::{paging::page_count, text::bounded_text},
    db, rate_limit,
    state::app_state,
    t,
};

/// Attempts at completing challenges (answers, mostly) a member may make in an hour.
#[cfg(feature = "ssr")]
const ATTEMPTS_PER_HOUR: u32 = 30;
/// Answers a member may give to one challenge in a day.
#[cfg(feature = "ssr")]
const ANSWERS_PER_DAY: u32 = 10;

/// The running challenges; for a signed-in member, where they stand on each and whether they can take part.
#[server(endpoint = "challenges/get_challenges")]
pub async fn get_challenges() -> Result<ChallengeList, AppError> {
    let db = &app_state()?.db;
    let now = db::now();
    let user = current_user().await?;
    let staff = user.as_ref().is_some_and(|u| u.role.allows(Role::Moderator));
    let rows = repo::running(db, now, crate::common::spaces::viewer_key(user.as_ref().map(|u| u.id), staff)).await?;
    let latest = match &user {
        Some(u) => repo::latest_of(db, u.id).await?,
        None => Default::default(),
    };
    let challenges = rows
        .into_iter()
        .map(|r| {
            let (mine, note) = latest.get(&r.id).cloned().map_or((None, String::new()), |(s, n)| (Some(s), n));
            let open = Openness {
                active: r.active == 1,
                starts_at: r.starts_at,
                ends_at: r.ends_at,
                max_completions: r.max_completions,
                taken: r.taken,
                mine: mine.filter(|s| *s != CompletionStatus::Rejected),
                now,
            };
            let closed = match &user {
                None => Some(t!("challenges-sign-in")),
                Some(_) => open.check().err().map(|c| c.to_string()),
            };
            ChallengeCard {
                id: r.id,
                title: r.title,
                description: r.description,
                points: r.points,
                mode: Mode::parse(&r.mode).unwrap_or(Mode::Review),
                ends_at: r.ends_at,
                places_left: r.max_completions.map(|m| (m - r.taken).max(0)),
                mine,
                note,
                closed,
            }
        })
        .collect();
    Ok(ChallengeList { challenges, signed_in: user.is_some() })
}

/// Completes a challenge (members). `mode` says which kind of attempt it is: `review` with what you did in
/// `input` (a moderator decides), `answer` with the answer, or `link` (going on to the link completes it).
#[server(endpoint = "challenges/complete_challenge")]
pub async fn complete_challenge(id: i64, mode: String, input: String) -> Result<Completed, AppError> {
    let user = require_voice().await?;
    let kind = Mode::parse(&mode).ok_or_else(|| AppError::invalid("mode", t!("challenges-say-how")))?;
    let input = match kind {
        Mode::Review => evidence(&input)?,
        Mode::Answer => bounded_text(&input, "input", &t!("challenges-an-answer"), ANSWER_MAX)?,
        Mode::Link => String::new(),
    };
    let state = app_state()?;
    rate_limit::hit(&state.db, &format!("challenge:user:{}", user.id), ATTEMPTS_PER_HOUR, 3600).await?;
    if kind == Mode::Answer {
        // Guessing is bounded per challenge too: an answer is often short.
        let bucket = format!("challenge:answer:{}:{id}", user.id);
        rate_limit::hit(&state.db, &bucket, ANSWERS_PER_DAY, 86_400).await?;
    }
    let mut tx = state.db.begin_write().await?;
    let attempt = repo::attempt(&mut tx, id, user.id, kind, &input, db::now()).await?;
    let refused = |message: String| AppError::Conflict { field: None, message };
    match attempt {
        Attempt::Done { status, points, link, .. } => {
            tx.commit().await?;
            tracing::info!(user_id = user.id, challenge_id = id, points, "challenge attempt recorded");
            crate::common::redirect::to(&link.unwrap_or_else(|| "/challenges".to_string()));
            Ok(Completed { status, points })
        }
        Attempt::Refused(closed) => Err(refused(closed.to_string())),
        Attempt::WrongAnswer => Err(AppError::invalid("input", t!("challenges-wrong-answer"))),
        Attempt::WrongKind => Err(refused(t!("challenges-wrong-kind"))),
        Attempt::Missing => Err(AppError::NotFound(t!("challenges-that-challenge"))),
    }
}

/// Every challenge with its form values and counts (admins).
#[server(endpoint = "challenges/get_challenges_admin")]
pub async fn get_challenges_admin() -> Result<Vec<ChallengeAdmin>, AppError> {
    require_role(Role::Admin).await?;
    let db = &app_state()?.db;
    let rows = repo::all(db).await?;
    let groups = crate::groups::repo::choices(db).await?;
    Ok(rows
        .into_iter()
        .map(|(r, approved)| ChallengeAdmin { id: r.id, form: repo::form_of(&r, &groups), taken: r.taken, approved })
        .collect())
}

/// Publishes a challenge (`id` 0) or changes one (admins).
#[server(endpoint = "challenges/save_challenge")]
pub async fn save_challenge(id: i64, form: ChallengeForm) -> Result<i64, AppError> {
    let user = require_role(Role::Admin).await?;
    let draft = ChallengeDraft::parse(&form)?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let group_id = crate::groups::api::limited_to(&mut tx, draft.group.as_deref()).await?;
    let id = match repo::save(&mut tx, id, (&draft, group_id), db::now()).await? {
        Saved::Done(id) => id,
        Saved::Missing => return Err(AppError::NotFound(t!("challenges-that-challenge"))),
        Saved::BelowTaken(taken) => {
            return Err(AppError::invalid("max_completions", t!("challenges-places-taken", count = taken)))
        }
    };
    let detail = format!("{} ({} points, {})", draft.title, draft.points, draft.mode.as_str());
    record(&mut tx, &user, "challenge_save", "challenge", id, detail).await?;
    tx.commit().await?;
    Ok(id)
}

/// A page of completions of one status (moderators): `pending` is the review queue, oldest first.
#[server(endpoint = "challenges/get_completions")]
pub async fn get_completions(status: String, page: u32) -> Result<CompletionPage, AppError> {
    require_role(Role::Moderator).await?;
    let wanted = CompletionStatus::parse(&status).unwrap_or(CompletionStatus::Pending);
    let page = page.max(1);
    let (items, total) = repo::completions(&app_state()?.db, wanted, page).await?;
    Ok(CompletionPage {
        items,
        status: wanted.as_str().to_string(),
        page,
        last_page: page_count(total, COMPLETIONS_PER_PAGE),
    })
}

/// Approves a completion, awarding its points, or rejects it with a reason, freeing its place (moderators).
#[server(endpoint = "challenges/decide_completion")]
pub async fn decide_completion(id: i64, decision: String, note: String) -> Result<i64, AppError> {
    let user = require_role(Role::Moderator).await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::invalid("decision", t!("challenges-choose-decision"))),
    };
    let note = decision_note(&note, !approve)?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let points = match repo::decide(&mut tx, id, approve, &note, user.id, db::now()).await? {
        Decided::Done { points, .. } => points,
        Decided::AlreadyDecided(why) => return Err(AppError::Conflict { field: None, message: why }),
        Decided::Own => return Err(AppError::Conflict { field: None, message: t!("challenges-own-completion") }),
        Decided::Missing => return Err(AppError::NotFound(t!("challenges-that-completion"))),
    };
    record(&mut tx, &user, &format!("challenge_{decision}"), "challenge_completion", id, note).await?;
    tx.commit().await?;
    Ok(points)
}
