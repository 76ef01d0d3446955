use crate::{
    db::Db,
    error::AppError,
    mail::{outbox, Letter},
    notifications::courier::{self, List},
    on_db, on_tx,
    state::MailSettings,
};
use minijinja::context;

/// What one run of the digest did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DigestRun {
    /// Members who had something waiting.
    pub considered: u64,
    /// Digests written to the outbox.
    pub sent: u64,
}

/// The most a digest lists of a member's own notifications.
const OWN_MAX: usize = 20;

#[derive(sqlx::FromRow)]
struct Member {
    email: String,
    display_name: String,
    digest_every: String,
}

/// Writes every due digest; `batch` members at a time (one transaction each batch).
pub async fn run(db: &Db, mail: &MailSettings, now: i64, batch: i64) -> Result<DigestRun, AppError> {
    let secret = courier::secret(db).await?;
    let highlights = [highlights(db, now, 24 * 3600, mail).await?, highlights(db, now, 7 * 24 * 3600, mail).await?];
    let mut done = DigestRun::default();
    let mut after = 0_i64;
    loop {
        let page = "SELECT DISTINCT user_id FROM notifications WHERE mail_state = 'digest' AND user_id > $1
                    ORDER BY user_id LIMIT $2";
        let members: Vec<i64> = on_db!(db, p => sqlx::query_scalar(page).bind(after).bind(batch).fetch_all(p).await)?;
        let Some(last) = members.last() else { break };
        after = *last;
        let mut tx = db.begin_write().await?;
        for user_id in members {
            done.considered += 1;
            // Claims the member for this period: only one node (and one run) gets past this.
            let claim = "UPDATE users SET digest_sent_at = $1
                         WHERE id = $2 AND email_verified_at IS NOT NULL AND removed_at IS NULL
                           AND COALESCE(digest_sent_at, created_at)
                               <= $1 - CASE digest_every WHEN 'daily' THEN 86400 ELSE 604800 END
                         RETURNING email, display_name, digest_every";
            let member: Option<Member> =
                on_tx!(&mut tx, c => sqlx::query_as(claim).bind(now).bind(user_id).fetch_optional(c).await)?;
            let Some(member) = member else { continue };
            let lang = outbox::language_of(&mut tx, Some(user_id), None).await?;
            let own = courier::take_digest(&mut tx, user_id, &mail.origin, OWN_MAX, lang).await?;
            if own.is_empty() {
                continue;
            }
            let (topics, stories) = &highlights[usize::from(member.digest_every != "daily")];
            let period = if member.digest_every == "daily" { "day" } else { "week" };
            let letter = Letter {
                kind: "digest",
                to: &member.email,
                user_id: Some(user_id),
                lang,
                subject: crate::t_in!(lang, "mail-digest-subject", period = period),
                template: "digest",
                vars: context! {
                    name => &member.display_name,
                    own,
                    topics,
                    stories,
                    period,
                    settings => format!("{}/me/notifications/settings", mail.origin),
                },
                unsubscribe: Some(courier::unsubscribe_url(&mail.origin, &secret, user_id, List::Digest)),
            };
            outbox::post(&mut tx, mail, letter, now).await?;
            done.sent += 1;
        }
        tx.commit().await?;
    }
    Ok(done)
}

type Links = Vec<(String, String)>;
/// Popular topics: title, address and the number of new posts (the template words it in the reader's
/// language).
type Counted = Vec<(String, String, i64)>;

/// The community's five most active topics and up to three newly featured stories of the last `secs`.
async fn highlights(db: &Db, now: i64, secs: i64, mail: &MailSettings) -> Result<(Counted, Links), sqlx::Error> {
    let since = now - secs;
    // The same highlights go to everyone, so private spaces are never among them.
    let popular = "SELECT t.id, t.slug, t.title, COUNT(*) AS posts FROM posts p JOIN topics t ON t.id = p.topic_id
                   JOIN categories c ON c.id = t.category_id
                   WHERE p.created_at >= $1 AND p.hidden_at IS NULL AND p.deleted_at IS NULL AND c.group_id IS NULL
                   GROUP BY t.id, t.slug, t.title ORDER BY posts DESC, t.id DESC LIMIT 5";
    let topics: Vec<(i64, String, String, i64)> =
        on_db!(db, p => sqlx::query_as(popular).bind(since).fetch_all(p).await)?;
    let featured = "SELECT id, slug, title FROM stories
                    WHERE featured_at >= $1 AND status = 'approved' AND consent <> 'internal'
                    ORDER BY featured_at DESC LIMIT 3";
    let stories: Vec<(i64, String, String)> = on_db!(db, p => sqlx::query_as(featured).bind(since).fetch_all(p).await)?;
    Ok((
        topics
            .into_iter()
            .map(|(id, slug, title, posts)| (title, format!("{}/forum/t/{id}/{slug}", mail.origin), posts))
            .collect(),
        stories.into_iter().map(|(id, slug, title)| (title, format!("{}/stories/{id}/{slug}", mail.origin))).collect(),
    ))
}
