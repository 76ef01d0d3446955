//! What NPS pages and the banner are given.

use super::domain::{Group, MonthPoint, NpsTally, Phase, SurveyForm};
use serde::{Deserialize, Serialize};

/// What the banner shows a visitor now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NpsPrompt {
    /// Nothing: a guest, no open survey, or this period's answer (or dismissal) is in.
    Nothing,
    /// The question of the open survey the member has not answered this period.
    Ask(SurveyPrompt),
    /// The member has just answered; shown once.
    Thanks { points: i64 },
}

/// The open survey as the banner asks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyPrompt {
    pub id: i64,
    pub question: String,
    pub ask_why: bool,
}

/// What answering did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answered {
    /// False for "Not now".
    pub answered: bool,
    pub points: i64,
}

/// A survey as admins list and edit it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyAdmin {
    pub id: i64,
    pub form: SurveyForm,
    pub phase: Phase,
    pub answers: i64,
    pub dismissals: i64,
}

/// The admin page's list: every survey, and today's date (UTC) for a new survey's first day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveysAdmin {
    pub surveys: Vec<SurveyAdmin>,
    pub today: String,
    pub groups: Vec<crate::groups::domain::GroupChoice>,
}

/// An answer with a reason, as admins read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: i64,
    pub score: i64,
    pub comment: String,
    pub member_name: String,
    pub member_handle: String,
    pub created_at: i64,
}

/// One survey's results (admins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NpsResults {
    pub survey_id: i64,
    pub title: String,
    pub question: String,
    pub phase: Phase,
    pub tally: NpsTally,
    /// The tally's score, −100 to 100; `None` before the first answer.
    pub score: Option<i64>,
    /// Answers per score, 0 to 10.
    pub distribution: Vec<i64>,
    pub trend: Vec<MonthPoint>,
    pub dismissals: i64,
    /// A page of answers that give a reason, newest first, of `group` or of every group.
    pub comments: Vec<CommentView>,
    pub group: Option<Group>,
    pub page: u32,
    pub last_page: u32,
}
