//! What the synthetic generators share: batched multi-row inserts, and when each member joined.

/// A year in seconds.
pub const YEAR: i64 = 365 * 24 * 3600;

/// When member `id` joined: members sign up evenly over the two years before `now`, in id order, so the
/// dashboard's cohorts and trends have something to show.
pub fn joined_at(id: u32, users: u32, now: i64) -> i64 {
    now - 2 * YEAR + i64::from(id - 1) * (2 * YEAR - 86_400) / i64::from(users.max(1))
}

/// Runs `rows` multi-row inserts of `columns` columns each, `BATCH` rows per statement and transaction. `BATCH`
/// and `on_tx!` come from the caller's scope: each generator picks the batch size that suits its rows.
macro_rules! insert_batches {
    ($db:expr, $progress:expr, $table:literal, $cols:literal, $rows:expr, |$q:ident, $row:ident| $bind:expr) => {{
        let columns: usize = $cols.split(',').count();
        let rows = $rows;
        for chunk in rows.chunks(BATCH) {
            let mut sql = format!("INSERT INTO {} ({}) VALUES ", $table, $cols);
            for r in 0..chunk.len() {
                sql.push_str(if r == 0 { "(" } else { ", (" });
                for c in 0..columns {
                    sql.push_str(&format!("{}${}", if c == 0 { "" } else { ", " }, r * columns + c + 1));
                }
                sql.push(')');
            }
            let mut tx = $db.begin_write().await?;
            on_tx!(&mut tx, conn => {
                let mut $q = sqlx::query(&sql);
                for $row in chunk {
                    $q = $bind;
                }
                $q.execute(conn).await.map(|_| ())
            })?;
            tx.commit().await?;
            $progress.add(chunk.len() as u64);
        }
    }};
}
pub(crate) use insert_batches;
