//! NPS SQL, written once for both backends. An answer is one upsert on the (survey, member, period) key that
//! only ever fills a dismissal, so two answers in a period cannot both land; its points go through the ledger
//! in the same transaction.

use crate::{
    common::dates::iso_date,
    db::{Db, Tx},
    nps::{
        domain::{period_no, Answer, Group, SurveyDraft, SurveyForm, COMMENTS_PER_PAGE},
        views::CommentView,
    },
    on_db, on_tx,
    recognition::{domain::Rule, repo::ledger},
};
use std::collections::HashMap;

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct SurveyRow {
    pub id: i64,
    pub title: String,
    pub question: String,
    pub ask_why: i64,
    pub period_days: i64,
    pub starts_at: i64,
    pub ends_at: Option<i64>,
    pub group_id: Option<i64>,
}

const COLUMNS: &str = "id, title, question, ask_why, period_days, starts_at, ends_at, group_id";

/// Creates survey `id` 0 or changes one. `None` when there is no such survey, or when it has answers and
/// the change would move its first day or period (see [`schedule`]).
/// `group_id` is the group whose members are asked (found from the draft's address).
pub async fn save(
    tx: &mut Tx,
    id: i64,
    (d, group_id): (&SurveyDraft, Option<i64>),
    by: i64,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let ask_why = i64::from(d.ask_why);
    if id == 0 {
        let sql = "INSERT INTO surveys (title, question, ask_why, period_days, starts_at, ends_at, created_by,
                                        created_at, updated_at, group_id)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) RETURNING id";
        return on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sql)
            .bind(&d.title).bind(&d.question).bind(ask_why).bind(d.period_days).bind(d.starts_at).bind(d.ends_at)
            .bind(by).bind(now).bind(group_id)
            .fetch_one(c)
            .await)
        .map(Some);
    }
    // Answers are numbered by period from the first day, so once there are any, the first day and the
    // period stay as they are (the guard is in the update, so an answer arriving meanwhile cannot slip by).
    let sql = "UPDATE surveys SET title = $1, question = $2, ask_why = $3, period_days = $4, starts_at = $5,
                      ends_at = $6, updated_at = $7, group_id = $9
               WHERE id = $8 AND ((period_days = $4 AND starts_at = $5)
                                  OR NOT EXISTS (SELECT 1 FROM survey_responses WHERE survey_id = $8))
               RETURNING id";
    on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sql)
        .bind(&d.title).bind(&d.question).bind(ask_why).bind(d.period_days).bind(d.starts_at).bind(d.ends_at)
        .bind(now).bind(id).bind(group_id)
        .fetch_optional(c)
        .await)
}

/// Survey `id`'s period and first day, if it exists.
pub async fn schedule(tx: &mut Tx, id: i64) -> Result<Option<(i64, i64)>, sqlx::Error> {
    let sql = "SELECT period_days, starts_at FROM surveys WHERE id = $1";
    on_tx!(tx, c => sqlx::query_as(sql).bind(id).fetch_optional(c).await)
}

/// One survey.
pub async fn get(db: &Db, id: i64) -> Result<Option<SurveyRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM surveys WHERE id = $1");
    on_db!(db, p => sqlx::query_as::<_, SurveyRow>(&sql).bind(id).fetch_optional(p).await)
}

/// The survey whose results the admin page shows first: the newest start among those with answers, else the
/// newest.
pub async fn latest_id(db: &Db) -> Result<Option<i64>, sqlx::Error> {
    let sql = "SELECT s.id FROM surveys s
               ORDER BY CASE WHEN EXISTS (SELECT 1 FROM survey_responses r
                                          WHERE r.survey_id = s.id AND r.score IS NOT NULL) THEN 0 ELSE 1 END,
                        s.starts_at DESC, s.id DESC
               LIMIT 1";
    on_db!(db, p => sqlx::query_scalar(sql).fetch_optional(p).await)
}

/// Every survey, newest start first, with its answers and dismissals.
pub async fn all(db: &Db) -> Result<Vec<(SurveyRow, i64, i64)>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM surveys ORDER BY starts_at DESC, id DESC");
    let rows = on_db!(db, p => sqlx::query_as::<_, SurveyRow>(&sql).fetch_all(p).await)?;
    let counts = "SELECT survey_id, COUNT(score), COUNT(*) - COUNT(score) FROM survey_responses GROUP BY survey_id";
    let counts: HashMap<i64, (i64, i64)> =
        on_db!(db, p => sqlx::query_as::<_, (i64, i64, i64)>(counts).fetch_all(p).await)?
            .into_iter()
            .map(|(id, answers, dismissals)| (id, (answers, dismissals)))
            .collect();
    Ok(rows
        .into_iter()
        .map(|r| {
            let (answers, dismissals) = counts.get(&r.id).copied().unwrap_or((0, 0));
            (r, answers, dismissals)
        })
        .collect())
}

