-- Points behave like money. Every change is a row in an append-only ledger with a unique idempotency key;
-- balances are a cache written in the same transaction and guarded by CHECKs, so they can never go below zero.
CREATE TABLE point_accounts (
    user_id            INTEGER PRIMARY KEY REFERENCES users (id),
    -- spendable points: the sum of every ledger row of the user
    balance            BIGINT NOT NULL DEFAULT 0 CHECK (balance >= 0),
    -- points ever earned: the sum of the rows that count towards it (earnings, their reversals, adjustments)
    lifetime           BIGINT NOT NULL DEFAULT 0 CHECK (lifetime >= 0),
    leaderboard_hidden BIGINT NOT NULL DEFAULT 0 CHECK (leaderboard_hidden IN (0, 1)),
    CHECK (lifetime >= balance)
);
CREATE INDEX point_accounts_lifetime ON point_accounts (lifetime);

CREATE TABLE points_ledger (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     BIGINT NOT NULL REFERENCES users (id),
    amount      BIGINT NOT NULL CHECK (amount <> 0),
    -- 1 when the row moves lifetime points too; spending and refunds move only the balance
    lifetime    BIGINT NOT NULL CHECK (lifetime IN (0, 1)),
    reason      TEXT   NOT NULL CHECK (reason IN ('topic', 'reply', 'like_received', 'story_approved',
                    'story_featured', 'referral', 'challenge', 'adjustment', 'redemption', 'refund', 'reversal')),
    note        TEXT   NOT NULL DEFAULT '' CHECK (length(note) <= 300),
    -- what the row is about ('post', 'redemption', …) and its id
    ref_kind    TEXT,
    ref_id      BIGINT,
    -- who caused it: the liker, the admin who adjusted, the moderator who hid the post
    actor_id    BIGINT REFERENCES users (id),
    -- the row this one reverses (a correction is a new row, never an edit)
    reverses_id BIGINT REFERENCES points_ledger (id),
    idem_key    TEXT   NOT NULL CHECK (length(idem_key) BETWEEN 1 AND 200),
    created_at  BIGINT NOT NULL
);
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

-- What each kind of contribution earns, with an optional cap per member per day.
CREATE TABLE point_rules (
    rule       TEXT   PRIMARY KEY,
    amount     BIGINT NOT NULL CHECK (amount > 0 AND amount <= 100000),
    daily_cap  BIGINT CHECK (daily_cap IS NULL OR daily_cap > 0),
    enabled    BIGINT NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    updated_at BIGINT NOT NULL DEFAULT 0
);
INSERT INTO point_rules (rule, amount, daily_cap) VALUES
    ('topic', 10, 50),
    ('reply', 5, 50),
    ('like_received', 2, 40),
    ('story_approved', 50, NULL),
    ('story_featured', 100, NULL),
    ('referral', 200, NULL),
    ('challenge', 25, NULL);

-- Levels by lifetime points; the lowest always starts at 0.
CREATE TABLE levels (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    name      TEXT   NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    threshold BIGINT NOT NULL CHECK (threshold >= 0)
);
CREATE UNIQUE INDEX levels_name_key ON levels (name);
CREATE UNIQUE INDEX levels_threshold_key ON levels (threshold);
INSERT INTO levels (name, threshold) VALUES ('Member', 0), ('Advocate', 250), ('Champion', 1000), ('Legend', 5000);
