-- Notifications about more than posts: a redemption fulfilled or cancelled, a badge earned. SQLite cannot change a CHECK or
-- drop NOT NULL in place, so the table is rebuilt with the same rows and indexes.
CREATE TABLE notifications_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       BIGINT NOT NULL REFERENCES users (id),
    kind          TEXT   NOT NULL CHECK (kind IN ('reply', 'mention', 'like', 'redemption_fulfilled',
                      'redemption_cancelled', 'badge')),
    actor_id      BIGINT NOT NULL REFERENCES users (id),
    topic_id      BIGINT REFERENCES topics (id),
    post_id       BIGINT REFERENCES posts (id),
    redemption_id BIGINT REFERENCES redemptions (id),
    -- the badge, for 'badge' notifications (badges come in the next migration, so no foreign key here)
    badge_id      BIGINT,
    created_at    BIGINT NOT NULL,
    read_at       BIGINT
);
INSERT INTO notifications_new (id, user_id, kind, actor_id, topic_id, post_id, created_at, read_at)
SELECT id, user_id, kind, actor_id, topic_id, post_id, created_at, read_at FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX notifications_post ON notifications (post_id, kind);