/// The open survey (the newest, when several overlap) if the member has neither answered nor put it off in
/// its current period. Older open surveys are not asked after it: one question at a time.
pub async fn pending_for(db: &Db, user_id: i64, now: i64) -> Result<Option<SurveyRow>, sqlx::Error> {
    // A survey for a group asks its members only.
    let sees = crate::common::spaces::member_sees("group_id", "$2");
    let sql = format!(
        "SELECT {COLUMNS} FROM surveys WHERE starts_at <= $1 AND (ends_at IS NULL OR ends_at >= $1) AND {sees}
         ORDER BY starts_at DESC, id DESC LIMIT 1"
    );
    let open = on_db!(db, p => sqlx::query_as::<_, SurveyRow>(&sql).bind(now).bind(user_id).fetch_optional(p).await)?;
    let Some(s) = open else { return Ok(None) };
    let period = period_no(now, s.starts_at, s.period_days).unwrap_or(0);
    let seen = "SELECT COUNT(*) FROM survey_responses WHERE survey_id = $1 AND user_id = $2 AND period_no = $3";
    let seen: i64 = on_db!(db, p => sqlx::query_scalar(seen).bind(s.id).bind(user_id).bind(period).fetch_one(p).await)?;
    Ok((seen == 0).then_some(s))
}

/// Records an answer, filling this period's dismissal if there is one, and awards the survey points. `None`
/// when the member already answered in this period (nothing is written).
pub async fn answer(
    tx: &mut Tx,
    survey_id: i64,
    user_id: i64,
    period_no: i64,
    a: &Answer,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let sql = "INSERT INTO survey_responses (survey_id, user_id, period_no, score, comment, created_at)
               VALUES ($1, $2, $3, $4, $5, $6)
               ON CONFLICT (survey_id, user_id, period_no) DO UPDATE
                   SET score = excluded.score, comment = excluded.comment, created_at = excluded.created_at
                   WHERE survey_responses.score IS NULL
               RETURNING id";
    let id: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(sql)
        .bind(survey_id).bind(user_id).bind(period_no).bind(a.score).bind(&a.comment).bind(now)
        .fetch_optional(c)
        .await)?;
    let Some(response_id) = id else { return Ok(None) };
    // The member list reads the latest score from the account.
    let latest = "UPDATE users SET nps_score = $1 WHERE id = $2";
    on_tx!(tx, c => sqlx::query(latest).bind(a.score).bind(user_id).execute(c).await.map(|_| ()))?;
    let data = || {
        serde_json::json!({
            "response": { "id": response_id, "survey_id": survey_id, "member_id": user_id, "score": a.score }
        })
    };
    let key = format!("nps.answered:{response_id}");
    crate::webhooks::emit(tx, crate::webhooks::domain::Event::NpsAnswered, &key, data, now).await?;
    let earning = ledger::Earning {
        user_id,
        rule: Rule::Survey,
        ref_kind: "survey_response",
        ref_id: response_id,
        actor_id: None,
        key: format!("survey:{response_id}"),
        now,
    };
    ledger::earn(tx, &earning).await.map(Some)
}

