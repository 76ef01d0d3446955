-- Notification emails: what each member wants by email (off, at once, or in a digest), and how far the
-- courier that turns notifications into emails has got.

-- new: not looked at yet; digest: waits for the member's next digest; done: emailed, digested or not wanted.
ALTER TABLE notifications ADD COLUMN mail_state TEXT NOT NULL DEFAULT 'new' CHECK (mail_state IN ('new', 'digest', 'done'));
-- Notifications from before email existed are not emailed now.
UPDATE notifications SET mail_state = 'done';
CREATE INDEX notifications_mail_new ON notifications (id) WHERE mail_state = 'new';
CREATE INDEX notifications_mail_digest ON notifications (user_id, id) WHERE mail_state = 'digest';

-- A member's choice per topic; a topic without a row has its default (see app::notifications::email).
CREATE TABLE notification_settings (
    user_id  BIGINT NOT NULL REFERENCES users (id),
    topic    TEXT   NOT NULL CHECK (topic IN ('reply', 'mention', 'story', 'challenge', 'reward', 'badge', 'referral')),
    delivery TEXT   NOT NULL CHECK (delivery IN ('off', 'now', 'digest')),
    PRIMARY KEY (user_id, topic)
);

ALTER TABLE users ADD COLUMN digest_every TEXT NOT NULL DEFAULT 'weekly' CHECK (digest_every IN ('daily', 'weekly'));
ALTER TABLE users ADD COLUMN digest_sent_at BIGINT;

-- Secrets shared by every node, made once by this migration: the key that signs unsubscribe links.
CREATE TABLE app_secrets (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL CHECK (length(value) >= 32)
);
INSERT INTO app_secrets (name, value) VALUES ('unsubscribe', lower(hex(randomblob(32))));
