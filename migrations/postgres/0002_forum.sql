-- Forums: categories, topics, posts, edit history, likes, and the moderators' audit log.
-- Counters on categories and topics are caches kept in the same transaction as the write that moves them.
CREATE TABLE categories (
    id           BIGSERIAL PRIMARY KEY,
    slug         TEXT    NOT NULL CHECK (char_length(slug) BETWEEN 1 AND 60),
    name         TEXT    NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
    description  TEXT    NOT NULL DEFAULT '' CHECK (char_length(description) <= 300),
    position     BIGINT  NOT NULL DEFAULT 0,
    archived_at  BIGINT,
    topic_count  BIGINT  NOT NULL DEFAULT 0 CHECK (topic_count >= 0),
    post_count   BIGINT  NOT NULL DEFAULT 0 CHECK (post_count >= 0),
    last_post_at BIGINT,
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL
);
CREATE UNIQUE INDEX categories_slug_key ON categories (slug);

CREATE TABLE topics (
    id           BIGSERIAL PRIMARY KEY,
    category_id  BIGINT  NOT NULL REFERENCES categories (id),
    author_id    BIGINT  NOT NULL REFERENCES users (id),
    title        TEXT    NOT NULL CHECK (char_length(title) BETWEEN 1 AND 150),
    slug         TEXT    NOT NULL,
    pinned       BIGINT  NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    locked       BIGINT  NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    -- posts in the topic, the opening post included; also the number the next post takes minus one
    post_count   BIGINT  NOT NULL DEFAULT 0 CHECK (post_count >= 0),
    last_post_at BIGINT  NOT NULL,
    last_poster_id BIGINT REFERENCES users (id),
    created_at   BIGINT  NOT NULL
);
CREATE INDEX topics_category_activity ON topics (category_id, pinned, last_post_at, id);
CREATE INDEX topics_activity ON topics (last_post_at, id);
CREATE INDEX topics_author ON topics (author_id, created_at);

CREATE TABLE posts (
    id            BIGSERIAL PRIMARY KEY,
    topic_id      BIGINT  NOT NULL REFERENCES topics (id),
    -- 1 is the opening post; numbers are never reused, so anchors and page numbers stay stable
    number        BIGINT  NOT NULL CHECK (number >= 1),
    author_id     BIGINT  NOT NULL REFERENCES users (id),
    body_md       TEXT    NOT NULL CHECK (char_length(body_md) BETWEEN 1 AND 50000),
    -- sanitised HTML rendered from body_md at write time
    body_html     TEXT    NOT NULL,
    like_count    BIGINT  NOT NULL DEFAULT 0 CHECK (like_count >= 0),
    created_at    BIGINT  NOT NULL,
    edited_at     BIGINT,
    deleted_at    BIGINT,
    hidden_at     BIGINT,
    hidden_by     BIGINT REFERENCES users (id),
    hidden_reason TEXT
);
CREATE UNIQUE INDEX posts_topic_number_key ON posts (topic_id, number);
CREATE INDEX posts_author ON posts (author_id, created_at);

-- Earlier versions of edited posts, for moderators.
CREATE TABLE post_revisions (
    id         BIGSERIAL PRIMARY KEY,
    post_id    BIGINT NOT NULL REFERENCES posts (id),
    body_md    TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX post_revisions_post ON post_revisions (post_id, id);

CREATE TABLE post_likes (
    post_id    BIGINT NOT NULL REFERENCES posts (id),
    user_id    BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, user_id)
);

-- Every moderator and admin action, append-only.
CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    actor_id    BIGINT NOT NULL REFERENCES users (id),
    action      TEXT   NOT NULL,
    target_kind TEXT   NOT NULL,
    target_id   BIGINT NOT NULL,
    detail      TEXT   NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL
);
CREATE INDEX audit_log_created ON audit_log (created_at, id);
