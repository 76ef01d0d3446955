//! NPS server functions: the banner asks signed-in members; members answer or put it off; admins write
//! surveys and read their results.

use crate::{
    error::AppError,
    nps::{
        domain::SurveyForm,
        views::{Answered, NpsPrompt, NpsResults, SurveysAdmin},
    },
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::Role,
        guard::{current_user, require_confirmed, require_role, session, session_err},
    },
    audit::record,
    common::paging::page_count,
    db,
    nps::{
        domain::{monthly, period_no, Answer, Group, NpsTally, Phase, SurveyDraft, COMMENTS_PER_PAGE},
        repo,
        views::{SurveyAdmin, SurveyPrompt},
    },
    rate_limit,
    state::app_state,
    t,
};

/// Answers and dismissals a member may send in an hour.
#[cfg(feature = "ssr")]
const ANSWERS_PER_HOUR: u32 = 20;
/// The session key of the thank-you shown once after answering (with and without JavaScript).
#[cfg(feature = "ssr")]
const THANKS: &str = "nps_thanks";

/// What the banner shows: the open survey a signed-in member has not answered this period, a thank-you just
/// after answering, or nothing (guests and staff included).
#[server(endpoint = "nps/get_nps_prompt")]
pub async fn get_nps_prompt() -> Result<NpsPrompt, AppError> {
    let Some(user) = current_user().await? else { return Ok(NpsPrompt::Nothing) };
    // The score is the customers' word: moderators and admins are not asked.
    if user.role.allows(Role::Moderator) {
        return Ok(NpsPrompt::Nothing);
    }
    let session = session().await?;
    if let Some(points) = session.remove::<i64>(THANKS).await.map_err(session_err)? {
        return Ok(NpsPrompt::Thanks { points });
    }
    let found = repo::pending_for(&app_state()?.db, user.id, db::now()).await?;
    Ok(found.map_or(NpsPrompt::Nothing, |s| {
        NpsPrompt::Ask(SurveyPrompt { id: s.id, question: s.question, ask_why: s.ask_why == 1 })
    }))
}

/// Answers a survey (`choice` "answer", with a score 0–10 and, if asked, a reason) or puts it off for this
/// period (`choice` "dismiss"). Members only (not staff); once per period; answering after putting it off is
/// fine.
#[server(endpoint = "nps/answer_survey")]
pub async fn answer_survey(
    id: i64,
    choice: String,
    score: Option<String>,
    comment: Option<String>,
) -> Result<Answered, AppError> {
    let user = require_confirmed().await?;
    // The score is the customers' word, so staff cannot answer either (the banner never asks them).
    if user.role.allows(Role::Moderator) {
        return Err(AppError::Forbidden);
    }
    let state = app_state()?;
    let survey = repo::get(&state.db, id).await?;
    let survey = survey.ok_or_else(|| AppError::NotFound(crate::t!("error-that-survey")))?;
    // A survey for a group is not there for those outside it.
    if let Some(group) = survey.group_id {
        if !crate::groups::repo::is_member(&state.db, group, user.id).await? {
            return Err(AppError::NotFound(crate::t!("error-that-survey")));
        }
    }
    let answer = match choice.as_str() {
        "answer" => Some(Answer::parse(
            score.as_deref().unwrap_or_default(),
            comment.as_deref().unwrap_or_default(),
            survey.ask_why == 1,
        )?),
        "dismiss" => None,
        _ => return Err(AppError::invalid("choice", t!("nps-choice-unknown"))),
    };
    let now = db::now();
    let refused = |message: String| AppError::Conflict { field: None, message };
    match Phase::at(now, survey.starts_at, survey.ends_at) {
        Phase::NotStarted => return Err(refused(t!("nps-not-started"))),
        Phase::Closed => return Err(refused(t!("nps-closed"))),
        Phase::Open => {}
    }
    let period = period_no(now, survey.starts_at, survey.period_days).unwrap_or(0);
    rate_limit::hit(&state.db, &format!("nps:user:{}", user.id), ANSWERS_PER_HOUR, 3600).await?;
    let mut tx = state.db.begin_write().await?;
    let Some(answer) = answer else {
        repo::dismiss(&mut tx, id, user.id, period, now).await?;
        tx.commit().await?;
        return Ok(Answered { answered: false, points: 0 });
    };
    let points = repo::answer(&mut tx, id, user.id, period, &answer, now).await?;
    let points = points.ok_or_else(|| refused(t!("nps-already-answered")))?;
    tx.commit().await?;
    tracing::info!(user_id = user.id, survey_id = id, score = answer.score, points, "survey answered");
    // The answer is in; a thank-you that cannot be remembered is no reason to report a failure.
    if let Err(e) = session().await?.insert(THANKS, points).await {
        tracing::warn!(error = %e, "the survey thank-you was not kept in the session");
    }
    Ok(Answered { answered: true, points })
}

