//! Full-text search: FTS5 on SQLite, tsvector + GIN on PostgreSQL. The SQL differs by dialect; both return
//! visible posts only, best match first, with a marked snippet.

use crate::{
    db::Db,
    forum::{
        domain::SearchHit,
        search::{snippet_html, SearchQuery, RESULTS_PER_PAGE},
    },
};

#[derive(sqlx::FromRow)]
struct Row {
    topic_id: i64,
    topic_slug: String,
    topic_title: String,
    number: i64,
    author_name: String,
    created_at: i64,
    snippet: String,
}

const SQLITE: &str = "
    SELECT t.id AS topic_id, t.slug AS topic_slug, t.title AS topic_title, p.number, u.display_name AS author_name,
           p.created_at, snippet(post_search, 1, '⟦', '⟧', '…', 24) AS snippet
    FROM post_search
    JOIN posts p ON p.id = post_search.rowid
    JOIN topics t ON t.id = p.topic_id
    JOIN users u ON u.id = p.author_id
    WHERE post_search MATCH $1
    ORDER BY bm25(post_search, 4.0, 1.0), p.id DESC
    LIMIT $2 OFFSET $3";

const POSTGRES: &str = "
    WITH q AS (SELECT plainto_tsquery('english', $1) AS query),
    hits AS (
        SELECT p.id, ts_rank(p.search_vector, q.query)::float8 AS score
        FROM posts p, q
        WHERE p.search_vector @@ q.query AND p.hidden_at IS NULL AND p.deleted_at IS NULL
        UNION ALL
        SELECT p.id, 1.0 + ts_rank(t.search_vector, q.query)::float8
        FROM topics t JOIN posts p ON p.topic_id = t.id AND p.number = 1, q
        WHERE t.search_vector @@ q.query AND p.hidden_at IS NULL AND p.deleted_at IS NULL
    ),
    best AS (SELECT id, MAX(score) AS score FROM hits GROUP BY id ORDER BY MAX(score) DESC, id DESC LIMIT $2 OFFSET $3)
    SELECT t.id AS topic_id, t.slug AS topic_slug, t.title AS topic_title, p.number, u.display_name AS author_name,
           p.created_at,
           ts_headline('english', p.body_md, q.query,
                       'StartSel=⟦, StopSel=⟧, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"') AS snippet
    FROM best
    JOIN posts p ON p.id = best.id
    JOIN topics t ON t.id = p.topic_id
    JOIN users u ON u.id = p.author_id, q
    ORDER BY best.score DESC, p.id DESC";

/// One page of results, and whether another page follows.
pub async fn search(db: &Db, query: &SearchQuery, page: u32) -> Result<(Vec<SearchHit>, bool), sqlx::Error> {
    let per = i64::from(RESULTS_PER_PAGE);
    let offset = i64::from(page.saturating_sub(1)) * per;
    let rows = match db {
        Db::Sqlite(p) => {
            sqlx::query_as::<_, Row>(SQLITE).bind(query.fts5()).bind(per + 1).bind(offset).fetch_all(p).await?
        }
        Db::Postgres(p) => {
            sqlx::query_as::<_, Row>(POSTGRES).bind(query.plain()).bind(per + 1).bind(offset).fetch_all(p).await?
        }
    };
    let more = rows.len() as i64 > per;
    let hits = rows
        .into_iter()
        .take(RESULTS_PER_PAGE as usize)
        .map(|r| SearchHit {
            topic_id: r.topic_id,
            topic_slug: r.topic_slug,
            topic_title: r.topic_title,
            number: r.number,
            author_name: r.author_name,
            created_at: r.created_at,
            snippet_html: snippet_html(&r.snippet),
        })
        .collect();
    Ok((hits, more))
}
