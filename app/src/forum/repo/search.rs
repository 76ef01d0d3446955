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

/// The newest matches with their matched words marked; the ranking happens in Rust ([`relevance`]).
/// Only posts in spaces the viewer (`$3`) may see are candidates, so a private space never shows.
fn sqlite_candidates() -> String {
    let sees = spaces::viewer_sees("c.group_id", "$3");
    format!(
        "SELECT post_search.rowid AS id, highlight(post_search, 0, '⟦', '⟧') AS title,
                highlight(post_search, 1, '⟦', '⟧') AS body
         FROM post_search JOIN posts p ON p.id = post_search.rowid JOIN topics t ON t.id = p.topic_id
         JOIN categories c ON c.id = t.category_id
         WHERE post_search MATCH $1 AND {sees}
         ORDER BY post_search.rowid DESC LIMIT $2"
    )
}

/// PostgreSQL: the newest matches in posts (`part` true) or topic titles (a title match counts as a match of the
/// topic's first post, weighted above any body match), newer than id `$3`, that the viewer (`$4`) may see.
fn postgres_candidates(posts: bool) -> String {
    let sees = spaces::viewer_sees("c.group_id", "$4");
    if posts {
        format!(
            "SELECT p.id, ts_rank(p.search_vector, q)::float8 AS score
             FROM posts p JOIN topics t ON t.id = p.topic_id JOIN categories c ON c.id = t.category_id,
                  plainto_tsquery('english', $1) q
             WHERE p.search_vector @@ q AND p.hidden_at IS NULL AND p.deleted_at IS NULL AND p.id > $3 AND {sees}
             ORDER BY p.id DESC LIMIT $2"
        )
    } else {
        format!(
            "SELECT p.id, 1.0 + ts_rank(t.search_vector, q)::float8 AS score
             FROM topics t JOIN posts p ON p.topic_id = t.id AND p.number = 1
             JOIN categories c ON c.id = t.category_id, plainto_tsquery('english', $1) q
             WHERE t.search_vector @@ q AND p.hidden_at IS NULL AND p.deleted_at IS NULL AND t.id > $3 AND {sees}
             ORDER BY t.id DESC LIMIT $2"
        )
    }
}

/// Where the newest posts (and topics) begin: the most recent twentieth, at least this many. When it holds
/// enough matches, they are exactly the newest matches, found without reading every older one.
const RECENT_AT_LEAST: i64 = 20_000;

#[derive(sqlx::FromRow)]
struct Scored {
    id: i64,
    score: f64,
}

#[derive(sqlx::FromRow)]
struct PgPlace {
    id: i64,
    topic_id: i64,
    topic_slug: String,
    topic_title: String,
    number: i64,
    author_name: String,
    created_at: i64,
    snippet: String,
}

