//! SQL for one member's detail page: what they wrote (hidden and removed posts too), the flags on their posts
//! and those they raised, their NPS answers and the audit entries about them. Staff read everything here, so no
//! private-space filter applies; the page is for admins only.

use crate::{
    admin::detail::{excerpt, Counts, FlagLine, NpsAnswer, PostLine, DETAIL_LIST},
    audit::views::AuditEntry,
    db::Db,
    forum::flags::FlagReason,
    on_db, t,
};

/// The longest excerpt of a post in a list.
const EXCERPT: usize = 140;

/// How much the member has done: topics and posts (hidden ones counted apart), likes their posts received,
/// stories, redemptions, flags on their posts and by them, and audit entries about them.
pub async fn counts(db: &Db, user_id: i64) -> Result<Counts, sqlx::Error> {
    let sql = format!(
        "SELECT (SELECT COUNT(*) FROM topics WHERE author_id = $1),
                (SELECT COUNT(*) FROM posts WHERE author_id = $1 AND deleted_at IS NULL),
                (SELECT COUNT(*) FROM posts WHERE author_id = $1 AND deleted_at IS NULL AND hidden_at IS NOT NULL),
                (SELECT CAST(COALESCE(SUM(like_count), 0) AS BIGINT) FROM posts WHERE author_id = $1),
                (SELECT COUNT(*) FROM stories WHERE author_id = $1),
                (SELECT COUNT(*) FROM redemptions WHERE user_id = $1),
                (SELECT COUNT(*) FROM flags f JOIN posts p ON p.id = f.post_id WHERE p.author_id = $1),
                (SELECT COUNT(*) FROM flags WHERE flagger_id = $1),
                (SELECT COUNT(*) FROM audit_log a WHERE {ABOUT})"
    );
    type Nine = (i64, i64, i64, i64, i64, i64, i64, i64, i64);
    let row: Nine = on_db!(db, p => sqlx::query_as(&sql).bind(user_id).fetch_one(p).await)?;
    let (topics, posts, hidden_posts, likes_received, stories, redemptions, flags_on, flags_by, audit) = row;
    Ok(Counts { topics, posts, hidden_posts, likes_received, stories, redemptions, flags_on, flags_by, audit })
}

#[derive(sqlx::FromRow)]
struct PostRow {
    id: i64,
    topic_id: i64,
    topic_slug: String,
    topic_title: String,
    number: i64,
    body: String,
    created_at: i64,
    hidden: bool,
    deleted: bool,
}

impl From<PostRow> for PostLine {
    fn from(r: PostRow) -> Self {
        PostLine {
            id: r.id,
            topic_id: r.topic_id,
            topic_slug: r.topic_slug,
            topic_title: r.topic_title,
            number: r.number,
            excerpt: excerpt(&r.body, EXCERPT),
            created_at: r.created_at,
            hidden: r.hidden,
            deleted: r.deleted,
        }
    }
}

const POST_COLUMNS: &str = "p.id, p.topic_id, t.slug AS topic_slug, t.title AS topic_title, p.number,
                            SUBSTR(p.body_md, 1, 400) AS body, p.created_at, p.hidden_at IS NOT NULL AS hidden,
                            p.deleted_at IS NOT NULL AS deleted";

/// The member's newest posts, in every state.
pub async fn posts(db: &Db, user_id: i64) -> Result<Vec<PostLine>, sqlx::Error> {
    let sql = format!(
        "SELECT {POST_COLUMNS} FROM posts p JOIN topics t ON t.id = p.topic_id
         WHERE p.author_id = $1 ORDER BY p.created_at DESC, p.id DESC LIMIT $2"
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, PostRow>(&sql).bind(user_id).bind(DETAIL_LIST).fetch_all(p).await)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

#[derive(sqlx::FromRow)]
struct FlagRow {
    #[sqlx(flatten)]
    post: PostRow,
    reason: String,
    note: String,
    who: String,
    flagged_at: i64,
    resolution: Option<String>,
}

/// The newest flags on the member's posts (`on_theirs`, with who flagged) or raised by them (with whose post).
pub async fn flags(db: &Db, user_id: i64, on_theirs: bool) -> Result<Vec<FlagLine>, sqlx::Error> {
    let (who, which) = if on_theirs {
        ("flagger.display_name", "p.author_id = $1")
    } else {
        ("author.display_name", "f.flagger_id = $1")
    };
    let sql = format!(
        "SELECT {POST_COLUMNS}, f.reason, f.note, {who} AS who, f.created_at AS flagged_at, f.resolution
         FROM flags f JOIN posts p ON p.id = f.post_id JOIN topics t ON t.id = p.topic_id
         JOIN users flagger ON flagger.id = f.flagger_id JOIN users author ON author.id = p.author_id
         WHERE {which} ORDER BY f.id DESC LIMIT $2"
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, FlagRow>(&sql).bind(user_id).bind(DETAIL_LIST).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|r| FlagLine {
            reason: FlagReason::parse(&r.reason)
                .map(FlagReason::words)
                .unwrap_or_else(|_| t!("admin-flag-reason-other")),
            note: r.note,
            who: r.who,
            created_at: r.flagged_at,
            resolution: r.resolution,
            post: r.post.into(),
        })
        .collect())
}

/// The member's answers to NPS surveys, newest first (dismissals are not answers).
pub async fn nps_answers(db: &Db, user_id: i64) -> Result<Vec<NpsAnswer>, sqlx::Error> {
    let sql =
        "SELECT s.title, r.score, r.comment, r.created_at FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
               WHERE r.user_id = $1 AND r.score IS NOT NULL ORDER BY r.created_at DESC, r.id DESC LIMIT $2";
    let rows: Vec<(String, i64, String, i64)> =
        on_db!(db, p => sqlx::query_as(sql).bind(user_id).bind(DETAIL_LIST).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|(survey, score, comment, created_at)| NpsAnswer { survey, score, comment, created_at })
        .collect())
}

/// Audit entries about the member: actions on their account, on their posts, and what they did as staff.
const ABOUT: &str = "(a.target_kind = 'user' AND a.target_id = $1) OR a.actor_id = $1
                     OR (a.target_kind = 'post' AND a.target_id IN (SELECT id FROM posts WHERE author_id = $1))";

/// The newest audit entries about the member.
pub async fn audit(db: &Db, user_id: i64) -> Result<Vec<AuditEntry>, sqlx::Error> {
    crate::audit::repo::about(db, ABOUT, user_id, DETAIL_LIST).await
}
