-- Referrals: each member's code, the visits it brought, who signed up through it and what became of them.
-- Also: accounts removed as spam, and the ledger reasons for a referral's welcome bonus and a survey answer.

ALTER TABLE users ADD COLUMN removed_at BIGINT;
ALTER TABLE users ADD COLUMN removed_by BIGINT REFERENCES users (id);

CREATE TABLE referral_codes (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id),
    code       TEXT   NOT NULL CHECK (length(code) BETWEEN 6 AND 16),
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX referral_codes_code ON referral_codes (code);

-- Visits of a member's link per UTC day (the first step of the conversion funnel).
CREATE TABLE referral_clicks (
    user_id BIGINT NOT NULL REFERENCES users (id),
    day     BIGINT NOT NULL,
    clicks  BIGINT NOT NULL CHECK (clicks > 0),
    PRIMARY KEY (user_id, day)
);
CREATE INDEX referral_clicks_day ON referral_clicks (day);

-- One row per referred account. `flag` names the fraud control that stopped or delayed it; `note` is the
-- sentence an admin reads.
CREATE TABLE referrals (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    referrer_id  BIGINT NOT NULL REFERENCES users (id),
    referee_id   BIGINT NOT NULL REFERENCES users (id),
    code         TEXT   NOT NULL,
    status       TEXT   NOT NULL CHECK (status IN ('signed_up', 'held', 'qualified', 'rewarded', 'rejected', 'reversed')),
    flag         TEXT   NOT NULL DEFAULT '' CHECK (flag IN ('', 'self', 'ip_burst', 'daily_cap', 'spam')),
    note         TEXT   NOT NULL DEFAULT '' CHECK (length(note) <= 300),
    ip           TEXT   NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL,
    qualified_at BIGINT,
    -- when the referrer's reward falls due (qualification + the hold period)
    due_at       BIGINT,
    rewarded_at  BIGINT,
    decided_by   BIGINT REFERENCES users (id),
    decided_at   BIGINT,
    CHECK (referrer_id <> referee_id)
);
CREATE UNIQUE INDEX referrals_referee ON referrals (referee_id);
CREATE INDEX referrals_referrer ON referrals (referrer_id, id);
CREATE INDEX referrals_status ON referrals (status, due_at);
CREATE INDEX referrals_ip ON referrals (ip, created_at);
CREATE INDEX referrals_created ON referrals (created_at);
CREATE INDEX referrals_rewarded ON referrals (referrer_id, rewarded_at);

-- The programme's referral rules: one row.
CREATE TABLE referral_settings (
    id         BIGINT PRIMARY KEY CHECK (id = 1),
    qualify_on TEXT   NOT NULL CHECK (qualify_on IN ('sign_up', 'first_post', 'first_story')),
    hold_days  BIGINT NOT NULL CHECK (hold_days BETWEEN 0 AND 90),
    daily_cap  BIGINT NOT NULL CHECK (daily_cap BETWEEN 1 AND 1000),
    ip_burst   BIGINT NOT NULL CHECK (ip_burst BETWEEN 2 AND 1000),
    updated_at BIGINT NOT NULL DEFAULT 0
);
INSERT INTO referral_settings (id, qualify_on, hold_days, daily_cap, ip_burst) VALUES (1, 'first_post', 0, 5, 3);

-- The ledger gains two reasons. SQLite cannot alter a CHECK, so the table is rebuilt (nothing references
-- it but itself); the append-only triggers go first so the copy can drop the old table.
DROP TRIGGER points_ledger_append_only_update;
DROP TRIGGER points_ledger_append_only_delete;
CREATE TABLE points_ledger_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     BIGINT NOT NULL REFERENCES users (id),
    amount      BIGINT NOT NULL CHECK (amount <> 0),
    lifetime    BIGINT NOT NULL CHECK (lifetime IN (0, 1)),
    reason      TEXT   NOT NULL CHECK (reason IN ('topic', 'reply', 'like_received', 'story_approved',
                    'story_featured', 'referral', 'challenge', 'adjustment', 'redemption', 'refund', 'reversal',
                    'welcome', 'survey')),
    note        TEXT   NOT NULL DEFAULT '' CHECK (length(note) <= 300),
    ref_kind    TEXT,
    ref_id      BIGINT,
    actor_id    BIGINT REFERENCES users (id),
    reverses_id BIGINT REFERENCES points_ledger (id),
    idem_key    TEXT   NOT NULL CHECK (length(idem_key) BETWEEN 1 AND 200),
    created_at  BIGINT NOT NULL
);
INSERT INTO points_ledger_new (id, user_id, amount, lifetime, reason, note, ref_kind, ref_id, actor_id, reverses_id, idem_key, created_at)
SELECT id, user_id, amount, lifetime, reason, note, ref_kind, ref_id, actor_id, reverses_id, idem_key, created_at
FROM points_ledger;
DROP TABLE points_ledger;
ALTER TABLE points_ledger_new RENAME TO points_ledger;
CREATE UNIQUE INDEX points_ledger_key ON points_ledger (idem_key);
CREATE UNIQUE INDEX points_ledger_reverses ON points_ledger (reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX points_ledger_user ON points_ledger (user_id, id);
CREATE INDEX points_ledger_daily ON points_ledger (user_id, reason, created_at);
CREATE INDEX points_ledger_ref ON points_ledger (ref_kind, ref_id);
CREATE INDEX points_ledger_period ON points_ledger (created_at, user_id, amount) WHERE lifetime = 1;
CREATE TRIGGER points_ledger_append_only_update BEFORE UPDATE ON points_ledger
BEGIN
    SELECT RAISE(ABORT, 'points_ledger is append-only');
END;
CREATE TRIGGER points_ledger_append_only_delete BEFORE DELETE ON points_ledger
BEGIN
    SELECT RAISE(ABORT, 'points_ledger is append-only');
END;

INSERT INTO point_rules (rule, amount, daily_cap) VALUES ('welcome', 50, NULL), ('survey', 20, NULL);
