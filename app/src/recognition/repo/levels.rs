//! SQL for levels.

use crate::{db::Tx, on_tx, t};

/// Why a level was not saved, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LevelRefused {
    #[error("{}", t!("recognition-level-missing"))]
    Missing,
    #[error("{}", t!("recognition-level-name-taken"))]
    NameTaken,
    #[error("{}", t!("recognition-level-threshold-taken"))]
    ThresholdTaken,
    #[error("{}", t!("recognition-level-lowest-moves"))]
    LowestMoves,
}

impl LevelRefused {
    /// The form field the refusal is about.
    pub fn field(&self) -> &'static str {
        match self {
            LevelRefused::NameTaken => "name",
            _ => "threshold",
        }
    }
}

/// Saves level `id` (0 adds one) with `name` and `threshold`, refusing duplicates and moving the lowest.
pub async fn save(tx: &mut Tx, id: i64, name: &str, threshold: i64) -> Result<Result<(), LevelRefused>, sqlx::Error> {
    if id != 0 {
        let current = "SELECT threshold FROM levels WHERE id = $1";
        let found: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(current).bind(id).fetch_optional(c).await)?;
        match found {
            None => return Ok(Err(LevelRefused::Missing)),
            Some(0) if threshold != 0 => return Ok(Err(LevelRefused::LowestMoves)),
            Some(_) => {}
        }
    }
    let same_name = "SELECT COUNT(*) FROM levels WHERE lower(name) = lower($1) AND id <> $2";
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar(same_name).bind(name).bind(id).fetch_one(c).await)?;
    if n > 0 {
        return Ok(Err(LevelRefused::NameTaken));
    }
    let same_threshold = "SELECT COUNT(*) FROM levels WHERE threshold = $1 AND id <> $2";
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar(same_threshold).bind(threshold).bind(id).fetch_one(c).await)?;
    if n > 0 {
        return Ok(Err(LevelRefused::ThresholdTaken));
    }
    if id == 0 {
        let sql = "INSERT INTO levels (name, threshold) VALUES ($1, $2)";
        on_tx!(tx, c => sqlx::query(sql).bind(name).bind(threshold).execute(c).await.map(|r| r.rows_affected()))?;
    } else {
        let sql = "UPDATE levels SET name = $1, threshold = $2 WHERE id = $3";
        on_tx!(tx, c => sqlx::query(sql).bind(name).bind(threshold).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(Ok(()))
}
