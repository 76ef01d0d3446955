//! `fts_counts(table)`: an FTS5 auxiliary function giving, for the row being matched, how many times the query's
//! words occur in each column and how many tokens each column holds, as JSON: `[[hits, tokens], …]`, one pair per
//! column. That is what a BM25-style ranking needs, and FTS5 already has it: the instances come with the match and
//! the sizes are stored. Counting `highlight()`'s marks gave about the same (words split at spaces rather than
//! FTS5's tokens) by tokenising every candidate's text again, which took five of a search's six milliseconds on
//! a million posts (docs/PERFORMANCE.md).
//!
//! SQLite has no API in sqlx for this, so it is registered through SQLite's C interface, on every connection a
//! pool opens ([`register`]).

use libsqlite3_sys as ffi;
use std::{
    ffi::{c_int, c_void},
    fmt::Write,
    ptr,
};

/// Columns counted; FTS5 tables here have two or three.
const MAX_COLUMNS: usize = 16;

/// Makes `fts_counts` callable on `conn`.
pub async fn register(conn: &mut sqlx::SqliteConnection) -> Result<(), sqlx::Error> {
    let mut handle = conn.lock_handle().await?;
    let db = handle.as_raw_handle().as_ptr();
    // SAFETY: `db` is the open connection, locked for this task until `handle` is dropped, so no other thread uses
    // it meanwhile; `create` only calls SQLite on it.
    let code = unsafe { create(db) };
    if code == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(sqlx::Error::Configuration(format!("SQLite refused the fts_counts function (error code {code})").into()))
    }
}

/// Finds the connection's FTS5 interface (SQLite's documented way: `SELECT fts5(?1)` with a pointer bound) and
/// adds the function to it.
///
/// # Safety
/// `db` must be an open connection that no other thread uses during the call.
unsafe fn create(db: *mut ffi::sqlite3) -> c_int {
    let mut stmt: *mut ffi::sqlite3_stmt = ptr::null_mut();
    let code = ffi::sqlite3_prepare_v2(db, c"SELECT fts5(?1)".as_ptr(), -1, &mut stmt, ptr::null_mut());
    if code != ffi::SQLITE_OK {
        return code;
    }
    let mut api: *mut ffi::fts5_api = ptr::null_mut();
    let bound = ffi::sqlite3_bind_pointer(
        stmt,
        1,
        (&mut api as *mut *mut ffi::fts5_api).cast::<c_void>(),
        c"fts5_api_ptr".as_ptr(),
        None,
    );
    if bound == ffi::SQLITE_OK {
        ffi::sqlite3_step(stmt);
    }
    let finalized = ffi::sqlite3_finalize(stmt);
    if bound != ffi::SQLITE_OK {
        return bound;
    }
    if finalized != ffi::SQLITE_OK {
        return finalized;
    }
    // Version 2 is the first with xCreateFunction's current signature (SQLite 3.9, 2015).
    if api.is_null() || (*api).iVersion < 2 {
        return ffi::SQLITE_ERROR;
    }
    match (*api).xCreateFunction {
        Some(create_function) => create_function(api, c"fts_counts".as_ptr(), ptr::null_mut(), Some(counts), None),
        None => ffi::SQLITE_ERROR,
    }
}

/// The auxiliary function itself: called by FTS5 once per matched row, with the row's match in `fts`.
unsafe extern "C" fn counts(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    _argc: c_int,
    _argv: *mut *mut ffi::sqlite3_value,
) {
    // SAFETY: FTS5 passes its own interface and the current row's context, valid during this call.
    match read_counts(&*api, fts) {
        Ok(json) => {
            // A text result SQLite copies (SQLITE_TRANSIENT) before `json` is dropped.
            let len = c_int::try_from(json.len()).unwrap_or(0);
            ffi::sqlite3_result_text(ctx, json.as_ptr().cast(), len, ffi::SQLITE_TRANSIENT());
        }
        Err(code) => ffi::sqlite3_result_error_code(ctx, code),
    }
}

