//! Reading a member's checklist, and paying for the steps they have done.

use crate::{error::AppError, welcome::domain::Checklist};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::guard::current_user,
    db::{self, Db},
    on_db,
    recognition::repo::ledger,
    state::app_state,
    welcome::domain::{Step, StepView, SHOWN_FOR_SECS},
};

/// The signed-in member's checklist (`None` for a guest). A step done but not yet paid is paid now, once
/// (the ledger's key is the member and the step), when the `checklist` rule is on and the member joined in
/// the last 30 days.
#[server(endpoint = "welcome/get_checklist")]
pub async fn get_checklist() -> Result<Option<Checklist>, AppError> {
    let state = app_state()?;
    let Some(user) = current_user().await? else { return Ok(None) };
    let facts = facts(&state.db, user.id).await?;
    let mut steps = Vec::new();
    for step in Step::ALL {
        let done = match step {
            Step::Profile => facts.has_picture && facts.has_bio,
            Step::Introduce => facts.topics > 0,
            Step::Guidelines if facts.guidelines_published => facts.read_guidelines,
            Step::Guidelines => continue,
            Step::Reply => facts.replies > 0,
        };
        steps.push(StepView { step, done });
    }
    let (points_per_step, enabled) = rule(&state.db).await?;
    // Paid to new members only: turning the rule on does not pay long-standing members for what they did.
    let new_member = db::now() - facts.joined_at < SHOWN_FOR_SECS;
    if enabled && new_member {
        let unpaid: Vec<Step> =
            steps.iter().filter(|s| s.done && !facts.paid.contains(&key(s.step, user.id))).map(|s| s.step).collect();
        if !unpaid.is_empty() {
            let now = db::now();
            let mut tx = state.db.begin_write().await?;
            for step in &unpaid {
                let earning = ledger::Earning {
                    user_id: user.id,
                    rule: crate::recognition::domain::Rule::Checklist,
                    ref_kind: "checklist",
                    ref_id: user.id,
                    actor_id: None,
                    key: key(*step, user.id),
                    now,
                };
                ledger::earn_without_badges(&mut tx, &earning).await?;
            }
            tx.commit().await?;
            tracing::info!(user_id = user.id, steps = unpaid.len(), "welcome checklist steps paid");
        }
    }
    let paid = if enabled && new_member { points_per_step } else { 0 };
    Ok(Some(Checklist { steps, points_per_step: paid, on_home: new_member }))
}

#[cfg(feature = "ssr")]
fn key(step: Step, user: i64) -> String {
    format!("checklist:{}:{user}", step.as_str())
}

/// What the member has done, read in one query.
#[cfg(feature = "ssr")]
#[derive(sqlx::FromRow)]
struct Facts {
    joined_at: i64,
    has_picture: bool,
    has_bio: bool,
    topics: i64,
    replies: i64,
    guidelines_published: bool,
    read_guidelines: bool,
    #[sqlx(skip)]
    paid: Vec<String>,
}

#[cfg(feature = "ssr")]
async fn facts(db: &Db, user: i64) -> Result<Facts, sqlx::Error> {
    let sql = "SELECT u.created_at AS joined_at,
                      u.avatar IS NOT NULL AS has_picture,
                      u.bio <> '' AS has_bio,
                      (SELECT COUNT(*) FROM topics t WHERE t.author_id = u.id AND t.held_at IS NULL) AS topics,
                      (SELECT COUNT(*) FROM posts p JOIN topics t ON t.id = p.topic_id
                        WHERE p.author_id = u.id AND p.number > 1 AND t.author_id <> u.id AND p.deleted_at IS NULL
                          AND p.held_at IS NULL) AS replies,
                      EXISTS (SELECT 1 FROM legal_versions l WHERE l.kind = 'guidelines') AS guidelines_published,
                      EXISTS (SELECT 1 FROM legal_reads r WHERE r.user_id = u.id AND r.kind = 'guidelines') AS read_guidelines
               FROM users u WHERE u.id = $1";
    let mut facts: Facts = on_db!(db, p => sqlx::query_as(sql).bind(user).fetch_one(p).await)?;
    let paid = "SELECT idem_key FROM points_ledger WHERE user_id = $1 AND idem_key LIKE 'checklist:%'";
    facts.paid = on_db!(db, p => sqlx::query_scalar(paid).bind(user).fetch_all(p).await)?;
    Ok(facts)
}

/// The `checklist` rule's amount and whether it is on.
#[cfg(feature = "ssr")]
async fn rule(db: &Db) -> Result<(i64, bool), sqlx::Error> {
    let sql = "SELECT amount, enabled FROM point_rules WHERE rule = 'checklist'";
    let found: Option<(i64, i64)> = on_db!(db, p => sqlx::query_as(sql).fetch_optional(p).await)?;
    Ok(found.map_or((0, false), |(amount, enabled)| (amount, enabled == 1)))
}
