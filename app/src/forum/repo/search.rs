//! Full-text search: FTS5 on SQLite, tsvector + GIN on PostgreSQL. The SQL differs by dialect; both return
//! visible posts only, best match first, with a marked snippet.

use crate::{
    common::spaces,
    db::Db,
    forum::{
        domain::SearchHit,
        search::{relevance, snippet_html, window, SearchQuery, RESULTS_PER_PAGE},
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

/// Matches ranked per query: the newest this many. Ranking every match of two common words in a million
/// posts takes far longer than reading the newest few hundred; those favour recent answers, which is what
/// people searching a forum usually want.
pub const CANDIDATES: i64 = 300;

/// The newest matches with, per column (title, body), how often the query's words occur and how many words it
/// has (`fts_counts`, db::fts), as one JSON array of `[id, [[hits, words], [hits, words]]]`; the ranking happens
/// in Rust ([`relevance`]). No text is read here: marking the matched words (`highlight()`) tokenises each
/// candidate's text again, five of the six milliseconds this query took on a million posts, so only the page's
/// posts are marked ([`sqlite_page`]). One row, not one per candidate: sqlx hands each row from SQLite's thread
/// to the request's task, and three hundred hand-overs cost more than the query (no match gives `[]`). Only
/// posts in spaces the viewer (`$3`) may see are candidates, so a private space never shows.
fn sqlite_candidates() -> String {
    let sees = spaces::viewer_sees("c.group_id", "$3");
    format!(
        "SELECT json_group_array(json_array(id, json(counts))) FROM (
             SELECT post_search.rowid AS id, fts_counts(post_search) AS counts
             FROM post_search JOIN posts p ON p.id = post_search.rowid JOIN topics t ON t.id = p.topic_id
             JOIN categories c ON c.id = t.category_id
             WHERE post_search MATCH $1 AND {sees}
             ORDER BY post_search.rowid DESC LIMIT $2)"
    )
}

/// The page's posts (`ids`, integers from the index, never text from the request), each with its body's matched
/// words marked, among the matches between ids `$2` and `$3` (the page's lowest and highest). The `+` keeps the
/// list from reaching FTS5 as one lookup per id, which seeks each id in every word's list of posts (5 ms for a
/// page of two common words); the range bounds the scan instead (under 1 ms). The viewer (`$4`) is checked
/// again: a topic moved into a private space since the candidates were read does not show.
fn sqlite_page(ids: &str) -> String {
    let sees = spaces::viewer_sees("c.group_id", "$4");
    format!(
        "SELECT p.id, t.id AS topic_id, t.slug AS topic_slug, t.title AS topic_title, p.number,
                u.display_name AS author_name, p.created_at, highlight(post_search, 1, '⟦', '⟧') AS body
         FROM post_search JOIN posts p ON p.id = post_search.rowid JOIN topics t ON t.id = p.topic_id
         JOIN categories c ON c.id = t.category_id JOIN users u ON u.id = p.author_id
         WHERE post_search MATCH $1 AND post_search.rowid BETWEEN $2 AND $3 AND +post_search.rowid IN ({ids})
           AND {sees}"
    )
}

/// `newest` orders the posts' candidates: `p.id` lets PostgreSQL walk the primary key from the newest post and
/// stop at enough matches; `p.id + 0` hides that index, so the matches come from the GIN index.
fn postgres(newest: &str) -> String {
    let sees = spaces::viewer_sees("c.group_id", "$5");
    format!("
    WITH q AS (SELECT plainto_tsquery('english', $1) AS query),
    hits AS (
        (SELECT p.id, ts_rank(p.search_vector, q.query)::float8 AS score
         FROM posts p JOIN topics t ON t.id = p.topic_id JOIN categories c ON c.id = t.category_id, q
         WHERE p.search_vector @@ q.query AND p.hidden_at IS NULL AND p.deleted_at IS NULL AND {sees}
         ORDER BY {newest} DESC LIMIT $4)
        UNION ALL
        (SELECT p.id, 1.0 + ts_rank(t.search_vector, q.query)::float8
         FROM topics t JOIN posts p ON p.topic_id = t.id AND p.number = 1
         JOIN categories c ON c.id = t.category_id, q
         WHERE t.search_vector @@ q.query AND p.hidden_at IS NULL AND p.deleted_at IS NULL AND {sees}
         ORDER BY t.id DESC LIMIT $4)
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
    ORDER BY best.score DESC, p.id DESC")
}

/// `[id, [[title hits, title words], [body hits, body words]]]`.
#[derive(serde::Deserialize)]
struct Candidate(i64, [(u32, u32); 2]);

#[derive(sqlx::FromRow)]
struct Place {
    id: i64,
    topic_id: i64,
    topic_slug: String,
    topic_title: String,
    number: i64,
    author_name: String,
    created_at: i64,
    body: String,
}

/// SQLite: the newest candidates from FTS5, ranked here, then the page's posts in one query.
async fn search_sqlite(
    p: &sqlx::SqlitePool,
    query: &SearchQuery,
    (offset, take): (usize, usize),
    viewer: i64,
) -> Result<Vec<Row>, sqlx::Error> {
    let sql = sqlite_candidates();
    let found: String = sqlx::query_scalar(&sql).bind(query.fts5()).bind(CANDIDATES).bind(viewer).fetch_one(p).await?;
    let found: Vec<Candidate> = serde_json::from_str(&found).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    let mut ranked: Vec<(f64, i64)> =
        found.into_iter().map(|Candidate(id, [title, body])| (relevance(title, body), id)).collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)));
    let page: Vec<i64> = ranked.into_iter().skip(offset).take(take).map(|(_, id)| id).collect();
    let (Some(&low), Some(&high)) = (page.iter().min(), page.iter().max()) else {
        return Ok(Vec::new());
    };
    let ids = page.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    // Its text changes with every page, so it is not kept among the connection's prepared statements.
    let sql = sqlite_page(&ids);
    let q = sqlx::query_as(&sql).bind(query.fts5()).bind(low).bind(high).bind(viewer);
    let places: Vec<Place> = q.persistent(false).fetch_all(p).await?;
    Ok(page
        .into_iter()
        .filter_map(|id| {
            let place = places.iter().find(|pl| pl.id == id)?;
            Some(Row {
                topic_id: place.topic_id,
                topic_slug: place.topic_slug.clone(),
                topic_title: place.topic_title.clone(),
                number: place.number,
                author_name: place.author_name.clone(),
                created_at: place.created_at,
                snippet: window(&place.body, 30),
            })
        })
        .collect())
}