/// PostgreSQL: the GIN index finds the matches, but keeping the newest few hundred of two common words meant
/// reading all of them (74,000 in the million-post benchmark) with their topics and spaces: 136 ms at p99. So
/// the recent posts are searched first and the whole table only when they hold fewer than [`CANDIDATES`]
/// matches; the result is the same either way. Ranking happens here, then the page's posts are read with
/// their snippets in one query.
async fn search_postgres(
    p: &sqlx::PgPool,
    query: &SearchQuery,
    (offset, take): (usize, usize),
    viewer: i64,
) -> Result<Vec<Row>, sqlx::Error> {
    let (newest_post, newest_topic): (i64, i64) =
        sqlx::query_as("SELECT (SELECT COALESCE(MAX(id), 0) FROM posts), (SELECT COALESCE(MAX(id), 0) FROM topics)")
            .fetch_one(p)
            .await?;
    let mut scored: Vec<Scored> = Vec::new();
    for (posts, newest) in [(true, newest_post), (false, newest_topic)] {
        let sql = postgres_candidates(posts);
        let floor = newest - (newest / 20).max(RECENT_AT_LEAST);
        let fetch = |floor: i64| {
            sqlx::query_as::<_, Scored>(&sql).bind(query.plain()).bind(CANDIDATES).bind(floor).bind(viewer).fetch_all(p)
        };
        let mut found = fetch(floor).await?;
        if floor > 0 && (found.len() as i64) < CANDIDATES {
            found = fetch(0).await?;
        }
        scored.extend(found);
    }
    // A post found by its body and its topic's title keeps the better score.
    scored.sort_by(|a, b| b.score.total_cmp(&a.score).then(b.id.cmp(&a.id)));
    let mut seen = std::collections::HashSet::new();
    let page: Vec<i64> =
        scored.into_iter().filter(|s| seen.insert(s.id)).skip(offset).take(take).map(|s| s.id).collect();
    if page.is_empty() {
        return Ok(Vec::new());
    }
    let places: Vec<PgPlace> = sqlx::query_as(
        "SELECT p.id, t.id AS topic_id, t.slug AS topic_slug, t.title AS topic_title, p.number,
                u.display_name AS author_name, p.created_at,
                ts_headline('english', p.body_md, plainto_tsquery('english', $1),
                            'StartSel=⟦, StopSel=⟧, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"') AS snippet
         FROM posts p JOIN topics t ON t.id = p.topic_id JOIN users u ON u.id = p.author_id
         WHERE p.id = ANY($2)",
    )
    .bind(query.plain())
    .bind(&page)
    .fetch_all(p)
    .await?;
    Ok(page
        .iter()
        .filter_map(|id| places.iter().find(|pl| pl.id == *id))
        .map(|pl| Row {
            topic_id: pl.topic_id,
            topic_slug: pl.topic_slug.clone(),
            topic_title: pl.topic_title.clone(),
            number: pl.number,
            author_name: pl.author_name.clone(),
            created_at: pl.created_at,
            snippet: pl.snippet.clone(),
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct Candidate {
    id: i64,
    title: String,
    body: String,
}

#[derive(sqlx::FromRow)]
struct Place {
    id: i64,
    topic_id: i64,
    topic_slug: String,
    topic_title: String,
    number: i64,
    author_name: String,
    created_at: i64,
}

/// SQLite: the newest candidates from FTS5, ranked here, then the page's posts in one query.
async fn search_sqlite(
    p: &sqlx::SqlitePool,
    query: &SearchQuery,
    (offset, take): (usize, usize),
    viewer: i64,
) -> Result<Vec<Row>, sqlx::Error> {
    let sql = sqlite_candidates();
    let found: Vec<Candidate> =
        sqlx::query_as(&sql).bind(query.fts5()).bind(CANDIDATES).bind(viewer).fetch_all(p).await?;
    let mut ranked: Vec<(f64, Candidate)> = found.into_iter().map(|c| (relevance(&c.title, &c.body), c)).collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.id.cmp(&a.1.id)));
    let page: Vec<Candidate> = ranked.into_iter().skip(offset).take(take).map(|(_, c)| c).collect();
    if page.is_empty() {
        return Ok(Vec::new());
    }
    let ids = page.iter().map(|c| c.id.to_string()).collect::<Vec<_>>().join(", ");
    // The ids are integers from the index, never text from the request.
    let sql = format!(
        "SELECT p.id, t.id AS topic_id, t.slug AS topic_slug, t.title AS topic_title, p.number,
                u.display_name AS author_name, p.created_at
         FROM posts p JOIN topics t ON t.id = p.topic_id JOIN users u ON u.id = p.author_id
         WHERE p.id IN ({ids})"
    );
    let places: Vec<Place> = sqlx::query_as(&sql).fetch_all(p).await?;
    Ok(page
        .into_iter()
        .filter_map(|c| {
            let place = places.iter().find(|pl| pl.id == c.id)?;
            Some(Row {
                topic_id: place.topic_id,
                topic_slug: place.topic_slug.clone(),
                topic_title: place.topic_title.clone(),
                number: place.number,
                author_name: place.author_name.clone(),
                created_at: place.created_at,
                snippet: window(&c.body, 30),
            })
        })
        .collect())
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
        Db::Postgres(p) => search_postgres(p, query, (offset as usize, per as usize + 1), viewer).await?,
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