/// Every survey with its form values and counts (admins).
#[server(endpoint = "nps/get_surveys_admin")]
pub async fn get_surveys_admin() -> Result<SurveysAdmin, AppError> {
    require_role(Role::Admin).await?;
    let db = &app_state()?.db;
    let rows = repo::all(db).await?;
    let groups = crate::groups::repo::choices(db).await?;
    let now = db::now();
    let surveys = rows
        .into_iter()
        .map(|(r, answers, dismissals)| SurveyAdmin {
            id: r.id,
            form: repo::form_of(&r, &groups),
            phase: Phase::at(now, r.starts_at, r.ends_at),
            answers,
            dismissals,
        })
        .collect();
    Ok(SurveysAdmin { surveys, today: crate::common::dates::iso_date(now), groups })
}

/// Creates a survey (`id` 0) or changes one (admins).
#[server(endpoint = "nps/save_survey")]
pub async fn save_survey(id: i64, form: SurveyForm) -> Result<i64, AppError> {
    let user = require_role(Role::Admin).await?;
    let draft = SurveyDraft::parse(&form)?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let group_id = crate::groups::api::limited_to(&mut tx, draft.group.as_deref()).await?;
    let saved = repo::save(&mut tx, id, (&draft, group_id), user.id, db::now()).await?;
    let Some(id) = saved else {
        let Some((period_days, _)) = repo::schedule(&mut tx, id).await? else {
            return Err(AppError::NotFound(crate::t!("error-that-survey")));
        };
        let field = if period_days == draft.period_days { "starts_at" } else { "period_days" };
        return Err(AppError::Conflict { field: Some(field.into()), message: t!("nps-schedule-fixed") });
    };
    let detail = format!("{} (every {} days)", draft.title, draft.period_days);
    record(&mut tx, &user, "survey_save", "survey", id, detail).await?;
    tx.commit().await?;
    Ok(id)
}

/// One survey's score, distribution, monthly trend and a page of reasons, of one group (`promoter`,
/// `passive`, `detractor`) or all (admins). `survey` 0 picks the newest survey with answers (else the
/// newest); `None` when there is no survey.
#[server(endpoint = "nps/get_nps_results")]
pub async fn get_nps_results(survey: i64, group: String, page: u32) -> Result<Option<NpsResults>, AppError> {
    require_role(Role::Admin).await?;
    let db = &app_state()?.db;
    let id = match survey {
        0 => repo::latest_id(db).await?,
        id => Some(id),
    };
    let Some(id) = id else { return Ok(None) };
    let s = repo::get(db, id).await?;
    let s = s.ok_or_else(|| AppError::NotFound(crate::t!("error-that-survey")))?;
    let group = Group::parse(&group);
    let page = page.max(1);
    let (distribution, dismissals) = repo::distribution(db, id).await?;
    let tally = NpsTally::of_distribution(&distribution);
    let trend = monthly(&repo::per_day(db, id).await?);
    let (comments, total) = repo::comments(db, id, group, page).await?;
    Ok(Some(NpsResults {
        survey_id: s.id,
        title: s.title,
        question: s.question,
        phase: Phase::at(db::now(), s.starts_at, s.ends_at),
        tally,
        score: tally.score(),
        distribution,
        trend,
        dismissals,
        comments,
        group,
        page,
        last_page: page_count(total, COMMENTS_PER_PAGE),
    }))
}