/// PostgreSQL: how many of the newest posts the probe reads to judge how common the words are.
const PROBE: i64 = 2_000;
/// Reading every match (the GIN index, then each matching row) costs about 11 µs a match; walking the posts
/// from the newest until enough match costs about 2 µs a row read, [`CANDIDATES`] ÷ the share that matches.
/// The two cost the same near √(55 × posts) matches (7,400 on a million posts): fewer, and the matches are read.
fn few_matches(posts: f64) -> f64 {
    (55.0 * posts).sqrt()
}

/// PostgreSQL: the planner cannot tell how many posts a query's words match (it assumes 0.5 % of them for a
/// word it has no statistics on), so the plan is chosen here from a probe of the newest [`PROBE`] posts.
/// Common words: walk the posts from the newest and stop at [`CANDIDATES`] matches (a few thousand rows). Few
/// matches ([`few_matches`]): that walk would read the whole table (1.5 s on a million posts for a word no post
/// has), so the query is written so that the primary key cannot give the order and the GIN index gives the
/// matches. That form is never kept as a prepared statement: a plan PostgreSQL caches for any words (it may,
/// after five runs) can join the matches by reading whole tables (0.4 s for 6,000 matches, against 25 ms planned
/// for the words at hand).
/// Measured on a million posts (docs/PERFORMANCE.md): a word no post has, 0.1 ms instead of 1.5 s; three words
/// that 500 posts hold together, 29 ms instead of 921; two common words, 7 ms as before.
async fn search_postgres(
    p: &sqlx::PgPool,
    query: &SearchQuery,
    (offset, take): (i64, i64),
    viewer: i64,
) -> Result<Vec<Row>, sqlx::Error> {
    let probe = "SELECT COUNT(*) FILTER (WHERE search_vector @@ plainto_tsquery('english', $1)), COUNT(*),
                        COALESCE(MAX(id), 0)
                 FROM (SELECT id, search_vector FROM posts ORDER BY id DESC LIMIT $2) newest";
    let (matched, read, newest): (i64, i64, i64) =
        sqlx::query_as(probe).bind(query.plain()).bind(PROBE).fetch_one(p).await?;
    let expected = matched as f64 / read.max(1) as f64 * newest as f64;
    let common = expected >= few_matches(newest as f64);
    let sql = postgres(if common { "p.id" } else { "p.id + 0" });
    let q = sqlx::query_as::<_, Row>(&sql).bind(query.plain()).bind(take).bind(offset).bind(CANDIDATES).bind(viewer);
    q.persistent(common).fetch_all(p).await
}

/// One page of the results the viewer (a [`spaces::viewer_key`]) may see, and whether another page follows.
pub async fn search(
    db: &Db,
    query: &SearchQuery,
    page: u32,
    viewer: i64,
) -> Result<(Vec<SearchHit>, bool), sqlx::Error> {
    let per = i64::from(RESULTS_PER_PAGE);
    let offset = i64::from(page.saturating_sub(1)) * per;
    let rows = match db {
        Db::Sqlite(p, _) => search_sqlite(p, query, (offset as usize, per as usize + 1), viewer).await?,
        Db::Postgres(p) => search_postgres(p, query, (offset, per + 1), viewer).await?,
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