/// The row's per-column hits and token counts, as JSON.
///
/// # Safety
/// `api` and `fts` must be the ones FTS5 passed to the running auxiliary function.
unsafe fn read_counts(api: &ffi::Fts5ExtensionApi, fts: *mut ffi::Fts5Context) -> Result<String, c_int> {
    let (Some(column_count), Some(inst_count), Some(inst), Some(column_size)) =
        (api.xColumnCount, api.xInstCount, api.xInst, api.xColumnSize)
    else {
        return Err(ffi::SQLITE_ERROR);
    };
    let columns = usize::try_from(column_count(fts)).unwrap_or(0).min(MAX_COLUMNS);
    let mut hits = [0u32; MAX_COLUMNS];
    let mut instances: c_int = 0;
    check(inst_count(fts, &mut instances))?;
    // FTS5 lists the instances in the order of their positions; two of the query's words that stem alike
    // ("export exports") match the same word twice, counted once, as `highlight()` marks it once.
    let mut previous = None;
    for i in 0..instances {
        let (mut phrase, mut column, mut offset): (c_int, c_int, c_int) = (0, 0, 0);
        check(inst(fts, i, &mut phrase, &mut column, &mut offset))?;
        if previous == Some((column, offset)) {
            continue;
        }
        previous = Some((column, offset));
        if let Some(h) = usize::try_from(column).ok().and_then(|c| hits.get_mut(c)) {
            *h += 1;
        }
    }
    let mut json = String::with_capacity(8 + columns * 16);
    json.push('[');
    for (c, hit) in hits.iter().enumerate().take(columns) {
        let mut tokens: c_int = 0;
        check(column_size(fts, c as c_int, &mut tokens))?;
        let comma = if c > 0 { "," } else { "" };
        let _ = write!(json, "{comma}[{hit},{tokens}]");
    }
    json.push(']');
    Ok(json)
}

fn check(code: c_int) -> Result<(), c_int> {
    if code == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(code)
    }
}

#[cfg(test)]
mod tests {
    use crate::db::Db;

    #[tokio::test]
    async fn counts_each_columns_hits_and_tokens_of_the_matched_row() {
        let db = Db::connect("sqlite::memory:", 1).await.expect("open");
        let Db::Sqlite(pool, _) = &db else { unreachable!("a sqlite URL opens SQLite") };
        sqlx::query("CREATE VIRTUAL TABLE docs USING fts5 (title, body, tokenize = 'porter unicode61')")
            .execute(pool)
            .await
            .expect("create");
        sqlx::query("INSERT INTO docs (rowid, title, body) VALUES (1, 'Exporting the dashboard', $1), (2, '', $2)")
            .bind("The dashboard exports fail. Export again from the dashboard?")
            .bind("nothing to see")
            .execute(pool)
            .await
            .expect("insert");
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT rowid, fts_counts(docs) FROM docs WHERE docs MATCH $1 ORDER BY rowid")
                .bind("\"dashboard\" \"export\"")
                .fetch_all(pool)
                .await
                .expect("query");
        // Porter stems "exporting", "exports" and "export" alike; the body has nine words.
        assert_eq!(rows, vec![(1, "[[2,3],[4,9]]".to_string())]);
        let none: Vec<String> = sqlx::query_scalar("SELECT fts_counts(docs) FROM docs WHERE docs MATCH 'nothing'")
            .fetch_all(pool)
            .await
            .expect("query");
        assert_eq!(none, vec!["[[0,0],[1,3]]".to_string()]);
        // Two words of the query that stem alike count each matching word once.
        let twice: String = sqlx::query_scalar("SELECT fts_counts(docs) FROM docs WHERE docs MATCH $1")
            .bind("\"export\" \"exports\"")
            .fetch_one(pool)
            .await
            .expect("query");
        assert_eq!(twice, "[[1,3],[2,9]]");
    }
}