/// "Not now": keeps the banner away for this period. Nothing changes if the member already answered or
/// dismissed in it.
pub async fn dismiss(tx: &mut Tx, survey_id: i64, user_id: i64, period_no: i64, now: i64) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO survey_responses (survey_id, user_id, period_no, score, comment, created_at)
               VALUES ($1, $2, $3, NULL, '', $4)
               ON CONFLICT (survey_id, user_id, period_no) DO NOTHING";
    on_tx!(tx, c => sqlx::query(sql).bind(survey_id).bind(user_id).bind(period_no).bind(now).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// Answers per score (index 0 to 10) and the dismissals.
pub async fn distribution(db: &Db, survey_id: i64) -> Result<(Vec<i64>, i64), sqlx::Error> {
    let sql = "SELECT score, COUNT(*) FROM survey_responses WHERE survey_id = $1 GROUP BY score";
    let rows: Vec<(Option<i64>, i64)> = on_db!(db, p => sqlx::query_as(sql).bind(survey_id).fetch_all(p).await)?;
    let mut bars = vec![0; 11];
    let mut dismissals = 0;
    for (score, n) in rows {
        match score.and_then(|s| usize::try_from(s).ok()).filter(|s| *s <= 10) {
            Some(s) => bars[s] = n,
            None => dismissals += n,
        }
    }
    Ok((bars, dismissals))
}

/// Answers counted per UTC day and score: (start of the day, score, how many), for the monthly trend.
pub async fn per_day(db: &Db, survey_id: i64) -> Result<Vec<(i64, i64, i64)>, sqlx::Error> {
    let sql = "SELECT (created_at / 86400) * 86400 AS day, score, COUNT(*) FROM survey_responses
               WHERE survey_id = $1 AND score IS NOT NULL GROUP BY day, score";
    on_db!(db, p => sqlx::query_as(sql).bind(survey_id).fetch_all(p).await)
}

#[derive(sqlx::FromRow)]
struct CommentRow {
    id: i64,
    score: i64,
    comment: String,
    member_name: String,
    member_handle: String,
    created_at: i64,
}

impl From<CommentRow> for CommentView {
    fn from(r: CommentRow) -> Self {
        CommentView {
            id: r.id,
            score: r.score,
            comment: r.comment,
            member_name: r.member_name,
            member_handle: r.member_handle,
            created_at: r.created_at,
        }
    }
}

const COMMENT_COLUMNS: &str =
    "r.id, r.score, r.comment, u.display_name AS member_name, COALESCE(u.handle, '') AS member_handle,
                               r.created_at";

/// A page of answers that give a reason, newest first, of one group or of all; and how many there are.
pub async fn comments(
    db: &Db,
    survey_id: i64,
    group: Option<Group>,
    page: u32,
) -> Result<(Vec<CommentView>, i64), sqlx::Error> {
    let (low, high) = group.map_or((0, 10), Group::range);
    let filter = "FROM survey_responses r JOIN users u ON u.id = r.user_id
                  WHERE r.survey_id = $1 AND r.score BETWEEN $2 AND $3 AND r.comment <> ''";
    let offset = i64::from(page.saturating_sub(1)) * i64::from(COMMENTS_PER_PAGE);
    let sql = format!("SELECT {COMMENT_COLUMNS} {filter} ORDER BY r.created_at DESC, r.id DESC LIMIT $4 OFFSET $5");
    let rows = on_db!(db, p => sqlx::query_as::<_, CommentRow>(&sql)
        .bind(survey_id).bind(low).bind(high).bind(i64::from(COMMENTS_PER_PAGE)).bind(offset)
        .fetch_all(p)
        .await)?;
    let count = format!("SELECT COUNT(*) {filter}");
    let total: i64 =
        on_db!(db, p => sqlx::query_scalar(&count).bind(survey_id).bind(low).bind(high).fetch_one(p).await)?;
    Ok((rows.into_iter().map(CommentView::from).collect(), total))
}

/// Every answer of a survey (dismissals left out), oldest first, for the CSV export.
pub async fn export(db: &Db, survey_id: i64) -> Result<Vec<CommentView>, sqlx::Error> {
    let sql = format!(
        "SELECT {COMMENT_COLUMNS} FROM survey_responses r JOIN users u ON u.id = r.user_id
         WHERE r.survey_id = $1 AND r.score IS NOT NULL ORDER BY r.created_at, r.id"
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, CommentRow>(&sql).bind(survey_id).fetch_all(p).await)?;
    Ok(rows.into_iter().map(CommentView::from).collect())
}

/// The form values of a stored survey, for its editor.
pub fn form_of(r: &SurveyRow, groups: &[crate::groups::domain::GroupChoice]) -> SurveyForm {
    SurveyForm {
        title: r.title.clone(),
        question: r.question.clone(),
        ask_why: (r.ask_why == 1).then(|| "on".to_string()),
        period_days: r.period_days.to_string(),
        starts_at: iso_date(r.starts_at),
        // The last day is stored as its last second.
        ends_at: r.ends_at.map(iso_date).unwrap_or_default(),
        group: groups.iter().find(|g| Some(g.id) == r.group_id).map(|g| g.slug.clone()).unwrap_or_default(),
    }
}

/// Writes every member's latest answered score onto their account (what answering does one at a time), after
/// answers were loaded in bulk (the synthetic seed).
pub async fn note_latest_scores(db: &Db) -> Result<(), sqlx::Error> {
    // Set-based (one pass over the answers), not a lookup per member.
    let sql = "UPDATE users SET nps_score = latest.score
               FROM (SELECT r.user_id, r.score
                     FROM (SELECT user_id, score,
                                  ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at DESC, id DESC) AS n
                           FROM survey_responses WHERE score IS NOT NULL) AS r
                     WHERE r.n = 1) AS latest
               WHERE latest.user_id = users.id";
    on_db!(db, p => sqlx::query(sql).execute(p).await.map(|_| ()))
}
