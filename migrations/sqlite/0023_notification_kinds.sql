-- Two more things a member is told about (and can have emailed): a decision on their challenge completion,
-- and a referral that earned them its reward. SQLite cannot change a CHECK in place, so the table is rebuilt
-- with the same rows and indexes.
CREATE TABLE notifications_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        BIGINT NOT NULL REFERENCES users (id),
    kind           TEXT   NOT NULL CHECK (kind IN ('reply', 'mention', 'like', 'redemption_fulfilled',
                       'redemption_cancelled', 'badge', 'story', 'challenge', 'referral')),
    actor_id       BIGINT NOT NULL REFERENCES users (id),
    topic_id       BIGINT REFERENCES topics (id),
    post_id        BIGINT REFERENCES posts (id),
    redemption_id  BIGINT REFERENCES redemptions (id),
    badge_id       BIGINT,
    story_event_id BIGINT REFERENCES story_events (id),
    completion_id  BIGINT REFERENCES challenge_completions (id),
    referral_id    BIGINT REFERENCES referrals (id),
    created_at     BIGINT NOT NULL,
    read_at        BIGINT,
    mail_state     TEXT   NOT NULL DEFAULT 'new' CHECK (mail_state IN ('new', 'digest', 'done'))
);
INSERT INTO notifications_new (id, user_id, kind, actor_id, topic_id, post_id, redemption_id, badge_id,
                               story_event_id, created_at, read_at, mail_state)
SELECT id, user_id, kind, actor_id, topic_id, post_id, redemption_id, badge_id, story_event_id, created_at, read_at,
       mail_state
FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX notifications_post ON notifications (post_id, kind);
CREATE INDEX notifications_mail_new ON notifications (id) WHERE mail_state = 'new';
CREATE INDEX notifications_mail_digest ON notifications (user_id, id) WHERE mail_state = 'digest';
