-- Customer stories: what an advocate submits, its review, and what the public may see of it. A deleted story
-- keeps a tombstone row (no content) so its old address answers 410 Gone and its history stays auditable.
CREATE TABLE stories (
    id           BIGSERIAL PRIMARY KEY,
    author_id    BIGINT NOT NULL REFERENCES users (id),
    title        TEXT   NOT NULL CHECK (char_length(title) <= 120),
    slug         TEXT   NOT NULL,
    body         TEXT   NOT NULL CHECK (char_length(body) <= 20000),
    body_html    TEXT   NOT NULL,
    excerpt      TEXT   NOT NULL,
    product      TEXT   NOT NULL CHECK (char_length(product) <= 60),
    product_slug TEXT   NOT NULL,
    rating       BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    quote        TEXT   NOT NULL DEFAULT '' CHECK (char_length(quote) <= 200),
    company      TEXT   NOT NULL DEFAULT '' CHECK (char_length(company) <= 80),
    job_title    TEXT   NOT NULL DEFAULT '' CHECK (char_length(job_title) <= 80),
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
    id         BIGSERIAL PRIMARY KEY,
    story_id   BIGINT NOT NULL REFERENCES stories (id),
    actor_id   BIGINT NOT NULL REFERENCES users (id),
    action     TEXT   NOT NULL,
    message    TEXT   NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX story_events_story ON story_events (story_id, id);

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('reply', 'mention', 'like',
    'redemption_fulfilled', 'redemption_cancelled', 'badge', 'story'));
ALTER TABLE notifications ADD COLUMN story_event_id BIGINT REFERENCES story_events (id);
