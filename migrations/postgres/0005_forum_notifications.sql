-- Who follows which topic (authors follow their own topics), and the in-app notifications that follow from it.
CREATE TABLE topic_follows (
    topic_id   BIGINT NOT NULL REFERENCES topics (id),
    user_id    BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (topic_id, user_id)
);
CREATE INDEX topic_follows_user ON topic_follows (user_id);

CREATE TABLE notifications (
    id         BIGSERIAL PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    kind       TEXT   NOT NULL CHECK (kind IN ('reply', 'mention', 'like')),
    actor_id   BIGINT NOT NULL REFERENCES users (id),
    topic_id   BIGINT NOT NULL REFERENCES topics (id),
    post_id    BIGINT NOT NULL REFERENCES posts (id),
    created_at BIGINT NOT NULL,
    read_at    BIGINT
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;

-- Existing topics are followed by their authors.
INSERT INTO topic_follows (topic_id, user_id, created_at) SELECT id, author_id, created_at FROM topics;
