-- Notifications about more than posts: a redemption fulfilled or cancelled, a badge earned.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('reply', 'mention', 'like',
    'redemption_fulfilled', 'redemption_cancelled', 'badge'));
ALTER TABLE notifications ALTER COLUMN topic_id DROP NOT NULL;
ALTER TABLE notifications ALTER COLUMN post_id DROP NOT NULL;
ALTER TABLE notifications ADD COLUMN redemption_id BIGINT REFERENCES redemptions (id);
ALTER TABLE notifications ADD COLUMN badge_id BIGINT;
