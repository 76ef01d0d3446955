//! "Download my data": everything Chorus holds about one member, as one JSON document. Each section is one
//! query keyed by the member's id; rows become objects named by their columns, so a column added to a table
//! shows up here without a second list to keep in step.

use crate::{db::Db, on_db};
use serde_json::{Map, Value};
use sqlx::{Column, Decode, Row, Type};

/// The document's format, for whoever reads it back.
pub const FORMAT: &str = "chorus-member-export/1";

/// Section name and its query (`$1` is the member's id). Other members appear only by id, never by name.
const SECTIONS: &[(&str, &str)] = &[
    ("account", "SELECT id, email, display_name, handle, role, created_at, email_verified_at, bio, company, job_title,
                        location, website, linkedin, digest_every,
                        (SELECT '/media/' || m.hash || '.' || m.ext FROM media m WHERE m.hash = users.avatar) AS picture
                 FROM users WHERE id = $1"),
    ("sign_in_providers", "SELECT p.name AS provider, i.subject, i.email, i.created_at AS linked_at, i.last_used_at
                           FROM sso_identities i JOIN sso_providers p ON p.id = i.provider_id
                           WHERE i.user_id = $1 ORDER BY i.created_at"),
    ("previous_handles", "SELECT handle, created_at AS left_at, expires_at AS redirects_until
                          FROM handle_redirects WHERE user_id = $1 ORDER BY created_at"),
    ("notification_settings", "SELECT topic, delivery FROM notification_settings WHERE user_id = $1 ORDER BY topic"),
    ("topics_started", "SELECT id, title, created_at FROM topics WHERE author_id = $1 ORDER BY id"),
    ("posts", "SELECT p.id, p.topic_id, t.title AS topic_title, p.number, p.body_md AS markdown, p.created_at,
                      p.edited_at, p.deleted_at, p.hidden_at, p.hidden_reason
               FROM posts p JOIN topics t ON t.id = p.topic_id WHERE p.author_id = $1 ORDER BY p.id"),
    ("post_edits", "SELECT r.post_id, r.body_md AS earlier_markdown, r.created_at AS replaced_at
                    FROM post_revisions r JOIN posts p ON p.id = r.post_id WHERE p.author_id = $1 ORDER BY r.id"),
    ("likes_given", "SELECT post_id, created_at FROM post_likes WHERE user_id = $1 ORDER BY created_at"),
    ("flags_raised", "SELECT post_id, reason, note, created_at, resolution FROM flags WHERE flagger_id = $1 ORDER BY id"),
    ("topics_followed", "SELECT topic_id, created_at FROM topic_follows WHERE user_id = $1 ORDER BY created_at"),
    ("stories", "SELECT id, title, product, rating, quote, company, job_title, body AS markdown, consent, status,
                        review_note, created_at, submitted_at, approved_at, featured_at, published_at, withdrawn_at,
                        (SELECT '/media/' || m.hash || '.' || m.ext FROM media m WHERE m.hash = stories.photo) AS photo,
                        (SELECT '/media/' || m.hash || '.' || m.ext FROM media m WHERE m.hash = stories.logo) AS logo
                 FROM stories WHERE author_id = $1 ORDER BY id"),
    ("story_history", "SELECT e.story_id, e.action, e.message, e.created_at
                       FROM story_events e JOIN stories s ON s.id = e.story_id WHERE s.author_id = $1 ORDER BY e.id"),
    ("points", "SELECT balance, lifetime FROM point_accounts WHERE user_id = $1"),
    ("ledger", "SELECT id, amount, reason, note, ref_kind, ref_id, created_at FROM points_ledger
                WHERE user_id = $1 ORDER BY id"),
    ("redemptions", "SELECT r.id, w.title AS reward, r.cost, r.status, r.note, c.code, r.created_at, r.decided_at
                     FROM redemptions r JOIN rewards w ON w.id = r.reward_id
                     LEFT JOIN reward_codes c ON c.redemption_id = r.id
                     WHERE r.user_id = $1 ORDER BY r.id"),
    ("badges", "SELECT b.name AS badge, ub.reason, ub.awarded_at, ub.revoked_at, ub.revoke_reason
                FROM user_badges ub JOIN badges b ON b.id = ub.badge_id WHERE ub.user_id = $1 ORDER BY ub.id"),
    ("spotlights", "SELECT citation, created_at FROM spotlights WHERE user_id = $1 ORDER BY id"),
    ("challenges", "SELECT c.title AS challenge, cc.status, cc.evidence, cc.note, cc.created_at, cc.decided_at
                    FROM challenge_completions cc JOIN challenges c ON c.id = cc.challenge_id
                    WHERE cc.user_id = $1 ORDER BY cc.id"),
    ("referral_link", "SELECT code, created_at FROM referral_codes WHERE user_id = $1"),
    ("referral_visits", "SELECT day, clicks FROM referral_clicks WHERE user_id = $1 ORDER BY day"),
    ("referrals_made", "SELECT id, status, created_at, qualified_at, rewarded_at, converted_at FROM referrals
                        WHERE referrer_id = $1 ORDER BY id"),
    ("referred_by", "SELECT r.code, r.status, r.created_at, r.converted_at, g.code AS welcome_gift_code
                     FROM referrals r LEFT JOIN reward_codes g ON g.referral_id = r.id WHERE r.referee_id = $1"),
    ("survey_answers", "SELECT s.title AS survey, s.question, r.score, r.comment, r.created_at
                        FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE r.user_id = $1 ORDER BY r.id"),
    ("notifications", "SELECT * FROM notifications WHERE user_id = $1 ORDER BY id"),
    ("terms_accepted", "SELECT version, accepted_at FROM terms_acceptances WHERE user_id = $1 ORDER BY version"),
    ("documents_read", "SELECT kind, read_at FROM legal_reads WHERE user_id = $1 ORDER BY kind"),
    ("uploads", "SELECT '/media/' || u.hash || '.' || m.ext AS url, m.kind, m.bytes, m.width, m.height,
                        u.created_at, m.hidden_at
                 FROM uploads u JOIN media m ON m.hash = u.hash WHERE u.owner_id = $1 ORDER BY u.id"),
    ("emails", "SELECT kind, to_addr, subject, status, created_at, sent_at FROM mail_outbox
                WHERE user_id = $1 ORDER BY id"),
];

/// The whole document for `user_id`.
pub async fn collect(db: &Db, user_id: i64, now: i64) -> Result<Value, sqlx::Error> {
    let mut doc = Map::new();
    doc.insert("format".into(), Value::from(FORMAT));
    doc.insert("exported_at".into(), Value::from(now));
    doc.insert(
        "times".into(),
        Value::from("Every *_at field and `day` is Unix seconds (UTC). Markdown is as you wrote it."),
    );
    for (name, sql) in SECTIONS {
        let rows: Vec<Map<String, Value>> = on_db!(db, p => {
            let rows = sqlx::query(sql).bind(user_id).fetch_all(p).await?;
            rows.iter().map(object).collect()
        });
        let value = if matches!(*name, "account" | "points") {
            rows.into_iter().next().map_or(Value::Null, Value::Object)
        } else {
            Value::Array(rows.into_iter().map(Value::Object).collect())
        };
        doc.insert((*name).to_string(), value);
    }
    Ok(Value::Object(doc))
}

/// One row as an object: integers, then text, then reals, by what each column decodes as.
fn object<'r, R>(row: &'r R) -> Map<String, Value>
where
    R: Row,
    usize: sqlx::ColumnIndex<R>,
    i64: Decode<'r, R::Database> + Type<R::Database>,
    String: Decode<'r, R::Database> + Type<R::Database>,
    f64: Decode<'r, R::Database> + Type<R::Database>,
{
    let mut out = Map::new();
    for (i, column) in row.columns().iter().enumerate() {
        let value = if let Ok(v) = row.try_get::<Option<i64>, usize>(i) {
            v.map_or(Value::Null, Value::from)
        } else if let Ok(v) = row.try_get::<Option<String>, usize>(i) {
            v.map_or(Value::Null, Value::from)
        } else if let Ok(v) = row.try_get::<Option<f64>, usize>(i) {
            v.map_or(Value::Null, Value::from)
        } else {
            Value::Null
        };
        out.insert(column.name().to_string(), value);
    }
    out
}
