-- Customer stories: what an advocate submits, its review, and what the public may see of it. A deleted story
-- keeps a tombstone row (no content) so its old address answers 410 Gone and its history stays auditable.
CREATE TABLE stories (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id    BIGINT NOT NULL REFERENCES users (id),
    title        TEXT   NOT NULL CHECK (length(title) <= 120),
    slug         TEXT   NOT NULL,
    body         TEXT   NOT NULL CHECK (length(body) <= 20000),
    body_html    TEXT   NOT NULL,
    excerpt      TEXT   NOT NULL,
    product      TEXT   NOT NULL CHECK (length(product) <= 60),
    product_slug TEXT   NOT NULL,
    rating       BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    quote        TEXT   NOT NULL DEFAULT '' CHECK (length(quote) <= 200),
    company      TEXT   NOT NULL DEFAULT '' CHECK (length(company) <= 80),
    job_title    TEXT   NOT NULL DEFAULT '' CHECK (length(job_title) <= 80),
    consent      TEXT   NOT NULL CHECK (consent IN ('named', 'anonymous', 'internal')),
    status       TEXT   NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'archived', 'deleted')),
    featured_at  BIGINT,
    review_note  TEXT   NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    submitted_at BIGINT,
    approved_at  BIGINT,
    -- first time the story was public; a story that was public and no longer is answers 410 Gone
    published_at BIGINT,
    withdrawn_at BIGINT,
    CHECK (featured_at IS NULL OR (status = 'approved' AND consent <> 'internal'))
);
CREATE INDEX stories_author ON stories (author_id, id);
CREATE INDEX stories_queue ON stories (status, submitted_at, id);
CREATE INDEX stories_wall ON stories (featured_at, approved_at, id) WHERE status = 'approved' AND consent <> 'internal';

-- Every change of a story's status or consent, with who made it and the message to the author.
CREATE TABLE story_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id   BIGINT NOT NULL REFERENCES stories (id),
    actor_id   BIGINT NOT NULL REFERENCES users (id),
    action     TEXT   NOT NULL,
    message    TEXT   NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX story_events_story ON story_events (story_id, id);

-- Notifications about stories. SQLite cannot change a CHECK in place, so the table is rebuilt with the same rows
-- and indexes.
CREATE TABLE notifications_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        BIGINT NOT NULL REFERENCES users (id),
    kind           TEXT   NOT NULL CHECK (kind IN ('reply', 'mention', 'like', 'redemption_fulfilled',
                       'redemption_cancelled', 'badge', 'story')),
    actor_id       BIGINT NOT NULL REFERENCES users (id),
    topic_id       BIGINT REFERENCES topics (id),
    post_id        BIGINT REFERENCES posts (id),
    redemption_id  BIGINT REFERENCES redemptions (id),
    badge_id       BIGINT,
    story_event_id BIGINT REFERENCES story_events (id),
    created_at     BIGINT NOT NULL,
    read_at        BIGINT
);
INSERT INTO notifications_new (id, user_id, kind, actor_id, topic_id, post_id, redemption_id, badge_id, created_at, read_at)
SELECT id, user_id, kind, actor_id, topic_id, post_id, redemption_id, badge_id, created_at, read_at FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX notifications_post ON notifications (post_id, kind);
