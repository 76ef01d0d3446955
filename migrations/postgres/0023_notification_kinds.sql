-- Two more things a member is told about (and can have emailed): a decision on their challenge completion,
-- and a referral that earned them its reward.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('reply', 'mention', 'like',
    'redemption_fulfilled', 'redemption_cancelled', 'badge', 'story', 'challenge', 'referral'));
ALTER TABLE notifications ADD COLUMN completion_id BIGINT REFERENCES challenge_completions (id);
ALTER TABLE notifications ADD COLUMN referral_id BIGINT REFERENCES referrals (id);
