//! The demo community's NPS surveys: a monthly pulse that ran for six months and ended a few days ago, answered
//! each month by the demo members and a few customers of its own (so the trend has something to show), and an
//! open survey nobody has answered yet, so the banner greets the demo members. Written through the portal's
//! own repository functions, so the survey points add up in the ledger.

use app::{
    accounts::{
        domain::{DisplayName, Email, Role},
        repo::insert_user,
    },
    db::Tx,
    nps::{
        domain::{period_no, Answer, SurveyDraft, SurveyForm, DEFAULT_QUESTION},
        repo,
    },
    on_tx,
};

const DAY: i64 = 86_400;
/// Length of the finished pulse's periods: members were asked once a month.
const PULSE_DAYS: i64 = 30;

/// Customers who answer the pulse only (the demo people are few): email, name.
const RESPONDENTS: &[(&str, &str)] = &[
    ("nps.grace@demo.chorus.test", "Grace Liu"),
    ("nps.omar@demo.chorus.test", "Omar Farouk"),
    ("nps.ines@demo.chorus.test", "Inês Carvalho"),
    ("nps.kofi@demo.chorus.test", "Kofi Mensah"),
    ("nps.hana@demo.chorus.test", "Hana Sato"),
    ("nps.luca@demo.chorus.test", "Luca Bianchi"),
];

/// Each respondent's score in each of the six months, oldest first: a community that warms up.
const SCORES: [[i64; 6]; 10] = [
    [7, 8, 8, 9, 9, 10],
    [5, 6, 7, 7, 8, 9],
    [9, 9, 10, 10, 9, 10],
    [3, 4, 6, 6, 7, 8],
    [8, 7, 8, 9, 10, 9],
    [6, 6, 5, 7, 8, 8],
    [10, 9, 9, 10, 10, 10],
    [4, 6, 7, 8, 7, 9],
    [7, 7, 9, 8, 9, 9],
    [2, 5, 6, 6, 8, 7],
];

/// Reasons, picked by score group; some answers give none.
const PRAISE: &[&str] = &[
    "The forum answers come fast, often from other customers.",
    "Challenges made me actually try the new features.",
    "Great people, and the rewards are a nice touch.",
];
const LUKEWARM: &[&str] = &["Useful, but I wish there were more product-team posts.", "Good, search could be better."];
const COMPLAINTS: &[&str] = &[
    "Hard to find answers to older questions.",
    "I posted twice and nobody replied.",
    "Too many notifications by email.",
];

fn reason(score: i64, who: usize, month: usize) -> &'static str {
    let pick = |list: &[&'static str]| list[(who + month) % list.len()];
    match (who + month) % 3 {
        2 => "",
        _ if score >= 9 => pick(PRAISE),
        _ if score >= 7 => pick(LUKEWARM),
        _ => pick(COMPLAINTS),
    }
}

async fn survey(tx: &mut Tx, form: SurveyForm, by: i64, at: i64) -> Result<(i64, SurveyDraft), String> {
    let draft = SurveyDraft::parse(&form).map_err(|e| format!("{}: {}", form.title, e.message))?;
    let id = repo::save(tx, 0, (&draft, None), by, at).await.map_err(|e| e.to_string())?;
    Ok((id.ok_or("survey not saved")?, draft))
}

async fn respondent(tx: &mut Tx, email: &str, name: &str, hash: &str, at: i64) -> Result<i64, String> {
    let e = Email::parse(email).map_err(|e| e.message)?;
    let n = DisplayName::parse(name).map_err(|e| e.message)?;
    let id = insert_user(tx, &e, &n, hash, Role::Member, true).await.map_err(|e| e.to_string())?;
    let sql = "UPDATE users SET created_at = $1, updated_at = $1 WHERE id = $2";
    on_tx!(tx, c => sqlx::query(sql).bind(at).bind(id).execute(c).await.map(|_| ())).map_err(|e| e.to_string())?;
    Ok(id)
}

/// Writes the demo surveys inside `tx`; `people` are the demo accounts' ids (0 the admin, 2.. the members),
/// `hash` the demo password's hash for the extra respondents.
pub async fn seed(tx: &mut Tx, people: &[i64], hash: &str, now: i64) -> Result<(), String> {
    let admin = *people.first().ok_or("no demo admin")?;
    let start = now - (6 * PULSE_DAYS + 3) * DAY;
    let mut members: Vec<i64> = people.iter().skip(2).copied().collect();
    for (email, name) in RESPONDENTS {
        members.push(respondent(tx, email, name, hash, start - 30 * DAY).await?);
    }
    let pulse = SurveyForm {
        title: "Monthly pulse, first half".into(),
        question: DEFAULT_QUESTION.into(),
        ask_why: Some("on".into()),
        period_days: PULSE_DAYS.to_string(),
        starts_at: app::common::dates::iso_date(start),
        ends_at: app::common::dates::iso_date(now - 3 * DAY),
        group: String::new(),
    };
    let (pulse_id, pulse) = survey(tx, pulse, admin, start - DAY).await?;
    for (who, &user) in members.iter().enumerate() {
        let scores = SCORES[who % SCORES.len()];
        for (month, &score) in scores.iter().enumerate() {
            // Somewhere in the month's first four weeks, different for each member.
            let at = pulse.starts_at
                + (month as i64 * PULSE_DAYS + 1 + (who as i64 * 5 + month as i64 * 3) % 26) * DAY
                + (who as i64 * 3_607) % DAY;
            let Some(period) = period_no(at, pulse.starts_at, pulse.period_days) else { continue };
            if pulse.ends_at.is_some_and(|end| at > end) {
                continue;
            }
            let answer = Answer { score, comment: reason(score, who, month).to_string() };
            repo::answer(tx, pulse_id, user, period, &answer, at).await.map_err(|e| e.to_string())?;
        }
    }
    let open = SurveyForm {
        title: "How are we doing?".into(),
        question: "How likely are you to recommend the Chorus community to a friend or colleague?".into(),
        ask_why: Some("on".into()),
        period_days: "90".into(),
        starts_at: app::common::dates::iso_date(now - 10 * DAY),
        ends_at: String::new(),
        group: String::new(),
    };
    survey(tx, open, admin, now - 11 * DAY).await?;
    Ok(())
}
