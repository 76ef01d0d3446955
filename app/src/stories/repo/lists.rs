//! SQL that reads stories for the people working on them: an author's own stories with their history, a draft
//! to edit, and the moderators' review queue with each author beside their story.

use crate::{
    db::Db,
    on_db,
    recognition::domain::{level_name, Level},
    stories::domain::{
        Action, Actor, AuthorCard, Consent, Lifecycle, MyStory, ReviewItem, Status, StoryEvent, StoryForm,
        STORIES_PER_PAGE,
    },
};

fn lifecycle(status: &str, consent: &str, featured: bool) -> Lifecycle {
    Lifecycle {
        status: Status::parse(status).unwrap_or(Status::Draft),
        featured,
        consent: Consent::parse(consent).unwrap_or(Consent::Internal),
    }
}

#[derive(sqlx::FromRow)]
struct MineRow {
    id: i64,
    slug: String,
    title: String,
    status: String,
    consent: String,
    featured: bool,
    review_note: String,
    updated_at: i64,
}

/// The author's stories (deleted ones left out), newest first, each with its history.
pub async fn mine(db: &Db, author_id: i64) -> Result<Vec<MyStory>, sqlx::Error> {
    let sql = "SELECT id, slug, title, status, consent, featured_at IS NOT NULL AS featured, review_note, updated_at
               FROM stories WHERE author_id = $1 AND status <> 'deleted' ORDER BY id DESC";
    let rows = on_db!(db, p => sqlx::query_as::<_, MineRow>(sql).bind(author_id).fetch_all(p).await)?;
    let events = "SELECT e.story_id, e.action, e.message, u.display_name, e.created_at
                  FROM story_events e JOIN stories s ON s.id = e.story_id JOIN users u ON u.id = e.actor_id
                  WHERE s.author_id = $1 ORDER BY e.id";
    let events: Vec<(i64, String, String, String, i64)> =
        on_db!(db, p => sqlx::query_as(events).bind(author_id).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let state = lifecycle(&r.status, &r.consent, r.featured);
            let events = events
                .iter()
                .filter(|e| e.0 == r.id)
                .filter_map(|(_, action, message, actor_name, at)| {
                    Some(StoryEvent {
                        action: Action::parse(action)?,
                        message: message.clone(),
                        actor_name: actor_name.clone(),
                        at: *at,
                    })
                })
                .collect();
            MyStory {
                id: r.id,
                slug: r.slug,
                title: r.title,
                status: state.status,
                consent: state.consent,
                featured: state.featured,
                review_note: r.review_note,
                updated_at: r.updated_at,
                events,
                moves: state.moves(Actor::Author),
                editable: state.editable(),
                public: state.is_public(),
            }
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct EditRow {
    author_id: i64,
    status: String,
    title: String,
    body: String,
    product: String,
    rating: i64,
    quote: String,
    company: String,
    job_title: String,
    consent: String,
    review_note: String,
}

/// A story's fields for its editor, with its author and status (the caller checks both).
pub async fn for_edit(db: &Db, id: i64) -> Result<Option<(i64, Status, StoryForm, String)>, sqlx::Error> {
    let sql = "SELECT author_id, status, title, body, product, rating, quote, company, job_title, consent, review_note
               FROM stories WHERE id = $1";
    let row = on_db!(db, p => sqlx::query_as::<_, EditRow>(sql).bind(id).fetch_optional(p).await)?;
    Ok(row.map(|r| {
        let form = StoryForm {
            title: r.title,
            body: r.body,
            product: r.product,
            rating: r.rating.to_string(),
            quote: r.quote,
            company: r.company,
            job_title: r.job_title,
            consent: r.consent,
        };
        (r.author_id, Status::parse(&r.status).unwrap_or(Status::Deleted), form, r.review_note)
    }))
}

/// A story's photo and logo as served names (`<hash>.<ext>`), while they are not hidden.
pub async fn pictures(db: &Db, id: i64) -> Result<(Option<String>, Option<String>), sqlx::Error> {
    let sql = "SELECT (SELECT m.hash || '.' || m.ext FROM media m WHERE m.hash = s.photo AND m.hidden_at IS NULL),
                      (SELECT m.hash || '.' || m.ext FROM media m WHERE m.hash = s.logo AND m.hidden_at IS NULL)
               FROM stories s WHERE s.id = $1";
    let row: Option<(Option<String>, Option<String>)> =
        on_db!(db, p => sqlx::query_as(sql).bind(id).fetch_optional(p).await)?;
    Ok(row.unwrap_or_default())
}

#[derive(sqlx::FromRow)]
struct QueueRow {
    id: i64,
    slug: String,
    title: String,
    body_html: String,
    product: String,
    rating: i64,
    quote: String,
    company: String,
    job_title: String,
    consent: String,
    status: String,
    featured: bool,
    review_note: String,
    submitted_at: Option<i64>,
    author_name: String,
    author_handle: String,
    member_since: i64,
    lifetime: i64,
    posts: i64,
    stories_approved: i64,
}

/// The queue tabs and the condition each selects.
pub fn tab_condition(tab: &str) -> Option<&'static str> {
    Some(match tab {
        "submitted" => "s.status = 'submitted'",
        "approved" => "s.status = 'approved' AND s.featured_at IS NULL",
        "featured" => "s.featured_at IS NOT NULL",
        "rejected" => "s.status = 'rejected'",
        "archived" => "s.status = 'archived'",
        _ => return None,
    })
}

/// A page of one queue tab (waiting stories oldest first, so they are reviewed in order; others newest first)
/// and how many stories it holds.
pub async fn queue(db: &Db, tab: &str, page: u32, levels: &[Level]) -> Result<(Vec<ReviewItem>, i64), sqlx::Error> {
    let condition = tab_condition(tab).unwrap_or("s.status = 'submitted'");
    let order = if tab == "submitted" { "s.submitted_at ASC, s.id ASC" } else { "s.updated_at DESC, s.id DESC" };
    let offset = i64::from(page.saturating_sub(1)) * i64::from(STORIES_PER_PAGE);
    let sql = format!(
        "SELECT s.id, s.slug, s.title, s.body_html, s.product, s.rating, s.quote, s.company, s.job_title, s.consent,
                s.status, s.featured_at IS NOT NULL AS featured, s.review_note, s.submitted_at,
                u.display_name AS author_name, u.handle AS author_handle, u.created_at AS member_since,
                COALESCE(a.lifetime, 0) AS lifetime,
                (SELECT COUNT(*) FROM posts p WHERE p.author_id = u.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL) AS posts,
                (SELECT COUNT(*) FROM stories o WHERE o.author_id = u.id AND o.approved_at IS NOT NULL
                   AND o.status IN ('approved', 'archived')) AS stories_approved
         FROM stories s JOIN users u ON u.id = s.author_id LEFT JOIN point_accounts a ON a.user_id = u.id
         WHERE {condition} ORDER BY {order} LIMIT $1 OFFSET $2"
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, QueueRow>(&sql)
        .bind(i64::from(STORIES_PER_PAGE))
        .bind(offset)
        .fetch_all(p)
        .await)?;
    let count = format!("SELECT COUNT(*) FROM stories s WHERE {condition}");
    let total: i64 = on_db!(db, p => sqlx::query_scalar(&count).fetch_one(p).await)?;
    let items = rows
        .into_iter()
        .map(|r| {
            let state = lifecycle(&r.status, &r.consent, r.featured);
            ReviewItem {
                id: r.id,
                slug: r.slug,
                title: r.title,
                body_html: r.body_html,
                product: r.product,
                rating: u8::try_from(r.rating).unwrap_or(1),
                quote: r.quote,
                company: r.company,
                job_title: r.job_title,
                consent: state.consent,
                status: state.status,
                featured: state.featured,
                review_note: r.review_note,
                submitted_at: r.submitted_at,
                author: AuthorCard {
                    level: level_name(r.lifetime, levels),
                    name: r.author_name,
                    handle: r.author_handle,
                    lifetime_points: r.lifetime,
                    member_since: r.member_since,
                    posts: r.posts,
                    stories_approved: r.stories_approved,
                },
                moves: state.moves(Actor::Moderator),
            }
        })
        .collect();
    Ok((items, total))
}
